target_sources(burnrate_models PRIVATE
    cli/commandline.cpp cli/commandline.h)
