#include "analytics/dashboardstate.h"
#include "analytics/peercomparison.h"
#include "analytics/queryservice.h"
#include "core/csv.h"
#include "efficiencypanel.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/reporttablemodel.h"
#include "ledger/peopledirectory.h"
#include "myusagepage.h"
#include "peercomparisonpanel.h"
#include "peerdistributionchart.h"
#include "statcard.h"
#include "statestack.h"
#include "support/fakeclock.h"
#include "support/templedger.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString opus = u"claude-opus-4-5-20251101"_s;
const QString sonnet = u"claude-sonnet-4-5-20250929"_s;

UsageRecord record(const QString &key, const QString &email, const QString &model,
                   qint64 costMicros)
{
    UsageRecord usage;
    usage.externalKey = key;
    usage.startMs = usage.endMs
        = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    usage.identityKind = u"email"_s;
    usage.identityValue = email;
    usage.provider = u"anthropic"_s;
    usage.model = model;
    usage.tokens.input = 1000;
    usage.tokens.output = 500;
    usage.costKind = CostKind::Estimated;
    usage.costMicros = costMicros;
    return usage;
}

// Bob's own usage, costed as the shipped price table does (ten requests of 110k-token prompts).
UsageRecord bobs(const QString &key, const QString &model, qint64 output, qint64 costMicros,
                 const QString &project, const QString &session)
{
    UsageRecord usage = record(key, u"bob@example.com"_s, model, costMicros);
    usage.tokens.input = 100'000;
    usage.tokens.cacheRead = 1'000'000;
    usage.tokens.output = output;
    usage.requests = 10;
    usage.project = project;
    usage.session = session;
    return usage;
}

} // namespace

// My usage on a fixture organisation: Platform has five people (Bob is "me"), Sales four. The
// page shows Bob's percentile, median and quartiles in his team and the organisation, the
// distribution with his bar, his efficiency figures with the what-if slider, his sessions, and
// says why a four-person team or a switched-off comparison shows nothing.
class tst_MyUsagePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsTheFixtureNumbers();
    void percentileMedianAndQuartiles();
    void distributionMarksMyBar();
    void efficiencyFigures();
    void sliderChangesTheSaving();
    void sessionsTableAndCsvExport();
    void groupOfFourIsNotShown();
    void switchedOffSaysSo();
    void inTheDisplayCurrency();

private:
    DashboardState dashboardState(const QString &meOverride = {});
    void open(const QString &meOverride = {});

    QThread m_thread;
    FakeClock m_clock; // 22 November 2026: "this month" is 1–22 November
    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<MyUsagePage> m_page;
};

void tst_MyUsagePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_thread.start();
}

void tst_MyUsagePage::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

DashboardState tst_MyUsagePage::dashboardState(const QString &meOverride)
{
    Ledger &ledger = m_ledger->ledger();
    PeopleDirectory directory(ledger);
    DirectorySnapshot snapshot;
    snapshot.ledgerPath = ledger.path();
    snapshot.meEmail = ledger.setting(u"me_email"_s);
    snapshot.timeZone = QString::fromUtf8(ledger.reportingTimeZone().id());
    snapshot.people = directory.people().value();
    snapshot.teams = directory.teams().value();
    return makeDashboardState(snapshot, meOverride, ReportPeriod::ThisMonth, m_clock);
}

void tst_MyUsagePage::init()
{
    m_ledger = std::make_unique<TempLedger>();
    QVERIFY(m_ledger->isValid());
    Ledger &ledger = m_ledger->ledger();
    QVERIFY(PeopleDirectory(ledger).importCsv("email,name,team,manager,role,identities\n"
                                              "ana@example.com,Ana,Platform,,manager,\n"
                                              "bob@example.com,Bob Builder,Platform,,employee,\n"
                                              "cy@example.com,Cy,Platform,,employee,\n"
                                              "dee@example.com,Dee,Platform,,employee,\n"
                                              "eve@example.com,Eve,Platform,,employee,\n"
                                              "fay@example.com,Fay,Sales,,employee,\n"
                                              "gus@example.com,Gus,Sales,,employee,\n"
                                              "hal@example.com,Hal,Sales,,employee,\n"
                                              "ivy@example.com,Ivy,Sales,,employee,\n"));
    QVERIFY(ledger.setSetting(u"me_email"_s, u"bob@example.com"_s));
    Result<qint64> source = ledger.ensureSource(u"claude-code"_s, u"laptop"_s);
    QVERIFY(source);
    // Spend in November: Ana $1, Cy $2, Bob $2.90, Dee $4, Eve $5; Fay and Ivy nothing, Gus
    // $0.50, Hal $20. Bob: opus $2.00 (input $0.50, cache reads $0.50, output $1.00) and sonnet
    // $0.90 (input $0.30, cache reads $0.30, output $0.30).
    QVERIFY(
        ledger.writeUsage(*source,
                          {
                              bobs(u"b1"_s, opus, 40'000, 2'000'000, u"burnrate"_s, u"session-a"_s),
                              bobs(u"b2"_s, sonnet, 20'000, 900'000, u"website"_s, u"session-b"_s),
                              record(u"a"_s, u"ana@example.com"_s, sonnet, 1'000'000),
                              record(u"c"_s, u"cy@example.com"_s, sonnet, 2'000'000),
                              record(u"d"_s, u"dee@example.com"_s, sonnet, 4'000'000),
                              record(u"e"_s, u"eve@example.com"_s, sonnet, 5'000'000),
                              record(u"g"_s, u"gus@example.com"_s, sonnet, 500'000),
                              record(u"h"_s, u"hal@example.com"_s, opus, 20'000'000),
                          }));
    m_queries = std::make_unique<QueryService>(m_ledger->path());
    m_queries->moveToThread(&m_thread);
}

void tst_MyUsagePage::open(const QString &meOverride)
{
    m_page = std::make_unique<MyUsagePage>(m_queries.get(), &m_clock);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setState(dashboardState(meOverride));
    QTRY_VERIFY(m_page->isLoaded());
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
}

void tst_MyUsagePage::cleanup()
{
    m_page.reset();
    DisplayFormat::setCurrency({});
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_queries.release()->deleteLater();
    m_ledger.reset();
}

void tst_MyUsagePage::showsTheFixtureNumbers()
{
    open();
    QCOMPARE(m_page->spendCard()->value(), u"$2.90"_s);
    QCOMPARE(m_page->spendCard()->caption(), u"estimated"_s);
    QCOMPARE(m_page->modelTable()->rowCount(), 2);
    QCOMPARE(m_page->projectTable()->rowCount(), 2);
}

void tst_MyUsagePage::percentileMedianAndQuartiles()
{
    open();
    PeerComparisonPanel *peers = m_page->peerPanel();
    QVERIFY(peers->message().isEmpty());
    QCOMPARE(peers->groupCount(), 2);
    // Platform: $1, $2, $2.90, $4, $5. Bob has two below him and is the middle one.
    QCOMPARE(peers->groupSummary(0),
             u"Team Platform, 5 people: percentile 50, median $2.90, middle half $2.00 to $4.00"_s);
    // Everyone: $0, $0, $0.50, $1, $2, $2.90, $4, $5, $20: five below him.
    QCOMPARE(peers->groupSummary(1),
             u"Organisation, 9 people: percentile 61, median $2.00, middle half $0.50 to $4.00"_s);
    // Nobody else is named anywhere on the panel.
    for (const QLabel *label : peers->findChildren<QLabel *>()) {
        for (const QString &name : {u"Ana"_s, u"Cy"_s, u"Dee"_s, u"Eve"_s, u"Gus"_s, u"Hal"_s})
            QVERIFY2(!label->text().contains(name), qPrintable(label->text()));
    }
}

void tst_MyUsagePage::distributionMarksMyBar()
{
    open();
    PeerComparisonPanel *peers = m_page->peerPanel();
    QCOMPARE(peers->groupSelector()->count(), 2);
    PeerDistributionChart *chart = peers->chart();
    // Platform in R10 bins from $1: Bob's $2.90 lies in [$2.50, $3.15).
    QCOMPARE(chart->binCount(), 8);
    QCOMPARE(chart->personBin(), 4);
    QCOMPARE(chart->categoryLabels().value(4), u"$2.5–3.15"_s);
    QCOMPARE(chart->personMarkerText(), u"you"_s);
    QCOMPARE(chart->peopleCounts(), (QList<int> {1, 0, 0, 1, 1, 0, 1, 1}));
    QVERIFY2(chart->accessibleDescription().startsWith(u"$1–1.25: 1 person; $1.25–1.6: 0 people"_s),
             qPrintable(chart->accessibleDescription()));
    QVERIFY(chart->accessibleDescription().contains(u"$2.5–3.15: you alone"_s));

    peers->groupSelector()->setCurrentIndex(1);
    QCOMPARE(chart->peopleCounts().size(), chart->binCount());
    int everyone = 0;
    for (const int people : chart->peopleCounts())
        everyone += people;
    QCOMPARE(everyone, 9);
    QVERIFY(chart->personBin() >= 0);
    QVERIFY(chart->categoryLabels().value(0).startsWith(u"under "_s)); // those who spent nothing
}

void tst_MyUsagePage::efficiencyFigures()
{
    open();
    EfficiencyPanel *efficiency = m_page->efficiencyPanel();
    // 2M of 2.2M prompt tokens were cache reads; reading them as input would have cost
    // 1M × ($5 − $0.50) + 1M × ($3 − $0.30) per million more.
    QCOMPARE(efficiency->cacheText(),
             u"91 % of input tokens were read from the cache, which saved $7.20 (estimated) "
             u"against paying the full input price."_s);
    QVERIFY2(efficiency->expensiveText().startsWith(
                 u"69 % of your spend ($2.00, estimated) went to claude-opus-4-5-20251101"_s),
             qPrintable(efficiency->expensiveText()));
    QCOMPARE(efficiency->figures().referenceModel, sonnet);
}

void tst_MyUsagePage::sliderChangesTheSaving()
{
    open();
    EfficiencyPanel *efficiency = m_page->efficiencyPanel();
    QSlider *slider = efficiency->slider();
    QVERIFY(slider->isEnabled());
    // Opus's tokens at sonnet's prices: $0.30 + $0.30 + $0.60 instead of $2.00.
    slider->setValue(100);
    QCOMPARE(efficiency->savingText(),
             u"Moving 100 % of that work to claude-sonnet-4-5-20250929 would have saved $0.80 in "
             u"this period (estimated)."_s);
    slider->setValue(50);
    QVERIFY2(efficiency->savingText().contains(u"50 %"_s)
                 && efficiency->savingText().contains(u"$0.40"_s),
             qPrintable(efficiency->savingText()));
    slider->setValue(0);
    QVERIFY(efficiency->savingText().contains(u"saved nothing"_s));
    // The page keeps the chosen share when it loads again.
    slider->setValue(25);
    m_page->markStale();
    QTRY_VERIFY(m_page->isLoaded());
    QCOMPARE(slider->value(), 25);
    QVERIFY(efficiency->savingText().contains(u"$0.20"_s));
}

void tst_MyUsagePage::sessionsTableAndCsvExport()
{
    open();
    ReportTableModel *sessions = m_page->sessionTable();
    QAbstractItemModelTester tester(sessions,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester modelTester(m_page->modelTable(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester projectTester(m_page->projectTable(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sessions->rowCount(), 2);
    QCOMPARE(sessions->report().groupBy,
             (QList<ReportKey> {ReportKey::Session, ReportKey::Project}));
    // Sorted by cost, largest first: the opus session.
    QTableView *view = m_page->tableView(MyUsagePage::Table::Session);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"session-a"_s);
    QCOMPARE(view->model()->index(0, 1).data().toString(), u"burnrate"_s);
    QCOMPARE(view->model()->index(0, 2).data().toString(), u"$2.00"_s);
    view->sortByColumn(2, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"session-b"_s);

    QVERIFY(m_page->exportButton()->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sessions.csv"_s);
    QString error;
    QVERIFY2(m_page->exportCsv(MyUsagePage::Table::Session, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<QList<Csv::Record>> records = Csv::parse(file.readAll());
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0).fields.mid(0, 4),
             (QStringList {u"session"_s, u"project"_s, u"cost_usd"_s, u"cost_kind"_s}));
    QCOMPARE(records->at(1).fields.mid(0, 4),
             (QStringList {u"session-a"_s, u"burnrate"_s, u"2.000000"_s, u"estimated"_s}));
    QVERIFY(
        !m_page->exportCsv(MyUsagePage::Table::Model, dir.filePath(u"no/such/dir.csv"_s), &error));
    QVERIFY(!error.isEmpty());
}

void tst_MyUsagePage::groupOfFourIsNotShown()
{
    open(u"gus@example.com"_s);
    PeerComparisonPanel *peers = m_page->peerPanel();
    QCOMPARE(peers->groupCount(), 2);
    QCOMPARE(peers->groupSummary(0),
             u"Team Sales has only 4 people: groups of fewer than 5 are not shown, so nobody's "
             u"spend can be told from the figures."_s);
    bool saysWhy = false;
    for (const QLabel *label : peers->findChildren<QLabel *>())
        saysWhy = saysWhy
            || (label->isVisible()
                && label->text() == u"Not shown: groups of fewer than 5 people stay private."_s);
    QVERIFY(saysWhy);
    QVERIFY(peers->groupSummary(1).startsWith(u"Organisation, 9 people: percentile "_s));
    // Only the organisation can be drawn.
    QCOMPARE(peers->groupSelector()->count(), 1);
    QCOMPARE(peers->groupSelector()->currentText(), u"Organisation"_s);
}

void tst_MyUsagePage::switchedOffSaysSo()
{
    QVERIFY(PeerQuery::setComparisonEnabled(m_ledger->ledger(), false));
    open();
    PeerComparisonPanel *peers = m_page->peerPanel();
    QVERIFY2(peers->message().startsWith(u"Peer comparison is turned off"_s),
             qPrintable(peers->message()));
    QCOMPARE(peers->groupCount(), 0);
    QVERIFY(!peers->chart()->isVisible());
    // The rest of the page is unaffected.
    QCOMPARE(m_page->spendCard()->value(), u"$2.90"_s);
    QVERIFY(m_page->efficiencyPanel()->cacheText().startsWith(u"91 %"_s));
}

void tst_MyUsagePage::inTheDisplayCurrency()
{
    // Euros at 0.92 in German: Bob's $2.90 is 2,67 €, every figure of the page converted.
    DisplayFormat::setCurrency(*CurrencyDisplay::make(u"EUR"_s, 920'000));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    open();
    QCOMPARE(m_page->spendCard()->value(), u"2,67\u00A0€"_s);
    PeerComparisonPanel *peers = m_page->peerPanel();
    QVERIFY2(peers->groupSummary(0).contains(u"2,67\u00A0€"_s), qPrintable(peers->groupSummary(0)));
    QVERIFY(peers->groupSummary(0).contains(u"1,84\u00A0€"_s)); // the lower quartile, $2
    // The bins open at round amounts of euros and carry the symbol once, after the range as
    // German writes it.
    QCOMPARE(peers->chart()->categoryLabels().value(4), u"2–2,5\u00A0€"_s);
    // The cache saving of $7.20.
    QVERIFY2(m_page->efficiencyPanel()->cacheText().contains(u"6,62\u00A0€"_s),
             qPrintable(m_page->efficiencyPanel()->cacheText()));
}

QTEST_MAIN(tst_MyUsagePage)
#include "tst_myusagepage.moc"
