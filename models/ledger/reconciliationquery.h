#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

#include <optional>

class Ledger;

// Billed against estimated money of one source in one span of days. Billed is what a provider
// charged: its account-level cost endpoint (billed_costs) plus usage rows it priced itself
// (OpenRouter, LiteLLM, local model servers at $0). Estimated is usage priced with our price table.
struct ReconciliationFigures
{
    qint64 billedMicros = 0;
    qint64 estimatedMicros = 0;
    qint64 billedRecords = 0; // usage rows billed per row
    qint64 estimatedRecords = 0;
    // The part of billed and estimated on days that the source's account-level billed costs cover
    // (from its first to its last reported bucket): only there does a difference mean anything.
    qint64 coveredBilledMicros = 0;
    qint64 coveredEstimatedMicros = 0;
    bool hasBilledCosts = false; // some day lies where the source reports account-level costs

    // Whether a billed figure exists at all: account-level costs or usage billed per row.
    bool hasBilledData() const { return hasBilledCosts || billedRecords > 0; }
    // Billed − estimated over the covered days; nothing when the source reports no billed costs
    // there (a source with only estimates has nothing to be compared with).
    std::optional<qint64> differenceMicros() const
    {
        if (!hasBilledCosts)
            return std::nullopt;
        return coveredBilledMicros - coveredEstimatedMicros;
    }
    ReconciliationFigures &operator+=(const ReconciliationFigures &other);
    friend bool operator==(const ReconciliationFigures &, const ReconciliationFigures &) = default;
};

enum class ReconciliationPeriod { Day, Week, Month };

struct ReconciliationRow
{
    QDate periodStart; // the day, the Monday of the ISO week, or the first of the month
    QString periodKey; // 2026-11-22, 2026-W47, 2026-11
    qint64 sourceId = 0;
    QString sourceName;
    QString sourceKind;
    ReconciliationFigures figures;
};

struct ReconciliationRequest
{
    std::optional<QDate> since; // inclusive, local to the zone
    std::optional<QDate> until; // inclusive
    QTimeZone zone; // invalid: the ledger's reporting zone
    ReconciliationPeriod period = ReconciliationPeriod::Day;
    QString source; // a source kind or name; empty: every source
};

struct Reconciliation
{
    QString timeZone;
    ReconciliationPeriod period = ReconciliationPeriod::Day;
    QList<ReconciliationRow> rows; // by period, then source name
    ReconciliationFigures totals;
};
Q_DECLARE_METATYPE(Reconciliation)

// Billed, estimated and their difference per day (or week, month) × source. Billed costs count on
// the local day their bucket starts. Usage comes from the daily_totals rollup in the reporting
// zone and from usage rows (local days computed in SQL) in another; billed_costs is small and
// read whole for the range. Sums are exact integer micro-dollars.
class ReconciliationQuery
{
public:
    explicit ReconciliationQuery(Ledger &ledger) : m_ledger(ledger) { }
    Result<Reconciliation> run(const ReconciliationRequest &request);

private:
    Ledger &m_ledger;
};
