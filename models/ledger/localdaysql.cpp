#include "localdaysql.h"

#include "sqlitedatabase.h"

#include <QDateTime>

namespace LocalDaySql {

QString dayExpression(const QTimeZone &zone, qint64 fromMs, qint64 untilMs, const QString &column)
{
    const auto offsetAt = [&](qint64 ms) {
        return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC))) * 1000;
    };
    QString expression;
    const QTimeZone::OffsetDataList transitions
        = zone.transitions(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC),
                           QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC));
    qint64 offset = offsetAt(fromMs);
    for (const QTimeZone::OffsetData &transition : transitions) {
        const qint64 at = transition.atUtc.toMSecsSinceEpoch();
        expression += QStringLiteral(" WHEN %1 < %2 THEN %3").arg(column).arg(at).arg(offset);
        offset = qint64(transition.offsetFromUtc) * 1000;
    }
    expression = expression.isEmpty()
        ? QString::number(offset)
        : QStringLiteral("CASE") + expression + QStringLiteral(" ELSE %1 END").arg(offset);
    // Floor division that also holds before 1970.
    const QString localMs
        = u'(' + column + QStringLiteral(" + (") + expression + QStringLiteral("))");
    return QStringLiteral("((") + localMs + QStringLiteral(" - ((") + localMs
        + QStringLiteral(" % 86400000) + 86400000) % 86400000) / 86400000)");
}

Result<std::pair<qint64, qint64>> usageSpan(SqliteDatabase &db, std::optional<qint64> sinceMs,
                                            std::optional<qint64> untilMs)
{
    qint64 fromMs = sinceMs.value_or(0);
    qint64 toMs = untilMs.value_or(0);
    if (!sinceMs || !untilMs) {
        Result<SqliteStatement> span = db.prepare(QStringLiteral(
            "SELECT coalesce(min(start_ms), 0), coalesce(max(start_ms), 0) FROM usage"));
        if (!span)
            return span.error();
        if (span->step() == SqliteStatement::StepResult::Row) {
            if (!sinceMs)
                fromMs = span->int64(0);
            if (!untilMs)
                toMs = span->int64(1) + 1;
        }
    }
    return std::pair {fromMs, std::max(fromMs, toMs)};
}

Result<QString> usageDayExpression(SqliteDatabase &db, const QTimeZone &zone,
                                   std::optional<qint64> sinceMs, std::optional<qint64> untilMs)
{
    Result<std::pair<qint64, qint64>> span = usageSpan(db, sinceMs, untilMs);
    if (!span)
        return span.error();
    return dayExpression(zone, span->first, span->second);
}

bool inWholeQuarterHours(const QTimeZone &zone, qint64 fromMs, qint64 untilMs)
{
    constexpr int quarterHourSeconds = 900;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    if (zone.offsetFromUtc(from) % quarterHourSeconds != 0)
        return false;
    const QTimeZone::OffsetDataList transitions
        = zone.transitions(from, QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC));
    for (const QTimeZone::OffsetData &transition : transitions) {
        if (transition.offsetFromUtc % quarterHourSeconds != 0
            || transition.atUtc.toMSecsSinceEpoch() % (quarterHourSeconds * 1000) != 0)
            return false;
    }
    return true;
}

} // namespace LocalDaySql
