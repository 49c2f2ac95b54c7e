#pragma once

#include "dashboardpage.h"

class QLabel;
class QTableView;
class ReportTableModel;
class StackedBarChart;
class StatCard;

// The employee's view: headline figures for the period, spend per day stacked by model, and
// tables by model and by project.
class MyUsagePage : public DashboardPage
{
    Q_OBJECT
public:
    MyUsagePage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    StatCard *spendCard() const { return m_spendCard; }
    ReportTableModel *modelTable() const { return m_byModel; }
    ReportTableModel *projectTable() const { return m_byProject; }
    StackedBarChart *chart() const { return m_chart; }

protected:
    void reload() override;

private:
    void showReports(const QList<Report> &reports);

    QLabel *m_heading = nullptr;
    StatCard *m_spendCard = nullptr;
    StatCard *m_tokensCard = nullptr;
    StatCard *m_requestsCard = nullptr;
    StatCard *m_topModelCard = nullptr;
    StackedBarChart *m_chart = nullptr;
    ReportTableModel *m_byModel = nullptr;
    ReportTableModel *m_byProject = nullptr;
    QTableView *m_modelView = nullptr;
    QTableView *m_projectView = nullptr;
    bool m_byWeek = false;
};
