#include "ledger/ledger.h"
#include "ledger/peopledirectory.h"
#include "ledger/reportquery.h"
#include "support/templedger.h"

#include <QtTest>

namespace {

qint64 at(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

UsageRecord usage(const QString &key, qint64 startMs, const QString &email, const QString &model,
                  qint64 input, qint64 costMicros, CostKind kind = CostKind::Estimated)
{
    UsageRecord record;
    record.externalKey = key;
    record.startMs = record.endMs = startMs;
    record.identityKind = QStringLiteral("email");
    record.identityValue = email;
    record.provider = QStringLiteral("anthropic");
    record.model = model;
    record.project = QStringLiteral("/src/") + model.left(3);
    record.tokens.input = input;
    record.tokens.output = input / 10;
    record.costKind = kind;
    record.costMicros = kind == CostKind::Unpriced ? 0 : costMicros;
    return record;
}

} // namespace

class tst_ReportQuery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_temp.reset(); }
    void parsesKeys_data();
    void parsesKeys();
    void groupsByCalendarKeys_data();
    void groupsByCalendarKeys();
    void otherZoneReadsRowsWithLocalDays();
    void filters_data();
    void filters();
    void personRowsCarryNames();
    void costKindsAggregate();
    void unknownPersonOrTeamIsAnError();

private:
    std::unique_ptr<TempLedger> m_temp;
};

void tst_ReportQuery::init()
{
    m_temp = std::make_unique<TempLedger>();
    PeopleDirectory directory(m_temp->ledger());
    QVERIFY(
        directory.importCsv("email,name,team,manager,role,identities\n"
                            "ana@example.com,Ana,Engineering,,manager,\n"
                            "ben@example.com,Ben,Engineering/Platform,ana@example.com,employee,\n"
                            "cy@example.com,Cy,Sales,,employee,\n"));
    Ledger &ledger = m_temp->ledger();
    const qint64 cli
        = *ledger.ensureSource(QStringLiteral("claude-code"), QStringLiteral("laptop"));
    const qint64 api = *ledger.ensureSource(QStringLiteral("openai"), QStringLiteral("openai-org"));
    QVERIFY(ledger.writeUsage(
        cli,
        {
            usage(QStringLiteral("1"), at(2026, 10, 31, 22), QStringLiteral("ana@example.com"),
                  QStringLiteral("claude-sonnet-4-5"), 1000, 100),
            usage(QStringLiteral("2"), at(2026, 11, 1, 9), QStringLiteral("ana@example.com"),
                  QStringLiteral("claude-sonnet-4-5"), 2000, 200),
            usage(QStringLiteral("3"), at(2026, 11, 1, 23, 30), QStringLiteral("ben@example.com"),
                  QStringLiteral("claude-opus-4-5"), 3000, 300),
            usage(QStringLiteral("4"), at(2026, 11, 9, 12), QStringLiteral("ben@example.com"),
                  QStringLiteral("llama-local"), 4000, 0, CostKind::Unpriced),
        }));
    QVERIFY(ledger.writeUsage(
        api,
        {
            usage(QStringLiteral("a"), at(2026, 11, 2, 12), QStringLiteral("cy@example.com"),
                  QStringLiteral("gpt-5"), 5000, 500, CostKind::Billed),
            usage(QStringLiteral("b"), at(2026, 11, 30, 23), QStringLiteral("nobody@example.com"),
                  QStringLiteral("gpt-5"), 6000, 600, CostKind::Billed),
        }));
}

void tst_ReportQuery::parsesKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("count");
    QTest::newRow("all") << "day,week,month,person,team,model,source,project,session" << true << 9;
    QTest::newRow("spaces") << "day, model" << true << 2;
    QTest::newRow("empty") << "" << true << 0;
    QTest::newRow("unknown") << "day,colour" << false << 0;
    QTest::newRow("twice") << "day,day" << false << 0;
}

void tst_ReportQuery::parsesKeys()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, count);
    Result<QList<ReportKey>> keys = parseReportKeys(text);
    QCOMPARE(keys.hasValue(), valid);
    if (valid)
        QCOMPARE(keys->size(), count);
    else
        QVERIFY(!keys.error().detail.isEmpty());
}

void tst_ReportQuery::groupsByCalendarKeys_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QStringList>("expected"); // first key of each row
    QTest::newRow("day") << "day"
                         << QStringList {"2026-10-31", "2026-11-01", "2026-11-02", "2026-11-09",
                                         "2026-11-30"};
    QTest::newRow("week") << "week" << QStringList {"2026-W44", "2026-W45", "2026-W46", "2026-W49"};
    QTest::newRow("month") << "month" << QStringList {"2026-10", "2026-11"};
    QTest::newRow("source") << "source" << QStringList {"claude-code", "openai"};
    QTest::newRow("team") << "team" << QStringList {QString(), "Engineering", "Platform", "Sales"};
}

void tst_ReportQuery::groupsByCalendarKeys()
{
    QFETCH(QString, keys);
    QFETCH(QStringList, expected);
    ReportRequest request;
    request.groupBy = *parseReportKeys(keys);
    Result<Report> report = ReportQuery(m_temp->ledger()).run(request);
    QVERIFY(report);
    QVERIFY(report->fromRollups);
    QStringList firstKeys;
    for (const ReportRow &row : report->rows)
        firstKeys.append(row.keys.first());
    QCOMPARE(firstKeys, expected);
    QCOMPARE(report->totals.tokens.input, 21000);
}

void tst_ReportQuery::otherZoneReadsRowsWithLocalDays()
{
    ReportRequest request;
    request.groupBy = {ReportKey::Day};
    request.zone = QTimeZone("Europe/Berlin");
    // Berlin: 31 Oct 22:00Z is 23:00 local on the 31st (CET after the 25 Oct switch);
    // 1 Nov 23:30Z is 00:30 on 2 Nov; 30 Nov 23:00Z is 1 Dec.
    Result<Report> report = ReportQuery(m_temp->ledger()).run(request);
    QVERIFY(report);
    QVERIFY(!report->fromRollups);
    QCOMPARE(report->timeZone, QStringLiteral("Europe/Berlin"));
    QStringList days;
    for (const ReportRow &row : report->rows)
        days.append(row.keys.first());
    QCOMPARE(days,
             (QStringList {"2026-10-31", "2026-11-01", "2026-11-02", "2026-11-09", "2026-12-01"}));
    QCOMPARE(report->rows[2].totals.tokens.input, 8000); // Ben's late evening + Cy's noon

    // --since/--until are local dates of the zone too.
    request.since = QDate(2026, 11, 2);
    request.until = QDate(2026, 11, 30);
    report = ReportQuery(m_temp->ledger()).run(request);
    QVERIFY(report);
    QCOMPARE(report->totals.tokens.input, 3000 + 5000 + 4000);

    // Across a DST change: New York, 1 Nov 2026 is the fall-back day.
    request = ReportRequest {};
    request.groupBy = {ReportKey::Day};
    request.zone = QTimeZone("America/New_York");
    report = ReportQuery(m_temp->ledger()).run(request);
    QVERIFY(report);
    days.clear();
    for (const ReportRow &row : report->rows)
        days.append(row.keys.first());
    // 31 Oct 22:00Z = 18:00 EDT; 1 Nov 09:00Z = 04:00 EST... 05:00 EDT before 06:00Z switch? No:
    // the switch is at 06:00Z, so 09:00Z is 04:00 EST on 1 Nov; 1 Nov 23:30Z = 18:30 EST.
    QCOMPARE(days,
             (QStringList {"2026-10-31", "2026-11-01", "2026-11-02", "2026-11-09", "2026-11-30"}));
}

void tst_ReportQuery::filters_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QDate>("since");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<qint64>("input");
    QTest::newRow("none") << ""
                          << ""
                          << ""
                          << "" << QDate() << QDate() << qint64(21000);
    QTest::newRow("person") << "ana@example.com"
                            << ""
                            << ""
                            << "" << QDate() << QDate() << qint64(3000);
    QTest::newRow("person any case") << "BEN@example.com"
                                     << ""
                                     << ""
                                     << "" << QDate() << QDate() << qint64(7000);
    QTest::newRow("team with sub-teams") << ""
                                         << "Engineering"
                                         << ""
                                         << "" << QDate() << QDate() << qint64(10000);
    QTest::newRow("sub-team") << ""
                              << "Platform"
                              << ""
                              << "" << QDate() << QDate() << qint64(7000);
    QTest::newRow("source kind") << ""
                                 << ""
                                 << "openai"
                                 << "" << QDate() << QDate() << qint64(11000);
    QTest::newRow("source name") << ""
                                 << ""
                                 << "laptop"
                                 << "" << QDate() << QDate() << qint64(10000);
    QTest::newRow("model") << ""
                           << ""
                           << ""
                           << "gpt-5" << QDate() << QDate() << qint64(11000);
    QTest::newRow("since") << ""
                           << ""
                           << ""
                           << "" << QDate(2026, 11, 2) << QDate() << qint64(15000);
    QTest::newRow("until") << ""
                           << ""
                           << ""
                           << "" << QDate() << QDate(2026, 11, 1) << qint64(6000);
    QTest::newRow("one day") << ""
                             << ""
                             << ""
                             << "" << QDate(2026, 11, 9) << QDate(2026, 11, 9) << qint64(4000);
    QTest::newRow("combined") << ""
                              << "Engineering"
                              << "laptop"
                              << "" << QDate(2026, 11, 1) << QDate() << qint64(9000);
}

void tst_ReportQuery::filters()
{
    QFETCH(QString, person);
    QFETCH(QString, team);
    QFETCH(QString, source);
    QFETCH(QString, model);
    QFETCH(QDate, since);
    QFETCH(QDate, until);
    QFETCH(qint64, input);
    ReportRequest request;
    request.groupBy = {ReportKey::Model};
    request.personEmail = person;
    request.teamName = team;
    if (!source.isEmpty())
        request.sources = QStringList {source};
    if (!model.isEmpty())
        request.models = QStringList {model};
    if (since.isValid())
        request.since = since;
    if (until.isValid())
        request.until = until;
    Result<Report> report = ReportQuery(m_temp->ledger()).run(request);
    QVERIFY(report);
    QCOMPARE(report->totals.tokens.input, input);
    // The same through raw rows.
    request.groupBy.append(ReportKey::Session);
    Result<Report> raw = ReportQuery(m_temp->ledger()).run(request);
    QVERIFY(raw && !raw->fromRollups);
    QCOMPARE(raw->totals.tokens.input, input);
}

void tst_ReportQuery::personRowsCarryNames()
{
    ReportRequest request;
    request.groupBy = {ReportKey::Person};
    Result<Report> report = ReportQuery(m_temp->ledger()).run(request);
    QVERIFY(report);
    QCOMPARE(report->rows.size(), 4);
    QVERIFY(report->rows[0].keys[0].isNull()); // unattributed usage sorts first
    QCOMPARE(report->rows[0].totals.tokens.input, 6000);
    QCOMPARE(report->rows[1].keys[0], QStringLiteral("ana@example.com"));
    QCOMPARE(report->rows[1].personName, QStringLiteral("Ana"));
}

void tst_ReportQuery::costKindsAggregate()
{
    ReportRequest request;
    request.groupBy = {ReportKey::Model};
    Result<Report> report = ReportQuery(m_temp->ledger()).run(request);
    QVERIFY(report);
    QHash<QString, ReportTotals> byModel;
    for (const ReportRow &row : report->rows)
        byModel.insert(row.keys[0], row.totals);
    QCOMPARE(byModel[QStringLiteral("gpt-5")].costKind(), AggregateCostKind::Billed);
    QCOMPARE(byModel[QStringLiteral("gpt-5")].billedMicros, 1100);
    QCOMPARE(byModel[QStringLiteral("claude-sonnet-4-5")].costKind(), AggregateCostKind::Estimated);
    QCOMPARE(byModel[QStringLiteral("llama-local")].costKind(), AggregateCostKind::Unpriced);
    QCOMPARE(byModel[QStringLiteral("llama-local")].costMicros, 0);
    QCOMPARE(report->totals.costKind(), AggregateCostKind::Mixed);
    QCOMPARE(report->totals.costMicros, 100 + 200 + 300 + 500 + 600);
    QCOMPARE(report->totals.estimatedMicros(), 600);
}

void tst_ReportQuery::unknownPersonOrTeamIsAnError()
{
    ReportRequest request;
    request.personEmail = QStringLiteral("ghost@example.com");
    QCOMPARE(ReportQuery(m_temp->ledger()).run(request).error().code, ErrorCode::NotFound);
    request = ReportRequest {};
    request.teamName = QStringLiteral("Nope");
    QCOMPARE(ReportQuery(m_temp->ledger()).run(request).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(tst_ReportQuery)
#include "tst_reportquery.moc"
