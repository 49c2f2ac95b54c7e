target_sources(burnrate_models PRIVATE
    analytics/breakdown.cpp analytics/breakdown.h
    analytics/dashboardstate.cpp analytics/dashboardstate.h
    analytics/efficiencyfigures.cpp analytics/efficiencyfigures.h
    analytics/movers.cpp analytics/movers.h
    analytics/peercomparison.cpp analytics/peercomparison.h
    analytics/queryservice.cpp analytics/queryservice.h
    analytics/reportperiod.cpp analytics/reportperiod.h)
