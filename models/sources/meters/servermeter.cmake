# Prometheus /metrics meter of llama.cpp and vLLM servers.
target_sources(burnrate_models PRIVATE
    sources/meters/prometheusmeter.cpp sources/meters/prometheusmeter.h
    sources/meters/prometheustext.cpp sources/meters/prometheustext.h)
