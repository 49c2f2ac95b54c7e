#pragma once

#include "budget.h"
#include "budgetforecast.h"
#include "core/result.h"
#include "ledger/reportquery.h"

#include <QList>
#include <QMetaType>

class Ledger;

enum class BudgetState { Ok, Warning, Exceeded };
QString budgetStateName(BudgetState state); // "ok", "warning", "exceeded"

// A budget at one instant: what its current period has spent, against the limit, and where the
// period is heading.
struct BudgetEvaluation
{
    Budget budget;
    BudgetPeriodSpan period;
    ReportTotals totals; // the period's usage so far, in the budget's scope and filters
    qint64 spent = 0; // in the limit's unit: micro-dollars or tokens
    qint64 limit = 0;
    // The period's spend per local day so far, in the limit's unit (days without usage missing):
    // what a burn-down chart draws.
    QMap<QDate, qint64> daily;
    Forecast forecast;
    BudgetState state = BudgetState::Ok;
    int reachedThreshold = 0; // the highest threshold (percent) reached; 0 for none
    QString error; // why this budget could not be evaluated; the figures are then zero

    qint64 remaining() const { return std::max<qint64>(0, limit - spent); }
    double percent() const { return limit > 0 ? 100.0 * double(spent) / double(limit) : 0.0; }
    // Whole percent, rounded down, for threshold comparisons that must not round up early.
    qint64 wholePercent() const { return limit > 0 ? spent * 100 / limit : 0; }
    bool forecastExceedsLimit() const;
};
Q_DECLARE_METATYPE(BudgetEvaluation)

// State rule: exceeded at 100 % of the limit; warning once the highest threshold below 100 % is
// reached (80 % by default), or when the forecast reaches the limit with at least medium
// confidence; ok otherwise.
BudgetState budgetStateOf(const BudgetEvaluation &evaluation);

// Evaluates budgets against the ledger: spend per local day in the budget's zone (from the daily
// rollups when the zone is the ledger's reporting zone), then the forecast.
class BudgetEvaluator
{
public:
    explicit BudgetEvaluator(Ledger &ledger) : m_ledger(ledger) { }

    Result<BudgetEvaluation> evaluate(const Budget &budget, qint64 nowMs);
    // Every budget. One that cannot be evaluated (its team was deleted, say) comes back with its
    // error set; only a failure to read the budgets at all is an error of the whole call.
    Result<QList<BudgetEvaluation>> evaluateAll(qint64 nowMs);
    // The evaluation, or one with its error set and zero figures.
    BudgetEvaluation evaluateOrExplain(const Budget &budget, qint64 nowMs);

private:
    Ledger &m_ledger;
};
