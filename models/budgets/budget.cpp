#include "budget.h"

QList<int> defaultBudgetThresholds()
{
    // Built once: GCC 12 misreads a QList made from an initializer list inline in each caller.
    static const QList<int> thresholds {50, 80, 100};
    return thresholds;
}

QString budgetScopeName(BudgetScope scope)
{
    switch (scope) {
    case BudgetScope::Organisation:
        return QStringLiteral("org");
    case BudgetScope::Team:
        return QStringLiteral("team");
    case BudgetScope::Person:
        return QStringLiteral("person");
    }
    return {};
}

QString budgetPeriodName(BudgetPeriod period)
{
    switch (period) {
    case BudgetPeriod::Day:
        return QStringLiteral("day");
    case BudgetPeriod::Week:
        return QStringLiteral("week");
    case BudgetPeriod::Month:
        return QStringLiteral("month");
    case BudgetPeriod::Quarter:
        return QStringLiteral("quarter");
    case BudgetPeriod::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<BudgetPeriod> budgetPeriodFromName(const QString &name)
{
    for (const BudgetPeriod period : {BudgetPeriod::Day, BudgetPeriod::Week, BudgetPeriod::Month,
                                      BudgetPeriod::Quarter, BudgetPeriod::Custom}) {
        if (budgetPeriodName(period) == name)
            return period;
    }
    return std::nullopt;
}

QString Budget::scopeLabel() const
{
    if (scope == BudgetScope::Organisation)
        return budgetScopeName(scope);
    return budgetScopeName(scope) + u':' + scopeName;
}

std::pair<QDate, QDate> budgetPeriodDays(BudgetPeriod period, const QDate &today)
{
    switch (period) {
    case BudgetPeriod::Day:
        return {today, today};
    case BudgetPeriod::Week: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    case BudgetPeriod::Quarter: {
        const QDate first(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    case BudgetPeriod::Month:
    case BudgetPeriod::Custom:
        break;
    }
    const QDate first(today.year(), today.month(), 1);
    return {first, first.addMonths(1).addDays(-1)};
}
