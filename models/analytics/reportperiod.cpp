#include "reportperiod.h"

#include "core/calendar.h"
#include "core/clock.h"

QList<ReportPeriod> allReportPeriods()
{
    return {ReportPeriod::ThisWeek,    ReportPeriod::ThisMonth,  ReportPeriod::LastMonth,
            ReportPeriod::ThisQuarter, ReportPeriod::Last30Days, ReportPeriod::Last90Days,
            ReportPeriod::Custom};
}

QString reportPeriodKey(ReportPeriod period)
{
    switch (period) {
    case ReportPeriod::ThisWeek:
        return QStringLiteral("this-week");
    case ReportPeriod::ThisMonth:
        return QStringLiteral("this-month");
    case ReportPeriod::ThisQuarter:
        return QStringLiteral("this-quarter");
    case ReportPeriod::Custom:
        return QStringLiteral("custom");
    case ReportPeriod::LastMonth:
        return QStringLiteral("last-month");
    case ReportPeriod::Last30Days:
        return QStringLiteral("last-30-days");
    case ReportPeriod::Last90Days:
        return QStringLiteral("last-90-days");
    }
    return {};
}

std::optional<ReportPeriod> reportPeriodFromKey(const QString &key)
{
    for (const ReportPeriod period : allReportPeriods()) {
        if (reportPeriodKey(period) == key)
            return period;
    }
    return std::nullopt;
}

DateSpan reportPeriodDays(ReportPeriod period, const QDate &today, Qt::DayOfWeek weekStart,
                          const DateSpan &custom)
{
    switch (period) {
    case ReportPeriod::ThisWeek:
        return {today.addDays(-((today.dayOfWeek() - int(weekStart) + 7) % 7)), today};
    case ReportPeriod::ThisQuarter:
        return {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    case ReportPeriod::Custom:
        return custom.isValid() ? custom : DateSpan {};
    case ReportPeriod::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case ReportPeriod::LastMonth: {
        const QDate firstOfThisMonth(today.year(), today.month(), 1);
        return {firstOfThisMonth.addMonths(-1), firstOfThisMonth.addDays(-1)};
    }
    case ReportPeriod::Last30Days:
        return {today.addDays(-29), today};
    case ReportPeriod::Last90Days:
        return {today.addDays(-89), today};
    }
    return {};
}

DateSpan previousSpan(ReportPeriod period, const DateSpan &span)
{
    if (!span.isValid())
        return {};
    const bool calendarMonth
        = (period == ReportPeriod::ThisMonth || period == ReportPeriod::LastMonth)
        && span.first.day() == 1 && span.first.month() == span.last.month();
    if (calendarMonth) {
        const QDate first = span.first.addMonths(-1);
        const QDate monthEnd = span.first.addDays(-1);
        // Last month is a whole month: compare it with the whole month before (Feb → all of
        // January), not with as many of its days as February has.
        if (period == ReportPeriod::LastMonth)
            return {first, monthEnd};
        return {first, std::min(monthEnd, first.addDays(span.last.day() - 1))};
    }
    const qint64 days = span.days();
    return {span.first.addDays(-days), span.first.addDays(-1)};
}

QDate todayIn(const Clock &clock, const QTimeZone &zone)
{
    return clock.now().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
}

QStringList dayKeys(const DateSpan &span)
{
    QStringList keys;
    if (!span.isValid())
        return keys;
    keys.reserve(span.days());
    for (QDate day = span.first; day <= span.last; day = day.addDays(1))
        keys.append(Calendar::dayKey(day));
    return keys;
}
