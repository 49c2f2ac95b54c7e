#include "reportperiod.h"

#include "core/calendar.h"
#include "core/clock.h"

QList<ReportPeriod> allReportPeriods()
{
    return {ReportPeriod::ThisMonth, ReportPeriod::LastMonth, ReportPeriod::Last30Days,
            ReportPeriod::Last90Days};
}

QString reportPeriodKey(ReportPeriod period)
{
    switch (period) {
    case ReportPeriod::ThisMonth:
        return QStringLiteral("this-month");
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

DateSpan reportPeriodDays(ReportPeriod period, const QDate &today)
{
    switch (period) {
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
