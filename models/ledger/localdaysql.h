#pragma once

#include "core/result.h"

#include <QString>
#include <QTimeZone>

#include <optional>

class SqliteDatabase;

// SQL for the local day number (days since 1970-01-01, as Calendar counts them) of a UTC
// millisecond column in a zone. The offset is constant between transitions, so a CASE over the
// transitions in [fromMs, untilMs] is exact for instants in that range.
namespace LocalDaySql {

QString dayExpression(const QTimeZone &zone, qint64 fromMs, qint64 untilMs,
                      const QString &column = QStringLiteral("start_ms"));

// The same for usage.start_ms over [sinceMs, untilMs); an open end is taken from the first or
// last usage row, so the CASE covers exactly the instants the query can meet.
Result<QString> usageDayExpression(SqliteDatabase &db, const QTimeZone &zone,
                                   std::optional<qint64> sinceMs, std::optional<qint64> untilMs);

} // namespace LocalDaySql
