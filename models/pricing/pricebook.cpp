#include "pricebook.h"

#include "costcalculator.h"
#include "ledger/ledger.h"

#include <QFile>

QByteArray PriceBook::shippedTable()
{
    QFile file(QStringLiteral(":/pricing/litellm_prices.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<PriceBook> PriceBook::load(Ledger &ledger, qint64 nowMs)
{
    Result<PriceVersion> latest = ledger.latestPriceVersion();
    if (latest) {
        Result<PriceTable> table = PriceTable::fromLiteLlmJson(latest->content);
        if (!table)
            return table.error();
        return PriceBook(std::move(table).value(), latest->id);
    }
    if (latest.error().code != ErrorCode::NotFound)
        return latest.error();
    return import(ledger, shippedTable(), QStringLiteral("shipped with Burnrate " BURNRATE_VERSION),
                  nowMs);
}

Result<PriceBook> PriceBook::import(Ledger &ledger, const QByteArray &liteLlmJson,
                                    const QString &origin, qint64 nowMs)
{
    Result<PriceTable> table = PriceTable::fromLiteLlmJson(liteLlmJson);
    if (!table)
        return table.error();
    Result<qint64> version = ledger.storePriceVersion(origin, liteLlmJson, table->size(), nowMs);
    if (!version)
        return version.error();
    return PriceBook(std::move(table).value(), *version);
}

const std::optional<ModelPrice> &PriceBook::priceOf(const QString &model) const
{
    auto it = m_priceByModel.constFind(model);
    if (it == m_priceByModel.cend())
        it = m_priceByModel.insert(model, m_table.find(model));
    return *it;
}

void PriceBook::applyEstimate(UsageRecord &record) const
{
    if (record.costKind == CostKind::Billed)
        return;
    record.priceVersionId = m_versionId;
    const std::optional<ModelPrice> &price = priceOf(record.model);
    if (!price) {
        record.costKind = CostKind::Unpriced;
        record.costMicros = 0;
        return;
    }
    record.costKind = CostKind::Estimated;
    record.costMicros = CostCalculator::costMicros(
        *price, record.tokens, CostCalculator::Speed::Standard, record.requests);
}
