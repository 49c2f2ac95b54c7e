#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

// Calendar arithmetic for reports: instants become local days in a time zone, and days become
// week and month keys. A "day number" counts days since 1970-01-01 in local calendar terms.
namespace Calendar {

qint64 dayNumber(const QDate &date);
QDate dateOfDayNumber(qint64 dayNumber);
// The local day number of a UTC instant in the zone.
qint64 localDayNumber(qint64 utcMs, const QTimeZone &zone);
// The UTC instant at which a local day starts in the zone (handles DST-gap midnights).
qint64 startOfLocalDayMs(const QDate &date, const QTimeZone &zone);

QString dayKey(const QDate &date); // 2026-11-22
QString isoWeekKey(const QDate &date); // 2026-W47
QString monthKey(const QDate &date); // 2026-11

// Parses YYYY-MM-DD strictly.
std::optional<QDate> parseDate(const QString &text);

} // namespace Calendar
