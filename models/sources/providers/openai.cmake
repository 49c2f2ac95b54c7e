# OpenAI Administration API: usage, costs, users and project API keys.
target_sources(burnrate_models PRIVATE
    sources/providers/openaiapi.cpp sources/providers/openaiapi.h)
