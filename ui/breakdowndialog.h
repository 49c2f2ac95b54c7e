#pragma once

#include "analytics/reportperiod.h"
#include "ledger/reportquery.h"

#include <QDialog>

class QLabel;
class QTabWidget;
class QueryService;
class ReportTableModel;
class StackedBarChart;
class StateStack;

// A drill-down: one person's or one team's spend in the period, over time stacked by model and
// broken down by model, source and project, each table exportable as CSV. Opened from the Team
// and Organisation pages; asks the QueryService itself and closes on its own.
class BreakdownDialog : public QDialog
{
    Q_OBJECT
public:
    // `scope` is the request the page would ask for the person or team (period and filters
    // included); the dialog adds its own grouping.
    BreakdownDialog(QueryService *queries, const QString &title, const ReportRequest &scope,
                    const DateSpan &span, QWidget *parent = nullptr);

    bool isLoaded() const { return m_isLoaded; }
    ReportTableModel *table(int index) const { return m_tables.value(index); }
    StackedBarChart *chart() const { return m_chart; }

signals:
    void loaded();

private:
    void showReports(const QList<Report> &reports);
    void exportShownTable();

    QueryService *m_queries = nullptr;
    QString m_title;
    DateSpan m_span;
    quint64 m_ticket = 0;
    bool m_isLoaded = false;
    QLabel *m_summary = nullptr;
    StateStack *m_stack = nullptr;
    StackedBarChart *m_chart = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<ReportTableModel *> m_tables; // by model, source, project
};
