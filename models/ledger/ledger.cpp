#include "ledger.h"

#include "core/calendar.h"
#include "ledgerschema.h"
#include "sqlitedatabase.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QScopeGuard>

Q_LOGGING_CATEGORY(lcLedger, "burnrate.ledger", QtInfoMsg)

namespace {

const QString reportingZoneKey = QStringLiteral("reporting_timezone");

const QString upsertUsageSql = QStringLiteral(R"sql(
INSERT INTO usage (source_id, external_key, start_ms, end_ms, day, person_id, identity_kind,
                   identity_value, device_id, provider, model_id, project, session, input_tokens,
                   cache_write_5m_tokens, cache_write_1h_tokens, cache_read_tokens, output_tokens,
                   reasoning_tokens, requests, cost_micros, cost_kind, price_version_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
        ?21, ?22, ?23)
ON CONFLICT (source_id, external_key) DO UPDATE SET
    start_ms = excluded.start_ms, end_ms = excluded.end_ms, day = excluded.day,
    person_id = excluded.person_id, identity_kind = excluded.identity_kind,
    identity_value = excluded.identity_value, device_id = excluded.device_id,
    provider = excluded.provider, model_id = excluded.model_id, project = excluded.project,
    session = excluded.session, input_tokens = excluded.input_tokens,
    cache_write_5m_tokens = excluded.cache_write_5m_tokens,
    cache_write_1h_tokens = excluded.cache_write_1h_tokens,
    cache_read_tokens = excluded.cache_read_tokens, output_tokens = excluded.output_tokens,
    reasoning_tokens = excluded.reasoning_tokens, requests = excluded.requests,
    cost_micros = excluded.cost_micros, cost_kind = excluded.cost_kind,
    price_version_id = excluded.price_version_id
WHERE (usage.start_ms, usage.end_ms, usage.day, usage.person_id, usage.identity_kind,
       usage.identity_value, usage.device_id, usage.provider, usage.model_id, usage.project,
       usage.session, usage.input_tokens, usage.cache_write_5m_tokens,
       usage.cache_write_1h_tokens, usage.cache_read_tokens, usage.output_tokens,
       usage.reasoning_tokens, usage.requests, usage.cost_micros, usage.cost_kind,
       usage.price_version_id)
   IS NOT (excluded.start_ms, excluded.end_ms, excluded.day, excluded.person_id,
       excluded.identity_kind, excluded.identity_value, excluded.device_id, excluded.provider,
       excluded.model_id, excluded.project, excluded.session, excluded.input_tokens,
       excluded.cache_write_5m_tokens, excluded.cache_write_1h_tokens, excluded.cache_read_tokens,
       excluded.output_tokens, excluded.reasoning_tokens, excluded.requests, excluded.cost_micros,
       excluded.cost_kind, excluded.price_version_id)
)sql");

// Adds a delta to a bucket: local agents' usage is kept per session, model and hour, and each
// import adds what its new messages (or the growth of known ones) contributed.
QString accumulateUsageSql()
{
    static const QString sql = []() -> QString {
        QString text = upsertUsageSql.left(upsertUsageSql.indexOf(QStringLiteral("ON CONFLICT")));
        QStringList sums;
        for (const char *column :
             {"input_tokens", "cache_write_5m_tokens", "cache_write_1h_tokens", "cache_read_tokens",
              "output_tokens", "reasoning_tokens", "requests", "cost_micros"}) {
            const QString name = QString::fromLatin1(column);
            sums.append(name + QStringLiteral(" = usage.") + name + QStringLiteral(" + excluded.")
                        + name);
        }
        return text
            + QStringLiteral(
                   "ON CONFLICT (source_id, external_key) DO UPDATE SET "
                   "start_ms = min(usage.start_ms, excluded.start_ms), "
                   "end_ms = max(usage.end_ms, excluded.end_ms), "
                   "person_id = excluded.person_id, identity_kind = excluded.identity_kind, "
                   "identity_value = excluded.identity_value, device_id = excluded.device_id, "
                   "cost_kind = excluded.cost_kind, price_version_id = excluded.price_version_id, ")
            + sums.join(QStringLiteral(", "));
    }();
    return sql;
}

constexpr int usageColumnCount = 23;

// The policy's statement for `rows` records at once (parameters numbered row by row).
QString usageWriteSql(Ledger::WritePolicy policy, int rows)
{
    const QString single
        = policy == Ledger::WritePolicy::Replace ? upsertUsageSql : accumulateUsageSql();
    const qsizetype values = single.indexOf(QStringLiteral("VALUES"));
    const qsizetype conflict = single.indexOf(QStringLiteral("ON CONFLICT"));
    QStringList tuples;
    for (int row = 0; row < rows; ++row) {
        QStringList parameters;
        for (int column = 1; column <= usageColumnCount; ++column)
            parameters.append(u'?' + QString::number(row * usageColumnCount + column));
        tuples.append(u'(' + parameters.join(u',') + u')');
    }
    return single.left(values) + QStringLiteral("VALUES ") + tuples.join(u',') + u'\n'
        + single.mid(conflict);
}

} // namespace

Ledger::Ledger(std::unique_ptr<SqliteDatabase> db)
    : m_db(std::move(db)), m_reportingZone(QTimeZone::utc())
{ }

Ledger::~Ledger() = default;

Result<std::unique_ptr<Ledger>> Ledger::open(const QString &path, Access access)
{
    Result<std::unique_ptr<SqliteDatabase>> db = SqliteDatabase::open(
        path,
        access == Access::ReadOnly ? SqliteDatabase::OpenMode::ReadOnly
                                   : SqliteDatabase::OpenMode::ReadWriteCreate);
    if (!db)
        return db.error();
    SqliteDatabase &connection = **db;
    // Reading the schema is the first thing that touches the file: a file that is not SQLite
    // fails here with "file is not a database".
    if (Result<qint64> probe
        = connection.queryInt64(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        !probe) {
        return Error {
            probe.error().code == ErrorCode::Database ? ErrorCode::DatabaseCorrupt
                                                      : probe.error().code,
            QStringLiteral("%1 is not a Burnrate ledger (%2)").arg(path, probe.error().detail)};
    }
    // A SQLite file of some other program must not get our tables added to it.
    if (Result<qint64> version = connection.queryInt64(QStringLiteral("PRAGMA user_version"));
        version && *version == 0) {
        Result<qint64> objects
            = connection.queryInt64(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (objects && *objects > 0) {
            return Error {
                ErrorCode::InvalidInput,
                QStringLiteral("%1 is an SQLite database, but not a Burnrate ledger").arg(path)};
        }
    }
    if (access == Access::ReadWrite) {
        // WAL lets readers (the GUI's query thread) run while a writer commits; NORMAL sync
        // is durable across application crashes, which is what WAL promises.
        if (Status wal = connection.exec(
                QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL"));
            !wal)
            return wal.error();
    }
    // A 64 MB page cache (SQLite's default is 2 MB) and temporary b-trees in memory, for both
    // kinds of connection: bulk imports insert into the (source, key) index at random places,
    // and the dashboard's reads of a large ledger's rollups (the Budgets and Sources pages, peer
    // distributions) revisit the same pages; with the default, bench_dashboard's read-only
    // connection spent most of its time re-reading pages and writing temporary files.
    if (Status cache
        = connection.exec(QStringLiteral("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY"));
        !cache)
        return cache.error();
    if (Status foreignKeys = connection.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        !foreignKeys)
        return foreignKeys.error();
    if (access == Access::ReadWrite) {
        if (Status migrated = LedgerSchema::migrate(connection); !migrated)
            return migrated.error();
    } else {
        Result<qint64> version = connection.queryInt64(QStringLiteral("PRAGMA user_version"));
        if (!version)
            return version.error();
        if (*version != LedgerSchema::latestVersion()) {
            return Error {*version > LedgerSchema::latestVersion() ? ErrorCode::SchemaTooNew
                                                                   : ErrorCode::InvalidInput,
                          QStringLiteral("%1 has ledger schema version %2, expected %3")
                              .arg(path)
                              .arg(*version)
                              .arg(LedgerSchema::latestVersion())};
        }
    }
    std::unique_ptr<Ledger> ledger(new Ledger(std::move(db).value()));
    if (Status loaded = ledger->loadSettings(); !loaded)
        return loaded.error();
    return ledger;
}

QString Ledger::path() const
{
    return m_db->path();
}

Status Ledger::loadSettings()
{
    m_zoneDataVersion = -1;
    followReportingZone();
    return ok();
}

QTimeZone Ledger::reportingTimeZone() const
{
    followReportingZone();
    return m_reportingZone;
}

void Ledger::followReportingZone() const
{
    // data_version is the connection's own counter, read without touching the file: cheap
    // enough for every report and every write.
    Result<SqliteStatement *> version = m_db->cached(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return;
    const qint64 now
        = (*version)->step() == SqliteStatement::StepResult::Row ? (*version)->int64(0) : -1;
    (*version)->reset();
    if (now == m_zoneDataVersion && now != -1)
        return;
    m_zoneDataVersion = now;
    Result<SqliteStatement *> statement
        = m_db->cached(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    if (!statement)
        return;
    (*statement)->bind(1, reportingZoneKey);
    const QString zoneId = (*statement)->step() == SqliteStatement::StepResult::Row
        ? (*statement)->text(0)
        : QStringLiteral("UTC");
    (*statement)->reset();
    const QTimeZone zone(zoneId.toUtf8());
    const QTimeZone current = zone.isValid() ? zone : QTimeZone::utc();
    if (current == m_reportingZone)
        return;
    m_reportingZone = current;
    m_offsetFromMs = 1;
    m_offsetUntilMs = 0;
}

QString Ledger::setting(const QString &key, const QString &fallback)
{
    Result<SqliteStatement *> statement
        = m_db->cached(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    if (!statement)
        return fallback;
    (*statement)->bind(1, key);
    const QString value = (*statement)->step() == SqliteStatement::StepResult::Row
        ? (*statement)->text(0)
        : fallback;
    (*statement)->reset();
    return value;
}

Status Ledger::setSetting(const QString &key, const QString &value)
{
    Result<SqliteStatement *> statement
        = m_db->cached(QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!statement)
        return statement.error();
    return (*statement)->bind(1, key).bind(2, value).execute();
}

Status Ledger::setReportingTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return Error {ErrorCode::InvalidArgument, QStringLiteral("invalid time zone")};
    SqliteTransaction transaction(*m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    followReportingZone(); // what is committed now, under the write lock
    const QTimeZone previous = m_reportingZone;
    // The days are counted in the new zone from here; a failure rolls the rows back, so the
    // zone in memory goes back too.
    const auto restore = [&] {
        m_reportingZone = previous;
        m_offsetFromMs = 1;
        m_offsetUntilMs = 0;
    };
    if (Status stored = setSetting(reportingZoneKey, QString::fromUtf8(zone.id())); !stored)
        return stored;
    m_reportingZone = zone;
    m_offsetFromMs = 1;
    m_offsetUntilMs = 0;
    if (Status rebucketed = rebucketDays(); !rebucketed) {
        restore();
        return rebucketed;
    }
    if (Status committed = transaction.commit(); !committed) {
        restore();
        return committed;
    }
    return ok();
}

Status Ledger::rebucketDays()
{
    // Re-bucket every row into the new zone's calendar days.
    Result<SqliteStatement> select
        = m_db->prepare(QStringLiteral("SELECT id, start_ms FROM usage"));
    Result<SqliteStatement> update
        = m_db->prepare(QStringLiteral("UPDATE usage SET day = ?2 WHERE id = ?1"));
    if (!select)
        return select.error();
    if (!update)
        return update.error();
    // Re-bucketing fires the update trigger twice per row; rebuilding the rollups once after is
    // far cheaper, so the trigger is set aside for the duration and restored from its own SQL.
    Result<SqliteStatement> triggerSql = m_db->prepare(QStringLiteral(
        "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'usage_rollup_update'"));
    if (!triggerSql)
        return triggerSql.error();
    if (triggerSql->step() != SqliteStatement::StepResult::Row)
        return Error {ErrorCode::Database, QStringLiteral("rollup trigger missing")};
    const QString restoreTrigger = triggerSql->text(0);
    triggerSql->reset();
    if (Status dropped = m_db->exec(QStringLiteral("DROP TRIGGER usage_rollup_update")); !dropped)
        return dropped;
    for (;;) {
        const SqliteStatement::StepResult step = select->step();
        if (step == SqliteStatement::StepResult::Done)
            break;
        // A read that fails half-way must not commit half the rows in the new zone.
        if (step == SqliteStatement::StepResult::Failed)
            return select->lastError();
        if (Status updated
            = update->bind(1, select->int64(0)).bind(2, localDay(select->int64(1))).execute();
            !updated)
            return updated;
    }
    if (Status rebuilt = rebuildCalendarRollups(); !rebuilt)
        return rebuilt;
    return m_db->exec(restoreTrigger);
}

Result<qint64> Ledger::ensureSource(const QString &kind, const QString &name)
{
    Result<SqliteStatement *> find
        = m_db->cached(QStringLiteral("SELECT id, kind FROM sources WHERE name = ?1"));
    if (!find)
        return find.error();
    (*find)->bind(1, name);
    if ((*find)->step() == SqliteStatement::StepResult::Row) {
        const qint64 id = (*find)->int64(0);
        const QString existingKind = (*find)->text(1);
        (*find)->reset();
        if (existingKind != kind) {
            return Error {
                ErrorCode::Conflict,
                QStringLiteral("source \"%1\" exists with kind %2").arg(name, existingKind)};
        }
        return id;
    }
    (*find)->reset();
    Result<SqliteStatement *> insert = m_db->cached(
        QStringLiteral("INSERT INTO sources (kind, name, created_ms) VALUES (?1, ?2, ?3)"));
    if (!insert)
        return insert.error();
    if (Status inserted = (*insert)
                              ->bind(1, kind)
                              .bind(2, name)
                              .bind(3, QDateTime::currentMSecsSinceEpoch())
                              .execute();
        !inserted)
        return inserted.error();
    return m_db->lastInsertRowId();
}

Result<QList<SourceInfo>> Ledger::sources()
{
    Result<SqliteStatement> statement = m_db->prepare(QStringLiteral(R"sql(
SELECT s.id, s.kind, s.name, s.created_ms, coalesce(s.last_success_ms, 0),
       coalesce(s.last_error, ''),
       (SELECT coalesce(sum(records), 0) FROM daily_totals t WHERE t.source_id = s.id),
       (SELECT coalesce(max(u.start_ms), 0) FROM usage u
        WHERE +u.source_id = s.id
          AND u.start_ms >= (SELECT (max(t.day) - 1) * 86400000 FROM daily_totals t
                             WHERE t.source_id = s.id))
FROM sources s ORDER BY s.name
)sql"));
    // Fast on a large ledger: the organisation's daily totals (a few rows a day) give the count
    // and the last day of use; only that day's usage rows are read (through the start_ms index:
    // "+source_id" keeps SQLite off the (source_id, external_key) index, which would visit every
    // row of the source). A local day starts less than a day after its number's UTC midnight.
    if (!statement)
        return statement.error();
    QList<SourceInfo> result;
    while (statement->step() == SqliteStatement::StepResult::Row) {
        result.append(SourceInfo {statement->int64(0), statement->text(1), statement->text(2),
                                  statement->int64(3), statement->int64(4), statement->text(5),
                                  statement->int64(6), statement->int64(7)});
    }
    return result;
}

Status Ledger::recordSourceOutcome(qint64 sourceId, qint64 whenMs, const QString &error)
{
    Result<SqliteStatement *> statement = m_db->cached(
        error.isEmpty() ? QStringLiteral(
            "UPDATE sources SET last_success_ms = ?2, last_error = NULL WHERE id = ?1")
                        : QStringLiteral(
                            "UPDATE sources SET last_error = ?3 WHERE id = ?1 AND ?2 IS NOT NULL"));
    if (!statement)
        return statement.error();
    (*statement)->bind(1, sourceId).bind(2, whenMs);
    if (!error.isEmpty())
        (*statement)->bind(3, error);
    return (*statement)->execute();
}

Result<qint64> Ledger::modelId(const QString &name)
{
    if (const auto it = m_modelIds.constFind(name); it != m_modelIds.constEnd())
        return *it;
    Result<SqliteStatement *> insert = m_db->cached(QStringLiteral(
        "INSERT INTO models (name) VALUES (?1) ON CONFLICT (name) DO UPDATE SET name = name "
        "RETURNING id"));
    if (!insert)
        return insert.error();
    (*insert)->bind(1, name);
    if ((*insert)->step() != SqliteStatement::StepResult::Row) {
        Error error = (*insert)->lastError();
        (*insert)->reset();
        return error;
    }
    const qint64 id = (*insert)->int64(0);
    (*insert)->reset();
    m_modelIds.insert(name, id);
    return id;
}

Result<qint64> Ledger::deviceId(const QString &deviceKey)
{
    if (const auto it = m_deviceIds.constFind(deviceKey); it != m_deviceIds.constEnd())
        return *it;
    Result<SqliteStatement *> insert = m_db->cached(QStringLiteral(
        "INSERT INTO devices (device_key) VALUES (?1) ON CONFLICT (device_key) DO UPDATE SET "
        "device_key = device_key RETURNING id"));
    if (!insert)
        return insert.error();
    (*insert)->bind(1, deviceKey);
    if ((*insert)->step() != SqliteStatement::StepResult::Row) {
        Error error = (*insert)->lastError();
        (*insert)->reset();
        return error;
    }
    const qint64 id = (*insert)->int64(0);
    (*insert)->reset();
    m_deviceIds.insert(deviceKey, id);
    return id;
}

Result<qint64> Ledger::personForIdentity(const QString &kind, const QString &value)
{
    // Explicit identities first (they may map an alias email too), then people's own emails.
    Result<SqliteStatement *> statement = m_db->cached(QStringLiteral(R"sql(
SELECT person_id FROM identities WHERE kind = ?1 AND value = ?2
UNION ALL
SELECT id FROM people WHERE ?1 = 'email' AND email = ?2
LIMIT 1
)sql"));
    if (!statement)
        return statement.error();
    (*statement)->bind(1, kind).bind(2, value);
    const qint64 person
        = (*statement)->step() == SqliteStatement::StepResult::Row ? (*statement)->int64(0) : 0;
    (*statement)->reset();
    return person;
}

qint64 Ledger::localDay(qint64 utcMs)
{
    if (utcMs < m_offsetFromMs || utcMs >= m_offsetUntilMs) {
        // Find the offset and how long it holds, so a bulk write asks the zone once per
        // transition instead of once per row.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
        m_offsetMs = qint64(m_reportingZone.offsetFromUtc(at)) * 1000;
        const QTimeZone::OffsetData previous = m_reportingZone.previousTransition(at.addMSecs(1));
        const QTimeZone::OffsetData next = m_reportingZone.nextTransition(at);
        m_offsetFromMs = previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch()
                                                  : std::numeric_limits<qint64>::min();
        m_offsetUntilMs = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch()
                                               : std::numeric_limits<qint64>::max();
        if (utcMs < m_offsetFromMs || utcMs >= m_offsetUntilMs) {
            // Zone data disagrees with itself: cache nothing beyond this instant.
            m_offsetFromMs = utcMs;
            m_offsetUntilMs = utcMs + 1;
        }
    }
    const qint64 localMs = utcMs + m_offsetMs;
    return localMs >= 0 ? localMs / 86'400'000 : (localMs - 86'399'999) / 86'400'000;
}

Result<UsageWriteStats> Ledger::writeUsage(qint64 sourceId, const QList<UsageRecord> &records,
                                           WritePolicy policy, QHash<QString, qint64> *idsByKey)
{
    UsageWriteStats stats;
    if (records.isEmpty())
        return stats;
    SqliteTransaction transaction(*m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    // Under the write lock: days in the zone committed now, even if another connection changed
    // it since this one last looked.
    followReportingZone();
    // Ids created inside a transaction that rolls back do not exist afterwards: forget them.
    bool committed = false;
    const auto forgetUncommittedIds = qScopeGuard([&] {
        if (!committed) {
            m_modelIds.clear();
            m_deviceIds.clear();
        }
    });
    // Records go in batches, one multi-row statement each: SQLite keeps a statement journal (a
    // copy of every page the statement and its rollup triggers touch) per statement, which costs
    // more than the rows themselves when written one by one. No RETURNING either: it buffers its
    // rows in a temporary table per execution.
    constexpr int rowsPerBatch = 32;
    static const QString batchSql[] = {usageWriteSql(WritePolicy::Replace, rowsPerBatch),
                                       usageWriteSql(WritePolicy::Accumulate, rowsPerBatch)};
    static const QString singleSql[]
        = {usageWriteSql(WritePolicy::Replace, 1), usageWriteSql(WritePolicy::Accumulate, 1)};
    const int policyIndex = policy == WritePolicy::Replace ? 0 : 1;
    Result<SqliteStatement *> batchStatement = m_db->cached(batchSql[policyIndex]);
    if (!batchStatement)
        return batchStatement.error();
    Result<SqliteStatement *> singleStatement = m_db->cached(singleSql[policyIndex]);
    if (!singleStatement)
        return singleStatement.error();

    // Identities resolve once per call: a bulk import names few people many times, and mostly
    // the same one as the record before.
    QHash<std::pair<QString, QString>, qint64> personByIdentity;
    const UsageRecord *previous = nullptr;
    qint64 previousPersonId = 0;
    // Binds one record's 23 values after `offset` parameters.
    const auto bindRecord
        = [&](SqliteStatement &statement, int offset, const UsageRecord &record) -> Status {
        if (record.externalKey.isEmpty() || record.model.isEmpty()
            || record.endMs < record.startMs) {
            return Error {
                ErrorCode::InvalidInput,
                QStringLiteral("usage record \"%1\" lacks a key, a model or a valid time span")
                    .arg(record.externalKey)};
        }
        qint64 personId = 0;
        if (previous && previous->identityValue == record.identityValue
            && previous->identityKind == record.identityKind) {
            personId = previousPersonId;
        } else if (!record.identityValue.isEmpty()) {
            const std::pair<QString, QString> identity {record.identityKind, record.identityValue};
            auto it = personByIdentity.constFind(identity);
            if (it == personByIdentity.constEnd()) {
                Result<qint64> person
                    = personForIdentity(record.identityKind, record.identityValue);
                if (!person)
                    return person.error();
                it = personByIdentity.insert(identity, *person);
            }
            personId = *it;
        }
        previous = &record;
        previousPersonId = personId;
        if (personId == 0)
            ++stats.unattributed;
        Result<qint64> model = modelId(record.model);
        if (!model)
            return model.error();
        qint64 device = 0;
        if (!record.deviceKey.isEmpty()) {
            Result<qint64> found = deviceId(record.deviceKey);
            if (!found)
                return found.error();
            device = *found;
        }
        const auto at = [offset](int column) {
            return offset + column;
        };
        statement.bind(at(1), sourceId).bind(at(2), record.externalKey);
        statement.bind(at(3), record.startMs).bind(at(4), record.endMs);
        statement.bind(at(5), localDay(record.startMs));
        personId ? statement.bind(at(6), personId) : statement.bindNull(at(6));
        statement.bind(at(7), record.identityKind.isEmpty() ? QString() : record.identityKind);
        statement.bind(at(8), record.identityValue.isEmpty() ? QString() : record.identityValue);
        device ? statement.bind(at(9), device) : statement.bindNull(at(9));
        statement.bind(at(10), record.provider.isNull() ? QStringLiteral("") : record.provider);
        statement.bind(at(11), *model);
        statement.bind(at(12), record.project.isEmpty() ? QString() : record.project);
        statement.bind(at(13), record.session.isEmpty() ? QString() : record.session);
        statement.bind(at(14), record.tokens.input).bind(at(15), record.tokens.cacheWrite5m);
        statement.bind(at(16), record.tokens.cacheWrite1h).bind(at(17), record.tokens.cacheRead);
        statement.bind(at(18), record.tokens.output).bind(at(19), record.tokens.reasoning);
        statement.bind(at(20), record.requests).bind(at(21), record.costMicros);
        statement.bind(at(22), qint64(record.costKind));
        record.priceVersionId ? statement.bind(at(23), record.priceVersionId)
                              : statement.bindNull(at(23));
        return ok();
    };

    qsizetype first = 0;
    while (first < records.size()) {
        // Whole batches, then the rest one by one: two cached statements serve any count.
        const int rows = records.size() - first >= rowsPerBatch ? rowsPerBatch : 1;
        SqliteStatement &statement = rows == rowsPerBatch ? **batchStatement : **singleStatement;
        for (int row = 0; row < rows; ++row) {
            if (Status bound = bindRecord(statement, row * usageColumnCount, records[first + row]);
                !bound) {
                statement.reset();
                return bound.error();
            }
        }
        if (Status executed = statement.execute(); !executed)
            return executed.error();
        // Rows inserted or changed; an identical record (Replace) changes none.
        const int changed = m_db->changes();
        stats.written += changed;
        stats.unchanged += rows - changed;
        first += rows;
    }

    if (idsByKey) {
        Result<SqliteStatement *> idLookup = m_db->cached(
            QStringLiteral("SELECT id FROM usage WHERE source_id = ?1 AND external_key = ?2"));
        if (!idLookup)
            return idLookup.error();
        SqliteStatement &lookup = **idLookup;
        for (const UsageRecord &record : records) {
            lookup.bind(1, sourceId).bind(2, record.externalKey);
            const SqliteStatement::StepResult step = lookup.step();
            if (step == SqliteStatement::StepResult::Failed) {
                Error error = lookup.lastError();
                lookup.reset();
                return error;
            }
            if (step == SqliteStatement::StepResult::Row)
                idsByKey->insert(record.externalKey, lookup.int64(0));
            lookup.reset();
        }
    }
    if (Status commit = transaction.commit(); !commit)
        return commit.error();
    // An outer transaction may still roll back; ids are only known good once it is gone.
    committed = !m_db->isInTransaction();
    return stats;
}

Status Ledger::subtractUsage(qint64 usageId, const UsageRecord &delta)
{
    Result<SqliteStatement *> subtract = m_db->cached(QStringLiteral(R"sql(
UPDATE usage SET input_tokens = input_tokens - ?2, cache_write_5m_tokens = cache_write_5m_tokens - ?3,
    cache_write_1h_tokens = cache_write_1h_tokens - ?4, cache_read_tokens = cache_read_tokens - ?5,
    output_tokens = output_tokens - ?6, reasoning_tokens = reasoning_tokens - ?7,
    requests = requests - ?8, cost_micros = cost_micros - ?9
WHERE id = ?1
)sql"));
    if (!subtract)
        return subtract.error();
    SqliteStatement &statement = **subtract;
    statement.bind(1, usageId).bind(2, delta.tokens.input).bind(3, delta.tokens.cacheWrite5m);
    statement.bind(4, delta.tokens.cacheWrite1h).bind(5, delta.tokens.cacheRead);
    statement.bind(6, delta.tokens.output).bind(7, delta.tokens.reasoning);
    statement.bind(8, delta.requests).bind(9, delta.costMicros);
    if (Status subtracted = statement.execute(); !subtracted)
        return subtracted;
    // A bucket left with no request holds nothing: remove it rather than keep an empty row.
    Result<SqliteStatement *> prune
        = m_db->cached(QStringLiteral("DELETE FROM usage WHERE id = ?1 AND requests <= 0"));
    if (!prune)
        return prune.error();
    return (*prune)->bind(1, usageId).execute();
}

Result<qint64> Ledger::storePriceVersion(const QString &origin, const QByteArray &content,
                                         int modelCount, qint64 nowMs)
{
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    Result<SqliteStatement *> statement = m_db->cached(QStringLiteral(R"sql(
INSERT INTO price_versions (imported_ms, origin, sha256, model_count, content)
VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (sha256) DO UPDATE SET imported_ms = excluded.imported_ms, origin = excluded.origin
RETURNING id
)sql"));
    if (!statement)
        return statement.error();
    (*statement)
        ->bind(1, nowMs)
        .bind(2, origin)
        .bind(3, sha256)
        .bind(4, modelCount)
        .bind(5, content);
    if ((*statement)->step() != SqliteStatement::StepResult::Row) {
        Error error = (*statement)->lastError();
        (*statement)->reset();
        return error;
    }
    const qint64 id = (*statement)->int64(0);
    (*statement)->reset();
    return id;
}

Result<PriceVersion> Ledger::latestPriceVersion()
{
    Result<SqliteStatement> statement = m_db->prepare(QStringLiteral(
        "SELECT id, imported_ms, origin, sha256, model_count, content FROM price_versions "
        "ORDER BY imported_ms DESC, id DESC LIMIT 1"));
    if (!statement)
        return statement.error();
    if (statement->step() != SqliteStatement::StepResult::Row)
        return Error {ErrorCode::NotFound, QStringLiteral("no price table imported")};
    return PriceVersion {statement->int64(0), statement->int64(1),      statement->text(2),
                         statement->text(3),  int(statement->int64(4)), statement->blob(5)};
}

Status Ledger::rebuildCalendarRollups()
{
    for (const auto level : LedgerSchema::calendarRollupLevels) {
        const QString table = LedgerSchema::rollupTable(level);
        if (Status cleared = m_db->exec(QStringLiteral("DELETE FROM ") + table); !cleared)
            return cleared;
        if (Status filled = m_db->exec(QStringLiteral("INSERT INTO ") + table + u' '
                                       + LedgerSchema::rollupFromUsage(level));
            !filled)
            return filled;
    }
    return ok();
}

Result<QStringList> Ledger::rollupDiscrepancies()
{
    // Rows of either side missing from the other, for every rollup level.
    QStringList problems;
    for (const auto level : LedgerSchema::allRollupLevels) {
        const QString table = LedgerSchema::rollupTable(level);
        Result<SqliteStatement> statement = m_db->prepare(
            QStringLiteral(
                "WITH expected AS (%1), actual AS (SELECT * FROM %2) "
                "SELECT 'missing', * FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual) "
                "UNION ALL "
                "SELECT 'extra', * FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected) "
                "LIMIT 20")
                .arg(LedgerSchema::rollupFromUsage(level), table));
        if (!statement)
            return statement.error();
        while (statement->step() == SqliteStatement::StepResult::Row) {
            QStringList keys;
            for (int column = 1; column < statement->columnCount(); ++column)
                keys.append(QString::number(statement->int64(column)));
            problems.append(
                QStringLiteral("%1 row in %2: %3").arg(statement->text(0), table, keys.join(u',')));
        }
    }
    return problems;
}
