# Gemini CLI, OpenCode and GitHub Copilot CLI log readers.
target_sources(burnrate_models PRIVATE
    sources/meters/copilotreader.cpp sources/meters/copilotreader.h
    sources/meters/geminireader.cpp sources/meters/geminireader.h
    sources/meters/opencodereader.cpp sources/meters/opencodereader.h)
