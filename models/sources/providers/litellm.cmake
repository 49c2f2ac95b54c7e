# LiteLLM proxy: internal users as identities, daily spend per model and API key.
target_sources(burnrate_models PRIVATE
    sources/providers/litellmapi.cpp sources/providers/litellmapi.h)
