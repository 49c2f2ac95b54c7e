#pragma once

#include "analytics/dashboardstate.h"

#include <QToolBar>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

// The dashboard's one period selector and its filters (team, person, model, source), above
// every page. It holds the user's choice; MainWindow turns it into the DashboardState every page
// gets. Filters a page does not honour are greyed out while that page is shown.
class DashboardToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit DashboardToolBar(QWidget *parent = nullptr);

    ReportPeriod period() const { return m_period; }
    DateSpan customSpan() const { return m_customSpan; }
    DashboardFilter filter() const { return m_filter; }
    // Programmatic changes (the command line, a drill-down): the selectors follow; emits
    // viewChanged() when something changed.
    void setPeriod(ReportPeriod period);
    void setCustomSpan(const DateSpan &span);
    void setFilter(const DashboardFilter &filter);

    // Fills the selectors from the state's directory and shows its span.
    void showState(const DashboardState &state);
    // The filters the page shown honours; the rest are disabled with a tool tip saying so.
    void setHonouredFields(DashboardFilter::Fields fields, const QString &pageTitle);

    QComboBox *periodSelector() const { return m_periodSelector; }
    QComboBox *teamFilter() const { return m_team; }
    QComboBox *personFilter() const { return m_person; }
    QComboBox *modelFilter() const { return m_model; }
    QComboBox *sourceFilter() const { return m_source; }
    QDateEdit *customFirst() const { return m_customFirst; }
    QDateEdit *customLast() const { return m_customLast; }

signals:
    // The period, the custom span or a filter changed, by the user or through a setter.
    void viewChanged();

private:
    QComboBox *addFilter(const QString &label, const QString &accessibleName);
    void fillFilters();
    void selectData(QComboBox *combo, const QString &value);
    void onFilterActivated();
    void showCustomEditors();

    QComboBox *m_periodSelector = nullptr;
    QDateEdit *m_customFirst = nullptr;
    QDateEdit *m_customLast = nullptr;
    QList<QAction *> m_customActions;
    QLabel *m_span = nullptr;
    QAction *m_spanAction = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_person = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_source = nullptr;
    QToolButton *m_clear = nullptr;

    ReportPeriod m_period = ReportPeriod::ThisMonth;
    DateSpan m_customSpan;
    DashboardFilter m_filter;
    DashboardState m_state; // the last one shown: directory for the selectors
};
