#pragma once

#include "analytics/dashboardstate.h"

#include <QMainWindow>

class AlertBanner;
class BudgetAdministration;
class Clock;
class DashboardPage;
class DashboardToolBar;
class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class QueryService;
class ReportingZoneChange;
class StateStack;
class Theme;
class TrayIcon;

// The main window: a navigation list on the left, one page per entry on the right, the period
// selector in the tool bar. It asks the QueryService for the directory, resolves "me" and the
// period into a DashboardState, and hands that to every page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page {
        MyUsage,
        Team,
        Organisation,
        Budgets,
        Alerts,
        Sources,
        People,
        Pricing,
        Reconciliation,
        Settings
    };
    static constexpr int pageCount = 10;

    MainWindow(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a message instead of the dashboard (while the demo organisation is built, say).
    void showBusy(const QString &message);
    // Reads everything again: reopens the ledger connection and asks for the directory.
    void refresh();

    void showPage(Page page);
    Page currentPage() const;
    DashboardPage *page(Page page) const;
    static QString pageKey(Page page); // "my-usage", ... (file names, command line)

    ReportPeriod period() const;
    void setPeriod(ReportPeriod period);
    void setCustomSpan(const DateSpan &span); // the days "Custom" shows
    DashboardFilter filter() const;
    void setFilter(const DashboardFilter &filter); // a drill-down narrows to a team or person
    const DashboardState &state() const { return m_state; }

    QListWidget *navigation() const { return m_navigation; }
    QComboBox *periodSelector() const;
    DashboardToolBar *toolBar() const { return m_toolBar; }
    TrayIcon *trayIcon() const { return m_tray; }
    AlertBanner *alertBanner() const { return m_banner; }

    // Budgets are added, edited and removed, and alerts acknowledged and snoozed, through this.
    void setBudgetAdministration(BudgetAdministration *administration);
    // The Settings page shows the theme's choice and changes (and remembers) it.
    void setTheme(Theme *theme);
    // An admin changes the ledger's reporting time zone on the Settings page through this;
    // once it is done, everything is read again.
    void setReportingZoneChange(ReportingZoneChange *change);

public slots:
    // From the AlertMonitor: the active alerts (banner), every budget's evaluation (tray) and
    // the alerts new since the last evaluation (notifications, history).
    void setActiveAlerts(const QList<BudgetAlert> &active);
    void setBudgetEvaluations(const QList<BudgetEvaluation> &evaluations);
    void notifyAlerts(const QList<BudgetAlert> &fired);

signals:
    void stateChanged(const DashboardState &state);
    // A budget was added, edited or removed, or an alert acknowledged or snoozed: budgets want
    // evaluating again.
    void budgetsEdited();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    QWidget *createDashboard();
    void onDirectoryReady(quint64 ticket, const DirectorySnapshot &directory);
    void applyState();
    void showHonouredFilters();
    void setRefreshMinutes(int minutes); // 0: no timer
    void restart(); // for a new language // greys out the filters the page shown doesn't follow
    void setMeOverride(const QString &email);
    void redrawInCurrency(); // the display currency changed: every page shows its amounts again
    void showAbout();
    void acknowledgeAlert(qint64 alertId);
    void snoozeAlert(qint64 alertId, qint64 forMs);
    void forgetActiveAlert(qint64 alertId);

    QueryService *m_queries = nullptr;
    const Clock *m_clock = nullptr;
    QStackedWidget *m_central = nullptr;
    StateStack *m_busy = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<DashboardPage *> m_pageWidgets;
    DashboardToolBar *m_toolBar = nullptr;
    QLabel *m_statusPath = nullptr;
    QAction *m_refreshAction = nullptr;
    QTimer *m_autoRefresh = nullptr;
    TrayIcon *m_tray = nullptr;
    AlertBanner *m_banner = nullptr;
    BudgetAdministration *m_budgetAdministration = nullptr;
    QList<BudgetAlert> m_activeAlerts;

    quint64 m_directoryTicket = 0;
    DirectorySnapshot m_directory;
    bool m_hasDirectory = false;
    DashboardState m_state;
    ReportPeriod m_initialPeriod = ReportPeriod::ThisMonth;
    QString m_meOverride;
    bool m_wasShown = false;
};
