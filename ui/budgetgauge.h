#pragma once

#include "budgets/budgetevaluator.h"

#include <QFrame>

#include <optional>

class QLabel;

// "My budget" at a glance: a bar filled to the share of the limit spent, coloured by the
// budget's state, with a line where the forecast says the period will end and ticks at the
// warning thresholds. Text beside it says the same in words (and to screen readers).
class BudgetGauge : public QFrame
{
    Q_OBJECT
public:
    explicit BudgetGauge(QWidget *parent = nullptr);

    // None: "no budget of yours" with a hint.
    void setEvaluation(const std::optional<BudgetEvaluation> &evaluation);
    const std::optional<BudgetEvaluation> &evaluation() const { return m_evaluation; }
    QString summary() const;
    // Where the bar's fill and the forecast line sit, as fractions of the bar (the bar shows up
    // to 120 % of the limit so an overspend is visible).
    double fillFraction() const;
    std::optional<double> forecastFraction() const;

private:
    class Bar;

    std::optional<BudgetEvaluation> m_evaluation;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    Bar *m_bar = nullptr;
};
