#include "ledger/ledger.h"
#include "ledger/reportingzonechange.h"
#include "ledger/reportquery.h"
#include "ledger/sqlitedatabase.h"
#include "support/templedger.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// 23:30 UTC on 2 November: still the 2nd in UTC, already the 3rd in Berlin.
const qint64 lateEvening
    = QDateTime(QDate(2026, 11, 2), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch();

UsageRecord lateRecord()
{
    UsageRecord usage;
    usage.externalKey = u"late"_s;
    usage.startMs = usage.endMs = lateEvening;
    usage.provider = u"anthropic"_s;
    usage.model = u"claude-sonnet-4"_s;
    usage.tokens.input = 100;
    usage.costKind = CostKind::Estimated;
    usage.costMicros = 1'000;
    return usage;
}

QStringList days(Ledger &ledger)
{
    ReportRequest byDay;
    byDay.groupBy = {ReportKey::Day};
    Result<Report> report = ReportQuery(ledger).run(byDay);
    QStringList keys;
    if (report) {
        for (const ReportRow &row : std::as_const(report->rows))
            keys.append(row.keys.first());
    }
    return keys;
}

} // namespace

// Changing the ledger's reporting time zone off the calling thread: the days move, or on any
// failure nothing does.
class tst_ReportingZoneChange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void daysMoveToTheNewZone();
    void applyOnTheCallingThread();
    void theSameZoneChangesNothing();
    void unknownZoneChangesNothing();
    void lockedLedgerChangesNothing();
    void oneChangeAtATime();

private:
    std::unique_ptr<TempLedger> m_ledger;
};

void tst_ReportingZoneChange::init()
{
    m_ledger = std::make_unique<TempLedger>();
    QVERIFY(m_ledger->isValid());
    Result<qint64> source = (*m_ledger)->ensureSource(u"csv"_s, u"csv"_s);
    QVERIFY(source);
    QVERIFY((*m_ledger)->writeUsage(*source, {lateRecord()}));
    QCOMPARE(days(m_ledger->ledger()), QStringList {u"2026-11-02"_s});
}

void tst_ReportingZoneChange::cleanup()
{
    m_ledger.reset();
}

void tst_ReportingZoneChange::daysMoveToTheNewZone()
{
    ReportingZoneChange change(m_ledger->path());
    QSignalSpy finished(&change, &ReportingZoneChange::finished);
    QSignalSpy failed(&change, &ReportingZoneChange::errorOccurred);
    QVERIFY(change.start(u"Europe/Berlin"_s));
    QVERIFY(change.isRunning());
    QVERIFY(finished.wait());
    QVERIFY(!change.isRunning());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.at(0).at(0).toString(), u"Europe/Berlin"_s);
    // This connection was open all along: it follows the change.
    QCOMPARE(m_ledger->ledger().reportingTimeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(days(m_ledger->ledger()), QStringList {u"2026-11-03"_s});
    Result<QStringList> problems = (*m_ledger)->rollupDiscrepancies();
    QVERIFY(problems && problems->isEmpty());
}

void tst_ReportingZoneChange::applyOnTheCallingThread()
{
    QVERIFY(ReportingZoneChange::apply(m_ledger->path(), u"America/New_York"_s));
    QCOMPARE(m_ledger->ledger().reportingTimeZone().id(), QByteArray("America/New_York"));
    QCOMPARE(days(m_ledger->ledger()), QStringList {u"2026-11-02"_s}); // 18:30 there
    QVERIFY(ReportingZoneChange::apply(m_ledger->path(), u"Asia/Tokyo"_s));
    QCOMPARE(days(m_ledger->ledger()), QStringList {u"2026-11-03"_s}); // 08:30 on the 3rd
}

void tst_ReportingZoneChange::theSameZoneChangesNothing()
{
    ReportingZoneChange change(m_ledger->path());
    QSignalSpy finished(&change, &ReportingZoneChange::finished);
    QVERIFY(change.start(u"UTC"_s));
    QVERIFY(finished.wait());
    QCOMPARE(m_ledger->ledger().reportingTimeZone(), QTimeZone::utc());
    QCOMPARE(days(m_ledger->ledger()), QStringList {u"2026-11-02"_s});
}

void tst_ReportingZoneChange::unknownZoneChangesNothing()
{
    ReportingZoneChange change(m_ledger->path());
    QSignalSpy finished(&change, &ReportingZoneChange::finished);
    QSignalSpy failed(&change, &ReportingZoneChange::errorOccurred);
    QVERIFY(change.start(u"Mars/Olympus_Mons"_s));
    QVERIFY(failed.wait());
    QCOMPARE(finished.count(), 0);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.code, ErrorCode::InvalidArgument);
    QVERIFY(error.detail.contains(u"Mars/Olympus_Mons"_s));
    QCOMPARE(m_ledger->ledger().reportingTimeZone(), QTimeZone::utc());
    QCOMPARE(days(m_ledger->ledger()), QStringList {u"2026-11-02"_s});
}

void tst_ReportingZoneChange::lockedLedgerChangesNothing()
{
    // Another writer holds the ledger for longer than a writer waits (five seconds).
    QVERIFY(m_ledger->ledger().database().exec(u"BEGIN IMMEDIATE"_s));
    ReportingZoneChange change(m_ledger->path());
    QSignalSpy failed(&change, &ReportingZoneChange::errorOccurred);
    QVERIFY(change.start(u"Europe/Berlin"_s));
    QVERIFY(failed.wait(60'000));
    QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::Database);
    QVERIFY(m_ledger->ledger().database().exec(u"ROLLBACK"_s));
    QCOMPARE(m_ledger->ledger().reportingTimeZone(), QTimeZone::utc());
    QCOMPARE(days(m_ledger->ledger()), QStringList {u"2026-11-02"_s});
}

void tst_ReportingZoneChange::oneChangeAtATime()
{
    // Held by another writer, the first change waits: a second is refused meanwhile.
    QVERIFY(m_ledger->ledger().database().exec(u"BEGIN IMMEDIATE"_s));
    ReportingZoneChange change(m_ledger->path());
    QSignalSpy finished(&change, &ReportingZoneChange::finished);
    QVERIFY(change.start(u"Europe/Berlin"_s));
    QVERIFY(!change.start(u"Asia/Tokyo"_s));
    QVERIFY(m_ledger->ledger().database().exec(u"COMMIT"_s));
    QVERIFY(finished.wait());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), u"Europe/Berlin"_s);
    QCOMPARE(m_ledger->ledger().reportingTimeZone().id(), QByteArray("Europe/Berlin"));
}

QTEST_GUILESS_MAIN(tst_ReportingZoneChange)
#include "tst_reportingzonechange.moc"
