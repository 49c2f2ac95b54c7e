#include "efficiencyfigures.h"

#include "core/money.h"
#include "ledger/ledger.h"
#include "pricing/costcalculator.h"
#include "pricing/pricebook.h"
#include "pricing/pricetable.h"

#include <algorithm>

namespace {

struct PricedModel
{
    QString name;
    ReportTotals totals;
    ModelPrice price;
};

qint64 costAt(const ModelPrice &price, const ReportTotals &totals)
{
    // Buckets without a request count (some provider reports) are one request each.
    return CostCalculator::costMicros(price, totals.tokens, CostCalculator::Speed::Standard,
                                      std::max<qint64>(totals.requests, 1));
}

// Largest spend first, then most tokens, then by name: a stable order for lists and ties.
bool spendsMore(const PricedModel &a, const PricedModel &b)
{
    if (a.totals.costMicros != b.totals.costMicros)
        return a.totals.costMicros > b.totals.costMicros;
    if (a.totals.tokens.total() != b.totals.tokens.total())
        return a.totals.tokens.total() > b.totals.tokens.total();
    return a.name < b.name;
}

} // namespace

double EfficiencyFigures::cacheReadShare() const
{
    return promptTokens > 0 ? double(cacheReadTokens) / double(promptTokens) : 0.0;
}

double EfficiencyFigures::expensiveShare() const
{
    return spentMicros > 0 ? double(expensiveSpentMicros) / double(spentMicros) : 0.0;
}

qint64 EfficiencyFigures::switchSavingMicros(int percent) const
{
    if (!hasWhatIf())
        return 0;
    return Money::divideRounded(fullSwitchSavingMicros * std::clamp(percent, 0, 100), 100);
}

EfficiencyFigures EfficiencyFigures::compute(const Report &byModel, const PriceTable &prices)
{
    EfficiencyFigures figures;
    figures.spentMicros = byModel.totals.costMicros;
    QList<PricedModel> priced;
    for (const ReportRow &row : byModel.rows) {
        const TokenCounts &tokens = row.totals.tokens;
        figures.promptTokens += tokens.prompt();
        figures.cacheReadTokens += tokens.cacheRead;
        const QString model = row.keys.value(0);
        const std::optional<ModelPrice> price = model.isEmpty() ? std::nullopt : prices.find(model);
        if (!price) {
            if (!model.isEmpty())
                figures.unpricedModels.append(model);
            continue;
        }
        priced.append({model, row.totals, *price});
        ReportTotals uncached = row.totals;
        uncached.tokens.input += uncached.tokens.cacheRead;
        uncached.tokens.cacheRead = 0;
        figures.cacheSavingMicros += costAt(*price, uncached) - costAt(*price, row.totals);
    }
    figures.unpricedModels.sort();
    if (priced.isEmpty())
        return figures;

    std::sort(priced.begin(), priced.end(), spendsMore);
    const auto [cheapest, dearest] = std::minmax_element(
        priced.cbegin(), priced.cend(),
        [](const PricedModel &a, const PricedModel &b) { return a.price.output < b.price.output; });
    const qint64 low = cheapest->price.output;
    const qint64 high = dearest->price.output;
    if (low == high)
        return figures; // one output price: nothing is dearer than the rest
    // The smallest rate r with 3 (r − low) ≥ 2 (high − low), in integers.
    const qint64 span = 2 * (high - low);
    figures.expensiveFromRate = low + (span + 2) / 3;

    const PricedModel *reference = nullptr;
    for (const PricedModel &model : std::as_const(priced)) {
        if (model.price.output >= figures.expensiveFromRate) {
            figures.expensiveModels.append(model.name);
            figures.expensiveSpentMicros += model.totals.costMicros;
        } else if (!reference) {
            reference = &model; // the first in spend order
        }
    }
    if (!reference) // cannot happen: the cheapest model is below the threshold
        return figures;
    figures.referenceModel = reference->name;
    for (const PricedModel &model : std::as_const(priced)) {
        if (model.price.output >= figures.expensiveFromRate)
            figures.fullSwitchSavingMicros
                += costAt(model.price, model.totals) - costAt(reference->price, model.totals);
    }
    return figures;
}

Result<PriceTable> EfficiencyQuery::priceTableInForce(Ledger &ledger)
{
    Result<PriceVersion> latest = ledger.latestPriceVersion();
    if (latest)
        return PriceTable::fromLiteLlmJson(latest->content);
    if (latest.error().code != ErrorCode::NotFound)
        return latest.error();
    return PriceTable::fromLiteLlmJson(PriceBook::shippedTable());
}

Result<EfficiencyFigures> EfficiencyQuery::run(const EfficiencyRequest &request)
{
    if (!request.days.isValid())
        return Error {ErrorCode::InvalidArgument, QStringLiteral("efficiency: no valid period")};
    if (request.personEmail.trimmed().isEmpty())
        return Error {ErrorCode::InvalidArgument, QStringLiteral("efficiency: no person")};
    Result<PriceTable> prices = priceTableInForce(m_ledger);
    if (!prices)
        return prices.error();
    ReportRequest byModel;
    byModel.groupBy = {ReportKey::Model};
    byModel.since = request.days.first;
    byModel.until = request.days.last;
    byModel.personEmail = request.personEmail.trimmed();
    Result<Report> report = ReportQuery(m_ledger).run(byModel);
    if (!report)
        return report.error();
    return EfficiencyFigures::compute(*report, *prices);
}
