#pragma once

#include "budgets/budgetevaluator.h"
#include "dashboardpage.h"

class BudgetsModel;
class MoversModel;
class QLabel;
class QTreeView;
class StackedBarChart;
class TeamSpendTreeModel;

// The admin's view: spend per team along the team hierarchy, the organisation's total, the teams
// that moved most against the period before, the state of every team budget, and a chart of
// each team's own spend by model. The tool bar's team narrows it to that part of the hierarchy;
// double-clicking a team opens its breakdown.
class OrganisationPage : public DashboardPage
{
    Q_OBJECT
public:
    OrganisationPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    TeamSpendTreeModel *teamModel() const { return m_teams; }
    MoversModel *moversModel() const { return m_movers; }
    BudgetsModel *teamBudgetsModel() const { return m_budgets; }
    QLabel *totalLabel() const { return m_total; }
    QTreeView *treeView() const { return m_tree; }
    void openBreakdown(const QString &teamName);

    DashboardFilter::Fields filterFields() const override { return DashboardFilter::allFields(); }

protected:
    void reload() override;

private:
    void showReportsAndBudgets(const QList<Report> &reports,
                               const QList<BudgetEvaluation> &budgets) override;
    ReportRequest scopeRequest() const;

    QLabel *m_total = nullptr;
    TeamSpendTreeModel *m_teams = nullptr;
    QTreeView *m_tree = nullptr;
    StackedBarChart *m_chart = nullptr;
    MoversModel *m_movers = nullptr;
    QLabel *m_moversTitle = nullptr;
    BudgetsModel *m_budgets = nullptr;
};
