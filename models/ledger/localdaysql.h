#pragma once

#include "core/result.h"

#include <QString>
#include <QTimeZone>

#include <optional>
#include <utility>

class SqliteDatabase;

// SQL for the local day number (days since 1970-01-01, as Calendar counts them) of a UTC
// millisecond column in a zone. The offset is constant between transitions, so a CASE over the
// transitions in [fromMs, untilMs] is exact for instants in that range.
namespace LocalDaySql {

QString dayExpression(const QTimeZone &zone, qint64 fromMs, qint64 untilMs,
                      const QString &column = QStringLiteral("start_ms"));

// [sinceMs, untilMs) with an open end taken from the first or last usage row, so a CASE over it
// covers exactly the instants a query can meet.
Result<std::pair<qint64, qint64>> usageSpan(SqliteDatabase &db, std::optional<qint64> sinceMs,
                                            std::optional<qint64> untilMs);

// dayExpression for usage.start_ms over usageSpan(sinceMs, untilMs).
Result<QString> usageDayExpression(SqliteDatabase &db, const QTimeZone &zone,
                                   std::optional<qint64> sinceMs, std::optional<qint64> untilMs);

// Whether every offset of the zone in [fromMs, untilMs), and every change between them, falls
// on a whole quarter hour: then each UTC quarter hour lies within one local day.
bool inWholeQuarterHours(const QTimeZone &zone, qint64 fromMs, qint64 untilMs);

} // namespace LocalDaySql
