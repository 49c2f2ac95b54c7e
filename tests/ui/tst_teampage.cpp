#include "analytics/dashboardstate.h"
#include "analytics/queryservice.h"
#include "breakdowndialog.h"
#include "budgets/budgetevaluator.h"
#include "burndownchart.h"
#include "itemmodels/budgetsmodel.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/moversmodel.h"
#include "itemmodels/personspendmodel.h"
#include "itemmodels/reporttablemodel.h"
#include "stackedbarchart.h"
#include "statestack.h"
#include "support/dashboardtesting.h"
#include "support/fakeclock.h"
#include "teampage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DashboardFilter)
Q_DECLARE_METATYPE(ReportPeriod)

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto qtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

QString text(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// "Name Spend" per row, in the model's order.
QStringList spendRows(const PersonSpendModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(text(model, row, PersonSpendModel::Name) + u' '
                    + text(model, row, PersonSpendModel::Spend));
    return rows;
}

// "Name Change ChangePercent" per row.
QStringList moverRows(const MoversModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(text(model, row, MoversModel::Name) + u' '
                    + text(model, row, MoversModel::Change) + u' '
                    + text(model, row, MoversModel::ChangePercent));
    return rows;
}

qint64 utcMs(int month, int day, int hour = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

// The Team page on the DashboardFixture organisation: Pia is "me", so it shows Platform (Ben,
// Cy and Pia) for 1–22 November 2026.
class tst_TeamPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsTheTeamTotalAndPeople();
    void budgetColumnShowsEachPersonsBudget();
    void burnDownOfTheTeamBudget();
    void topMoversAgainstThePreviousPeriod();
    void filtersNarrowTheNumbers_data();
    void filtersNarrowTheNumbers();
    void personOutsideMyTeamShowsTheirTeam();
    void openBreakdownShowsThePersonsTotals();
    void activatingARowOpensTheBreakdown();

private:
    void show(const DashboardFilter &filter = {}, ReportPeriod period = ReportPeriod::ThisMonth);
    QLabel *summary() const;
    BreakdownDialog *waitForBreakdown() const;

    QThread m_thread;
    FakeClock m_clock; // 22 November 2026, 12:00 UTC
    std::unique_ptr<DashboardFixture> m_fixture;
    DirectorySnapshot m_directory;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<TeamPage> m_page;
};

void tst_TeamPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_thread.start();
}

void tst_TeamPage::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

void tst_TeamPage::init()
{
    m_fixture = std::make_unique<DashboardFixture>();
    m_queries = std::make_unique<QueryService>(m_fixture->path());
    m_queries->moveToThread(&m_thread);
    const std::optional<DirectorySnapshot> directory = DashboardTesting::directory(*m_queries);
    QVERIFY(directory);
    m_directory = *directory;
    m_page = std::make_unique<TeamPage>(m_queries.get(), &m_clock);
    m_page->resize(1200, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    show();
}

void tst_TeamPage::cleanup()
{
    m_page.reset();
    m_queries.release()->deleteLater();
    m_fixture.reset();
}

void tst_TeamPage::show(const DashboardFilter &filter, ReportPeriod period)
{
    m_page->setState(makeDashboardState(m_directory, {}, period, m_clock, filter));
    QTRY_VERIFY(m_page->isLoaded());
}

QLabel *tst_TeamPage::summary() const
{
    const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->accessibleName() == u"Team total"_s)
            return label;
    }
    return nullptr;
}

BreakdownDialog *tst_TeamPage::waitForBreakdown() const
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

void tst_TeamPage::showsTheTeamTotalAndPeople()
{
    PersonSpendModel *people = m_page->peopleModel();
    Tester tester(people, qtTest);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
    QCOMPARE(m_page->selectedTeam(), u"Platform"_s);
    QVERIFY(summary());
    QCOMPARE(summary()->text(),
             u"Platform · 3 people · $6.00 (estimated) · 55k tokens · 11/1/26 – 11/22/26"_s);

    // Ben and Cy by spend, then Pia, who used nothing: still one of the team.
    QCOMPARE(spendRows(people), QStringList({u"Ben $4.00"_s, u"Cy $2.00"_s, u"Pia $0.00"_s}));
    QCOMPARE(text(people, 0, PersonSpendModel::Email), u"ben@example.com"_s);
    QCOMPARE(text(people, 0, PersonSpendModel::Tokens), u"35,000"_s);
    QCOMPARE(text(people, 0, PersonSpendModel::Requests), u"2"_s);
    QCOMPARE(text(people, 0, PersonSpendModel::TopModel), u"claude-sonnet-4-5"_s);
    QCOMPARE(text(people, 1, PersonSpendModel::TopModel), u"claude-sonnet-4-5"_s);
    QCOMPARE(text(people, 2, PersonSpendModel::Tokens), u"0"_s);

    // The table shows the same rows through its sort proxy.
    QAbstractItemModel *shown = m_page->peopleView()->model();
    Tester shownTester(shown, qtTest);
    QCOMPARE(shown->rowCount(), 3);

    // The chart: a bar per person with usage, stacked by model.
    const StackedBreakdown &chart = m_page->chart()->breakdown();
    QCOMPARE(chart.totalMicros, 6'000'000);
    QCOMPARE(chart.categories, QStringList({u"ben@example.com"_s, u"cy@example.com"_s}));
    QCOMPARE(chart.categoryLabels, QStringList({u"Ben"_s, u"Cy"_s}));
    QCOMPARE(chart.series, QStringList({u"claude-sonnet-4-5"_s, u"claude-opus-4-5"_s}));
    QCOMPARE(chart.seriesTotals, QList<qint64>({5'000'000, 1'000'000}));
}

void tst_TeamPage::budgetColumnShowsEachPersonsBudget()
{
    PersonSpendModel *people = m_page->peopleModel();
    Tester tester(people, qtTest);
    // Ben: $4.00 of his $5.00, past the 80 % warning.
    QCOMPARE(text(people, 0, PersonSpendModel::Budget), u"80 % of $5.00 · Warning"_s);
    QCOMPARE(people->index(0, PersonSpendModel::Budget).data(ItemRole::State).toInt(),
             int(BudgetState::Warning));
    QCOMPARE(text(people, 1, PersonSpendModel::Budget), u"none"_s);
    QCOMPARE(text(people, 2, PersonSpendModel::Budget), u"none"_s);
}

void tst_TeamPage::burnDownOfTheTeamBudget()
{
    // Platform's $10 this month: $6.00 spent, past the 50 % warning.
    const QString budgetText = m_page->budgetSummary()->text();
    QVERIFY2(budgetText.startsWith(u"$6.00 of $10.00 spent (60 %) · Warning"_s),
             qPrintable(budgetText));
    // The forecast part says what the evaluator forecasts (its numbers are BudgetForecast's).
    const QList<BudgetEvaluation> evaluations
        = BudgetEvaluator(m_fixture->ledger()).evaluateAll(DashboardFixture::nowMs()).value();
    const auto platform
        = std::find_if(evaluations.cbegin(), evaluations.cend(), [&](const BudgetEvaluation &e) {
              return e.budget.id == m_fixture->platformBudget();
          });
    QVERIFY(platform != evaluations.cend());
    if (platform->forecast.confidence == ForecastConfidence::None) {
        QCOMPARE(budgetText, u"$6.00 of $10.00 spent (60 %) · Warning"_s);
    } else {
        QCOMPARE(
            budgetText,
            u"$6.00 of $10.00 spent (60 %) · Warning · forecast %1 by the period's end (%2)"_s.arg(
                BudgetsModel::amountText(platform->forecast.atPeriodEnd, false),
                BudgetsModel::confidenceText(platform->forecast.confidence)));
    }

    BurnDownChart *chart = m_page->burnDownChart();
    QCOMPARE(chart->burnDown().limit, 10'000'000);
    QCOMPARE(chart->burnDown().startMs, utcMs(11, 1));
    QCOMPARE(chart->burnDown().endMs, utcMs(12, 1));
    QLineSeries *actual = chart->actualSeries();
    QVERIFY(actual);
    // What is left: $10 at the start of 1 November, after each day to the 21st, and now.
    QList<QPointF> expected = {{double(utcMs(11, 1)), 10.0}};
    double left = 10.0;
    const QHash<int, double> spentOn = {{10, 3.0}, {12, 2.0}, {20, 1.0}};
    for (int day = 1; day <= 21; ++day) {
        left -= spentOn.value(day);
        expected.append({double(utcMs(11, day + 1)), left});
    }
    expected.append({double(utcMs(11, 22, 12)), 4.0});
    QCOMPARE(actual->points(), expected);
    // The forecast goes on from now; the even pace spends the $10 over the month.
    if (QLineSeries *forecast = chart->forecastSeries()) {
        QCOMPARE(forecast->points().value(0), QPointF(double(utcMs(11, 22, 12)), 4.0));
        QCOMPARE(forecast->points().value(1).x(), double(utcMs(12, 1)));
    }
    QLineSeries *evenPace = nullptr;
    const QList<QAbstractSeries *> series = chart->chart()->series();
    for (QAbstractSeries *each : series) {
        if (each->name() == u"Even pace"_s)
            evenPace = qobject_cast<QLineSeries *>(each);
    }
    QVERIFY(evenPace);
    QCOMPARE(evenPace->points(),
             QList<QPointF>({{double(utcMs(11, 1)), 10.0}, {double(utcMs(12, 1)), 0.0}}));

    // A team without a budget of its own says so and draws nothing.
    show({u"Leadership"_s, {}, {}, {}});
    QCOMPARE(m_page->budgetSummary()->text(),
             u"Leadership has no budget of its own. Add one on the Budgets page."_s);
    QVERIFY(!m_page->burnDownChart()->actualSeries());
    QVERIFY(m_page->burnDownChart()->chart()->series().isEmpty());
}

void tst_TeamPage::topMoversAgainstThePreviousPeriod()
{
    MoversModel *movers = m_page->moversModel();
    Tester tester(movers, qtTest);
    // Against 1–22 October: Ben $1.00 → $4.00, Pia $1.50 → nothing, Cy $2.50 → $2.00 (Ben's
    // $9.00 on 25 October is after the 22nd).
    QCOMPARE(moverRows(movers),
             QStringList({u"Ben +$3.00 300 %"_s, u"Pia -$1.50 -100 %"_s, u"Cy -$0.50 -20 %"_s}));
    QCOMPARE(text(movers, 0, MoversModel::Current), u"$4.00"_s);
    QCOMPARE(text(movers, 0, MoversModel::Previous), u"$1.00"_s);
    QCOMPARE(text(movers, 2, MoversModel::Previous), u"$2.50"_s);
    bool titled = false;
    const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
    for (QLabel *label : labels)
        titled = titled || label->text() == u"Top movers versus 10/1/26 – 10/22/26"_s;
    QVERIFY(titled);
}

void tst_TeamPage::filtersNarrowTheNumbers_data()
{
    QTest::addColumn<DashboardFilter>("filter");
    QTest::addColumn<ReportPeriod>("period");
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("people");
    QTest::addColumn<qint64>("chartMicros");
    QTest::addColumn<QStringList>("movers");
    QTest::addColumn<QString>("budget");

    const ReportPeriod month = ReportPeriod::ThisMonth;
    const QString span = u"11/1/26 – 11/22/26"_s;
    QTest::newRow("team Engineering, Platform nested")
        << DashboardFilter {u"Engineering"_s, {}, {}, {}} << month << u"Engineering"_s
        << u"Engineering · 4 people · $11.00 (estimated) · 80k tokens · "_s + span
        << QStringList({u"Ana $5.00"_s, u"Ben $4.00"_s, u"Cy $2.00"_s, u"Pia $0.00"_s})
        << qint64(11'000'000)
        << QStringList({u"Ana +$5.00 new"_s, u"Ben +$3.00 300 %"_s, u"Pia -$1.50 -100 %"_s,
                        u"Cy -$0.50 -20 %"_s})
        << u"$11.00 of $10.00 spent (110 %) · Exceeded"_s;
    QTest::newRow("person Ben") << DashboardFilter {{}, u"ben@example.com"_s, {}, {}} << month
                                << u"Platform"_s
                                << u"Platform · 3 people · $4.00 (estimated) · 35k tokens · "_s
            + span + u" · ben@example.com"_s
                                << QStringList({u"Ben $4.00"_s}) << qint64(4'000'000)
                                << QStringList({u"Ben +$3.00 300 %"_s})
                                << u"$6.00 of $10.00 spent (60 %) · Warning"_s;
    QTest::newRow("model opus") << DashboardFilter {{}, {}, u"claude-opus-4-5"_s, {}} << month
                                << u"Platform"_s
                                << u"Platform · 3 people · $1.00 (estimated) · 5,000 tokens · "_s
            + span + u" · model claude-opus-4-5"_s
                                << QStringList({u"Ben $1.00"_s, u"Cy $0.00"_s, u"Pia $0.00"_s})
                                << qint64(1'000'000)
                                << QStringList({u"Pia -$1.50 -100 %"_s, u"Ben +$1.00 new"_s})
                                << u"$6.00 of $10.00 spent (60 %) · Warning"_s;
    QTest::newRow("source gateway")
        << DashboardFilter {{}, {}, {}, u"gateway"_s} << month << u"Platform"_s
        << u"Platform · 3 people · $2.00 (estimated) · 20k tokens · "_s + span
            + u" · source gateway"_s
        << QStringList({u"Cy $2.00"_s, u"Ben $0.00"_s, u"Pia $0.00"_s}) << qint64(2'000'000)
        << QStringList({u"Cy -$0.50 -20 %"_s}) << u"$6.00 of $10.00 spent (60 %) · Warning"_s;
    // Last month counts 25 October too; September before it had nothing.
    QTest::newRow("last month")
        << DashboardFilter {} << ReportPeriod::LastMonth << u"Platform"_s
        << u"Platform · 3 people · $14.00 (estimated) · 132.5k tokens · 10/1/26 – 10/31/26"_s
        << QStringList({u"Ben $10.00"_s, u"Cy $2.50"_s, u"Pia $1.50"_s}) << qint64(14'000'000)
        << QStringList({u"Ben +$10.00 new"_s, u"Cy +$2.50 new"_s, u"Pia +$1.50 new"_s})
        << u"$6.00 of $10.00 spent (60 %) · Warning"_s;
}

void tst_TeamPage::filtersNarrowTheNumbers()
{
    QFETCH(DashboardFilter, filter);
    QFETCH(ReportPeriod, period);
    QFETCH(QString, team);
    QFETCH(QString, summary);
    QFETCH(QStringList, people);
    QFETCH(qint64, chartMicros);
    QFETCH(QStringList, movers);
    QFETCH(QString, budget);

    Tester peopleTester(m_page->peopleModel(), qtTest);
    Tester moversTester(m_page->moversModel(), qtTest);
    show(filter, period);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
    QCOMPARE(m_page->selectedTeam(), team);
    QCOMPARE(this->summary()->text(), summary);
    QCOMPARE(spendRows(m_page->peopleModel()), people);
    QCOMPARE(m_page->chart()->breakdown().totalMicros, chartMicros);
    QCOMPARE(moverRows(m_page->moversModel()), movers);
    // The team budget is the whole team's whatever narrows the rest, and says so.
    const QString budgetText = m_page->budgetSummary()->text();
    QVERIFY2(budgetText.startsWith(budget), qPrintable(budgetText));
    const bool narrowed
        = !filter.personEmail.isEmpty() || !filter.model.isEmpty() || !filter.source.isEmpty();
    QCOMPARE(budgetText.endsWith(u" · the whole team's budget: the filters don't narrow it"_s),
             narrowed);

    // Back to the whole team.
    show();
    QCOMPARE(m_page->selectedTeam(), u"Platform"_s);
    QCOMPARE(m_page->chart()->breakdown().totalMicros, 6'000'000);
}

void tst_TeamPage::personOutsideMyTeamShowsTheirTeam()
{
    Tester tester(m_page->peopleModel(), qtTest);
    // Dan is in Sales, not in Pia's Platform: the page shows him in his team rather than an
    // empty Platform.
    show({{}, u"dan@example.com"_s, {}, {}});
    QCOMPARE(m_page->selectedTeam(), u"Sales"_s);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
    QCOMPARE(spendRows(m_page->peopleModel()), QStringList({u"Dan $7.00"_s}));
    QCOMPARE(summary()->text(),
             u"Sales · 1 person · $7.00 (estimated) · 70k tokens · 11/1/26 – 11/22/26"
             u" · dan@example.com"_s);
    // A team and a person outside it: nobody to show.
    show({u"Platform"_s, u"dan@example.com"_s, {}, {}});
    QCOMPARE(m_page->selectedTeam(), u"Platform"_s);
    QCOMPARE(m_page->peopleModel()->rowCount(), 0);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Empty);
}

void tst_TeamPage::openBreakdownShowsThePersonsTotals()
{
    // The page's model filter narrows the breakdown too; the team does not (all of Ben's).
    show({u"Engineering"_s, {}, u"claude-sonnet-4-5"_s, {}});
    m_page->openBreakdown(u"ben@example.com"_s);
    QPointer<BreakdownDialog> dialog = waitForBreakdown();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Ben · 11/1/26 – 11/22/26"_s);
    ReportTableModel *byModel = dialog->table(0);
    Tester tester(byModel, qtTest);
    QCOMPARE(byModel->report().totals.costMicros, 3'000'000);
    QCOMPARE(byModel->rowCount(), 1);
    QCOMPARE(byModel->row(0).keys, QStringList({u"claude-sonnet-4-5"_s}));
    dialog->close();
    QTRY_VERIFY(dialog.isNull()); // deletes itself

    show();
    m_page->openBreakdown(u"ben@example.com"_s);
    dialog = waitForBreakdown();
    QVERIFY(dialog);
    ReportTableModel *all = dialog->table(0);
    Tester allTester(all, qtTest);
    QCOMPARE(all->report().totals.costMicros, 4'000'000);
    QCOMPARE(all->report().totals.tokens.total(), 35'000);
    QCOMPARE(all->report().totals.requests, 2);
    QCOMPARE(dialog->chart()->breakdown().totalMicros, 4'000'000);
    dialog->close();
}

void tst_TeamPage::activatingARowOpensTheBreakdown()
{
    QTableView *view = m_page->peopleView();
    Tester tester(view->model(), qtTest);
    // Cy's row, wherever sorting put it.
    QModelIndex cy;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, PersonSpendModel::Name);
        if (index.data().toString() == u"Cy"_s)
            cy = index;
    }
    QVERIFY(cy.isValid());
    emit view->activated(cy);
    BreakdownDialog *dialog = waitForBreakdown();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Cy · 11/1/26 – 11/22/26"_s);
    Tester sourceTester(dialog->table(1), qtTest);
    QCOMPARE(dialog->table(1)->report().totals.costMicros, 2'000'000);
    QCOMPARE(dialog->table(1)->rowCount(), 1);
    QCOMPARE(dialog->table(1)->row(0).keys, QStringList({u"openrouter"_s}));
    dialog->close();
}

QTEST_MAIN(tst_TeamPage)
#include "tst_teampage.moc"
