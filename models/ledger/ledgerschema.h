#pragma once

#include "core/result.h"

#include <QString>

class SqliteDatabase;

// The ledger's schema as a list of forward migrations; PRAGMA user_version holds how many have
// been applied. Each migration runs in its own transaction, so a crash leaves a known version.
namespace LedgerSchema {

// Rollup tables kept in step with usage by triggers: per person, and for the organisation.
enum class RollupLevel { PersonDaily, OrganisationDaily };
QString rollupTable(RollupLevel level);
// The rows a rollup table must hold, computed from usage (for rebuilds and consistency checks).
QString rollupFromUsage(RollupLevel level);

int latestVersion();
// Brings the database to latestVersion(); refuses a database written by a newer Burnrate.
Status migrate(SqliteDatabase &db);

} // namespace LedgerSchema
