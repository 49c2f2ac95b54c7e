#include "calendar.h"

#include <QRegularExpression>

namespace Calendar {

namespace {
const QDate epochDate(1970, 1, 1);
}

qint64 dayNumber(const QDate &date)
{
    return epochDate.daysTo(date);
}

QDate dateOfDayNumber(qint64 dayNumber)
{
    return epochDate.addDays(dayNumber);
}

qint64 localDayNumber(qint64 utcMs, const QTimeZone &zone)
{
    const qint64 offsetMs
        = qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))) * 1000;
    const qint64 localMs = utcMs + offsetMs;
    return localMs >= 0 ? localMs / 86'400'000 : (localMs - 86'399'999) / 86'400'000;
}

qint64 startOfLocalDayMs(const QDate &date, const QTimeZone &zone)
{
    // QDate::startOfDay moves past a DST gap at midnight to the first valid instant.
    return date.startOfDay(zone).toMSecsSinceEpoch();
}

QString dayKey(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString isoWeekKey(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString monthKey(const QDate &date)
{
    return QStringLiteral("%1-%2").arg(date.year()).arg(date.month(), 2, 10, QLatin1Char('0'));
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace Calendar
