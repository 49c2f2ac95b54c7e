#include "analytics/breakdown.h"
#include "analytics/dashboardstate.h"
#include "analytics/reportperiod.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/peoplemodel.h"
#include "itemmodels/personspendmodel.h"
#include "itemmodels/pricetablemodel.h"
#include "itemmodels/reporttablemodel.h"
#include "itemmodels/sourcesmodel.h"
#include "itemmodels/teamspendtreemodel.h"
#include "itemmodels/unmatchedidentitymodel.h"
#include "support/fakeclock.h"

#include <QAbstractItemModelTester>
#include <QtTest>

namespace {

ReportTotals totals(qint64 costMicros, qint64 tokens, CostKind kind = CostKind::Estimated,
                    qint64 records = 1)
{
    ReportTotals sum;
    sum.tokens.input = tokens;
    sum.requests = records;
    sum.records = records;
    if (kind == CostKind::Unpriced) {
        sum.unpricedRecords = records;
        return sum;
    }
    sum.costMicros = costMicros;
    if (kind == CostKind::Billed) {
        sum.billedMicros = costMicros;
        sum.billedRecords = records;
    } else {
        sum.estimatedRecords = records;
    }
    return sum;
}

ReportRow row(const QStringList &keys, const ReportTotals &sums, const QString &personName = {})
{
    return ReportRow {keys, personName, sums};
}

Report makeReport(const QList<ReportKey> &groupBy, const QList<ReportRow> &rows)
{
    Report report;
    report.groupBy = groupBy;
    report.rows = rows;
    for (const ReportRow &r : rows)
        report.totals += r.totals;
    return report;
}

// Person × model: ana spends on two models, bob on one, unattributed usage, an unpriced model.
Report personModelReport()
{
    const QString ana = QStringLiteral("ana@example.com");
    const QString bob = QStringLiteral("bob@example.com");
    return makeReport(
        {ReportKey::Person, ReportKey::Model},
        {
            row({QString(), QStringLiteral("opus")}, totals(100'000, 10)),
            row({ana, QStringLiteral("haiku")}, totals(500'000, 9000), QStringLiteral("Ana")),
            row({ana, QStringLiteral("opus")}, totals(2'000'000, 1000), QStringLiteral("Ana")),
            row({bob, QStringLiteral("local-llama")}, totals(0, 5000, CostKind::Unpriced),
                QStringLiteral("Bob")),
        });
}

QVariant cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

} // namespace

class tst_ReportTableModel : public QObject
{
    Q_OBJECT
private slots:
    void columnsFollowTheReportKeys();
    void unpricedIsNeverZeroDollars();
    void costToolTipsSayWhatKind();
    void sortRoleGivesRawNumbers();
    void resetToOtherKeys();
    void collapseByPersonWithTopModel();
    void stackFoldsSmallSeriesAndKeepsFixedCategories();
    void personSpendModel();
    void teamTreeSumsNestedTeams();
    void directoryModels();
    void sourcesModel();
    void priceTableModel();
    void compactNumbers_data();
    void compactNumbers();
    void compactDollars_data();
    void compactDollars();
    void csvExport();
    void reportPeriods_data();
    void reportPeriods();
    void dashboardStateResolvesMe();
};

void tst_ReportTableModel::columnsFollowTheReportKeys()
{
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(personModelReport());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 8); // name, email, model, cost, share, tokens, requests, kind
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Email"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Model"));
    const int cost = model.columnOf(ReportTableModel::Field::Cost);
    QCOMPARE(cost, 3);
    QCOMPARE(cell(model, 0, 0).toString(), QStringLiteral("(unattributed)"));
    QCOMPARE(cell(model, 2, 0).toString(), QStringLiteral("Ana"));
    QCOMPARE(cell(model, 2, 1).toString(), QStringLiteral("ana@example.com"));
    QCOMPARE(cell(model, 2, cost).toString(), QStringLiteral("$2.00"));
    QCOMPARE(cell(model, 2, model.columnOf(ReportTableModel::Field::Share)).toString(),
             QStringLiteral("76.9 %"));
    QCOMPARE(cell(model, 2, model.columnOf(ReportTableModel::Field::CostKind)).toString(),
             QStringLiteral("estimated"));
    QCOMPARE(cell(model, 2, cost, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(cell(model, 2, 0, ItemRole::Key).toString(), QStringLiteral("ana@example.com"));
}

void tst_ReportTableModel::unpricedIsNeverZeroDollars()
{
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(personModelReport());
    const int cost = model.columnOf(ReportTableModel::Field::Cost);
    QCOMPARE(cell(model, 3, cost).toString(), QStringLiteral("unpriced"));
    QCOMPARE(cell(model, 3, model.columnOf(ReportTableModel::Field::CostKind)).toString(),
             QStringLiteral("unpriced"));
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(cell(model, r, cost).toString() != QStringLiteral("$0.00"));
}

void tst_ReportTableModel::costToolTipsSayWhatKind()
{
    ReportTableModel model;
    ReportTotals mixed = totals(1'000'000, 10, CostKind::Billed);
    mixed += totals(250'000, 10);
    mixed += totals(0, 10, CostKind::Unpriced, 2);
    model.setReport(makeReport({ReportKey::Model},
                               {row({QStringLiteral("a")}, totals(1, 1, CostKind::Billed)),
                                row({QStringLiteral("b")}, totals(1, 1)),
                                row({QStringLiteral("c")}, totals(0, 1, CostKind::Unpriced)),
                                row({QStringLiteral("d")}, mixed)}));
    const int cost = model.columnOf(ReportTableModel::Field::Cost);
    QVERIFY(cell(model, 0, cost, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Billed")));
    QVERIFY(
        cell(model, 1, cost, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Estimated")));
    QVERIFY(
        cell(model, 2, cost, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Unpriced")));
    const QString mixedTip = cell(model, 3, cost, Qt::ToolTipRole).toString();
    QVERIFY2(mixedTip.contains(QStringLiteral("$1.00 billed")), qPrintable(mixedTip));
    QVERIFY2(mixedTip.contains(QStringLiteral("$0.25 estimated")), qPrintable(mixedTip));
    QVERIFY2(mixedTip.contains(QStringLiteral("2 records unpriced")), qPrintable(mixedTip));
    QCOMPARE(cell(model, 3, model.columnOf(ReportTableModel::Field::CostKind)).toString(),
             QStringLiteral("mixed"));
}

void tst_ReportTableModel::sortRoleGivesRawNumbers()
{
    ReportTableModel model;
    model.setReport(personModelReport());
    const int cost = model.columnOf(ReportTableModel::Field::Cost);
    QCOMPARE(cell(model, 2, cost, ItemRole::Sort).toLongLong(), 2'000'000);
    QCOMPARE(cell(model, 3, cost, ItemRole::Sort).toLongLong(), -1); // unpriced below $0
    QCOMPARE(cell(model, 1, model.columnOf(ReportTableModel::Field::Tokens), ItemRole::Sort)
                 .toLongLong(),
             9000);
    QCOMPARE(cell(model, 1, model.columnOf(ReportTableModel::Field::Tokens)).toString(),
             QLocale().toString(9000));

    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(ItemRole::Sort);
    proxy.sort(cost, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 1).data().toString(), QStringLiteral("ana@example.com"));
    QCOMPARE(proxy.index(0, cost).data().toString(), QStringLiteral("$2.00"));
    QCOMPARE(proxy.index(3, cost).data().toString(), QStringLiteral("unpriced"));
}

void tst_ReportTableModel::resetToOtherKeys()
{
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(personModelReport());
    model.setReport(
        makeReport({ReportKey::Day}, {row({QStringLiteral("2026-11-22")}, totals(5, 5))}));
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Day"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 5);
}

void tst_ReportTableModel::collapseByPersonWithTopModel()
{
    const QList<GroupSpend> people
        = collapseReport(personModelReport(), ReportKey::Person, ReportKey::Model);
    QCOMPARE(people.size(), 3);
    QCOMPARE(people[0].key, QStringLiteral("ana@example.com"));
    QCOMPARE(people[0].personName, QStringLiteral("Ana"));
    QCOMPARE(people[0].totals.costMicros, 2'500'000);
    QCOMPARE(people[0].topValue, QStringLiteral("opus"));
    QVERIFY(people[1].key.isEmpty()); // unattributed, $0.10
    QCOMPARE(people[2].key, QStringLiteral("bob@example.com")); // unpriced last
    QCOMPARE(people[2].topValue, QStringLiteral("local-llama"));
}

void tst_ReportTableModel::stackFoldsSmallSeriesAndKeepsFixedCategories()
{
    QList<ReportRow> rows;
    const QStringList models
        = {QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3"), QStringLiteral("m4")};
    for (int m = 0; m < models.size(); ++m) {
        rows.append(row({QStringLiteral("2026-11-20"), models[m]}, totals((4 - m) * 1'000'000, 1)));
        rows.append(row({QStringLiteral("2026-11-22"), models[m]}, totals((4 - m) * 100'000, 1)));
    }
    StackOptions options;
    options.maxSeries = 3;
    options.otherLabel = QStringLiteral("others");
    options.fixedCategories = dayKeys({QDate(2026, 11, 20), QDate(2026, 11, 22)});
    const StackedBreakdown stack = stackReport(makeReport({ReportKey::Day, ReportKey::Model}, rows),
                                               ReportKey::Day, ReportKey::Model, options);
    QCOMPARE(stack.categories.size(), 3); // the 21st too, with nothing
    QCOMPARE(stack.series,
             (QStringList {QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("others")}));
    QVERIFY(stack.hasOther);
    QCOMPARE(stack.micros[0], (QList<qint64> {4'000'000, 0, 400'000}));
    QCOMPARE(stack.micros[2], (QList<qint64> {3'000'000, 0, 300'000})); // m3 + m4
    QCOMPARE(stack.totalMicros, 11'000'000);
    QCOMPARE(stack.largestStackMicros(), 10'000'000);

    const StackedBreakdown people
        = stackReport(personModelReport(), ReportKey::Person, ReportKey::Model);
    QCOMPARE(people.categoryLabels.first(), QStringLiteral("Ana"));
    QVERIFY(!people.hasOther);
}

void tst_ReportTableModel::personSpendModel()
{
    PersonSpendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<GroupSpend> people
        = collapseReport(personModelReport(), ReportKey::Person, ReportKey::Model);
    people.append(GroupSpend {QStringLiteral("cy@example.com"), QStringLiteral("Cy"), {}, {}});
    model.setPeople(people);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(PersonSpendModel::ColumnCount));
    QCOMPARE(cell(model, 0, PersonSpendModel::Name).toString(), QStringLiteral("Ana"));
    QCOMPARE(cell(model, 0, PersonSpendModel::Spend).toString(), QStringLiteral("$2.50"));
    QCOMPARE(cell(model, 0, PersonSpendModel::TopModel).toString(), QStringLiteral("opus"));
    QCOMPARE(cell(model, 1, PersonSpendModel::Name).toString(), QStringLiteral("(unattributed)"));
    QCOMPARE(cell(model, 2, PersonSpendModel::Spend).toString(), QStringLiteral("unpriced"));
    QCOMPARE(cell(model, 3, PersonSpendModel::Spend).toString(),
             QStringLiteral("$0.00")); // no usage
    QCOMPARE(cell(model, 0, PersonSpendModel::Tokens, ItemRole::Sort).toLongLong(), 10000);
}

void tst_ReportTableModel::teamTreeSumsNestedTeams()
{
    const QList<Team> teams = {
        Team {1, QStringLiteral("Engineering"), 0, 1},
        Team {2, QStringLiteral("Platform"), 1, 3},
        Team {3, QStringLiteral("Web"), 1, 2},
        Team {4, QStringLiteral("Sales"), 0, 2},
    };
    const Report byTeam = makeReport(
        {ReportKey::Team, ReportKey::Model},
        {
            row({QString(), QStringLiteral("opus")}, totals(50'000, 1)),
            row({QStringLiteral("Engineering"), QStringLiteral("opus")}, totals(1'000'000, 1)),
            row({QStringLiteral("Platform"), QStringLiteral("opus")}, totals(3'000'000, 1)),
            row({QStringLiteral("Platform"), QStringLiteral("haiku")}, totals(500'000, 1)),
            row({QStringLiteral("Sales"), QStringLiteral("opus")}, totals(200'000, 1)),
        });
    TeamSpendTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSpend(teams, byTeam);
    QCOMPARE(model.rowCount(), 3); // Engineering, Sales, (no team)
    const QModelIndex engineering = model.index(0, 0);
    QCOMPARE(engineering.data().toString(), QStringLiteral("Engineering"));
    QCOMPARE(model.index(0, TeamSpendTreeModel::Spend).data().toString(), QStringLiteral("$4.50"));
    QCOMPARE(model.index(0, TeamSpendTreeModel::Members).data().toString(), QStringLiteral("6"));
    QCOMPARE(model.rowCount(engineering), 2);
    QCOMPARE(model.index(0, 0, engineering).data().toString(), QStringLiteral("Platform"));
    QCOMPARE(model.index(0, TeamSpendTreeModel::Spend, engineering).data().toString(),
             QStringLiteral("$3.50"));
    QCOMPARE(model.index(1, TeamSpendTreeModel::Spend, engineering).data().toString(),
             QStringLiteral("—"));
    QCOMPARE(model.parent(model.index(0, 0, engineering)), engineering);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("(no team)"));
    QCOMPARE(model.organisationTotals().costMicros, 4'750'000);

    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(ItemRole::Sort);
    proxy.sort(TeamSpendTreeModel::Spend, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("(no team)"));
    model.setSpend({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void tst_ReportTableModel::directoryModels()
{
    PeopleModel people;
    QAbstractItemModelTester peopleTester(&people,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    people.setPeople({Person {1, QStringLiteral("ana@example.com"), QStringLiteral("Ana"), 2,
                              QStringLiteral("Platform"), 0, QString(), Role::Manager},
                      Person {2, QStringLiteral("bob@example.com"), QStringLiteral("Bob"), 2,
                              QStringLiteral("Platform"), 1, QStringLiteral("ana@example.com"),
                              Role::Employee}});
    QCOMPARE(people.rowCount(), 2);
    QCOMPARE(people.columnCount(), int(PeopleModel::ColumnCount));
    QCOMPARE(cell(people, 1, PeopleModel::Manager).toString(), QStringLiteral("ana@example.com"));
    QCOMPARE(cell(people, 0, PeopleModel::RoleColumn).toString(), QStringLiteral("Manager"));

    QSortFilterProxyModel filter;
    filter.setSourceModel(&people);
    filter.setFilterKeyColumn(-1);
    filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter.setFilterFixedString(QStringLiteral("BOB"));
    QCOMPARE(filter.rowCount(), 1);

    UnmatchedIdentityModel unmatched;
    QAbstractItemModelTester unmatchedTester(
        &unmatched, QAbstractItemModelTester::FailureReportingMode::QtTest);
    unmatched.setIdentities(
        {UnmatchedIdentity {QStringLiteral("openai-user"), QStringLiteral("user-1"), 3, 1'230'000,
                            QStringLiteral("Ada <ada@example.com>")}});
    QCOMPARE(cell(unmatched, 0, UnmatchedIdentityModel::ProviderHint).toString(),
             QStringLiteral("Ada <ada@example.com>"));
    QCOMPARE(cell(unmatched, 0, UnmatchedIdentityModel::Identity).toString(),
             QStringLiteral("user-1"));
    QCOMPARE(cell(unmatched, 0, UnmatchedIdentityModel::Cost).toString(), QStringLiteral("$1.23"));
}

void tst_ReportTableModel::sourcesModel()
{
    SourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SourceInfo source;
    source.kind = QStringLiteral("claude-code");
    source.name = QStringLiteral("laptop");
    source.records = 1234;
    source.lastUsageMs = 0;
    source.lastError = QStringLiteral("timeout");
    model.setSources({source});
    QCOMPARE(model.columnCount(), int(SourcesModel::ColumnCount));
    QCOMPARE(cell(model, 0, SourcesModel::Name).toString(), QStringLiteral("laptop"));
    QCOMPARE(cell(model, 0, SourcesModel::Records, ItemRole::Sort).toLongLong(), 1234);
    QCOMPARE(cell(model, 0, SourcesModel::LastUsage).toString(), QStringLiteral("never"));
    QCOMPARE(cell(model, 0, SourcesModel::LastError).toString(), QStringLiteral("timeout"));
}

void tst_ReportTableModel::priceTableModel()
{
    PriceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModelPrice sonnet;
    sonnet.key = QStringLiteral("claude-sonnet-4-5");
    sonnet.provider = QStringLiteral("anthropic");
    sonnet.input = 3'000'000;
    sonnet.output = 15'000'000;
    sonnet.cacheRead = 300'000;
    sonnet.tierThresholdTokens = 200'000;
    sonnet.tierInput = 6'000'000;
    sonnet.tierOutput = 22'500'000;
    ModelPrice nano;
    nano.key = QStringLiteral("gpt-5-nano");
    nano.input = 50'000;
    nano.output = 400'000;
    nano.cacheRead = 5'000;
    model.setPrices({sonnet, nano});
    QCOMPARE(model.columnCount(), int(PriceTableModel::ColumnCount));
    QCOMPARE(cell(model, 0, PriceTableModel::Input).toString(), QStringLiteral("$3.00"));
    QCOMPARE(cell(model, 0, PriceTableModel::CacheWrite5m).toString(), QStringLiteral("—"));
    QCOMPARE(cell(model, 0, PriceTableModel::LongContext).toString(),
             QStringLiteral("> 200k: $6.00 in, $22.50 out"));
    QCOMPARE(cell(model, 1, PriceTableModel::CacheRead).toString(), QStringLiteral("$0.005"));
    QCOMPARE(cell(model, 1, PriceTableModel::Input, ItemRole::Sort).toLongLong(), 50'000);
}

void tst_ReportTableModel::compactNumbers_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("small") << qint64(999) << QStringLiteral("999");
    QTest::newRow("thousands") << qint64(34'560) << QStringLiteral("34.6k");
    QTest::newRow("round") << qint64(200'000) << QStringLiteral("200k");
    QTest::newRow("millions") << qint64(61'050'823) << QStringLiteral("61.1M");
    QTest::newRow("billions") << qint64(3'500'000'000) << QStringLiteral("3.5B");
}

void tst_ReportTableModel::compactNumbers()
{
    QFETCH(qint64, value);
    QFETCH(QString, text);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(DisplayFormat::compactNumber(value), text);
}

void tst_ReportTableModel::compactDollars_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("$0");
    QTest::newRow("a cent and a quarter") << qint64(12'500) << QStringLiteral("$0.0125");
    QTest::newRow("whole") << qint64(2'000'000) << QStringLiteral("$2");
    QTest::newRow("cents") << qint64(3'150'000) << QStringLiteral("$3.15");
    QTest::newRow("thousands") << qint64(1'250'000'000) << QStringLiteral("$1.25k");
    QTest::newRow("millions") << qint64(2'000'000'000'000) << QStringLiteral("$2M");
    QTest::newRow("negative") << qint64(-500'000) << QStringLiteral("-$0.5");
}

void tst_ReportTableModel::compactDollars()
{
    QFETCH(qint64, micros);
    QTEST(DisplayFormat::compactMoney(micros), "text");
}

void tst_ReportTableModel::csvExport()
{
    Report report = personModelReport();
    report.rows[1].totals.tokens.cacheRead = 70;
    report.rows[1].totals.tokens.cacheWrite5m = 20;
    report.rows[1].totals.tokens.output = 300;
    report.rows[1].totals.tokens.reasoning = 100;
    report.rows[2].keys[1] = QStringLiteral("opus, \"the big one\"");
    ReportTableModel model;
    model.setReport(report);
    QCOMPARE(QString::fromUtf8(model.toCsv()),
             QStringLiteral(
                 "person,person_name,model,cost_usd,cost_kind,input_tokens,cache_write_tokens,"
                 "cache_read_tokens,output_tokens,reasoning_tokens,requests\n"
                 ",,opus,0.100000,estimated,10,0,0,0,0,1\n"
                 "ana@example.com,Ana,haiku,0.500000,estimated,9000,20,70,300,100,1\n"
                 "ana@example.com,Ana,\"opus, \"\"the big one\"\"\",2.000000,estimated,1000,0,0,0,"
                 "0,1\n"
                 "bob@example.com,Bob,local-llama,,unpriced,5000,0,0,0,0,1\n"));
    model.clear();
    QCOMPARE(QString::fromUtf8(model.toCsv()),
             QStringLiteral("cost_usd,cost_kind,input_tokens,cache_write_tokens,"
                            "cache_read_tokens,output_tokens,reasoning_tokens,requests\n"));
}

void tst_ReportTableModel::reportPeriods_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    const QDate today(2026, 3, 15);
    QTest::newRow("this month") << int(ReportPeriod::ThisMonth) << today << QDate(2026, 3, 1)
                                << today;
    QTest::newRow("last month") << int(ReportPeriod::LastMonth) << today << QDate(2026, 2, 1)
                                << QDate(2026, 2, 28);
    QTest::newRow("last month in January") << int(ReportPeriod::LastMonth) << QDate(2026, 1, 10)
                                           << QDate(2025, 12, 1) << QDate(2025, 12, 31);
    QTest::newRow("30 days") << int(ReportPeriod::Last30Days) << today << QDate(2026, 2, 14)
                             << today;
    QTest::newRow("90 days") << int(ReportPeriod::Last90Days) << today << QDate(2025, 12, 16)
                             << today;
}

void tst_ReportTableModel::reportPeriods()
{
    QFETCH(int, period);
    QFETCH(QDate, today);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const DateSpan span = reportPeriodDays(ReportPeriod(period), today);
    QCOMPARE(span.first, first);
    QCOMPARE(span.last, last);
    QCOMPARE(reportPeriodFromKey(reportPeriodKey(ReportPeriod(period))), ReportPeriod(period));
}

void tst_ReportTableModel::dashboardStateResolvesMe()
{
    DirectorySnapshot directory;
    directory.meEmail = QStringLiteral("bob@example.com");
    directory.timeZone = QStringLiteral("Pacific/Auckland");
    directory.people = {Person {1, QStringLiteral("ana@example.com"), QStringLiteral("Ana"), 1,
                                QStringLiteral("Engineering"), 0, QString(), Role::Manager},
                        Person {2, QStringLiteral("bob@example.com"), QStringLiteral("Bob"), 2,
                                QStringLiteral("Platform"), 1, QStringLiteral("ana@example.com"),
                                Role::Employee}};
    directory.teams
        = {Team {1, QStringLiteral("Engineering"), 0, 1},
           Team {2, QStringLiteral("Platform"), 1, 1}, Team {3, QStringLiteral("Sales"), 0, 0}};
    // 2026-11-30 20:00 UTC is already 1 December in Auckland.
    const FakeClock clock(QDateTime(QDate(2026, 11, 30), QTime(20, 0), Qt::UTC));

    DashboardState state = makeDashboardState(directory, {}, ReportPeriod::ThisMonth, clock);
    QCOMPARE(state.meEmail, QStringLiteral("bob@example.com"));
    QCOMPARE(state.meTeam, QStringLiteral("Platform"));
    QCOMPARE(state.today, QDate(2026, 12, 1));
    QCOMPARE(state.span.first, QDate(2026, 12, 1));

    state = makeDashboardState(directory, QStringLiteral("ANA@example.com"),
                               ReportPeriod::ThisMonth, clock);
    QCOMPARE(state.meEmail, QStringLiteral("ana@example.com"));
    state = makeDashboardState(directory, QStringLiteral("gone@example.com"),
                               ReportPeriod::ThisMonth, clock);
    QCOMPARE(state.meEmail, QStringLiteral("bob@example.com")); // an override nobody matches

    QCOMPARE(state.teamSubtree(QStringLiteral("Engineering")),
             (QStringList {QStringLiteral("Engineering"), QStringLiteral("Platform")}));
    QCOMPARE(state.membersOf(QStringLiteral("Engineering")).size(), 2);
    const QList<std::pair<Team, int>> ordered = state.teamsInTreeOrder();
    QCOMPARE(ordered.size(), 3);
    QCOMPARE(ordered[1].first.name, QStringLiteral("Platform"));
    QCOMPARE(ordered[1].second, 1);
}

QTEST_GUILESS_MAIN(tst_ReportTableModel)
#include "tst_reporttablemodel.moc"
