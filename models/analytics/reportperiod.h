#pragma once

#include <QDate>
#include <QList>
#include <QTimeZone>

class Clock;

// The spans of time the dashboard pages report on. Custom is a span of days the user picks.
enum class ReportPeriod {
    ThisWeek,
    ThisMonth,
    LastMonth,
    ThisQuarter,
    Last30Days,
    Last90Days,
    Custom
};

// Inclusive calendar days.
struct DateSpan
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    qint64 days() const { return isValid() ? first.daysTo(last) + 1 : 0; }
    bool contains(const QDate &date) const { return date >= first && date <= last; }
    friend bool operator==(const DateSpan &, const DateSpan &) = default;
};

QList<ReportPeriod> allReportPeriods();
QString reportPeriodKey(ReportPeriod period); // "this-month", ... (settings, command line)
std::optional<ReportPeriod> reportPeriodFromKey(const QString &key);

// The days of the period as seen on `today`. "This month" ends today, not at the month's end:
// days that have not happened yet have no usage. Weeks start on `weekStart`; quarters are
// calendar quarters. Custom gives `custom` (invalid when it is not a valid span).
DateSpan reportPeriodDays(ReportPeriod period, const QDate &today,
                          Qt::DayOfWeek weekStart = Qt::Monday, const DateSpan &custom = {});
// The span of the same length just before: what "versus last period" compares with. The
// previous month for a calendar month so far (Nov 1–22 → Oct 1–22, clamped to October's end),
// the whole month before for last month, else the same number of days before.
DateSpan previousSpan(ReportPeriod period, const DateSpan &span);

// The calendar date of the clock's instant in the zone (an invalid zone means UTC).
QDate todayIn(const Clock &clock, const QTimeZone &zone);

// Every day of the span in order, as report day keys (2026-11-22).
QStringList dayKeys(const DateSpan &span);
