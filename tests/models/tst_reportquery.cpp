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

// A report's rows summed by `count` of their keys from position `first`: what a report grouped
// by just those keys should say.
QMap<QStringList, ReportTotals> totalsByKeys(const Report &report, qsizetype first, qsizetype count)
{
    QMap<QStringList, ReportTotals> totals;
    for (const ReportRow &row : report.rows)
        totals[row.keys.mid(first, count)] += row.totals;
    return totals;
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
    void otherZoneOrganisationSumsEqualRowSums_data();
    void otherZoneOrganisationSumsEqualRowSums();
    void longPeriodsReadMonthsExactly_data();
    void longPeriodsReadMonthsExactly();
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
    QVERIFY(report->fromRollups); // org-wide: the quarter-hour totals
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

void tst_ReportQuery::otherZoneOrganisationSumsEqualRowSums_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<bool>("fromQuarterHours");
    QTest::newRow("New York (DST change)") << QTimeZone("America/New_York") << true;
    QTest::newRow("Kolkata (+5:30)") << QTimeZone("Asia/Kolkata") << true;
    QTest::newRow("Kathmandu (+5:45)") << QTimeZone("Asia/Kathmandu") << true;
    QTest::newRow("Chatham (+13:45, DST)") << QTimeZone("Pacific/Chatham") << true;
    QTest::newRow("UTC+05:10 (not in quarter hours)") << QTimeZone(5 * 3600 + 600) << false;
}

void tst_ReportQuery::otherZoneOrganisationSumsEqualRowSums()
{
    QFETCH(QTimeZone, zone);
    QFETCH(bool, fromQuarterHours);
    // Usage at every minute of the clock around a DST change, some of it unattributed.
    Ledger &ledger = m_temp->ledger();
    const qint64 source = *ledger.ensureSource(QStringLiteral("csv"), QStringLiteral("minutes"));
    QList<UsageRecord> records;
    QRandomGenerator random(11);
    for (int i = 0; i < 600; ++i) {
        const qint64 startMs = at(2026, 10, 20, 0) + qint64(random.bounded(20 * 24 * 60)) * 60'000;
        records.append(
            usage(QStringLiteral("m%1").arg(i), startMs,
                  random.bounded(2) ? QStringLiteral("ana@example.com")
                                    : QStringLiteral("stranger@example.com"),
                  random.bounded(2) ? QStringLiteral("gpt-5") : QStringLiteral("claude-opus-4-5"),
                  1 + random.bounded(1000), random.bounded(5000)));
    }
    QVERIFY(ledger.writeUsage(source, records));

    for (const bool bounded : {false, true}) {
        ReportRequest organisation;
        organisation.groupBy = {ReportKey::Day, ReportKey::Model};
        organisation.zone = zone;
        if (bounded) {
            organisation.since = QDate(2026, 10, 25);
            organisation.until = QDate(2026, 11, 3);
        }
        ReportRequest rows = organisation;
        rows.groupBy.append(ReportKey::Project); // a usage-row key: forces the rows
        Result<Report> fromBuckets = ReportQuery(ledger).run(organisation);
        Result<Report> fromRows = ReportQuery(ledger).run(rows);
        QVERIFY(fromBuckets && fromRows);
        QCOMPARE(fromBuckets->fromRollups, fromQuarterHours);
        QVERIFY(!fromRows->fromRollups);
        QCOMPARE(totalsByKeys(*fromBuckets, 0, 2), totalsByKeys(*fromRows, 0, 2));
        QCOMPARE(fromBuckets->totals, fromRows->totals);
    }
}

void tst_ReportQuery::longPeriodsReadMonthsExactly_data()
{
    QTest::addColumn<QDate>("since");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<bool>("fromMonths");
    QTest::newRow("one week") << QDate(2026, 9, 7) << QDate(2026, 9, 13) << false;
    QTest::newRow("a whole month") << QDate(2026, 9, 1) << QDate(2026, 9, 30) << true;
    QTest::newRow("30 days over two months") << QDate(2026, 9, 3) << QDate(2026, 10, 2) << true;
    QTest::newRow("90 days") << QDate(2026, 8, 5) << QDate(2026, 11, 2) << true;
    QTest::newRow("quarter to date") << QDate(2026, 10, 1) << QDate(2026, 11, 9) << true;
    QTest::newRow("across the year") << QDate(2026, 12, 20) << QDate(2027, 2, 3) << true;
    QTest::newRow("February, leap year") << QDate(2028, 2, 2) << QDate(2028, 2, 29) << true;
}

void tst_ReportQuery::longPeriodsReadMonthsExactly()
{
    QFETCH(QDate, since);
    QFETCH(QDate, until);
    QFETCH(bool, fromMonths);
    // Everybody's usage on random days around the period, some of it just outside it.
    Ledger &ledger = m_temp->ledger();
    const qint64 source = *ledger.ensureSource(QStringLiteral("csv"), QStringLiteral("days"));
    const QStringList emails
        = {QStringLiteral("ana@example.com"), QStringLiteral("ben@example.com"),
           QStringLiteral("cy@example.com"), QStringLiteral("stranger@example.com")};
    QList<UsageRecord> records;
    QRandomGenerator random(5);
    const QDate first = since.addDays(-40);
    const qint64 span = first.daysTo(until.addDays(40));
    for (int i = 0; i < 800; ++i) {
        const QDate day = first.addDays(random.bounded(span + 1));
        records.append(usage(
            QStringLiteral("d%1").arg(i), QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch(),
            emails[random.bounded(emails.size())],
            random.bounded(2) ? QStringLiteral("gpt-5") : QStringLiteral("claude-opus-4-5"),
            1 + random.bounded(1000), random.bounded(5000), CostKind(random.bounded(3))));
    }
    // A person whose only usage is in the period's months but outside the period.
    records.append(usage(QStringLiteral("outside"),
                         QDateTime(QDate(since.year(), since.month(), 1).addMonths(1).addDays(-1),
                                   QTime(12, 0), Qt::UTC)
                             .toMSecsSinceEpoch(),
                         QStringLiteral("lone@example.com"), QStringLiteral("gpt-5"), 7, 7));
    QVERIFY(ledger.writeUsage(source, records));

    for (const QString &team : {QString(), QStringLiteral("Engineering")}) {
        ReportRequest request;
        request.groupBy = {ReportKey::Person, ReportKey::Model};
        request.since = since;
        request.until = until;
        request.teamName = team;
        ReportRequest byDay = request; // days: never months
        byDay.groupBy.prepend(ReportKey::Day);
        Result<Report> report = ReportQuery(ledger).run(request);
        Result<Report> daily = ReportQuery(ledger).run(byDay);
        QVERIFY(report && daily);
        QCOMPARE(report->fromMonths, fromMonths);
        QVERIFY(!daily->fromMonths);
        QCOMPARE(report->rows.size(), totalsByKeys(*daily, 1, 2).size()); // no key twice
        QCOMPARE(totalsByKeys(*report, 0, 2), totalsByKeys(*daily, 1, 2));
        QCOMPARE(report->totals, daily->totals);
        QVERIFY(!report->rows.isEmpty());
    }
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
