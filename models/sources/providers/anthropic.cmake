# Anthropic Admin API: users, API keys, Messages and Claude Code usage reports, cost report.
target_sources(burnrate_models PRIVATE
    sources/providers/anthropicapi.cpp sources/providers/anthropicapi.h)
