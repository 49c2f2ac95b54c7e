target_sources(burnrate_models PRIVATE
    itemmodels/alertsmodel.cpp itemmodels/alertsmodel.h
    itemmodels/budgetsmodel.cpp itemmodels/budgetsmodel.h
    itemmodels/displayformat.cpp itemmodels/displayformat.h
    itemmodels/itemroles.h
    itemmodels/moversmodel.cpp itemmodels/moversmodel.h
    itemmodels/networksourcesmodel.cpp itemmodels/networksourcesmodel.h
    itemmodels/peoplemodel.cpp itemmodels/peoplemodel.h
    itemmodels/personspendmodel.cpp itemmodels/personspendmodel.h
    itemmodels/pricetablemodel.cpp itemmodels/pricetablemodel.h
    itemmodels/reconciliationmodel.cpp itemmodels/reconciliationmodel.h
    itemmodels/reporttablemodel.cpp itemmodels/reporttablemodel.h
    itemmodels/sourcesmodel.cpp itemmodels/sourcesmodel.h
    itemmodels/tablemodelbase.cpp itemmodels/tablemodelbase.h
    itemmodels/teamspendtreemodel.cpp itemmodels/teamspendtreemodel.h
    itemmodels/unmatchedidentitymodel.cpp itemmodels/unmatchedidentitymodel.h)
