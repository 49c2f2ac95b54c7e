#pragma once

#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

class Clock;
class LocalMeterService;
class MainWindow;
class QueryService;
class ScreenshotTour;

// The composition root of the desktop app: reads the command line, makes sure the ledger exists
// (building the demo organisation when asked), owns the query thread and its QueryService, the
// clock and the main window, the local meter thread and its LocalMeterService, and takes them
// down in order.
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
    void startLocalMeters(const QString &ledgerPath, bool isWatching);
    void buildDemo(const QString &ledgerPath, quint64 seed);
    void onDemoBuilt();
    void showWindow();

    std::unique_ptr<Clock> m_clock;
    QThread m_queryThread;
    std::unique_ptr<QueryService> m_queries;
    QThread m_meterThread; // imports of the coding agents' local logs
    std::unique_ptr<LocalMeterService> m_meters;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ScreenshotTour> m_tour;
    QFutureWatcher<Status> m_demoWatcher;
    QString m_ledgerPath;
    QString m_screenshotDirectory;
    bool m_isHeadless = false; // screenshot runs: errors go to stderr, not dialogs
};
