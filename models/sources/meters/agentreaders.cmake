# Claude Code and Codex log readers, with their shared line and simdjson helpers.
target_sources(burnrate_models PRIVATE
    sources/meters/claudecodereader.cpp sources/meters/claudecodereader.h
    sources/meters/codexreader.cpp sources/meters/codexreader.h
    sources/meters/jsonlines.cpp sources/meters/jsonlines.h)
