#pragma once

#include "dashboardpage.h"

class QLabel;
class QTreeView;
class StackedBarChart;
class TeamSpendTreeModel;

// The admin's view: spend per team along the team hierarchy, the organisation's total, and a
// chart of each team's own spend by model.
class OrganisationPage : public DashboardPage
{
    Q_OBJECT
public:
    OrganisationPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    TeamSpendTreeModel *teamModel() const { return m_teams; }
    QLabel *totalLabel() const { return m_total; }

protected:
    void reload() override;

private:
    void showReport(const Report &report);

    QLabel *m_total = nullptr;
    TeamSpendTreeModel *m_teams = nullptr;
    QTreeView *m_tree = nullptr;
    StackedBarChart *m_chart = nullptr;
};
