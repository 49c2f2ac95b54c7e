#include "analytics/dashboardstate.h"
#include "analytics/queryservice.h"
#include "breakdowndialog.h"
#include "itemmodels/budgetsmodel.h"
#include "itemmodels/moversmodel.h"
#include "itemmodels/reporttablemodel.h"
#include "itemmodels/teamspendtreemodel.h"
#include "organisationpage.h"
#include "stackedbarchart.h"
#include "statestack.h"
#include "support/dashboardtesting.h"
#include "support/fakeclock.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStandardPaths>
#include <QThread>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DashboardFilter)

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto qtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

QString text(const QAbstractItemModel *model, int row, int column, const QModelIndex &parent = {})
{
    return model->index(row, column, parent).data().toString();
}

// "Name Spend" per team in tree order, nested teams indented by two spaces a level.
QStringList treeRows(const QAbstractItemModel *model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex name = model->index(row, TeamSpendTreeModel::Name, parent);
        rows.append(QString(depth * 2, u' ') + name.data().toString() + u' '
                    + text(model, row, TeamSpendTreeModel::Spend, parent));
        rows += treeRows(model, name, depth + 1);
    }
    return rows;
}

QStringList moverRows(const MoversModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(text(model, row, MoversModel::Name) + u' '
                    + text(model, row, MoversModel::Change) + u' '
                    + text(model, row, MoversModel::ChangePercent));
    return rows;
}

// "Scope Used State" per budget.
QStringList budgetRows(const BudgetsModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(text(model, row, BudgetsModel::Scope) + u' '
                    + text(model, row, BudgetsModel::Used) + u' '
                    + text(model, row, BudgetsModel::State));
    return rows;
}

const QString november = u"11/1/26 – 11/22/26"_s;

} // namespace

// The Organisation page on the DashboardFixture organisation, 1–22 November 2026.
class tst_OrganisationPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsTotalsAndHierarchy();
    void moversByTeam();
    void teamBudgets();
    void chartShowsEachTeamsOwnSpend();
    void filtersNarrowTheNumbers_data();
    void filtersNarrowTheNumbers();
    void emptyPeriodShowsEmptyState();
    void openBreakdownShowsTheTeam();
    void activatingATeamOpensItsBreakdown();

private:
    void show(const DashboardFilter &filter = {}, ReportPeriod period = ReportPeriod::ThisMonth,
              const DateSpan &custom = {});
    BreakdownDialog *waitForBreakdown() const;

    QThread m_thread;
    FakeClock m_clock; // 22 November 2026, 12:00 UTC
    std::unique_ptr<DashboardFixture> m_fixture;
    DirectorySnapshot m_directory;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<OrganisationPage> m_page;
};

void tst_OrganisationPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_thread.start();
}

void tst_OrganisationPage::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

void tst_OrganisationPage::init()
{
    m_fixture = std::make_unique<DashboardFixture>();
    m_queries = std::make_unique<QueryService>(m_fixture->path());
    m_queries->moveToThread(&m_thread);
    const std::optional<DirectorySnapshot> directory = DashboardTesting::directory(*m_queries);
    QVERIFY(directory);
    m_directory = *directory;
    m_page = std::make_unique<OrganisationPage>(m_queries.get(), &m_clock);
    m_page->resize(1200, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    show();
}

void tst_OrganisationPage::cleanup()
{
    m_page.reset();
    m_queries.release()->deleteLater();
    m_fixture.reset();
}

void tst_OrganisationPage::show(const DashboardFilter &filter, ReportPeriod period,
                                const DateSpan &custom)
{
    m_page->setState(makeDashboardState(m_directory, {}, period, m_clock, filter, custom));
    QTRY_VERIFY(m_page->isLoaded());
}

BreakdownDialog *tst_OrganisationPage::waitForBreakdown() const
{
    BreakdownDialog *dialog = nullptr;
    const bool loaded = QTest::qWaitFor(
        [&] {
            dialog = m_page->findChild<BreakdownDialog *>();
            return dialog && dialog->isLoaded();
        },
        5000);
    return loaded ? dialog : nullptr;
}

void tst_OrganisationPage::showsTotalsAndHierarchy()
{
    TeamSpendTreeModel *teams = m_page->teamModel();
    Tester tester(teams, qtTest);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
    QCOMPARE(m_page->totalLabel()->text(),
             u"Fixture Org total: $18.75 (estimated) · 157.5k tokens · 7 requests · "_s + november);
    QCOMPARE(teams->organisationTotals().costMicros, 18'750'000);

    // By spend with nested teams included; the stranger's usage has no team.
    QCOMPARE(treeRows(teams),
             QStringList({u"Engineering $11.00"_s, u"  Platform $6.00"_s, u"Sales $7.00"_s,
                          u"Leadership $0.50"_s, u"(no team) $0.25"_s}));
    const QModelIndex engineering = teams->index(0, 0);
    QCOMPARE(text(teams, 0, TeamSpendTreeModel::Members), u"4"_s);
    QCOMPARE(text(teams, 0, TeamSpendTreeModel::Members, engineering), u"3"_s);
    QCOMPARE(text(teams, 0, TeamSpendTreeModel::Tokens), u"80,000"_s);
    QCOMPARE(text(teams, 0, TeamSpendTreeModel::Requests), u"4"_s);
    QCOMPARE(text(teams, 1, TeamSpendTreeModel::Members), u"1"_s);
    // The view shows it expanded.
    Tester shownTester(m_page->treeView()->model(), qtTest);
    QVERIFY(m_page->treeView()->isExpanded(m_page->treeView()->model()->index(0, 0)));
}

void tst_OrganisationPage::moversByTeam()
{
    MoversModel *movers = m_page->moversModel();
    Tester tester(movers, qtTest);
    // Each team's own spend against 1–22 October: Sales $9.00 → $7.00, Platform $5.00 → $6.00
    // (Ben's $9.00 on 25 October is after the 22nd), the rest new.
    QCOMPARE(moverRows(movers),
             QStringList({u"Engineering +$5.00 new"_s, u"Sales -$2.00 -22 %"_s,
                          u"Platform +$1.00 20 %"_s, u"Leadership +$0.50 new"_s,
                          u"(no team) +$0.25 new"_s}));
    QCOMPARE(text(movers, 1, MoversModel::Current), u"$7.00"_s);
    QCOMPARE(text(movers, 1, MoversModel::Previous), u"$9.00"_s);
    QCOMPARE(text(movers, 2, MoversModel::Previous), u"$5.00"_s);
}

void tst_OrganisationPage::teamBudgets()
{
    BudgetsModel *budgets = m_page->teamBudgetsModel();
    Tester tester(budgets, qtTest);
    // Team budgets only (Ben's own is on the Budgets and Team pages).
    QCOMPARE(budgetRows(budgets),
             QStringList({u"Team Engineering 110 % Exceeded"_s, u"Team Platform 60 % Warning"_s,
                          u"Team Sales 70 % Warning"_s}));
    QCOMPARE(text(budgets, 0, BudgetsModel::Limit), u"$10.00"_s);
    QCOMPARE(text(budgets, 0, BudgetsModel::Spent), u"$11.00"_s);
}

void tst_OrganisationPage::chartShowsEachTeamsOwnSpend()
{
    StackedBarChart *chart = m_page->findChild<StackedBarChart *>();
    QVERIFY(chart);
    const StackedBreakdown &breakdown = chart->breakdown();
    QCOMPARE(breakdown.totalMicros, 18'750'000);
    // Engineering's bar is Ana's alone: Platform has its own.
    QCOMPARE(breakdown.categoryLabels,
             QStringList(
                 {u"Sales"_s, u"Platform"_s, u"Engineering"_s, u"Leadership"_s, u"(no team)"_s}));
    QCOMPARE(breakdown.series,
             QStringList({u"gpt-5"_s, u"claude-opus-4-5"_s, u"claude-sonnet-4-5"_s}));
    QCOMPARE(breakdown.seriesTotals, QList<qint64>({7'250'000, 6'000'000, 5'500'000}));
}

void tst_OrganisationPage::filtersNarrowTheNumbers_data()
{
    QTest::addColumn<DashboardFilter>("filter");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QStringList>("tree");
    QTest::addColumn<QStringList>("movers");
    QTest::addColumn<QStringList>("budgets");

    const QStringList allBudgets = {u"Team Engineering 110 % Exceeded"_s,
                                    u"Team Platform 60 % Warning"_s, u"Team Sales 70 % Warning"_s};
    QTest::newRow("team Engineering: its subtree")
        << DashboardFilter {u"Engineering"_s, {}, {}, {}}
        << u"Engineering total: $11.00 (estimated) · 80k tokens · 4 requests · "_s + november
        << QStringList({u"Engineering $11.00"_s, u"  Platform $6.00"_s})
        << QStringList({u"Engineering +$5.00 new"_s, u"Platform +$1.00 20 %"_s})
        << allBudgets.mid(0, 2);
    QTest::newRow("team Platform: no parent above it")
        << DashboardFilter {u"Platform"_s, {}, {}, {}}
        << u"Platform total: $6.00 (estimated) · 55k tokens · 3 requests · "_s + november
        << QStringList({u"Platform $6.00"_s}) << QStringList({u"Platform +$1.00 20 %"_s})
        << allBudgets.mid(1, 1);
    QTest::newRow("person Ben")
        << DashboardFilter {{}, u"ben@example.com"_s, {}, {}}
        << u"Fixture Org total: $4.00 (estimated) · 35k tokens · 2 requests · "_s + november
            + u" · ben@example.com"_s
        << QStringList(
               {u"Engineering $4.00"_s, u"  Platform $4.00"_s, u"Leadership —"_s, u"Sales —"_s})
        << QStringList({u"Platform +$3.00 300 %"_s}) << allBudgets;
    QTest::newRow("model gpt-5")
        << DashboardFilter {{}, {}, u"gpt-5"_s, {}}
        << u"Fixture Org total: $7.25 (estimated) · 72.5k tokens · 2 requests · "_s + november
            + u" · model gpt-5"_s
        << QStringList({u"Sales $7.00"_s, u"(no team) $0.25"_s, u"Engineering —"_s,
                        u"  Platform —"_s, u"Leadership —"_s})
        << QStringList({u"Sales -$2.00 -22 %"_s, u"(no team) +$0.25 new"_s}) << allBudgets;
    QTest::newRow("source laptop")
        << DashboardFilter {{}, {}, {}, u"laptop"_s}
        << u"Fixture Org total: $9.50 (estimated) · 65k tokens · 4 requests · "_s + november
            + u" · source laptop"_s
        << QStringList(
               {u"Engineering $9.00"_s, u"  Platform $4.00"_s, u"Leadership $0.50"_s, u"Sales —"_s})
        << QStringList(
               {u"Engineering +$5.00 new"_s, u"Platform +$1.50 60 %"_s, u"Leadership +$0.50 new"_s})
        << allBudgets;
}

void tst_OrganisationPage::filtersNarrowTheNumbers()
{
    QFETCH(DashboardFilter, filter);
    QFETCH(QString, total);
    QFETCH(QStringList, tree);
    QFETCH(QStringList, movers);
    QFETCH(QStringList, budgets);

    Tester treeTester(m_page->teamModel(), qtTest);
    Tester moversTester(m_page->moversModel(), qtTest);
    Tester budgetsTester(m_page->teamBudgetsModel(), qtTest);
    show(filter);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
    QCOMPARE(m_page->totalLabel()->text(), total);
    QCOMPARE(treeRows(m_page->teamModel()), tree);
    QCOMPARE(moverRows(m_page->moversModel()), movers);
    QCOMPARE(budgetRows(m_page->teamBudgetsModel()), budgets);

    show();
    QCOMPARE(m_page->teamModel()->organisationTotals().costMicros, 18'750'000);
    QCOMPARE(m_page->teamBudgetsModel()->rowCount(), 3);
}

void tst_OrganisationPage::emptyPeriodShowsEmptyState()
{
    show({}, ReportPeriod::Custom, {QDate(2026, 9, 1), QDate(2026, 9, 30)});
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Empty);
    QCOMPARE(m_page->stateStack()->message(), u"No usage in this period"_s);
    QCOMPARE(m_page->teamModel()->organisationTotals().records, 0);
    QCOMPARE(m_page->totalLabel()->text(),
             u"Fixture Org total: $0.00 (estimated) · 0 tokens · 0 requests · 9/1/26 – 9/30/26"_s);
}

void tst_OrganisationPage::openBreakdownShowsTheTeam()
{
    m_page->openBreakdown(u"Engineering"_s);
    QPointer<BreakdownDialog> dialog = waitForBreakdown();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Engineering · "_s + november);
    ReportTableModel *byModel = dialog->table(0);
    Tester tester(byModel, qtTest);
    // Ana's opus and Platform's: nested teams count.
    QCOMPARE(byModel->report().totals.costMicros, 11'000'000);
    QCOMPARE(byModel->rowCount(), 2);
    QCOMPARE(byModel->row(0).keys, QStringList({u"claude-opus-4-5"_s}));
    QCOMPARE(byModel->row(0).totals.costMicros, 6'000'000);
    QCOMPARE(byModel->row(1).totals.costMicros, 5'000'000);
    dialog->close();
    QTRY_VERIFY(dialog.isNull());

    // The page's filters narrow the breakdown too.
    show({{}, {}, {}, u"gateway"_s});
    m_page->openBreakdown(u"Engineering"_s);
    dialog = waitForBreakdown();
    QVERIFY(dialog);
    Tester narrowedTester(dialog->table(0), qtTest);
    QCOMPARE(dialog->table(0)->report().totals.costMicros, 2'000'000); // Cy's
    dialog->close();
}

void tst_OrganisationPage::activatingATeamOpensItsBreakdown()
{
    QTreeView *tree = m_page->treeView();
    QAbstractItemModel *shown = tree->model();
    Tester tester(shown, qtTest);
    QModelIndex sales;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, TeamSpendTreeModel::Spend);
        if (index.siblingAtColumn(TeamSpendTreeModel::Name).data().toString() == u"Sales"_s)
            sales = index;
    }
    QVERIFY(sales.isValid());
    emit tree->activated(sales); // any column of the row
    BreakdownDialog *dialog = waitForBreakdown();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Sales · "_s + november);
    ReportTableModel *byProject = dialog->table(2);
    Tester projectTester(byProject, qtTest);
    QCOMPARE(byProject->report().totals.costMicros, 7'000'000);
    QCOMPARE(byProject->row(0).keys, QStringList({u"crm"_s}));
    dialog->close();
}

QTEST_MAIN(tst_OrganisationPage)
#include "tst_organisationpage.moc"
