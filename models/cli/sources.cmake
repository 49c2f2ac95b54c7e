target_sources(burnrate_models PRIVATE
    cli/clioutput.cpp cli/clioutput.h
    cli/commandline.cpp cli/commandline.h
    cli/sourcecommands.cpp
    cli/webhookcommands.cpp)
