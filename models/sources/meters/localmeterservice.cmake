target_sources(burnrate_models PRIVATE
    sources/meters/localmeterservice.cpp sources/meters/localmeterservice.h)
