target_sources(burnrate_models PRIVATE
    sources/networksource.h
    sources/networksources.cpp sources/networksources.h
    sources/providersource.cpp sources/providersource.h
    sources/secretstore.cpp sources/secretstore.h
    sources/sourceadministration.cpp sources/sourceadministration.h
    sources/sourcescheduler.cpp sources/sourcescheduler.h
    sources/meters/logreader.h
    sources/meters/usagededuplicator.cpp sources/meters/usagededuplicator.h)
# Each reader or meter lists its files in a fragment of its own beside it.
file(GLOB meter_fragments CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/meters/*.cmake)
foreach(fragment IN LISTS meter_fragments)
    include(${fragment})
endforeach()
# Provider APIs (OpenAI, Anthropic, OpenRouter, LiteLLM) and their poller, likewise.
target_sources(burnrate_models PRIVATE sources/providers/providerapi.h)
file(GLOB provider_fragments CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/providers/*.cmake)
foreach(fragment IN LISTS provider_fragments)
    include(${fragment})
endforeach()
