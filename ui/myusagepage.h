#pragma once

#include "analytics/efficiencyfigures.h"
#include "analytics/peercomparison.h"
#include "budgets/budgetevaluator.h"
#include "dashboardpage.h"

#include <optional>

class BudgetGauge;
class EfficiencyPanel;
class QComboBox;
class PeerComparisonPanel;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class ReportTableModel;
class StackedBarChart;
class StatCard;

// The employee's view: headline figures for the period, their budget as a gauge with the
// forecast, spend per day stacked by model or source, where the person stands among their peers
// (distributions only), efficiency figures with a what-if, and tables by model, source, project
// and session with CSV export.
class MyUsagePage : public DashboardPage
{
    Q_OBJECT
public:
    enum class Table { Model, Source, Project, Session };

    MyUsagePage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    StatCard *spendCard() const { return m_spendCard; }
    BudgetGauge *budgetGauge() const { return m_gauge; }
    QComboBox *stackSelector() const { return m_stackBy; }
    ReportTableModel *sourceTable() const { return m_bySource; }
    ReportTableModel *modelTable() const { return m_byModel; }
    ReportTableModel *projectTable() const { return m_byProject; }
    ReportTableModel *sessionTable() const { return m_bySession; }
    StackedBarChart *chart() const { return m_chart; }
    PeerComparisonPanel *peerPanel() const { return m_peerPanel; }
    EfficiencyPanel *efficiencyPanel() const { return m_efficiencyPanel; }
    QTabWidget *tables() const { return m_tables; }
    QTableView *tableView(Table table) const;
    QPushButton *exportButton() const { return m_export; }

    // Writes the table as CSV to `path` (whole or not at all); false with a message on failure.
    bool exportCsv(Table table, const QString &path, QString *error = nullptr) const;

    // Always "me": the team and person filters don't apply.
    DashboardFilter::Fields filterFields() const override
    {
        return DashboardFilter::Model | DashboardFilter::Source;
    }

protected:
    void reload() override;

private:
    void answered();
    void showReports(const QList<Report> &reports);
    void chooseExportFile();
    ReportKey stackKey() const; // what the bars over time are stacked by

    QLabel *m_heading = nullptr;
    StatCard *m_spendCard = nullptr;
    StatCard *m_tokensCard = nullptr;
    StatCard *m_requestsCard = nullptr;
    StatCard *m_topModelCard = nullptr;
    BudgetGauge *m_gauge = nullptr;
    QComboBox *m_stackBy = nullptr;
    QLabel *m_chartTitle = nullptr;
    StackedBarChart *m_chart = nullptr;
    PeerComparisonPanel *m_peerPanel = nullptr;
    EfficiencyPanel *m_efficiencyPanel = nullptr;
    ReportTableModel *m_byModel = nullptr;
    ReportTableModel *m_bySource = nullptr;
    ReportTableModel *m_byProject = nullptr;
    ReportTableModel *m_bySession = nullptr;
    QTabWidget *m_tables = nullptr;
    QList<QTableView *> m_views; // by Table
    QPushButton *m_export = nullptr;
    bool m_byWeek = false;

    // The page asks three things at once and shows them together once all have answered.
    quint64 m_peerTicket = 0;
    quint64 m_efficiencyTicket = 0;
    quint64 m_budgetTicket = 0;
    int m_pending = 0;
    bool m_failed = false;
    QList<Report> m_reports;
    std::optional<PeerComparison> m_peers;
    std::optional<EfficiencyFigures> m_efficiency;
    std::optional<QList<BudgetEvaluation>> m_budgets;
    QString m_peerError;
    QString m_efficiencyError;
};
