target_sources(burnrate_models PRIVATE
    pricing/pricebook.cpp pricing/pricebook.h
    pricing/costcalculator.cpp pricing/costcalculator.h
    pricing/modelprice.h
    pricing/pricetable.cpp pricing/pricetable.h)
