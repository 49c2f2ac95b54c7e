#include "ledgerschema.h"

#include "sqlitedatabase.h"

#include <QStringList>

#include <array>
#include <span>

namespace LedgerSchema {

namespace {

struct RollupKey
{
    const char *column;
    const char *expression; // %1 is the usage row: NEW or OLD
};

const RollupKey personDailyKeys[] = {{"day", "%1.day"},
                                     {"person_id", "coalesce(%1.person_id, 0)"},
                                     {"source_id", "%1.source_id"},
                                     {"model_id", "%1.model_id"}};
const RollupKey organisationDailyKeys[]
    = {{"day", "%1.day"}, {"source_id", "%1.source_id"}, {"model_id", "%1.model_id"}};
// Months of the reporting zone, keyed by their first day's number (the same numbering as day):
// a quarter or 90 days of everybody's spend reads three months and a few edge days.
const RollupKey personMonthlyKeys[]
    = {{"month_start",
        "CAST(julianday(%1.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER)"},
       {"person_id", "coalesce(%1.person_id, 0)"},
       {"source_id", "%1.source_id"},
       {"model_id", "%1.model_id"}};
// Quarter hours of UTC time (every zone in use today is offset by whole quarter hours), so
// organisation-wide days, weeks and months in any zone sum buckets instead of usage rows.
const RollupKey organisationQuarterHourKeys[] = {{"quarter_hour", "%1.start_ms / 900000"},
                                                 {"source_id", "%1.source_id"},
                                                 {"model_id", "%1.model_id"}};

// The sums every rollup table keeps, as expressions over one usage row.
const RollupKey measures[] = {
    {"input_tokens", "%1.input_tokens"},
    {"cache_write_5m_tokens", "%1.cache_write_5m_tokens"},
    {"cache_write_1h_tokens", "%1.cache_write_1h_tokens"},
    {"cache_read_tokens", "%1.cache_read_tokens"},
    {"output_tokens", "%1.output_tokens"},
    {"reasoning_tokens", "%1.reasoning_tokens"},
    {"requests", "%1.requests"},
    {"records", "1"},
    {"cost_micros", "%1.cost_micros"},
    {"billed_micros", "(%1.cost_kind = 1) * %1.cost_micros"},
    {"estimated_records", "(%1.cost_kind = 0)"},
    {"billed_records", "(%1.cost_kind = 1)"},
    {"unpriced_records", "(%1.cost_kind = 2)"},
};

// An expression over one usage row, with %1 standing for the row's name.
QString expand(const char *expression, const QString &row)
{
    QString text = QString::fromLatin1(expression);
    return text.replace(QStringLiteral("%1"), row);
}

std::span<const RollupKey> keysOf(RollupLevel level)
{
    switch (level) {
    case RollupLevel::PersonDaily:
        return personDailyKeys;
    case RollupLevel::PersonMonthly:
        return personMonthlyKeys;
    case RollupLevel::OrganisationDaily:
        return organisationDailyKeys;
    case RollupLevel::OrganisationQuarterHourly:
        return organisationQuarterHourKeys;
    }
    return {};
}

// INSERT ... ON CONFLICT DO UPDATE that adds (sign "") or subtracts (sign "-") one usage row.
QString rollupUpsert(RollupLevel level, const QString &row, const QString &sign)
{
    QStringList columns;
    QStringList values;
    QStringList keyColumns;
    for (const RollupKey &key : keysOf(level)) {
        columns.append(QString::fromLatin1(key.column));
        keyColumns.append(QString::fromLatin1(key.column));
        values.append(expand(key.expression, row));
    }
    QStringList updates;
    for (const RollupKey &measure : measures) {
        const QString column = QString::fromLatin1(measure.column);
        columns.append(column);
        values.append(sign + u'(' + expand(measure.expression, row) + u')');
        updates.append(column + QStringLiteral(" = ") + column + QStringLiteral(" + excluded.")
                       + column);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5;\n")
        .arg(rollupTable(level), columns.join(QStringLiteral(", ")),
             values.join(QStringLiteral(", ")), keyColumns.join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
}

QString rollupTableSql(RollupLevel level, const QString &comment, const QString &extraIndex)
{
    QStringList columns;
    QStringList keyColumns;
    for (const RollupKey &key : keysOf(level)) {
        columns.append(QString::fromLatin1(key.column) + QStringLiteral(" INTEGER NOT NULL"));
        keyColumns.append(QString::fromLatin1(key.column));
    }
    for (const RollupKey &measure : measures)
        columns.append(QString::fromLatin1(measure.column) + QStringLiteral(" INTEGER NOT NULL"));
    const QString table = rollupTable(level);
    return comment
        + QStringLiteral("CREATE TABLE %1 (\n    %2,\n    PRIMARY KEY (%3)\n) WITHOUT ROWID;\n")
              .arg(table, columns.join(QStringLiteral(",\n    ")),
                   keyColumns.join(QStringLiteral(", ")))
        + extraIndex
        // A rollup row whose last record moved away or was deleted goes too, so counts stay
        // honest.
        + QStringLiteral(
              "CREATE TRIGGER %1_prune AFTER UPDATE OF records ON %1 WHEN NEW.records = 0 "
              "BEGIN DELETE FROM %1 WHERE %2; END;\n")
              .arg(table, [&] {
                  QStringList match;
                  for (const QString &key : std::as_const(keyColumns))
                      match.append(key + QStringLiteral(" = NEW.") + key);
                  return match.join(QStringLiteral(" AND "));
              }());
}

// Triggers keep every rollup level in step with usage, inside the same transaction as the write.
// A migration passes the levels that exist at its version.
QString rollupTriggersSql(std::initializer_list<RollupLevel> levels)
{
    QString insert, remove, update;
    for (const RollupLevel level : levels) {
        insert += rollupUpsert(level, QStringLiteral("NEW"), QString());
        remove += rollupUpsert(level, QStringLiteral("OLD"), QStringLiteral("-"));
        update += rollupUpsert(level, QStringLiteral("OLD"), QStringLiteral("-"))
            + rollupUpsert(level, QStringLiteral("NEW"), QString());
    }
    return QStringLiteral("CREATE TRIGGER usage_rollup_insert AFTER INSERT ON usage BEGIN\n")
        + insert
        + QStringLiteral("END;\nCREATE TRIGGER usage_rollup_delete AFTER DELETE ON usage BEGIN\n")
        + remove
        + QStringLiteral("END;\nCREATE TRIGGER usage_rollup_update AFTER UPDATE ON usage BEGIN\n")
        + update + QStringLiteral("END;\n");
}

// Version 1: the whole foundation schema.
const char *const migration1Head = R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE teams (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    parent_id INTEGER REFERENCES teams(id) ON DELETE SET NULL
);

CREATE TABLE people (
    id         INTEGER PRIMARY KEY,
    email      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name       TEXT NOT NULL,
    team_id    INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    manager_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    role       TEXT NOT NULL DEFAULT 'employee' CHECK (role IN ('employee', 'manager', 'admin'))
);
CREATE INDEX people_team ON people(team_id);

-- Provider ids, API keys, emails and local user@host names that stand for a person.
CREATE TABLE identities (
    kind      TEXT NOT NULL,
    value     TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;

CREATE TABLE devices (
    id         INTEGER PRIMARY KEY,
    device_key TEXT NOT NULL UNIQUE,
    hostname   TEXT,
    person_id  INTEGER REFERENCES people(id) ON DELETE SET NULL
);

CREATE TABLE sources (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    name            TEXT NOT NULL UNIQUE,
    settings        TEXT NOT NULL DEFAULT '{}',
    created_ms      INTEGER NOT NULL,
    last_success_ms INTEGER,
    last_error      TEXT
);

-- Model names interned, so rollups and usage rows carry a small integer.
CREATE TABLE models (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- Every price table ever used, so a row keeps the price it was costed with.
CREATE TABLE price_versions (
    id          INTEGER PRIMARY KEY,
    imported_ms INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    model_count INTEGER NOT NULL,
    content     BLOB NOT NULL
);

CREATE TABLE usage (
    id                    INTEGER PRIMARY KEY,
    source_id             INTEGER NOT NULL REFERENCES sources(id),
    external_key          TEXT NOT NULL,
    start_ms              INTEGER NOT NULL,
    end_ms                INTEGER NOT NULL,
    day                   INTEGER NOT NULL, -- local day number in the reporting time zone
    person_id             INTEGER REFERENCES people(id) ON DELETE SET NULL,
    identity_kind         TEXT,
    identity_value        TEXT,
    device_id             INTEGER REFERENCES devices(id),
    provider              TEXT NOT NULL,
    model_id              INTEGER NOT NULL REFERENCES models(id),
    project               TEXT,
    session               TEXT,
    input_tokens          INTEGER NOT NULL DEFAULT 0,
    cache_write_5m_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_1h_tokens INTEGER NOT NULL DEFAULT 0,
    cache_read_tokens     INTEGER NOT NULL DEFAULT 0,
    output_tokens         INTEGER NOT NULL DEFAULT 0,
    reasoning_tokens      INTEGER NOT NULL DEFAULT 0,
    requests              INTEGER NOT NULL DEFAULT 1,
    cost_micros           INTEGER NOT NULL DEFAULT 0,
    cost_kind             INTEGER NOT NULL CHECK (cost_kind IN (0, 1, 2)),
    price_version_id      INTEGER REFERENCES price_versions(id),
    UNIQUE (source_id, external_key)
);
CREATE INDEX usage_start ON usage(start_ms);
-- A person's own rows by time: project and session breakdowns of My usage.
CREATE INDEX usage_person_start ON usage(person_id, start_ms);
CREATE INDEX usage_identity ON usage(identity_kind, identity_value) WHERE person_id IS NULL;

)sql";

const char *const migration1Tail = R"sql(
CREATE TABLE budgets (
    id            INTEGER PRIMARY KEY,
    scope_kind    TEXT NOT NULL CHECK (scope_kind IN ('org', 'team', 'person')),
    scope_id      INTEGER, -- team or person id; NULL for the organisation
    period        TEXT NOT NULL CHECK (period IN ('day', 'week', 'month', 'quarter', 'custom')),
    timezone      TEXT NOT NULL DEFAULT 'UTC',
    limit_micros  INTEGER,
    limit_tokens  INTEGER,
    thresholds    TEXT NOT NULL DEFAULT '50,80,100',
    enforcement   TEXT NOT NULL DEFAULT 'soft' CHECK (enforcement IN ('soft', 'hard')),
    created_ms    INTEGER NOT NULL,
    CHECK ((limit_micros IS NULL) <> (limit_tokens IS NULL))
);
)sql";

QString migration1()
{
    return QString::fromUtf8(migration1Head)
        + rollupTableSql(RollupLevel::PersonDaily,
                         QStringLiteral("-- Day × person × source × model sums. person_id 0 holds "
                                        "usage not yet attributed to anybody.\n"),
                         QStringLiteral(
                             "CREATE INDEX daily_rollup_person ON daily_rollup(person_id, day);\n"))
        + rollupTableSql(RollupLevel::OrganisationDaily,
                         QStringLiteral("-- Day × source × model sums for the whole organisation: "
                                        "org-wide reports read a few rows a day.\n"),
                         QString())
        + rollupTriggersSql({RollupLevel::PersonDaily, RollupLevel::OrganisationDaily})
        + QString::fromUtf8(migration1Tail);
}

// Version 2: where each local log file was read up to, so a re-import reads only new bytes.
QString migration2()
{
    return QStringLiteral(R"sql(
CREATE TABLE file_cursors (
    source_id       INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    path            TEXT NOT NULL,
    device          INTEGER NOT NULL,  -- st_dev
    inode           INTEGER NOT NULL,
    size            INTEGER NOT NULL,  -- file size when last read
    modified_ms     INTEGER NOT NULL,
    offset          INTEGER NOT NULL,  -- bytes consumed: up to the last complete line
    head_hash       TEXT NOT NULL,     -- SHA-1 of the first head_length bytes
    head_length     INTEGER NOT NULL,
    parser_state    BLOB,
    malformed_lines INTEGER NOT NULL DEFAULT 0,
    records         INTEGER NOT NULL DEFAULT 0,
    read_ms         INTEGER NOT NULL,
    PRIMARY KEY (source_id, path)
) WITHOUT ROWID;

-- Every message read from a local agent's logs, by a 64-bit hash of its key: what it counted and
-- in which usage row (an hourly bucket of one session and model). A larger copy of a message moves
-- only the difference, so buckets stay exact however often and in whatever order logs are read.
CREATE TABLE agent_messages (
    source_id             INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    key_hash              INTEGER NOT NULL,
    usage_id              INTEGER NOT NULL,
    input_tokens          INTEGER NOT NULL,
    cache_write_5m_tokens INTEGER NOT NULL,
    cache_write_1h_tokens INTEGER NOT NULL,
    cache_read_tokens     INTEGER NOT NULL,
    output_tokens         INTEGER NOT NULL,
    reasoning_tokens      INTEGER NOT NULL,
    cost_micros           INTEGER NOT NULL,
    PRIMARY KEY (source_id, key_hash)
) WITHOUT ROWID;
)sql");
}

// Version 3: sources polled over the network (providers, local model servers) keep their settings,
// schedule and memory; what providers bill and who their ids stand for; cloud-equivalent prices.
QString migration3()
{
    return QStringLiteral(R"sql(
ALTER TABLE sources ADD COLUMN state BLOB;            -- the source's memory (meter counters)
ALTER TABLE sources ADD COLUMN watermark_ms INTEGER;  -- providers: end of the last complete poll
ALTER TABLE sources ADD COLUMN next_poll_ms INTEGER;
ALTER TABLE sources ADD COLUMN status TEXT NOT NULL DEFAULT 'ok'
    CHECK (status IN ('ok', 'error', 'unauthorized', 'removed'));

-- Money a provider's cost endpoint reports, by its own dimensions (never per person). Kept apart
-- from usage, whose cost is our estimate: reconciliation compares the two instead of adding them.
CREATE TABLE billed_costs (
    source_id     INTEGER NOT NULL REFERENCES sources(id),
    external_key  TEXT NOT NULL,
    start_ms      INTEGER NOT NULL,
    end_ms        INTEGER NOT NULL,
    project       TEXT,
    line_item     TEXT,
    api_key_id    TEXT,
    model         TEXT,
    amount_micros INTEGER NOT NULL,
    currency      TEXT NOT NULL,
    PRIMARY KEY (source_id, external_key)
) WITHOUT ROWID;
CREATE INDEX billed_costs_start ON billed_costs(start_ms);

-- Provider ids (users, API keys) with what the provider says about them, for matching by email
-- and for the admin who assigns the unmatched ones.
CREATE TABLE provider_identities (
    kind         TEXT NOT NULL,
    value        TEXT NOT NULL,
    source_id    INTEGER NOT NULL REFERENCES sources(id),
    email        TEXT,
    display_name TEXT,
    seen_ms      INTEGER NOT NULL,
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;

-- Usage of local model servers costs us nothing; this is what it would have cost at a cloud model.
CREATE TABLE usage_estimates (
    usage_id                INTEGER PRIMARY KEY REFERENCES usage(id) ON DELETE CASCADE,
    reference_model         TEXT NOT NULL,
    cloud_equivalent_micros INTEGER NOT NULL
);
)sql");
}

// Version 4: budgets with week/month start, custom ranges and filters; the alert history and
// the webhook deliveries each alert owes.
QString migration4()
{
    return QStringLiteral(R"sql(
ALTER TABLE budgets ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE budgets ADD COLUMN week_start INTEGER NOT NULL DEFAULT 1 CHECK (week_start BETWEEN 1 AND 7);
ALTER TABLE budgets ADD COLUMN month_start_day INTEGER NOT NULL DEFAULT 1
    CHECK (month_start_day BETWEEN 1 AND 31);
ALTER TABLE budgets ADD COLUMN custom_first TEXT;  -- YYYY-MM-DD, custom periods only
ALTER TABLE budgets ADD COLUMN custom_last TEXT;
ALTER TABLE budgets ADD COLUMN include_subteams INTEGER NOT NULL DEFAULT 1;
ALTER TABLE budgets ADD COLUMN models TEXT NOT NULL DEFAULT '[]';   -- JSON array of names
ALTER TABLE budgets ADD COLUMN sources TEXT NOT NULL DEFAULT '[]';  -- JSON array, kind or name

-- Every alert ever fired. The unique key is what makes an alert fire once: per budget revision,
-- period, kind and threshold. Removing a budget keeps its history.
CREATE TABLE budget_alerts (
    id               INTEGER PRIMARY KEY,
    budget_id        INTEGER REFERENCES budgets(id) ON DELETE SET NULL,
    budget_revision  INTEGER NOT NULL,
    budget_label     TEXT NOT NULL,
    period_first     TEXT NOT NULL,
    period_last      TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('threshold', 'projected')),
    threshold        INTEGER NOT NULL,
    fired_ms         INTEGER NOT NULL,
    spent            INTEGER NOT NULL,
    limit_amount     INTEGER NOT NULL,
    in_tokens        INTEGER NOT NULL,
    exhausts_at_ms   INTEGER,
    message          TEXT NOT NULL,
    recipients       TEXT NOT NULL,  -- JSON [{"email", "name", "role"}]
    acknowledged_ms  INTEGER,
    snoozed_until_ms INTEGER,
    UNIQUE (budget_id, budget_revision, period_first, kind, threshold)
);
CREATE INDEX budget_alerts_fired ON budget_alerts(fired_ms);

CREATE TABLE webhooks (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    url        TEXT NOT NULL,
    format     TEXT NOT NULL CHECK (format IN ('slack', 'generic')),
    created_ms INTEGER NOT NULL
);

-- What each alert still owes each webhook: written with the alert, so a crash between firing and
-- sending loses nothing; retried until sent or given up.
CREATE TABLE alert_deliveries (
    alert_id        INTEGER NOT NULL REFERENCES budget_alerts(id) ON DELETE CASCADE,
    webhook_id      INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms INTEGER NOT NULL,
    last_error      TEXT,
    sent_ms         INTEGER,
    PRIMARY KEY (alert_id, webhook_id)
) WITHOUT ROWID;
CREATE INDEX alert_deliveries_due ON alert_deliveries(state, next_attempt_ms);
)sql");
}

// Version 5: two more rollups and a covering index for unclaimed usage. Month × person sums, so
// long periods of everybody's spend (the Organisation page over a quarter, the peer distribution)
// read months instead of days; and organisation-wide sums per quarter hour of UTC time, so reports
// and budgets in a zone other than the reporting zone (an org budget kept in New York time) read
// buckets, not usage rows.
QString migration5()
{
    return rollupTableSql(RollupLevel::PersonMonthly,
                          QStringLiteral("-- Month × person × source × model sums; month_start is "
                                         "the day number of the month's first day.\n"),
                          QString())
        + QStringLiteral("INSERT INTO %1 %2;\n")
              .arg(rollupTable(RollupLevel::PersonMonthly),
                   rollupFromUsage(RollupLevel::PersonMonthly))
        + rollupTableSql(RollupLevel::OrganisationQuarterHourly,
                         QStringLiteral("-- Quarter hour (UTC) × source × model sums for the whole "
                                        "organisation: org-wide days in any zone.\n"),
                         QString())
        + QStringLiteral("INSERT INTO %1 %2;\n")
              .arg(rollupTable(RollupLevel::OrganisationQuarterHourly),
                   rollupFromUsage(RollupLevel::OrganisationQuarterHourly))
        + QStringLiteral("DROP TRIGGER IF EXISTS usage_rollup_insert;\n"
                         "DROP TRIGGER IF EXISTS usage_rollup_delete;\n"
                         "DROP TRIGGER IF EXISTS usage_rollup_update;\n")
        + rollupTriggersSql(allRollupLevels)
        // Unclaimed usage summed per identity (the People page's list to assign, read when the
        // dashboard opens) from the index alone, without a table lookup per row.
        + QStringLiteral(
               "DROP INDEX IF EXISTS usage_identity;\n"
               "CREATE INDEX usage_identity ON usage(identity_kind, identity_value, cost_micros, "
               "cost_kind) WHERE person_id IS NULL;\n");
}

using Migration = QString (*)();
const std::array<Migration, 5> migrations
    = {migration1, migration2, migration3, migration4, migration5};

} // namespace

QString rollupTable(RollupLevel level)
{
    switch (level) {
    case RollupLevel::PersonDaily:
        return QStringLiteral("daily_rollup");
    case RollupLevel::PersonMonthly:
        return QStringLiteral("monthly_rollup");
    case RollupLevel::OrganisationDaily:
        return QStringLiteral("daily_totals");
    case RollupLevel::OrganisationQuarterHourly:
        return QStringLiteral("quarter_hour_totals");
    }
    return {};
}

QString rollupFromUsage(RollupLevel level)
{
    QStringList columns;
    QStringList positions;
    for (const RollupKey &key : keysOf(level)) {
        columns.append(expand(key.expression, QStringLiteral("usage")));
        positions.append(QString::number(positions.size() + 1));
    }
    for (const RollupKey &measure : measures)
        columns.append(QStringLiteral("sum(") + expand(measure.expression, QStringLiteral("usage"))
                       + u')');
    return QStringLiteral("SELECT %1 FROM usage GROUP BY %2")
        .arg(columns.join(QStringLiteral(", ")), positions.join(QStringLiteral(", ")));
}

int latestVersion()
{
    return int(migrations.size());
}

Status migrate(SqliteDatabase &db)
{
    Result<qint64> version = db.queryInt64(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    if (*version > latestVersion()) {
        return Error {
            ErrorCode::SchemaTooNew,
            QStringLiteral("ledger schema version %1 is newer than this Burnrate knows (%2)")
                .arg(*version)
                .arg(latestVersion())};
    }
    for (int next = int(*version) + 1; next <= latestVersion(); ++next) {
        SqliteTransaction transaction(db);
        if (!transaction.beginStatus())
            return transaction.beginStatus();
        if (Status applied = db.exec(migrations[next - 1]()); !applied)
            return applied;
        if (Status stamped = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(next));
            !stamped)
            return stamped;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return ok();
}

} // namespace LedgerSchema
