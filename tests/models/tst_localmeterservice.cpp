#include "sources/meters/localmeterservice.h"
#include "support/fakeclock.h"
#include "support/templedger.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

// The service's signals, received on the test's thread (the service runs on its own), so
// QSignalSpy sees them as the Sources page would.
class Receiver : public QObject
{
    Q_OBJECT
signals:
    void importStarted(const QString &kind);
    void importProgress(const QString &kind, qint64 bytesDone, qint64 bytesTotal);
    void importFinished(const QString &kind, const LocalImportSummary &summary);
    void errorOccurred(const QString &kind, const Error &error);
    void usageChanged();
};

class tst_LocalMeterService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void importNowReportsCounts();
    void appendedLineIsImportedWhileWatching();
    void newSubdirectoryIsPickedUp();
    void pollingAloneFindsNewUsage();

private:
    void start(LocalMeterOptions::ChangeDetection changeDetection, int pollIntervalMs);
    void call(std::function<void(LocalMeterService *)> slot);
    void writeSession(const QString &relativePath, const QByteArray &content, bool append = false);
    QByteArray fixture() const;
    QByteArray newMessage(const QString &id) const;
    LocalImportSummary waitForClaudeImport();

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<QTemporaryDir> m_home;
    FakeClock m_clock;
    QThread m_thread;
    std::unique_ptr<LocalMeterService> m_service;
    std::unique_ptr<Receiver> m_receiver;
};

void tst_LocalMeterService::init()
{
    m_ledger = std::make_unique<TempLedger>();
    QVERIFY(m_ledger->isValid());
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("claude/projects/-home-dev-widget")));
}

void tst_LocalMeterService::cleanup()
{
    m_thread.quit();
    m_thread.wait();
    m_service.reset();
    m_receiver.reset();
    m_ledger.reset();
    m_home.reset();
}

void tst_LocalMeterService::start(LocalMeterOptions::ChangeDetection changeDetection,
                                  int pollIntervalMs)
{
    LocalMeterOptions options;
    // Only the temporary home: never the real agents' logs of whoever runs the tests.
    options.environment = QProcessEnvironment();
    options.environment.insert(QStringLiteral("HOME"), m_home->path());
    options.environment.insert(QStringLiteral("CLAUDE_CONFIG_DIR"),
                               m_home->filePath(QStringLiteral("claude")));
    options.changeDetection = changeDetection;
    options.pollIntervalMs = pollIntervalMs;
    options.debounceMs = 100;
    // The service's own connection; the test's is closed so only one writer holds the file.
    m_ledger->close();
    m_service = std::make_unique<LocalMeterService>(m_ledger->path(), &m_clock, options);
    m_receiver = std::make_unique<Receiver>();
    connect(m_service.get(), &LocalMeterService::importStarted, m_receiver.get(),
            &Receiver::importStarted);
    connect(m_service.get(), &LocalMeterService::importProgress, m_receiver.get(),
            &Receiver::importProgress);
    connect(m_service.get(), &LocalMeterService::importFinished, m_receiver.get(),
            &Receiver::importFinished);
    connect(m_service.get(), &LocalMeterService::errorOccurred, m_receiver.get(),
            &Receiver::errorOccurred);
    connect(m_service.get(), &LocalMeterService::usageChanged, m_receiver.get(),
            &Receiver::usageChanged);
    m_service->moveToThread(&m_thread);
    m_thread.start();
}

void tst_LocalMeterService::call(std::function<void(LocalMeterService *)> slot)
{
    LocalMeterService *service = m_service.get();
    QMetaObject::invokeMethod(
        service, [service, slot] { slot(service); }, Qt::QueuedConnection);
}

QByteArray tst_LocalMeterService::fixture() const
{
    QFile file(QFINDTESTDATA("data/local/claude_session.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A further assistant message, made from the fixture's last counted one.
QByteArray tst_LocalMeterService::newMessage(const QString &id) const
{
    const QList<QByteArray> lines = fixture().split('\n');
    for (const QByteArray &line : lines) {
        if (line.contains("msg_01QrStUvWxYz0123456789Ab")) {
            QByteArray copy = line;
            copy.replace("msg_01QrStUvWxYz0123456789Ab", id.toUtf8());
            copy.replace("a0c1d2e3-0006",
                         QByteArray(QByteArray("b0c1d2e3-") + id.right(4).toUtf8()));
            return copy + '\n';
        }
    }
    return {};
}

void tst_LocalMeterService::writeSession(const QString &relativePath, const QByteArray &content,
                                         bool append)
{
    const QString path = m_home->filePath(QStringLiteral("claude/projects/") + relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(append ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

LocalImportSummary tst_LocalMeterService::waitForClaudeImport()
{
    QSignalSpy finished(m_receiver.get(), &Receiver::importFinished);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(finished.cbegin(), finished.cend(),
                                             [](const QList<QVariant> &arguments) {
                                                 return arguments.at(0).toString()
                                                     == u"claude-code";
                                             }),
                                 5000);
    }();
    for (const QList<QVariant> &arguments : std::as_const(finished)) {
        if (arguments.at(0).toString() == u"claude-code")
            return arguments.at(1).value<LocalImportSummary>();
    }
    return {};
}

void tst_LocalMeterService::importNowReportsCounts()
{
    writeSession(QStringLiteral("-home-dev-widget/session.jsonl"), fixture());
    start(LocalMeterOptions::ChangeDetection::FileWatcherAndPolling, 60000);
    QSignalSpy started(m_receiver.get(), &Receiver::importStarted);
    QSignalSpy progress(m_receiver.get(), &Receiver::importProgress);
    QSignalSpy finished(m_receiver.get(), &Receiver::importFinished);
    QSignalSpy usage(m_receiver.get(), &Receiver::usageChanged);
    QSignalSpy errors(m_receiver.get(), &Receiver::errorOccurred);

    call([](LocalMeterService *service) { service->importNow(QStringLiteral("claude-code")); });
    QVERIFY(finished.wait(5000));
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("claude-code"));
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("claude-code"));
    const auto summary = finished.at(0).at(1).value<LocalImportSummary>();
    QCOMPARE(summary.filesSeen, 1);
    QCOMPARE(summary.filesRead, 1);
    QCOMPARE(summary.messagesCounted, 2); // one streamed twice, one more; <synthetic> ignored
    QCOMPARE(summary.malformedLines, 0);
    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(1).toLongLong(), last.at(2).toLongLong()); // ends at 100 %
    QTRY_COMPARE(usage.count(), 1);
    QVERIFY(errors.isEmpty());

    // Nothing new: counted nothing, so no refresh.
    call([](LocalMeterService *service) { service->importNow(QStringLiteral("claude-code")); });
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(1).at(1).value<LocalImportSummary>().messagesCounted, 0);
    QCOMPARE(finished.at(1).at(1).value<LocalImportSummary>().filesRead, 0);
    QCOMPARE(usage.count(), 1);

    // Unknown agents are an error, not a crash.
    call([](LocalMeterService *service) { service->importNow(QStringLiteral("nope")); });
    QVERIFY(errors.wait(5000));
    QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("nope"));
}

void tst_LocalMeterService::appendedLineIsImportedWhileWatching()
{
    writeSession(QStringLiteral("-home-dev-widget/session.jsonl"), fixture());
    start(LocalMeterOptions::ChangeDetection::FileWatcherAndPolling, 60000);
    call([](LocalMeterService *service) { service->setWatching(true); });
    QCOMPARE(waitForClaudeImport().messagesCounted, 2); // what was there before watching

    QSignalSpy usage(m_receiver.get(), &Receiver::usageChanged);
    QSignalSpy finished(m_receiver.get(), &Receiver::importFinished);
    writeSession(QStringLiteral("-home-dev-widget/session.jsonl"),
                 newMessage(QStringLiteral("msg_appended_0001")), true);
    QVERIFY(usage.wait(5000));
    QTRY_VERIFY(!finished.isEmpty());
    QCOMPARE(finished.last().at(1).value<LocalImportSummary>().messagesCounted, 1);
}

void tst_LocalMeterService::newSubdirectoryIsPickedUp()
{
    writeSession(QStringLiteral("-home-dev-widget/session.jsonl"), fixture());
    start(LocalMeterOptions::ChangeDetection::FileWatcherAndPolling, 60000);
    call([](LocalMeterService *service) { service->setWatching(true); });
    waitForClaudeImport();

    QSignalSpy usage(m_receiver.get(), &Receiver::usageChanged);
    writeSession(QStringLiteral("-home-dev-other/second.jsonl"),
                 newMessage(QStringLiteral("msg_newdir_0002")));
    QVERIFY(usage.wait(5000));

    // The new directory is watched too: a later append there is seen.
    usage.clear();
    writeSession(QStringLiteral("-home-dev-other/second.jsonl"),
                 newMessage(QStringLiteral("msg_newdir_0003")), true);
    QVERIFY(usage.wait(5000));
}

void tst_LocalMeterService::pollingAloneFindsNewUsage()
{
    writeSession(QStringLiteral("-home-dev-widget/session.jsonl"), fixture());
    start(LocalMeterOptions::ChangeDetection::PollingOnly, 300);
    call([](LocalMeterService *service) { service->setWatching(true); });
    waitForClaudeImport();

    QSignalSpy usage(m_receiver.get(), &Receiver::usageChanged);
    writeSession(QStringLiteral("-home-dev-polled/third.jsonl"),
                 newMessage(QStringLiteral("msg_polled_0004")));
    QVERIFY(usage.wait(5000));
    usage.clear();
    writeSession(QStringLiteral("-home-dev-widget/session.jsonl"),
                 newMessage(QStringLiteral("msg_polled_0005")), true);
    QVERIFY(usage.wait(5000));
}

QTEST_GUILESS_MAIN(tst_LocalMeterService)
#include "tst_localmeterservice.moc"
