#pragma once

#include <QString>

#include <optional>

// Where a cost figure comes from. Stored as these integers in the ledger: do not renumber.
enum class CostKind {
    Estimated = 0, // tokens × price table
    Billed = 1, // the provider's own cost endpoint
    Unpriced = 2, // no price known: never shown as $0
};

// Kind of a sum of records: "mixed" when billed and estimated records meet; "unpriced" only when
// no record of the sum has a price (a partly unpriced sum is flagged by its unpriced count).
enum class AggregateCostKind { Estimated, Billed, Mixed, Unpriced };

QString costKindName(CostKind kind);
std::optional<CostKind> costKindFromName(const QString &name);
QString aggregateCostKindName(AggregateCostKind kind);

// Sums of record counts per kind decide the kind of the sum.
AggregateCostKind aggregateCostKind(qint64 estimatedRecords, qint64 billedRecords,
                                    qint64 unpricedRecords);
