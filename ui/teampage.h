#pragma once

#include "budgets/budgetevaluator.h"
#include "dashboardpage.h"

class BurnDownChart;
class MoversModel;
class PersonSpendModel;
class QLabel;
class QTableView;
class StackedBarChart;

// The manager's view of a team (with its nested teams): the team budget's burn-down with its
// forecast, the people who spent most more or less than in the period before, spend per person
// stacked by model, and a sortable table of the people with their own budget's state. Shows the
// tool bar's team, else the team of the tool bar's person, else the team "me" belongs to;
// double-clicking a person opens their breakdown.
class TeamPage : public DashboardPage
{
    Q_OBJECT
public:
    TeamPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    PersonSpendModel *peopleModel() const { return m_people; }
    MoversModel *moversModel() const { return m_movers; }
    StackedBarChart *chart() const { return m_chart; }
    BurnDownChart *burnDownChart() const { return m_burnDown; }
    QLabel *budgetSummary() const { return m_budgetSummary; }
    QTableView *peopleView() const { return m_peopleView; }
    QString selectedTeam() const { return m_selectedTeam; }
    // Opens the person's breakdown (what double-clicking their row does).
    void openBreakdown(const QString &email);

    DashboardFilter::Fields filterFields() const override { return DashboardFilter::allFields(); }

protected:
    void reload() override;

private:
    void showReportsAndBudgets(const QList<Report> &reports,
                               const QList<BudgetEvaluation> &budgets) override;
    void showTeamBudget(const QList<BudgetEvaluation> &budgets);
    ReportRequest scopeRequest() const; // the team, the period and the filters, no grouping

    QLabel *m_summary = nullptr;
    QLabel *m_budgetTitle = nullptr;
    QLabel *m_budgetSummary = nullptr;
    BurnDownChart *m_burnDown = nullptr;
    MoversModel *m_movers = nullptr;
    QLabel *m_moversTitle = nullptr;
    StackedBarChart *m_chart = nullptr;
    PersonSpendModel *m_people = nullptr;
    QTableView *m_peopleView = nullptr;
    QString m_selectedTeam;
};
