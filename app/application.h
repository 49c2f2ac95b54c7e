#pragma once

#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

class AlertMonitor;
class BudgetAdministration;
class Clock;
class Ledger;
class LocalMeterService;
class MainWindow;
class QNetworkAccessManager;
class QueryThread;
class ReportingZoneChange;
class ScreenshotTour;
class SecretStore;
class SourceAdministration;
class SourceScheduler;
class SystemAppearance;
class Theme;

// The composition root of the desktop app: reads the command line, makes sure the ledger exists
// (building the demo organisation when asked), owns the query thread and its QueryService, the
// clock and the main window, the local meter thread and its LocalMeterService, the scheduler of
// network sources (providers, model servers) on the GUI thread, the alert thread and its
// AlertMonitor (budgets evaluated after new usage and on a timer), the theme (the desktop's
// light or dark, or the user's), and takes them down in order.
class Application : public QObject
{
    Q_OBJECT
public:
    Application();
    ~Application() override;

    // Parses the arguments and starts. Returns an exit code when the program should end at once
    // (--help, --version, a ledger that cannot be opened); otherwise run the event loop.
    std::optional<int> start(const QStringList &arguments);

private:
    std::optional<int> fail(const QString &message);
    void startQueries(const QString &ledgerPath);
    void createAlertMonitor(const QString &ledgerPath);
    void startAlertMonitor();
    void evaluateBudgets();
    void startLocalMeters(const QString &ledgerPath, bool isWatching);
    enum class Polling { Scheduled, OnlyWhenAsked };
    void startNetworkSources(const QString &ledgerPath, Polling polling);
    void buildDemo(const QString &ledgerPath, quint64 seed);
    void onDemoBuilt();
    void showWindow();

    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<QueryThread> m_queries; // the window's queries, on their own thread
    QThread m_meterThread; // imports of the coding agents' local logs
    std::unique_ptr<LocalMeterService> m_meters;
    // Network sources poll asynchronously on the GUI thread's event loop; their small writes use
    // a connection of their own.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Ledger> m_sourceLedger;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SourceScheduler> m_scheduler;
    std::unique_ptr<SourceAdministration> m_sourceAdministration; // what the Sources page asks
    QThread m_alertThread; // budget evaluation, alerts and their webhooks
    std::unique_ptr<AlertMonitor> m_alerts;
    bool m_alertsStarted = false;
    std::unique_ptr<BudgetAdministration> m_budgetAdministration; // what the Budgets page asks
    std::unique_ptr<SystemAppearance> m_appearance; // the desktop's light or dark
    std::unique_ptr<Theme> m_theme; // outlives the window: it gives the platform's look back
    std::unique_ptr<ReportingZoneChange> m_zoneChange; // Settings' change of the ledger's zone
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ScreenshotTour> m_tour;
    QFutureWatcher<Status> m_demoWatcher;
    QString m_ledgerPath;
    QString m_screenshotDirectory;
    bool m_isHeadless = false; // screenshot runs: errors go to stderr, not dialogs
};
