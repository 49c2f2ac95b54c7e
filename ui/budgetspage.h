#pragma once

#include "dashboardpage.h"

class BudgetsModel;
class QLabel;
class QTableView;

// Budgets with what was spent in each one's current period (its own period, not the selected
// one): scope, period, limit, spent, percent used.
class BudgetsPage : public DashboardPage
{
    Q_OBJECT
public:
    BudgetsPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    BudgetsModel *budgetsModel() const { return m_budgets; }

protected:
    void reload() override;
    bool followsPeriod() const override { return false; }

private:
    BudgetsModel *m_budgets = nullptr;
    QTableView *m_view = nullptr;
};
