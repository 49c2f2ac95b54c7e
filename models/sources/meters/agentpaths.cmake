target_sources(burnrate_models PRIVATE sources/meters/agentpaths.cpp sources/meters/agentpaths.h)
