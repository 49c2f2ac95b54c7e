target_sources(burnrate_models PRIVATE
    cli/budgetcommands.cpp
    cli/clioutput.cpp cli/clioutput.h
    cli/commandline.cpp cli/commandline.h
    cli/peercommands.cpp
    cli/sourcecommands.cpp
    cli/webhookcommands.cpp)
