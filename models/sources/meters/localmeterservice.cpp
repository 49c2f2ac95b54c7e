#include "localmeterservice.h"

#include "core/clock.h"
#include "ledger/ledger.h"
#include "logreaders.h"
#include "pricing/pricebook.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <chrono>

Q_LOGGING_CATEGORY(lcLocalMeters, "burnrate.sources.localmeters", QtInfoMsg)

namespace {

constexpr qint64 progressIntervalMs = 100; // about ten progress signals a second

qint64 steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

LocalMeterService::LocalMeterService(const QString &ledgerPath, const Clock *clock,
                                     const LocalMeterOptions &options, QObject *parent)
    : QObject(parent)
    , m_ledgerPath(ledgerPath)
    , m_clock(clock)
    , m_options(options)
    , m_debounce(this)
    , m_poll(this)
{
    Q_ASSERT(m_clock);
    qRegisterMetaType<LocalImportSummary>();
    qRegisterMetaType<Error>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_options.debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LocalMeterService::onDebounceTimeout);
    m_poll.setInterval(m_options.pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &LocalMeterService::importAll);
}

LocalMeterService::~LocalMeterService() = default;

void LocalMeterService::importNow(const QString &kind)
{
    m_pendingKinds.remove(kind);
    runImport(kind);
}

void LocalMeterService::importAll()
{
    m_pendingKinds.clear();
    m_debounce.stop();
    const QStringList kinds = LogReaders::kinds();
    for (const QString &kind : kinds)
        runImport(kind);
}

void LocalMeterService::setWatching(bool isWatching)
{
    if (isWatching == m_isWatching)
        return;
    m_isWatching = isWatching;
    if (!isWatching) {
        stopWatching();
        emit watchingChanged(false);
        return;
    }
    // Timers and the watcher belong to this thread: stop them on it, before the owner deletes
    // the service from its own thread.
    connect(QThread::currentThread(), &QThread::finished, this, &LocalMeterService::stopWatching,
            Qt::ConnectionType(Qt::DirectConnection | Qt::UniqueConnection));
    if (m_options.changeDetection == LocalMeterOptions::ChangeDetection::FileWatcherAndPolling) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
                &LocalMeterService::onDirectoryChanged);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this,
                &LocalMeterService::onFileChanged);
        const QStringList kinds = LogReaders::kinds();
        for (const QString &kind : kinds)
            watchAgent(kind);
    }
    m_poll.start();
    emit watchingChanged(true);
    // Whatever was written while nobody watched.
    importAll();
}

Ledger *LocalMeterService::ledger(const QString &kind)
{
    if (!m_ledger) {
        Result<std::unique_ptr<Ledger>> opened
            = Ledger::open(m_ledgerPath, Ledger::Access::ReadWrite);
        if (!opened) {
            emit errorOccurred(kind, opened.error());
            return nullptr;
        }
        m_ledger = std::move(*opened);
    }
    return m_ledger.get();
}

void LocalMeterService::runImport(const QString &kind)
{
    const std::unique_ptr<LogReader> reader = LogReaders::create(kind);
    if (!reader) {
        emit errorOccurred(kind, Error {ErrorCode::InvalidArgument, kind});
        return;
    }
    Ledger *ledger = this->ledger(kind);
    if (!ledger)
        return;
    Result<PriceBook> prices = PriceBook::load(*ledger, m_clock->nowMs());
    if (!prices) {
        emit errorOccurred(kind, prices.error());
        return;
    }

    emit importStarted(kind);
    LocalImportOptions options;
    options.environment = m_options.environment;
    m_lastProgressMs.store(0);
    // Runs on the parser threads: touches only the atomic, and emits (a signal may be emitted
    // from any thread; receivers on other threads get it queued).
    options.progress = [this, kind](qint64 bytesDone, qint64 bytesTotal) {
        const qint64 now = steadyNowMs();
        qint64 last = m_lastProgressMs.load();
        const bool isLast = bytesDone >= bytesTotal;
        if (!isLast && now - last < progressIntervalMs)
            return;
        if (!m_lastProgressMs.compare_exchange_strong(last, now) && !isLast)
            return;
        emit importProgress(kind, bytesDone, bytesTotal);
    };
    Result<LocalImportSummary> summary
        = LocalLogImporter(*ledger, *prices, *m_clock).run(*reader, options);
    if (!summary) {
        qCWarning(lcLocalMeters).noquote()
            << "import" << kind << "failed:" << summary.error().detail;
        emit errorOccurred(kind, summary.error());
        return;
    }
    emit importFinished(kind, *summary);
    if (summary->messagesCounted > 0)
        emit usageChanged();
    // New directories may have appeared (a first session, a new day under Codex's sessions/).
    if (m_watcher)
        watchAgent(kind);
}

void LocalMeterService::scheduleImport(const QString &kind)
{
    m_pendingKinds.insert(kind);
    // Not restarted on every change: an agent appending all the time still gets its usage
    // counted half a second after it starts.
    if (!m_debounce.isActive())
        m_debounce.start();
}

void LocalMeterService::onDebounceTimeout()
{
    QStringList kinds(m_pendingKinds.cbegin(), m_pendingKinds.cend());
    m_pendingKinds.clear();
    std::sort(kinds.begin(), kinds.end());
    for (const QString &kind : std::as_const(kinds))
        runImport(kind);
}

void LocalMeterService::onDirectoryChanged(const QString &path)
{
    const QString kind = m_watchedKind.value(path);
    if (kind.isEmpty())
        return;
    if (QFileInfo(path).isDir())
        watchTree(kind, path); // subdirectories and files that appeared in it
    scheduleImport(kind);
}

void LocalMeterService::onFileChanged(const QString &path)
{
    const QString kind = m_watchedKind.value(path);
    if (kind.isEmpty())
        return;
    // A file replaced by rename drops out of the watcher: watch the new one.
    if (m_watcher && !m_watcher->files().contains(path) && QFileInfo::exists(path))
        m_watcher->addPath(path);
    scheduleImport(kind);
}

void LocalMeterService::watchAgent(const QString &kind)
{
    const std::unique_ptr<LogReader> reader = LogReaders::create(kind);
    if (!reader)
        return;
    const QStringList roots = reader->defaultRoots(m_options.environment);
    for (const QString &root : roots) {
        const QFileInfo info(root);
        if (info.isDir()) {
            watchTree(kind, info.absoluteFilePath());
        } else if (info.isFile() && !m_watchedKind.contains(info.absoluteFilePath())) {
            if (m_watcher->addPath(info.absoluteFilePath()))
                m_watchedKind.insert(info.absoluteFilePath(), kind);
        }
    }
}

void LocalMeterService::watchTree(const QString &kind, const QString &directory)
{
    const std::unique_ptr<LogReader> reader = LogReaders::create(kind);
    if (!reader || !m_watcher)
        return;
    QStringList directories {directory};
    QList<QFileInfo> files;
    QDirIterator it(directory, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir())
            directories.append(info.absoluteFilePath());
        else if (reader->acceptsFile(info.absoluteFilePath()))
            files.append(info);
    }
    for (const QString &path : std::as_const(directories)) {
        if (m_watchedKind.contains(path))
            continue;
        if (m_watcher->addPath(path))
            m_watchedKind.insert(path, kind);
    }
    // Newest first: old sessions rarely grow again, and polling still covers them.
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() > b.lastModified();
    });
    int &watchedFiles = m_watchedFileCount[kind];
    for (const QFileInfo &info : std::as_const(files)) {
        if (watchedFiles >= m_options.maxWatchedFiles)
            break;
        const QString path = info.absoluteFilePath();
        if (m_watchedKind.contains(path))
            continue;
        if (m_watcher->addPath(path)) {
            m_watchedKind.insert(path, kind);
            ++watchedFiles;
        }
    }
}

void LocalMeterService::stopWatching()
{
    m_debounce.stop();
    m_poll.stop();
    m_pendingKinds.clear();
    delete m_watcher;
    m_watcher = nullptr;
    m_watchedKind.clear();
    m_watchedFileCount.clear();
}
