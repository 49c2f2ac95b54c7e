#pragma once

#include "analytics/queryservice.h"
#include "tablemodelbase.h"

// Budgets with their spend this period: scope, period, limit, spent, percent used, dates.
class BudgetsModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { Scope, Period, Limit, Spent, Used, Dates, Enforcement, ColumnCount };

    explicit BudgetsModel(QObject *parent = nullptr);
    void setBudgets(const QList<BudgetStatus> &budgets);
    const QList<BudgetStatus> &budgets() const { return m_budgets; }

    static QString scopeText(const Budget &budget);
    static QString periodText(BudgetPeriod period);

protected:
    int rows() const override { return int(m_budgets.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<BudgetStatus> m_budgets;
};
