#include "reconciliationquery.h"

#include "core/calendar.h"
#include "ledger.h"
#include "localdaysql.h"
#include "sqlitedatabase.h"

#include <QHash>
#include <QMap>

#include <limits>

namespace {

struct SourceEntry
{
    QString name;
    QString kind;
    // The UTC span the source's account-level billed costs cover; empty when it has none.
    qint64 coveredFromMs = 0;
    qint64 coveredUntilMs = 0;
    bool hasBilledCosts = false;
};

// One day × source before it is judged against the source's coverage.
struct Cell
{
    qint64 billedCostMicros = 0; // billed_costs
    qint64 billedCosts = 0; // rows of billed_costs (a reported $0 counts)
    qint64 rowBilledMicros = 0; // usage billed per row
    qint64 estimatedMicros = 0;
    qint64 billedRecords = 0;
    qint64 estimatedRecords = 0;
};

using CellKey = std::pair<qint64, qint64>; // local day number, source id

QDate periodStartOf(const QDate &day, ReconciliationPeriod period)
{
    switch (period) {
    case ReconciliationPeriod::Day:
        break;
    case ReconciliationPeriod::Week:
        return day.addDays(1 - day.dayOfWeek());
    case ReconciliationPeriod::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QString periodKeyOf(const QDate &day, ReconciliationPeriod period)
{
    switch (period) {
    case ReconciliationPeriod::Day:
        break;
    case ReconciliationPeriod::Week:
        return Calendar::isoWeekKey(day);
    case ReconciliationPeriod::Month:
        return Calendar::monthKey(day);
    }
    return Calendar::dayKey(day);
}

} // namespace

ReconciliationFigures &ReconciliationFigures::operator+=(const ReconciliationFigures &other)
{
    billedMicros += other.billedMicros;
    estimatedMicros += other.estimatedMicros;
    billedRecords += other.billedRecords;
    estimatedRecords += other.estimatedRecords;
    coveredBilledMicros += other.coveredBilledMicros;
    coveredEstimatedMicros += other.coveredEstimatedMicros;
    hasBilledCosts = hasBilledCosts || other.hasBilledCosts;
    return *this;
}

Result<Reconciliation> ReconciliationQuery::run(const ReconciliationRequest &request)
{
    SqliteDatabase &db = m_ledger.database();
    const QTimeZone zone = request.zone.isValid() ? request.zone : m_ledger.reportingTimeZone();
    const bool fromRollup = zone == m_ledger.reportingTimeZone();
    const qint64 sinceMs = request.since ? Calendar::startOfLocalDayMs(*request.since, zone)
                                         : std::numeric_limits<qint64>::min();
    const qint64 untilMs = request.until
        ? Calendar::startOfLocalDayMs(request.until->addDays(1), zone)
        : std::numeric_limits<qint64>::max();

    Reconciliation result;
    result.timeZone = QString::fromUtf8(zone.id());
    result.period = request.period;

    // Sources (few), with the span their billed costs cover.
    QHash<qint64, SourceEntry> sources;
    QString sourceFilter;
    {
        Result<SqliteStatement> statement = db.prepare(
            QStringLiteral(
                "SELECT s.id, s.name, s.kind, b.first_ms, b.last_ms FROM sources s LEFT JOIN "
                "(SELECT source_id, min(start_ms) AS first_ms, max(end_ms) AS last_ms "
                "FROM billed_costs GROUP BY source_id) b ON b.source_id = s.id")
            + (request.source.isEmpty() ? QString()
                                        : QStringLiteral(" WHERE s.kind = ?1 OR s.name = ?1")));
        if (!statement)
            return statement.error();
        if (!request.source.isEmpty())
            statement->bind(1, request.source);
        QStringList ids;
        for (;;) {
            const SqliteStatement::StepResult step = statement->step();
            if (step == SqliteStatement::StepResult::Failed)
                return statement->lastError();
            if (step == SqliteStatement::StepResult::Done)
                break;
            SourceEntry entry;
            entry.name = statement->text(1);
            entry.kind = statement->text(2);
            entry.hasBilledCosts = !statement->isNull(3);
            if (entry.hasBilledCosts) {
                entry.coveredFromMs = statement->int64(3);
                entry.coveredUntilMs = statement->int64(4);
            }
            sources.insert(statement->int64(0), entry);
            ids.append(QString::number(statement->int64(0)));
        }
        if (ids.isEmpty())
            return result; // no such source: nothing to reconcile
        if (!request.source.isEmpty())
            sourceFilter = QStringLiteral(" AND source_id IN (%1)").arg(ids.join(u','));
    }

    QMap<CellKey, Cell> cells;

    // Account-level billed costs, on the local day their bucket starts. Money here is USD.
    QString billedSql
        = QStringLiteral("SELECT source_id, start_ms, amount_micros FROM billed_costs "
                         "WHERE upper(currency) = 'USD'")
        + sourceFilter;
    if (request.since)
        billedSql += QStringLiteral(" AND start_ms >= %1").arg(sinceMs);
    if (request.until)
        billedSql += QStringLiteral(" AND start_ms < %1").arg(untilMs);
    if (Status read = db.forEachRow(billedSql,
                                    [&](SqliteStatement &row) {
                                        const qint64 day
                                            = Calendar::localDayNumber(row.int64(1), zone);
                                        Cell &cell = cells[{day, row.int64(0)}];
                                        cell.billedCostMicros += row.int64(2);
                                        ++cell.billedCosts;
                                    });
        !read)
        return read.error();

    // Usage: the organisation rollup in the reporting zone, usage rows in another.
    QString usageSql;
    if (fromRollup) {
        usageSql
            = QStringLiteral(
                  "SELECT day, source_id, sum(billed_micros), sum(cost_micros - billed_micros), "
                  "sum(billed_records), sum(estimated_records) FROM daily_totals WHERE 1")
            + sourceFilter;
        if (request.since)
            usageSql += QStringLiteral(" AND day >= %1").arg(Calendar::dayNumber(*request.since));
        if (request.until)
            usageSql += QStringLiteral(" AND day <= %1").arg(Calendar::dayNumber(*request.until));
    } else {
        Result<QString> localDay = LocalDaySql::usageDayExpression(
            db, zone, request.since ? std::optional<qint64>(sinceMs) : std::nullopt,
            request.until ? std::optional<qint64>(untilMs) : std::nullopt);
        if (!localDay)
            return localDay.error();
        usageSql = QStringLiteral("SELECT ") + *localDay
            + QStringLiteral(", source_id, sum((cost_kind = 1) * cost_micros), "
                             "sum((cost_kind = 0) * cost_micros), sum(cost_kind = 1), "
                             "sum(cost_kind = 0) FROM usage WHERE 1")
            + sourceFilter;
        if (request.since)
            usageSql += QStringLiteral(" AND start_ms >= %1").arg(sinceMs);
        if (request.until)
            usageSql += QStringLiteral(" AND start_ms < %1").arg(untilMs);
    }
    usageSql += QStringLiteral(" GROUP BY 1, 2");
    if (Status read = db.forEachRow(usageSql,
                                    [&](SqliteStatement &row) {
                                        Cell &cell = cells[{row.int64(0), row.int64(1)}];
                                        cell.rowBilledMicros += row.int64(2);
                                        cell.estimatedMicros += row.int64(3);
                                        cell.billedRecords += row.int64(4);
                                        cell.estimatedRecords += row.int64(5);
                                    });
        !read)
        return read.error();

    // Judge each day against its source's coverage, then sum into the requested periods.
    QMap<std::pair<QDate, qint64>, ReconciliationRow> rows;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const auto [dayNumber, sourceId] = it.key();
        const Cell &cell = it.value();
        const auto source = sources.constFind(sourceId);
        if (source == sources.cend())
            continue; // usage of a source that is gone from the table cannot be named
        if (cell.billedCosts == 0 && cell.billedRecords == 0 && cell.estimatedRecords == 0)
            continue; // only unpriced usage: no money on either side
        const QDate day = Calendar::dateOfDayNumber(dayNumber);
        ReconciliationFigures figures;
        figures.billedMicros = cell.billedCostMicros + cell.rowBilledMicros;
        figures.estimatedMicros = cell.estimatedMicros;
        figures.billedRecords = cell.billedRecords;
        figures.estimatedRecords = cell.estimatedRecords;
        figures.hasBilledCosts = source->hasBilledCosts
            && Calendar::startOfLocalDayMs(day, zone) < source->coveredUntilMs
            && Calendar::startOfLocalDayMs(day.addDays(1), zone) > source->coveredFromMs;
        if (figures.hasBilledCosts) {
            figures.coveredBilledMicros = figures.billedMicros;
            figures.coveredEstimatedMicros = figures.estimatedMicros;
        }
        const QDate start = periodStartOf(day, request.period);
        ReconciliationRow &row = rows[{start, sourceId}];
        if (row.sourceId == 0) {
            row.periodStart = start;
            row.periodKey = periodKeyOf(day, request.period);
            row.sourceId = sourceId;
            row.sourceName = source->name;
            row.sourceKind = source->kind;
        }
        row.figures += figures;
        result.totals += figures;
    }
    result.rows.reserve(rows.size());
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        result.rows.append(it.value());
    // Within a period, by source name rather than id: ids are an accident of creation order.
    std::stable_sort(result.rows.begin(), result.rows.end(),
                     [](const ReconciliationRow &a, const ReconciliationRow &b) {
                         if (a.periodStart != b.periodStart)
                             return a.periodStart < b.periodStart;
                         return a.sourceName.compare(b.sourceName, Qt::CaseInsensitive) < 0;
                     });
    return result;
}
