#pragma once

#include <QString>
#include <QTimeZone>

// SQL for the local day number (days since 1970-01-01, as Calendar counts them) of a UTC
// millisecond column in a zone. The offset is constant between transitions, so a CASE over the
// transitions in [fromMs, untilMs] is exact for instants in that range.
namespace LocalDaySql {

QString dayExpression(const QTimeZone &zone, qint64 fromMs, qint64 untilMs,
                      const QString &column = QStringLiteral("start_ms"));

} // namespace LocalDaySql
