#pragma once

#include "budgets/budgetevaluator.h"
#include "tablemodelbase.h"

// Budgets evaluated in their current period: scope, period with its dates, limit, spent,
// remaining, percent used, forecast at the period's end (with its confidence), when the limit
// runs out at this pace, and the state. Money reads as elsewhere in the app ("unpriced", never
// "$0.00" for unknown cost; tooltips say what a figure is made of); token limits read "1,500
// tokens". ItemRole::Key is the budget's id, ItemRole::State its BudgetState as int (or
// ErrorState for a budget that could not be evaluated), so views can colour it.
class BudgetsModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column {
        Scope,
        Period,
        Limit,
        Spent,
        Remaining,
        Used,
        Forecast,
        RunsOut,
        State,
        ColumnCount
    };
    static constexpr int ErrorState = -1;

    explicit BudgetsModel(QObject *parent = nullptr);
    void setEvaluations(const QList<BudgetEvaluation> &evaluations);
    const QList<BudgetEvaluation> &evaluations() const { return m_evaluations; }
    // The row of the budget; -1 when it is not listed.
    int rowOf(qint64 budgetId) const;

    static QString scopeText(const Budget &budget); // "Organisation", "Team Platform", ...
    static QString periodText(BudgetPeriod period); // "Daily", "Weekly", ...
    static QString stateText(BudgetState state); // "OK", "Warning", "Exceeded"
    static QString confidenceText(ForecastConfidence confidence); // "high confidence"
    static QString shortConfidenceText(ForecastConfidence confidence); // "high"
    // A limit or an amount in the limit's unit: "$12.35" or "1,500 tokens".
    static QString amountText(qint64 amount, bool inTokens);
    // Why the budget is in its state: spent, forecast and confidence, in a sentence or two.
    static QString stateToolTip(const BudgetEvaluation &evaluation);

protected:
    int rows() const override { return int(m_evaluations.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    static QString periodToolTip(const Budget &budget);

    QList<BudgetEvaluation> m_evaluations;
};
