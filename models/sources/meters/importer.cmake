target_sources(burnrate_models PRIVATE
    sources/meters/locallogimporter.cpp sources/meters/locallogimporter.h)
