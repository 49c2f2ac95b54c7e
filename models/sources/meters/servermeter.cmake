# Prometheus /metrics meter of llama.cpp and vLLM servers, and the source that stores its readings.
target_sources(burnrate_models PRIVATE
    sources/meters/prometheusmeter.cpp sources/meters/prometheusmeter.h
    sources/meters/prometheussource.cpp sources/meters/prometheussource.h
    sources/meters/prometheustext.cpp sources/meters/prometheustext.h)
