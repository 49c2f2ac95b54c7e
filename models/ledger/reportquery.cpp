#include "reportquery.h"

#include "core/calendar.h"
#include "ledger.h"
#include "ledgerschema.h"
#include "localdaysql.h"
#include "peopledirectory.h"
#include "sqlitedatabase.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace {

const QList<std::pair<ReportKey, QString>> keyNames = {
    {ReportKey::Day, QStringLiteral("day")},
    {ReportKey::Week, QStringLiteral("week")},
    {ReportKey::Month, QStringLiteral("month")},
    {ReportKey::Person, QStringLiteral("person")},
    {ReportKey::Team, QStringLiteral("team")},
    {ReportKey::Model, QStringLiteral("model")},
    {ReportKey::Source, QStringLiteral("source")},
    {ReportKey::Project, QStringLiteral("project")},
    {ReportKey::Session, QStringLiteral("session")},
};

// Names of the small tables, so the big ones are grouped by integer ids without joins.
struct Lookups
{
    struct PersonEntry
    {
        QString email;
        QString name;
        qint64 teamId = 0;
    };
    QHash<qint64, PersonEntry> people;
    QHash<qint64, QString> teams;
    QHash<qint64, QString> sourceKinds;
    QHash<qint64, QString> models;
};

Result<Lookups> loadLookups(SqliteDatabase &db, bool needPeople, bool needTeams, bool needSources,
                            bool needModels)
{
    Lookups lookups;
    if (needPeople || needTeams) {
        if (Status loaded = db.forEachRow(
                QStringLiteral("SELECT id, email, name, coalesce(team_id, 0) FROM people"),
                [&](SqliteStatement &row) {
                    lookups.people.insert(row.int64(0), {row.text(1), row.text(2), row.int64(3)});
                });
            !loaded)
            return loaded.error();
    }
    if (needTeams) {
        if (Status loaded = db.forEachRow(
                QStringLiteral("SELECT id, name FROM teams"),
                [&](SqliteStatement &row) { lookups.teams.insert(row.int64(0), row.text(1)); });
            !loaded)
            return loaded.error();
    }
    if (needSources) {
        if (Status loaded = db.forEachRow(QStringLiteral("SELECT id, kind FROM sources"),
                                          [&](SqliteStatement &row) {
                                              lookups.sourceKinds.insert(row.int64(0), row.text(1));
                                          });
            !loaded)
            return loaded.error();
    }
    if (needModels) {
        if (Status loaded = db.forEachRow(
                QStringLiteral("SELECT id, name FROM models"),
                [&](SqliteStatement &row) { lookups.models.insert(row.int64(0), row.text(1)); });
            !loaded)
            return loaded.error();
    }
    return lookups;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

// Ids of a small table matching a text parameter, as an SQL list ("-1" when none match).
// The ids the query finds for any of the values, as an SQL list ("-1" when none matches).
Result<QString> matchingIds(SqliteDatabase &db, const QString &sql, const QStringList &values)
{
    Result<SqliteStatement> statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    QList<qint64> ids;
    for (const QString &value : values) {
        statement->reset();
        statement->bind(1, value);
        while (statement->step() == SqliteStatement::StepResult::Row)
            ids.append(statement->int64(0));
    }
    return ids.isEmpty() ? QStringLiteral("-1") : idList(ids);
}

// The sums every rollup table keeps (LedgerSchema's measures), in ReportTotals' order.
const char *const rollupMeasures[] = {"input_tokens",
                                      "cache_write_5m_tokens",
                                      "cache_write_1h_tokens",
                                      "cache_read_tokens",
                                      "output_tokens",
                                      "reasoning_tokens",
                                      "requests",
                                      "records",
                                      "cost_micros",
                                      "billed_micros",
                                      "estimated_records",
                                      "billed_records",
                                      "unpriced_records"};

// How a range of days is read from the person rollups when months are cheaper: whole months
// from the monthly rollup, less the days of those months outside the range, plus the days of
// months that are cheaper read day by day. Sums subtract exactly; a group that comes to no
// records is dropped like any empty aggregate.
struct MonthlyPlan
{
    using DayRange = std::pair<qint64, qint64>; // inclusive day numbers
    QList<qint64> monthStarts;
    QList<DayRange> addedDays;
    QList<DayRange> subtractedDays;

    // What reading one month costs, in days. bench_ledger's 2,000-person organisation has about
    // 4,000 daily rollup rows a day and 5,500 monthly rows a month; four days leaves room for
    // organisations whose people each use many models and sources in a month.
    static constexpr qint64 monthCostInDays = 4;

    // A derived table with the daily rollup's columns (day, person_id, source_id, model_id and the
    // measures), every branch narrowed by `filters` as well as its own days.
    QString sql(const QStringList &filters) const
    {
        const auto where = [&](const QString &time) -> QString {
            QStringList all = filters;
            all.prepend(time);
            return QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
        };
        const auto dayRanges = [](const QList<DayRange> &ranges) -> QString {
            QStringList parts;
            for (const auto &[first, last] : ranges)
                parts.append(QStringLiteral("day BETWEEN %1 AND %2").arg(first).arg(last));
            return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
        };
        const auto measures = [](const QString &sign) -> QString {
            QStringList columns;
            for (const char *measure : rollupMeasures)
                columns.append(QStringLiteral("%1%2 AS %2").arg(sign, QLatin1StringView(measure)));
            return columns.join(QStringLiteral(", "));
        };
        const QString keys = QStringLiteral("person_id, source_id, model_id, ");
        const QString daily = LedgerSchema::rollupTable(LedgerSchema::RollupLevel::PersonDaily);
        QStringList months;
        for (const qint64 start : monthStarts)
            months.append(QString::number(start));
        QStringList branches;
        branches.append(QStringLiteral("SELECT month_start AS day, ") + keys + measures({})
                        + QStringLiteral(" FROM ")
                        + LedgerSchema::rollupTable(LedgerSchema::RollupLevel::PersonMonthly)
                        + where(QStringLiteral("month_start IN (%1)").arg(months.join(u','))));
        if (!addedDays.isEmpty())
            branches.append(QStringLiteral("SELECT day, ") + keys + measures({})
                            + QStringLiteral(" FROM ") + daily + where(dayRanges(addedDays)));
        if (!subtractedDays.isEmpty())
            branches.append(QStringLiteral("SELECT day, ") + keys + measures(QStringLiteral("-"))
                            + QStringLiteral(" FROM ") + daily + where(dayRanges(subtractedDays)));
        return branches.join(QStringLiteral(" UNION ALL "));
    }
};

// The cheaper of reading [since, until] day by day and by months: nothing when no month helps.
std::optional<MonthlyPlan> monthlyPlan(QDate since, QDate until)
{
    MonthlyPlan plan;
    for (QDate first(since.year(), since.month(), 1); first <= until; first = first.addMonths(1)) {
        const QDate last = first.addMonths(1).addDays(-1);
        const QDate from = std::max(first, since);
        const QDate to = std::min(last, until);
        const qint64 inside = from.daysTo(to) + 1;
        const qint64 outside = first.daysTo(last) + 1 - inside;
        if (inside <= MonthlyPlan::monthCostInDays + outside) {
            plan.addedDays.append({Calendar::dayNumber(from), Calendar::dayNumber(to)});
            continue;
        }
        plan.monthStarts.append(Calendar::dayNumber(first));
        if (from > first)
            plan.subtractedDays.append(
                {Calendar::dayNumber(first), Calendar::dayNumber(from.addDays(-1))});
        if (to < last)
            plan.subtractedDays.append(
                {Calendar::dayNumber(to.addDays(1)), Calendar::dayNumber(last)});
    }
    if (plan.monthStarts.isEmpty())
        return std::nullopt;
    return plan;
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
            return Error {ErrorCode::InvalidArgument,
                          QStringLiteral("unknown report key \"%1\" (use %2)")
                              .arg(part.trimmed(), valid.join(u','))};
        }
        if (keys.contains(*key)) {
            return Error {ErrorCode::InvalidArgument,
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
    const bool inReportingZone = zone == m_ledger.reportingTimeZone();
    const bool needPeople = request.groupBy.contains(ReportKey::Person);
    const bool needTeams = request.groupBy.contains(ReportKey::Team);
    const bool needsPersonDimension
        = needPeople || needTeams || !request.personEmail.isEmpty() || !request.teamName.isEmpty();

    // Range in UTC for raw rows and quarter hours; day numbers for the daily rollups.
    const qint64 sinceMs = request.since ? Calendar::startOfLocalDayMs(*request.since, zone)
                                         : std::numeric_limits<qint64>::min();
    const qint64 untilMs = request.until
        ? Calendar::startOfLocalDayMs(request.until->addDays(1), zone)
        : std::numeric_limits<qint64>::max();
    // The smallest table that can answer: daily rollups in the reporting zone (org-wide sums need
    // no person dimension), quarter-hour totals for org-wide sums in another zone, else usage rows.
    // Only the last two need the span of usage in time, which costs a query of its own.
    enum class Reads { PersonDays, OrganisationDays, OrganisationQuarterHours, UsageRows };
    const bool byProjectOrSession = request.groupBy.contains(ReportKey::Project)
        || request.groupBy.contains(ReportKey::Session);
    Reads reads = Reads::UsageRows;
    std::pair<qint64, qint64> span;
    if (!byProjectOrSession && inReportingZone) {
        reads = needsPersonDimension ? Reads::PersonDays : Reads::OrganisationDays;
    } else {
        Result<std::pair<qint64, qint64>> usageSpan = LocalDaySql::usageSpan(
            db, request.since ? std::optional<qint64>(sinceMs) : std::nullopt,
            request.until ? std::optional<qint64>(untilMs) : std::nullopt);
        if (!usageSpan)
            return usageSpan.error();
        span = *usageSpan;
        if (!byProjectOrSession && !needsPersonDimension
            && LocalDaySql::inWholeQuarterHours(zone, span.first, span.second))
            reads = Reads::OrganisationQuarterHours;
    }
    constexpr qint64 quarterHourMs = 900'000;

    QString dayExpression = QStringLiteral("day");
    if (reads == Reads::UsageRows)
        dayExpression = LocalDaySql::dayExpression(zone, span.first, span.second);
    else if (reads == Reads::OrganisationQuarterHours)
        dayExpression
            = LocalDaySql::dayExpression(zone, span.first, span.second,
                                         QStringLiteral("(quarter_hour * %1)").arg(quarterHourMs));

    // SQL groups by integer ids (and project/session text) only; names, teams, weeks and months
    // are derived from those ids afterwards, so the large table is read without any join.
    QStringList groupColumns;
    QList<int> columnOfKey;
    const auto columnFor = [&](const QString &expression) {
        qsizetype index = groupColumns.indexOf(expression);
        if (index < 0) {
            groupColumns.append(expression);
            index = groupColumns.size() - 1;
        }
        return int(index);
    };
    const QString personColumn = QStringLiteral("coalesce(person_id, 0)");
    for (const ReportKey key : request.groupBy) {
        switch (key) {
        case ReportKey::Day:
        case ReportKey::Week:
        case ReportKey::Month:
            columnOfKey.append(columnFor(dayExpression));
            break;
        case ReportKey::Person:
        case ReportKey::Team:
            columnOfKey.append(columnFor(personColumn));
            break;
        case ReportKey::Model:
            columnOfKey.append(columnFor(QStringLiteral("model_id")));
            break;
        case ReportKey::Source:
            columnOfKey.append(columnFor(QStringLiteral("source_id")));
            break;
        case ReportKey::Project:
            columnOfKey.append(columnFor(QStringLiteral("project")));
            break;
        case ReportKey::Session:
            columnOfKey.append(columnFor(QStringLiteral("session")));
            break;
        }
    }

    Result<Lookups> lookups = loadLookups(db, needPeople, needTeams || !request.teamName.isEmpty(),
                                          request.groupBy.contains(ReportKey::Source),
                                          request.groupBy.contains(ReportKey::Model));
    if (!lookups)
        return lookups.error();

    // Time conditions first: a monthly plan replaces them with its own per branch.
    QStringList conditions;
    if (reads == Reads::UsageRows) {
        if (request.since)
            conditions.append(QStringLiteral("start_ms >= %1").arg(sinceMs));
        if (request.until)
            conditions.append(QStringLiteral("start_ms < %1").arg(untilMs));
    } else if (reads == Reads::OrganisationQuarterHours) {
        // Local midnights of a zone in whole quarter hours are whole UTC quarter hours.
        if (request.since)
            conditions.append(QStringLiteral("quarter_hour >= %1").arg(sinceMs / quarterHourMs));
        if (request.until)
            conditions.append(QStringLiteral("quarter_hour < %1").arg(untilMs / quarterHourMs));
    } else {
        if (request.since)
            conditions.append(QStringLiteral("day >= %1").arg(Calendar::dayNumber(*request.since)));
        if (request.until)
            conditions.append(QStringLiteral("day <= %1").arg(Calendar::dayNumber(*request.until)));
    }
    const qsizetype timeConditionCount = conditions.size();
    PeopleDirectory directory(m_ledger);
    if (!request.personEmail.isEmpty()) {
        Result<Person> person = directory.personByEmail(request.personEmail);
        if (!person)
            return person.error();
        conditions.append(QStringLiteral("person_id = %1").arg(person->id));
    }
    if (!request.teamName.isEmpty()) {
        Result<QList<qint64>> teams = directory.teamSubtree(request.teamName);
        if (!teams)
            return teams.error();
        const QSet<qint64> teamIds = request.nestedTeams
            ? QSet<qint64>(teams->cbegin(), teams->cend())
            : QSet<qint64> {teams->value(0)};
        QList<qint64> members;
        for (auto it = lookups->people.cbegin(); it != lookups->people.cend(); ++it) {
            if (teamIds.contains(it->teamId))
                members.append(it.key());
        }
        // As a person-id set, so the rollup's (person_id, day) index serves team pages.
        conditions.append(QStringLiteral("person_id IN (%1)")
                              .arg(members.isEmpty() ? QStringLiteral("-1") : idList(members)));
    }
    if (!request.sources.isEmpty()) {
        Result<QString> ids
            = matchingIds(db, QStringLiteral("SELECT id FROM sources WHERE kind = ?1 OR name = ?1"),
                          request.sources);
        if (!ids)
            return ids.error();
        conditions.append(QStringLiteral("source_id IN (%1)").arg(*ids));
    }
    if (!request.models.isEmpty()) {
        Result<QString> ids = matchingIds(
            db, QStringLiteral("SELECT id FROM models WHERE name = ?1"), request.models);
        if (!ids)
            return ids.error();
        conditions.append(QStringLiteral("model_id IN (%1)").arg(*ids));
    }

    QString sums;
    if (reads == Reads::UsageRows) {
        sums = QStringLiteral(
            "sum(input_tokens), sum(cache_write_5m_tokens), sum(cache_write_1h_tokens), "
            "sum(cache_read_tokens), sum(output_tokens), sum(reasoning_tokens), "
            "sum(requests), count(*), sum(cost_micros), sum((cost_kind = 1) * cost_micros), "
            "sum(cost_kind = 0), sum(cost_kind = 1), sum(cost_kind = 2)");
    } else {
        QStringList columns;
        for (const char *measure : rollupMeasures)
            columns.append(QStringLiteral("sum(%1)").arg(QLatin1StringView(measure)));
        sums = columns.join(QStringLiteral(", "));
    }
    QString sql = QStringLiteral("SELECT ");
    for (const QString &column : std::as_const(groupColumns))
        sql += column + QStringLiteral(", ");
    sql += sums + QStringLiteral(" FROM ");

    const bool byDayOrWeek
        = request.groupBy.contains(ReportKey::Day) || request.groupBy.contains(ReportKey::Week);
    const std::optional<MonthlyPlan> plan
        = reads == Reads::PersonDays && request.since && request.until && !byDayOrWeek
        ? monthlyPlan(*request.since, *request.until)
        : std::nullopt;
    if (plan) {
        sql += u'(' + plan->sql(conditions.mid(timeConditionCount)) + u')';
    } else {
        if (reads == Reads::UsageRows)
            sql += QStringLiteral("usage");
        else if (reads == Reads::PersonDays)
            sql += LedgerSchema::rollupTable(LedgerSchema::RollupLevel::PersonDaily);
        else if (reads == Reads::OrganisationDays)
            sql += LedgerSchema::rollupTable(LedgerSchema::RollupLevel::OrganisationDaily);
        else
            sql += LedgerSchema::rollupTable(LedgerSchema::RollupLevel::OrganisationQuarterHourly);
        if (!conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    if (!groupColumns.isEmpty()) {
        QStringList positions;
        for (int i = 1; i <= groupColumns.size(); ++i)
            positions.append(QString::number(i));
        sql += QStringLiteral(" GROUP BY ") + positions.join(u',');
    }

    Result<SqliteStatement> statement = db.prepare(sql);
    if (!statement)
        return statement.error();

    Report report;
    report.groupBy = request.groupBy;
    report.timeZone = QString::fromUtf8(zone.id());
    report.fromRollups = reads != Reads::UsageRows;
    report.fromMonths = plan.has_value();
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
        QString personName;
        for (int k = 0; k < request.groupBy.size(); ++k) {
            const int column = columnOfKey[k];
            if (statement->isNull(column)) {
                keys.append(QString());
                continue;
            }
            const qint64 id = statement->int64(column);
            switch (request.groupBy[k]) {
            case ReportKey::Day:
                keys.append(Calendar::dayKey(Calendar::dateOfDayNumber(id)));
                break;
            case ReportKey::Week:
                keys.append(Calendar::isoWeekKey(Calendar::dateOfDayNumber(id)));
                break;
            case ReportKey::Month:
                keys.append(Calendar::monthKey(Calendar::dateOfDayNumber(id)));
                break;
            case ReportKey::Person: {
                const auto person = lookups->people.constFind(id);
                keys.append(person == lookups->people.cend() ? QString() : person->email);
                if (person != lookups->people.cend())
                    personName = person->name;
                break;
            }
            case ReportKey::Team: {
                const auto person = lookups->people.constFind(id);
                keys.append(person == lookups->people.cend()
                                ? QString()
                                : lookups->teams.value(person->teamId));
                break;
            }
            case ReportKey::Model:
                keys.append(lookups->models.value(id));
                break;
            case ReportKey::Source:
                keys.append(lookups->sourceKinds.value(id));
                break;
            case ReportKey::Project:
            case ReportKey::Session:
                keys.append(statement->text(column));
                break;
            }
        }
        ReportRow &row = merged[keys];
        if (row.keys.isEmpty() && !keys.isEmpty()) {
            row.keys = keys;
            row.personName = personName;
        }
        row.totals += totals;
        report.totals += totals;
    }
    report.rows.reserve(merged.size());
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        report.rows.append(it.value());
    return report;
}
