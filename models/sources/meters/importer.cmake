target_sources(burnrate_models PRIVATE
    sources/meters/locallogimporter.cpp sources/meters/locallogimporter.h
    sources/meters/logreaders.cpp sources/meters/logreaders.h)
