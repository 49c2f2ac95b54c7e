# JSON, URL and day helpers shared by the gateway APIs (OpenRouter, LiteLLM).
target_sources(burnrate_models PRIVATE
    sources/providers/gatewayjson.cpp sources/providers/gatewayjson.h)
