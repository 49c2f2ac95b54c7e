#pragma once

#include "core/result.h"

#include <QString>

#include <initializer_list>

class SqliteDatabase;

// The ledger's schema as a list of forward migrations; PRAGMA user_version holds how many have
// been applied. Each migration runs in its own transaction, so a crash leaves a known version.
namespace LedgerSchema {

// Rollup tables kept in step with usage by triggers: per person and day or month of the
// reporting zone, for the organisation per day, and for the organisation per quarter hour of UTC
// time.
enum class RollupLevel { PersonDaily, PersonMonthly, OrganisationDaily, OrganisationQuarterHourly };
inline constexpr std::initializer_list<RollupLevel> allRollupLevels
    = {RollupLevel::PersonDaily, RollupLevel::PersonMonthly, RollupLevel::OrganisationDaily,
       RollupLevel::OrganisationQuarterHourly};
// The levels keyed by the reporting zone's calendar: what changing that zone must rebuild.
inline constexpr std::initializer_list<RollupLevel> calendarRollupLevels
    = {RollupLevel::PersonDaily, RollupLevel::PersonMonthly, RollupLevel::OrganisationDaily};
QString rollupTable(RollupLevel level);
// The rows a rollup table must hold, computed from usage (for rebuilds and consistency checks).
QString rollupFromUsage(RollupLevel level);

int latestVersion();
// Brings the database to latestVersion(); refuses a database written by a newer Burnrate.
Status migrate(SqliteDatabase &db);

} // namespace LedgerSchema
