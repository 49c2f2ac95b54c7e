target_sources(burnrate_models PRIVATE
    demo/demoorganisation.cpp demo/demoorganisation.h)
