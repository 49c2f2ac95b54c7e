target_sources(burnrate_models PRIVATE
    budgets/budget.cpp budgets/budget.h
    budgets/budgetstore.cpp budgets/budgetstore.h
    budgets/webhookstore.cpp budgets/webhookstore.h)
