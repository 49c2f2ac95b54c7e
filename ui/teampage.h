#pragma once

#include "dashboardpage.h"

class PersonSpendModel;
class QComboBox;
class QLabel;
class QTableView;
class StackedBarChart;

// The manager's view of a team (with its nested teams): spend per person stacked by model, and
// a sortable table of the people. Opens on the team "me" belongs to.
class TeamPage : public DashboardPage
{
    Q_OBJECT
public:
    TeamPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    QComboBox *teamSelector() const { return m_teamSelector; }
    PersonSpendModel *peopleModel() const { return m_people; }
    StackedBarChart *chart() const { return m_chart; }
    QString selectedTeam() const { return m_selectedTeam; }

protected:
    void reload() override;

private:
    void fillTeamSelector();
    void showReport(const Report &report);

    QComboBox *m_teamSelector = nullptr;
    QLabel *m_summary = nullptr;
    StackedBarChart *m_chart = nullptr;
    PersonSpendModel *m_people = nullptr;
    QTableView *m_peopleView = nullptr;
    QString m_selectedTeam;
};
