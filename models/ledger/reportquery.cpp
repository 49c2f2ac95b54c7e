#include "reportquery.h"

#include "ledger.h"
#include "peopledirectory.h"
#include "sqlitedatabase.h"

#include "core/calendar.h"

#include <QHash>
#include <QMap>

namespace {

const QList<std::pair<ReportKey, QString>> keyNames = {
    {ReportKey::Day, QStringLiteral("day")},         {ReportKey::Week, QStringLiteral("week")},
    {ReportKey::Month, QStringLiteral("month")},     {ReportKey::Person, QStringLiteral("person")},
    {ReportKey::Team, QStringLiteral("team")},       {ReportKey::Model, QStringLiteral("model")},
    {ReportKey::Source, QStringLiteral("source")},   {ReportKey::Project, QStringLiteral("project")},
    {ReportKey::Session, QStringLiteral("session")},
};

// SQL for the local day of usage.start_ms in a zone: the offset is constant between
// transitions, so a CASE over the transitions in range is exact.
QString localDayExpression(const QTimeZone &zone, qint64 fromMs, qint64 untilMs)
{
    const auto offsetAt = [&](qint64 ms) {
        return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC))) * 1000;
    };
    QString expression;
    const QTimeZone::OffsetDataList transitions = zone.transitions(
            QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC), QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC));
    qint64 offset = offsetAt(fromMs);
    for (const QTimeZone::OffsetData &transition : transitions) {
        const qint64 at = transition.atUtc.toMSecsSinceEpoch();
        expression += QStringLiteral(" WHEN u.start_ms < %1 THEN %2").arg(at).arg(offset);
        offset = qint64(transition.offsetFromUtc) * 1000;
    }
    expression = expression.isEmpty() ? QString::number(offset)
                                      : QStringLiteral("CASE") + expression + QStringLiteral(" ELSE %1 END").arg(offset);
    // Floor division that also holds before 1970.
    const QString localMs = QStringLiteral("(u.start_ms + (") + expression + QStringLiteral("))");
    return QStringLiteral("((") + localMs + QStringLiteral(" - ((") + localMs
            + QStringLiteral(" % 86400000) + 86400000) % 86400000) / 86400000)");
}

} // namespace

ReportTotals &ReportTotals::operator+=(const ReportTotals &other)
{
    tokens += other.tokens;
    requests += other.requests;
    records += other.records;
    costMicros += other.costMicros;
    billedMicros += other.billedMicros;
    estimatedRecords += other.estimatedRecords;
    billedRecords += other.billedRecords;
    unpricedRecords += other.unpricedRecords;
    return *this;
}

QString reportKeyName(ReportKey key)
{
    for (const auto &[candidate, name] : keyNames) {
        if (candidate == key)
            return name;
    }
    return {};
}

std::optional<ReportKey> reportKeyFromName(const QString &name)
{
    for (const auto &[key, candidate] : keyNames) {
        if (candidate == name)
            return key;
    }
    return std::nullopt;
}

Result<QList<ReportKey>> parseReportKeys(const QString &commaList)
{
    QList<ReportKey> keys;
    for (const QString &part : commaList.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<ReportKey> key = reportKeyFromName(part.trimmed());
        if (!key) {
            QStringList valid;
            for (const auto &entry : keyNames)
                valid.append(entry.second);
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("unknown report key \"%1\" (use %2)").arg(part.trimmed(), valid.join(u','))};
        }
        if (keys.contains(*key)) {
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("report key \"%1\" given twice").arg(part.trimmed())};
        }
        keys.append(*key);
    }
    return keys;
}

Result<Report> ReportQuery::run(const ReportRequest &request)
{
    SqliteDatabase &db = m_ledger.database();
    const QTimeZone zone = request.zone.isValid() ? request.zone : m_ledger.reportingTimeZone();
    const bool needsRawRows = request.groupBy.contains(ReportKey::Project)
            || request.groupBy.contains(ReportKey::Session) || zone != m_ledger.reportingTimeZone();
    const QString table = needsRawRows ? QStringLiteral("usage u") : QStringLiteral("daily_rollup u");

    // Range in UTC for raw rows; day numbers for rollups.
    const qint64 sinceMs = request.since ? Calendar::startOfLocalDayMs(*request.since, zone)
                                         : std::numeric_limits<qint64>::min();
    const qint64 untilMs = request.until ? Calendar::startOfLocalDayMs(request.until->addDays(1), zone)
                                         : std::numeric_limits<qint64>::max();

    QString dayExpression = QStringLiteral("u.day");
    if (needsRawRows) {
        qint64 fromMs = request.since ? sinceMs : 0;
        qint64 toMs = request.until ? untilMs : 0;
        if (!request.since || !request.until) {
            Result<SqliteStatement> span = db.prepare(
                    QStringLiteral("SELECT coalesce(min(start_ms), 0), coalesce(max(start_ms), 0) FROM usage"));
            if (!span)
                return span.error();
            if (span->step() == SqliteStatement::StepResult::Row) {
                if (!request.since)
                    fromMs = span->int64(0);
                if (!request.until)
                    toMs = span->int64(1) + 1;
            }
        }
        dayExpression = localDayExpression(zone, fromMs, std::max(fromMs, toMs));
    }

    // The columns SQL groups by; the final keys (week, month) are derived from them below.
    QStringList groupColumns;
    QList<int> columnOfKey;
    auto columnFor = [&](const QString &expression) {
        qsizetype index = groupColumns.indexOf(expression);
        if (index < 0) {
            groupColumns.append(expression);
            index = groupColumns.size() - 1;
        }
        return int(index);
    };
    for (const ReportKey key : request.groupBy) {
        switch (key) {
        case ReportKey::Day:
        case ReportKey::Week:
        case ReportKey::Month:
            columnOfKey.append(columnFor(dayExpression));
            break;
        case ReportKey::Person:
            columnOfKey.append(columnFor(QStringLiteral("p.email")));
            columnFor(QStringLiteral("p.name"));
            break;
        case ReportKey::Team:
            columnOfKey.append(columnFor(QStringLiteral("t.name")));
            break;
        case ReportKey::Model:
            columnOfKey.append(columnFor(QStringLiteral("m.name")));
            break;
        case ReportKey::Source:
            columnOfKey.append(columnFor(QStringLiteral("s.kind")));
            break;
        case ReportKey::Project:
            columnOfKey.append(columnFor(QStringLiteral("u.project")));
            break;
        case ReportKey::Session:
            columnOfKey.append(columnFor(QStringLiteral("u.session")));
            break;
        }
    }
    const int personNameColumn = int(groupColumns.indexOf(QStringLiteral("p.name")));

    const QString sums = needsRawRows
            ? QStringLiteral("sum(u.input_tokens), sum(u.cache_write_5m_tokens), "
                             "sum(u.cache_write_1h_tokens), sum(u.cache_read_tokens), "
                             "sum(u.output_tokens), sum(u.reasoning_tokens), sum(u.requests), "
                             "count(*), sum(u.cost_micros), sum((u.cost_kind = 1) * u.cost_micros), "
                             "sum(u.cost_kind = 0), sum(u.cost_kind = 1), sum(u.cost_kind = 2)")
            : QStringLiteral("sum(u.input_tokens), sum(u.cache_write_5m_tokens), "
                             "sum(u.cache_write_1h_tokens), sum(u.cache_read_tokens), "
                             "sum(u.output_tokens), sum(u.reasoning_tokens), sum(u.requests), "
                             "sum(u.records), sum(u.cost_micros), sum(u.billed_micros), "
                             "sum(u.estimated_records), sum(u.billed_records), "
                             "sum(u.unpriced_records)");

    QStringList conditions;
    QList<std::pair<int, QString>> textParameters;
    if (needsRawRows) {
        if (request.since)
            conditions.append(QStringLiteral("u.start_ms >= %1").arg(sinceMs));
        if (request.until)
            conditions.append(QStringLiteral("u.start_ms < %1").arg(untilMs));
    } else {
        if (request.since)
            conditions.append(QStringLiteral("u.day >= %1").arg(Calendar::dayNumber(*request.since)));
        if (request.until)
            conditions.append(QStringLiteral("u.day <= %1").arg(Calendar::dayNumber(*request.until)));
    }
    if (!request.personEmail.isEmpty()) {
        PeopleDirectory directory(m_ledger);
        Result<Person> person = directory.personByEmail(request.personEmail);
        if (!person)
            return person.error();
        conditions.append(QStringLiteral("u.person_id = %1").arg(person->id));
    }
    if (!request.teamName.isEmpty()) {
        PeopleDirectory directory(m_ledger);
        Result<QList<qint64>> teams = directory.teamSubtree(request.teamName);
        if (!teams)
            return teams.error();
        QStringList ids;
        for (const qint64 id : std::as_const(*teams))
            ids.append(QString::number(id));
        // As a person-id set, so the rollup's (person_id, day) index serves team pages.
        conditions.append(QStringLiteral("u.person_id IN (SELECT id FROM people WHERE team_id IN (%1))")
                                  .arg(ids.join(u',')));
    }
    int nextParameter = 1;
    if (!request.source.isEmpty()) {
        conditions.append(QStringLiteral("u.source_id IN (SELECT id FROM sources WHERE kind = ?%1 OR name = ?%1)")
                                  .arg(nextParameter));
        textParameters.append({nextParameter++, request.source});
    }
    if (!request.model.isEmpty()) {
        conditions.append(QStringLiteral("u.model_id IN (SELECT id FROM models WHERE name = ?%1)").arg(nextParameter));
        textParameters.append({nextParameter++, request.model});
    }

    QString sql = QStringLiteral("SELECT ");
    for (const QString &column : std::as_const(groupColumns))
        sql += column + QStringLiteral(", ");
    sql += sums + QStringLiteral(" FROM ") + table
            + QStringLiteral(" JOIN sources s ON s.id = u.source_id JOIN models m ON m.id = u.model_id"
                             " LEFT JOIN people p ON p.id = u.person_id"
                             " LEFT JOIN teams t ON t.id = p.team_id");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (!groupColumns.isEmpty()) {
        QStringList positions;
        for (int i = 1; i <= groupColumns.size(); ++i)
            positions.append(QString::number(i));
        sql += QStringLiteral(" GROUP BY ") + positions.join(u',');
    }

    Result<SqliteStatement> statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    for (const auto &[index, value] : std::as_const(textParameters))
        statement->bind(index, value);

    Report report;
    report.groupBy = request.groupBy;
    report.timeZone = QString::fromUtf8(zone.id());
    report.fromRollups = !needsRawRows;
    QMap<QStringList, ReportRow> merged;
    const int firstSum = int(groupColumns.size());
    for (;;) {
        const SqliteStatement::StepResult step = statement->step();
        if (step == SqliteStatement::StepResult::Failed)
            return statement->lastError();
        if (step == SqliteStatement::StepResult::Done)
            break;
        ReportTotals totals;
        totals.tokens.input = statement->int64(firstSum);
        totals.tokens.cacheWrite5m = statement->int64(firstSum + 1);
        totals.tokens.cacheWrite1h = statement->int64(firstSum + 2);
        totals.tokens.cacheRead = statement->int64(firstSum + 3);
        totals.tokens.output = statement->int64(firstSum + 4);
        totals.tokens.reasoning = statement->int64(firstSum + 5);
        totals.requests = statement->int64(firstSum + 6);
        totals.records = statement->int64(firstSum + 7);
        totals.costMicros = statement->int64(firstSum + 8);
        totals.billedMicros = statement->int64(firstSum + 9);
        totals.estimatedRecords = statement->int64(firstSum + 10);
        totals.billedRecords = statement->int64(firstSum + 11);
        totals.unpricedRecords = statement->int64(firstSum + 12);
        if (totals.records == 0)
            continue; // an aggregate over nothing
        QStringList keys;
        for (int k = 0; k < request.groupBy.size(); ++k) {
            const int column = columnOfKey[k];
            if (statement->isNull(column)) {
                keys.append(QString());
                continue;
            }
            switch (request.groupBy[k]) {
            case ReportKey::Day:
                keys.append(Calendar::dayKey(Calendar::dateOfDayNumber(statement->int64(column))));
                break;
            case ReportKey::Week:
                keys.append(Calendar::isoWeekKey(Calendar::dateOfDayNumber(statement->int64(column))));
                break;
            case ReportKey::Month:
                keys.append(Calendar::monthKey(Calendar::dateOfDayNumber(statement->int64(column))));
                break;
            default:
                keys.append(statement->text(column));
                break;
            }
        }
        ReportRow &row = merged[keys];
        if (row.keys.isEmpty() && !keys.isEmpty()) {
            row.keys = keys;
            if (personNameColumn >= 0)
                row.personName = statement->text(personNameColumn);
        }
        row.totals += totals;
        report.totals += totals;
    }
    report.rows.reserve(merged.size());
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        report.rows.append(it.value());
    return report;
}
