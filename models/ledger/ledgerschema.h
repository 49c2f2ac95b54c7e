#pragma once

#include "core/result.h"

class SqliteDatabase;

// The ledger's schema as a list of forward migrations; PRAGMA user_version holds how many have
// been applied. Each migration runs in its own transaction, so a crash leaves a known version.
namespace LedgerSchema {

int latestVersion();
// Brings the database to latestVersion(); refuses a database written by a newer Burnrate.
Status migrate(SqliteDatabase &db);

} // namespace LedgerSchema
