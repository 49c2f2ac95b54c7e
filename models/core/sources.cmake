target_sources(burnrate_models PRIVATE
    core/calendar.cpp core/calendar.h
    core/clock.h
    core/costkind.cpp core/costkind.h
    core/csv.cpp core/csv.h
    core/currencydisplay.cpp core/currencydisplay.h
    core/money.cpp core/money.h
    core/result.h
    core/tokencounts.h
    core/usagerecord.h)
