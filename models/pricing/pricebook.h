#pragma once

#include "core/result.h"
#include "core/usagerecord.h"
#include "pricetable.h"

#include <QHash>

#include <optional>

class Ledger;

// The price table in force for a ledger: its latest stored version, or the table shipped with
// Burnrate (stored on first use, so every estimated row can name the version it was costed with).
class PriceBook
{
public:
    static Result<PriceBook> load(Ledger &ledger, qint64 nowMs);
    // Stores a LiteLLM model_prices_and_context_window.json as the new version in force.
    static Result<PriceBook> import(Ledger &ledger, const QByteArray &liteLlmJson,
                                    const QString &origin, qint64 nowMs);
    static QByteArray shippedTable();

    const PriceTable &table() const { return m_table; }
    qint64 versionId() const { return m_versionId; }

    // Costs a record from its model and tokens with this table: Estimated with the cost and this
    // version, or Unpriced with no cost when the model has no price. Billed records keep theirs.
    void applyEstimate(UsageRecord &record) const;

private:
    PriceBook(PriceTable table, qint64 versionId)
        : m_table(std::move(table)), m_versionId(versionId)
    { }
    const std::optional<ModelPrice> &priceOf(const QString &model) const;

    PriceTable m_table;
    qint64 m_versionId = 0;
    // Name matching is the costly part of pricing and an import names few models many times.
    // A book is used by one thread at a time (an import's, or a query's), so there is no lock.
    mutable QHash<QString, std::optional<ModelPrice>> m_priceByModel;
};
