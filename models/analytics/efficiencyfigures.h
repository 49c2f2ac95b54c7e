#pragma once

#include "analytics/reportperiod.h"
#include "core/result.h"
#include "ledger/reportquery.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

class Ledger;
class PriceTable;

// How well one person's spend in a period uses caching and cheaper models, in estimated dollars.
// Every dollar figure here prices token counts with the price table in force (CostCalculator,
// standard speed, long-context tiers judged on the average prompt per request): what-ifs have no
// bill, so they are estimates even where the usage itself was billed.
//
// Definitions:
// - Cache-read share: cache-read tokens over every prompt token (uncached input, cache writes
//   and cache reads) of every model, priced or not.
// - Cache saving: for each priced model, its cost with the cache reads charged as uncached input
//   minus its cost as it was; models without a cache-read rate save nothing.
// - Expensive models: among the person's models with a price, those whose output price (per
//   token, standard tier) lies in the top third of the range of those models' output prices:
//   output ≥ cheapest + ⅔ × (dearest − cheapest). With fewer than two different output prices
//   nothing is expensive. The range is the person's own, so the rule follows price changes and
//   needs no list of model tiers (one trial of a far dearer model raises the bar for the rest).
// - Reference model: the cheaper model the person already spends most on: among their priced
//   models that are not expensive, the one with the largest spend (then tokens, then name).
// - What-if: moving a share of the expensive models' work (their token counts and requests) to
//   the reference model saves that share of Σ (cost at the model's price − cost at the
//   reference's price). It may be negative when the reference reads input dearer.
struct EfficiencyFigures
{
    qint64 promptTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheSavingMicros = 0;

    qint64 spentMicros = 0; // billed + estimated, every model (as the reports count it)
    qint64 expensiveSpentMicros = 0; // the same, of the expensive models
    QStringList expensiveModels; // largest spend first
    qint64 expensiveFromRate = 0; // output price from which a model is expensive, µ$/M tokens
    QString referenceModel; // empty: no cheaper model to move work to
    qint64 fullSwitchSavingMicros = 0; // moving all the expensive models' work
    QStringList unpricedModels; // no price in the table: no dollar figure counts them

    // 0–1; 0 without prompt tokens.
    double cacheReadShare() const;
    // 0–1; 0 without spend.
    double expensiveShare() const;
    bool hasWhatIf() const { return !expensiveModels.isEmpty() && !referenceModel.isEmpty(); }
    // What moving `percent` % (clamped to 0–100) of the expensive models' work to the reference
    // model saves, rounded to the micro-dollar.
    qint64 switchSavingMicros(int percent) const;

    // From a report of the person's usage grouped by model (the first key) and a price table.
    static EfficiencyFigures compute(const Report &byModel, const PriceTable &prices);
};
Q_DECLARE_METATYPE(EfficiencyFigures)

struct EfficiencyRequest
{
    QString personEmail;
    DateSpan days; // inclusive, in the ledger's reporting time zone
};

// Reads a person's usage by model for the period and prices it with the table in force.
class EfficiencyQuery
{
public:
    explicit EfficiencyQuery(Ledger &ledger) : m_ledger(ledger) { }
    Result<EfficiencyFigures> run(const EfficiencyRequest &request);

    // The price table in force, without writing: the latest stored version, else the table
    // shipped with Burnrate (which PriceBook stores the first time a writer costs anything).
    static Result<PriceTable> priceTableInForce(Ledger &ledger);

private:
    Ledger &m_ledger;
};
