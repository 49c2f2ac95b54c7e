#include "budget.h"

#include "core/calendar.h"

#include <QDateTime>

#include <algorithm>

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

namespace {

// The first day of the month period beginning in (year, month): its start day, or the month's
// last day when the month is shorter.
QDate monthPeriodStart(int year, int month, int startDay)
{
    const QDate firstOfMonth(year, month, 1);
    return QDate(year, month, std::min(startDay, firstOfMonth.daysInMonth()));
}

// First days of the periods of `monthsPerPeriod` months (1 or 3) around `today`.
std::pair<QDate, QDate> monthlyPeriodDays(const QDate &today, int monthsPerPeriod, int startDay)
{
    // Month index counted from year 0, aligned down to the period's first month (Jan/Apr/…).
    int index = today.year() * 12 + (today.month() - 1);
    index -= index % monthsPerPeriod;
    const auto startOf = [&](int monthIndex) {
        return monthPeriodStart(monthIndex / 12, monthIndex % 12 + 1, startDay);
    };
    QDate first = startOf(index);
    if (today < first) {
        index -= monthsPerPeriod;
        first = startOf(index);
    }
    return {first, startOf(index + monthsPerPeriod).addDays(-1)};
}

} // namespace

std::pair<QDate, QDate> budgetPeriodDays(const Budget &budget, const QDate &today)
{
    switch (budget.period) {
    case BudgetPeriod::Day:
        return {today, today};
    case BudgetPeriod::Week: {
        const int weekStart = std::clamp(budget.weekStart, 1, 7);
        const QDate first = today.addDays(-((today.dayOfWeek() - weekStart + 7) % 7));
        return {first, first.addDays(6)};
    }
    case BudgetPeriod::Month:
        return monthlyPeriodDays(today, 1, std::clamp(budget.monthStartDay, 1, 31));
    case BudgetPeriod::Quarter:
        return monthlyPeriodDays(today, 3, std::clamp(budget.monthStartDay, 1, 31));
    case BudgetPeriod::Custom:
        return {budget.customFirst, budget.customLast};
    }
    return {today, today};
}

QTimeZone budgetTimeZone(const Budget &budget)
{
    const QTimeZone zone(budget.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

BudgetPeriodSpan budgetPeriodAt(const Budget &budget, qint64 nowMs)
{
    const QTimeZone zone = budgetTimeZone(budget);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const auto [first, last] = budgetPeriodDays(budget, today);
    BudgetPeriodSpan span;
    span.first = first;
    span.last = last;
    if (first.isValid() && last.isValid()) {
        span.startMs = Calendar::startOfLocalDayMs(first, zone);
        span.endMs = Calendar::startOfLocalDayMs(last.addDays(1), zone);
    }
    return span;
}
