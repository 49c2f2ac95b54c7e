# OpenRouter's management API: keys as identities, per-key daily activity with billed credits.
target_sources(burnrate_models PRIVATE
    sources/providers/openrouterapi.cpp sources/providers/openrouterapi.h)
