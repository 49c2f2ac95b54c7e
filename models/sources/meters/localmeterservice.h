#pragma once

#include "core/result.h"
#include "locallogimporter.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

class Clock;
class Ledger;
class QFileSystemWatcher;

Q_DECLARE_METATYPE(LocalImportSummary)

struct LocalMeterOptions
{
    enum class ChangeDetection { FileWatcherAndPolling, PollingOnly };

    // Where the agents' logs are looked for (HOME, CLAUDE_CONFIG_DIR, CODEX_HOME, ...).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Polling backs the watcher up: inotify watches run out and miss network file systems.
    ChangeDetection changeDetection = ChangeDetection::FileWatcherAndPolling;
    int debounceMs = 500; // a burst of appends gives one import
    int pollIntervalMs = 5000;
    int maxWatchedFiles = 2000; // per agent, newest first; polling covers the rest
};

// Imports the coding agents' local logs into the ledger, on demand or whenever they change.
// Lives on a worker thread that Application owns (moveToThread) and opens its own read-write
// ledger connection there on first use. Call the slots through queued connections or
// QMetaObject::invokeMethod; the signals carry values only. importProgress is emitted from the
// importer's parser threads (throttled): connect it to receivers on other threads only.
class LocalMeterService : public QObject
{
    Q_OBJECT
public:
    LocalMeterService(const QString &ledgerPath, const Clock *clock,
                      const LocalMeterOptions &options = {}, QObject *parent = nullptr);
    ~LocalMeterService() override;

    QString ledgerPath() const { return m_ledgerPath; }

public slots:
    void importNow(const QString &kind);
    void importAll();
    void setWatching(bool isWatching);

signals:
    void importStarted(const QString &kind);
    void importProgress(const QString &kind, qint64 bytesDone, qint64 bytesTotal);
    void importFinished(const QString &kind, const LocalImportSummary &summary);
    void errorOccurred(const QString &kind, const Error &error);
    void usageChanged();
    void watchingChanged(bool isWatching);

private:
    Ledger *ledger(const QString &kind); // opens on first use; emits errorOccurred and returns null
    void runImport(const QString &kind);
    void scheduleImport(const QString &kind);
    void onDebounceTimeout();
    void onDirectoryChanged(const QString &path);
    void onFileChanged(const QString &path);
    void watchAgent(const QString &kind);
    void watchTree(const QString &kind, const QString &directory);
    void stopWatching();

    const QString m_ledgerPath;
    const Clock *m_clock = nullptr;
    const LocalMeterOptions m_options;
    std::unique_ptr<Ledger> m_ledger; // used on the service's thread only
    QFileSystemWatcher *m_watcher = nullptr; // while watching with the watcher
    QHash<QString, QString> m_watchedKind; // watched path -> agent kind
    QHash<QString, int> m_watchedFileCount; // agent kind -> files watched
    QSet<QString> m_pendingKinds; // changed, waiting for the debounce
    QTimer m_debounce;
    QTimer m_poll;
    bool m_isWatching = false;
    std::atomic<qint64> m_lastProgressMs {0}; // written from parser threads
};
