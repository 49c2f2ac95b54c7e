target_sources(burnrate_models PRIVATE
    budgets/budget.cpp budgets/budget.h
    budgets/budgetstore.cpp budgets/budgetstore.h
    budgets/webhookdispatcher.cpp budgets/webhookdispatcher.h
    budgets/webhookrequest.cpp budgets/webhookrequest.h
    budgets/webhookstore.cpp budgets/webhookstore.h)
