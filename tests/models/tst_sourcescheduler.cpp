#include "ledger/sourcestore.h"
#include "sources/sourcescheduler.h"
#include "support/fakeclock.h"
#include "support/templedger.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// A source whose polls end as the test scripts them, one event-loop turn later.
class ScriptedSource final : public NetworkSource
{
public:
    explicit ScriptedSource(SourceConfig config) : NetworkSource(std::move(config)) { }

    qint64 defaultIntervalMs() const override { return 60'000; }
    bool isPolling() const override { return m_isPolling; }
    void poll() override
    {
        if (m_isPolling)
            return;
        ++polls;
        m_isPolling = true;
        const std::optional<Error> outcome
            = outcomes.isEmpty() ? std::nullopt : outcomes.takeFirst();
        QTimer::singleShot(0, this, [this, outcome] {
            m_isPolling = false;
            if (outcome)
                emit failed(*outcome);
            else
                emit polled(3);
        });
    }

    QList<std::optional<Error>> outcomes; // nothing: success
    int polls = 0;

private:
    bool m_isPolling = false;
};

} // namespace

class tst_SourceScheduler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pollNowPollsEverySourceOnce();
    void pollNowOfAnUnknownNameFails();
    void successSchedulesTheNextPollAfterTheInterval();
    void failuresBackOffExponentiallyWithJitter();
    void unauthorizedStopsUntilTheSettingsChange();
    void dueSourcesArePolledOnTheTick();
    void kindsWithoutAPollerAreLeftAlone();
    void reloadDropsRemovedSources();

private:
    SourceScheduler &makeScheduler();
    ScriptedSource *scripted(const QString &name);
    void pollAndWait(const QStringList &names = {});

    std::unique_ptr<TempLedger> m_ledger;
    FakeClock m_clock;
    std::unique_ptr<SourceScheduler> m_scheduler;
};

void tst_SourceScheduler::init()
{
    m_ledger = std::make_unique<TempLedger>();
    m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC));
    SourceStore store(m_ledger->ledger());
    QVERIFY(store.add(u"scripted"_s, u"alpha"_s, {}, m_clock.nowMs()));
    QVERIFY(store.add(u"scripted"_s, u"beta"_s, {{u"interval_s"_s, 300}}, m_clock.nowMs()));
}

void tst_SourceScheduler::cleanup()
{
    m_scheduler.reset();
    m_ledger.reset();
}

SourceScheduler &tst_SourceScheduler::makeScheduler()
{
    m_scheduler = std::make_unique<SourceScheduler>(
        m_ledger->ledger(), &m_clock,
        [](const SourceConfig &config) -> std::unique_ptr<NetworkSource> {
            if (config.kind != "scripted"_L1)
                return nullptr;
            return std::make_unique<ScriptedSource>(config);
        });
    m_scheduler->setJitter([] { return 0.0; }); // the low end: backoff × 0.5
    m_scheduler->setBackoff(10'000, 80'000);
    if (!m_scheduler->reload())
        qFatal("reload failed");
    return *m_scheduler;
}

ScriptedSource *tst_SourceScheduler::scripted(const QString &name)
{
    return static_cast<ScriptedSource *>(m_scheduler->source(name));
}

void tst_SourceScheduler::pollAndWait(const QStringList &names)
{
    QSignalSpy finished(m_scheduler.get(), &SourceScheduler::finishedAll);
    QVERIFY(m_scheduler->pollNow(names));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_scheduler->isPolling());
}

void tst_SourceScheduler::pollNowPollsEverySourceOnce()
{
    SourceScheduler &scheduler = makeScheduler();
    QCOMPARE(scheduler.sources().size(), 2);
    QSignalSpy polled(&scheduler, &SourceScheduler::sourcePolled);
    QSignalSpy usage(&scheduler, &SourceScheduler::usageChanged);
    pollAndWait();
    QCOMPARE(polled.size(), 2);
    QCOMPARE(usage.size(), 2);
    QCOMPARE(scripted(u"alpha"_s)->polls, 1);
    QCOMPARE(scripted(u"beta"_s)->polls, 1);
    pollAndWait({u"beta"_s});
    QCOMPARE(scripted(u"alpha"_s)->polls, 1);
    QCOMPARE(scripted(u"beta"_s)->polls, 2);
}

void tst_SourceScheduler::pollNowOfAnUnknownNameFails()
{
    SourceScheduler &scheduler = makeScheduler();
    QCOMPARE(scheduler.pollNow({u"alpha"_s, u"gamma"_s}).error().code, ErrorCode::NotFound);
    QCOMPARE(scripted(u"alpha"_s)->polls, 0); // nothing started
}

void tst_SourceScheduler::successSchedulesTheNextPollAfterTheInterval()
{
    makeScheduler();
    pollAndWait();
    SourceStore store(m_ledger->ledger());
    QCOMPARE(store.find(u"alpha"_s)->nextPollMs, m_clock.nowMs() + 60'000); // the source's default
    QCOMPARE(store.find(u"beta"_s)->nextPollMs, m_clock.nowMs() + 300'000); // its own setting
    QCOMPARE(scripted(u"alpha"_s)->config().status, SourceConfig::Status::Ok);
}

void tst_SourceScheduler::failuresBackOffExponentiallyWithJitter()
{
    makeScheduler();
    ScriptedSource *alpha = scripted(u"alpha"_s);
    const Error down {ErrorCode::Network, u"connection refused"_s};
    alpha->outcomes = {down, down, down, down, down, std::nullopt};
    SourceStore store(m_ledger->ledger());
    QSignalSpy failed(m_scheduler.get(), &SourceScheduler::sourceFailed);
    // 10 s, 20 s, 40 s, then the 80 s cap; each halved by the jitter at its low end.
    for (const qint64 expectedMs : {5'000, 10'000, 20'000, 40'000, 40'000}) {
        pollAndWait({u"alpha"_s});
        const SourceConfig config = *store.find(u"alpha"_s);
        QCOMPARE(config.status, SourceConfig::Status::Error);
        QCOMPARE(config.lastError, u"connection refused"_s);
        QCOMPARE(config.nextPollMs - m_clock.nowMs(), expectedMs);
    }
    QCOMPARE(failed.size(), 5);
    QCOMPARE(failed.constLast().at(1).value<Error>().code, ErrorCode::Network);
    pollAndWait({u"alpha"_s});
    QCOMPARE(store.find(u"alpha"_s)->status, SourceConfig::Status::Ok);
    QCOMPARE(store.find(u"alpha"_s)->nextPollMs - m_clock.nowMs(), 60'000); // back to the interval

    // The high end of the jitter gives just under the full backoff.
    m_scheduler->setJitter([] { return 1.0; });
    alpha->outcomes = {down};
    pollAndWait({u"alpha"_s});
    const qint64 waitMs = store.find(u"alpha"_s)->nextPollMs - m_clock.nowMs();
    QVERIFY2(waitMs > 9'900 && waitMs <= 10'000, qPrintable(QString::number(waitMs)));
}

void tst_SourceScheduler::unauthorizedStopsUntilTheSettingsChange()
{
    SourceScheduler &scheduler = makeScheduler();
    scripted(u"alpha"_s)->outcomes = {Error {ErrorCode::Unauthorized, u"401: invalid x-api-key"_s}};
    pollAndWait({u"alpha"_s});
    SourceStore store(m_ledger->ledger());
    QCOMPARE(store.find(u"alpha"_s)->status, SourceConfig::Status::Unauthorized);
    QCOMPARE(store.find(u"alpha"_s)->lastError, u"401: invalid x-api-key"_s);

    // Hours later the tick still leaves it alone.
    m_clock.advanceSecs(6 * 3600);
    scheduler.start();
    QTest::qWait(50);
    scheduler.stop();
    QCOMPARE(scripted(u"alpha"_s)->polls, 1);
    QCOMPARE(scripted(u"beta"_s)->polls, 1); // the other one went on

    // A new key (new settings) makes it poll again.
    QVERIFY(store.updateSettings(store.find(u"alpha"_s)->id, {{u"key_env"_s, u"NEW"_s}}));
    QVERIFY(scheduler.reload());
    scheduler.start();
    QTRY_COMPARE(scripted(u"alpha"_s)->polls, 2);
    scheduler.stop();
}

void tst_SourceScheduler::dueSourcesArePolledOnTheTick()
{
    SourceScheduler &scheduler = makeScheduler();
    scheduler.setTickInterval(10);
    scheduler.start();
    QTRY_COMPARE(scripted(u"alpha"_s)->polls, 1); // due at once: never polled
    QTRY_COMPARE(scripted(u"beta"_s)->polls, 1);
    QTest::qWait(100);
    QCOMPARE(scripted(u"alpha"_s)->polls, 1); // not again before its interval
    m_clock.advanceSecs(61);
    QTRY_COMPARE(scripted(u"alpha"_s)->polls, 2);
    QCOMPARE(scripted(u"beta"_s)->polls, 1); // 5 minutes
    scheduler.stop();

    // The schedule is in the ledger: a new scheduler (an app restart) keeps it.
    makeScheduler();
    m_scheduler->setTickInterval(10);
    m_scheduler->start();
    QTest::qWait(100);
    QCOMPARE(scripted(u"alpha"_s)->polls, 0);
    m_clock.advanceSecs(240);
    QTRY_COMPARE(scripted(u"beta"_s)->polls, 1);
}

void tst_SourceScheduler::kindsWithoutAPollerAreLeftAlone()
{
    QVERIFY(m_ledger->ledger().ensureSource(u"claude-code"_s, u"claude-code"_s));
    SourceScheduler &scheduler = makeScheduler();
    QCOMPARE(scheduler.sources().size(), 2);
    QVERIFY(!scheduler.source(u"claude-code"_s));
}

void tst_SourceScheduler::reloadDropsRemovedSources()
{
    SourceScheduler &scheduler = makeScheduler();
    QVERIFY(SourceStore(m_ledger->ledger()).remove(u"alpha"_s));
    QVERIFY(scheduler.reload());
    QCOMPARE(scheduler.sources().size(), 1);
    QCOMPARE(scheduler.sources().constFirst()->config().name, u"beta"_s);
    QCOMPARE(scheduler.pollNow({u"alpha"_s}).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(tst_SourceScheduler)
#include "tst_sourcescheduler.moc"
