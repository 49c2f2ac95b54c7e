#include "ledgerschema.h"

#include "sqlitedatabase.h"

#include <array>

namespace LedgerSchema {

namespace {

// The rollup columns, added to or subtracted from by the usage triggers below.
#define ROLLUP_VALUES(ROW, SIGN)                                                                   \
    "(" #ROW ".day, coalesce(" #ROW ".person_id, 0), " #ROW ".source_id, " #ROW ".model_id, "       \
    SIGN #ROW ".input_tokens, " SIGN #ROW ".cache_write_5m_tokens, " SIGN #ROW                        \
    ".cache_write_1h_tokens, " SIGN #ROW ".cache_read_tokens, " SIGN #ROW ".output_tokens, " SIGN #ROW \
    ".reasoning_tokens, " SIGN #ROW ".requests, " SIGN "1, " SIGN #ROW ".cost_micros, " SIGN "(" #ROW \
    ".cost_kind = 1) * " #ROW ".cost_micros, " SIGN "(" #ROW ".cost_kind = 0), " SIGN "(" #ROW           \
    ".cost_kind = 1), " SIGN "(" #ROW ".cost_kind = 2))"

#define ROLLUP_UPSERT(ROW, SIGN)                                                                   \
    "INSERT INTO daily_rollup (day, person_id, source_id, model_id, input_tokens, "                  \
    "cache_write_5m_tokens, cache_write_1h_tokens, cache_read_tokens, output_tokens, "               \
    "reasoning_tokens, requests, records, cost_micros, billed_micros, estimated_records, "           \
    "billed_records, unpriced_records) VALUES " ROLLUP_VALUES(ROW, SIGN)                             \
    " ON CONFLICT (day, person_id, source_id, model_id) DO UPDATE SET "                             \
    "input_tokens = input_tokens + excluded.input_tokens, "                                          \
    "cache_write_5m_tokens = cache_write_5m_tokens + excluded.cache_write_5m_tokens, "               \
    "cache_write_1h_tokens = cache_write_1h_tokens + excluded.cache_write_1h_tokens, "               \
    "cache_read_tokens = cache_read_tokens + excluded.cache_read_tokens, "                           \
    "output_tokens = output_tokens + excluded.output_tokens, "                                       \
    "reasoning_tokens = reasoning_tokens + excluded.reasoning_tokens, "                              \
    "requests = requests + excluded.requests, records = records + excluded.records, "                \
    "cost_micros = cost_micros + excluded.cost_micros, "                                             \
    "billed_micros = billed_micros + excluded.billed_micros, "                                       \
    "estimated_records = estimated_records + excluded.estimated_records, "                           \
    "billed_records = billed_records + excluded.billed_records, "                                    \
    "unpriced_records = unpriced_records + excluded.unpriced_records;"

// Version 1: the whole foundation schema.
const char *const migration1 = R"sql(
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
CREATE INDEX usage_identity ON usage(identity_kind, identity_value) WHERE person_id IS NULL;

-- Day × person × source × model sums, kept in step with usage by the triggers below, inside the
-- same transaction as the write. person_id 0 holds usage not yet attributed to anybody.
CREATE TABLE daily_rollup (
    day                   INTEGER NOT NULL,
    person_id             INTEGER NOT NULL,
    source_id             INTEGER NOT NULL,
    model_id              INTEGER NOT NULL,
    input_tokens          INTEGER NOT NULL,
    cache_write_5m_tokens INTEGER NOT NULL,
    cache_write_1h_tokens INTEGER NOT NULL,
    cache_read_tokens     INTEGER NOT NULL,
    output_tokens         INTEGER NOT NULL,
    reasoning_tokens      INTEGER NOT NULL,
    requests              INTEGER NOT NULL,
    records               INTEGER NOT NULL,
    cost_micros           INTEGER NOT NULL,
    billed_micros         INTEGER NOT NULL,
    estimated_records     INTEGER NOT NULL,
    billed_records        INTEGER NOT NULL,
    unpriced_records      INTEGER NOT NULL,
    PRIMARY KEY (day, person_id, source_id, model_id)
) WITHOUT ROWID;
CREATE INDEX daily_rollup_person ON daily_rollup(person_id, day);

CREATE TRIGGER usage_rollup_insert AFTER INSERT ON usage BEGIN
)sql" ROLLUP_UPSERT(NEW, "") R"sql(
END;
CREATE TRIGGER usage_rollup_delete AFTER DELETE ON usage BEGIN
)sql" ROLLUP_UPSERT(OLD, "-") R"sql(
END;
CREATE TRIGGER usage_rollup_update AFTER UPDATE ON usage BEGIN
)sql" ROLLUP_UPSERT(OLD, "-") "\n" ROLLUP_UPSERT(NEW, "") R"sql(
END;

-- A rollup row whose last record moved away or was deleted goes too, so counts stay honest.
CREATE TRIGGER daily_rollup_prune AFTER UPDATE OF records ON daily_rollup WHEN NEW.records = 0
BEGIN
    DELETE FROM daily_rollup WHERE day = NEW.day AND person_id = NEW.person_id
        AND source_id = NEW.source_id AND model_id = NEW.model_id;
END;

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

const std::array<const char *, 1> migrations = {migration1};

} // namespace

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
        return Error{ErrorCode::SchemaTooNew,
                     QStringLiteral("ledger schema version %1 is newer than this Burnrate knows (%2)")
                             .arg(*version)
                             .arg(latestVersion())};
    }
    for (int next = int(*version) + 1; next <= latestVersion(); ++next) {
        SqliteTransaction transaction(db);
        if (!transaction.beginStatus())
            return transaction.beginStatus();
        if (Status applied = db.exec(QString::fromUtf8(migrations[next - 1])); !applied)
            return applied;
        if (Status stamped = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)); !stamped)
            return stamped;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return ok();
}

} // namespace LedgerSchema
