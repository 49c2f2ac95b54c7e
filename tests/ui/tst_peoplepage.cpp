#include "analytics/dashboardstate.h"
#include "analytics/queryservice.h"
#include "itemmodels/peoplemodel.h"
#include "itemmodels/unmatchedidentitymodel.h"
#include "peoplepage.h"
#include "statestack.h"
#include "support/dashboardtesting.h"
#include "support/fakeclock.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DashboardFilter)

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto qtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

// "Name Team" per row in the model's order.
QStringList peopleRows(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(model->index(row, PeopleModel::Name).data().toString() + u' '
                    + model->index(row, PeopleModel::Team).data().toString());
    return rows;
}

} // namespace

// The directory of the DashboardFixture organisation (and the stranger, whose usage nobody is
// matched to), narrowed by the tool bar's team and person.
class tst_PeoplePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsTheDirectory();
    void honoursTeamAndPerson_data();
    void honoursTeamAndPerson();
    void searchNarrowsFurther();
    void ignoresModelAndSource();
    void emptyDirectorySaysHowToStart();

private:
    void show(const DashboardFilter &filter = {});

    QThread m_thread;
    FakeClock m_clock;
    std::unique_ptr<DashboardFixture> m_fixture;
    std::unique_ptr<QueryService> m_queries;
    DirectorySnapshot m_directory;
    std::unique_ptr<PeoplePage> m_page;
};

void tst_PeoplePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_thread.start();
    m_fixture = std::make_unique<DashboardFixture>();
    m_queries = std::make_unique<QueryService>(m_fixture->path());
    m_queries->moveToThread(&m_thread);
    const std::optional<DirectorySnapshot> directory = DashboardTesting::directory(*m_queries);
    QVERIFY(directory);
    m_directory = *directory;
}

void tst_PeoplePage::cleanupTestCase()
{
    m_queries.release()->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

void tst_PeoplePage::init()
{
    m_page = std::make_unique<PeoplePage>(m_queries.get(), &m_clock);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    show();
}

void tst_PeoplePage::cleanup()
{
    m_page.reset();
}

void tst_PeoplePage::show(const DashboardFilter &filter)
{
    m_page->setState(makeDashboardState(m_directory, {}, ReportPeriod::ThisMonth, m_clock, filter));
    QTRY_VERIFY(m_page->isLoaded());
}

void tst_PeoplePage::showsTheDirectory()
{
    Tester people(m_page->peopleModel(), qtTest);
    Tester unmatched(m_page->unmatchedModel(), qtTest);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
    QCOMPARE(peopleRows(m_page->peopleModel()),
             QStringList({u"Ana Engineering"_s, u"Ben Platform"_s, u"Cy Platform"_s, u"Dan Sales"_s,
                          u"Pia Platform"_s, u"Rita Leadership"_s}));
    QCOMPARE(m_page->peopleModel()->index(1, PeopleModel::Manager).data().toString(),
             u"pia@example.com"_s);
    QCOMPARE(m_page->unmatchedModel()->rowCount(), 1);
    QCOMPARE(m_page->unmatchedModel()->index(0, UnmatchedIdentityModel::Identity).data().toString(),
             u"stranger@example.com"_s);
}

void tst_PeoplePage::honoursTeamAndPerson_data()
{
    QTest::addColumn<DashboardFilter>("filter");
    QTest::addColumn<QStringList>("people");
    QTest::newRow("Engineering and the teams in it")
        << DashboardFilter {u"Engineering"_s, {}, {}, {}}
        << QStringList(
               {u"Ana Engineering"_s, u"Ben Platform"_s, u"Cy Platform"_s, u"Pia Platform"_s});
    QTest::newRow("Platform") << DashboardFilter {u"Platform"_s, {}, {}, {}}
                              << QStringList(
                                     {u"Ben Platform"_s, u"Cy Platform"_s, u"Pia Platform"_s});
    QTest::newRow("Sales") << DashboardFilter {u"Sales"_s, {}, {}, {}}
                           << QStringList({u"Dan Sales"_s});
    QTest::newRow("a person") << DashboardFilter {{}, u"cy@example.com"_s, {}, {}}
                              << QStringList({u"Cy Platform"_s});
    QTest::newRow("a person in the team")
        << DashboardFilter {u"Engineering"_s, u"ben@example.com"_s, {}, {}}
        << QStringList({u"Ben Platform"_s});
    QTest::newRow("a person outside the team")
        << DashboardFilter {u"Sales"_s, u"ben@example.com"_s, {}, {}} << QStringList();
}

void tst_PeoplePage::honoursTeamAndPerson()
{
    QFETCH(DashboardFilter, filter);
    QFETCH(QStringList, people);
    Tester peopleTester(m_page->peopleModel(), qtTest);
    Tester unmatchedTester(m_page->unmatchedModel(), qtTest);
    Tester shownTester(m_page->peopleView()->model(), qtTest);
    show(filter);
    QCOMPARE(peopleRows(m_page->peopleModel()), people);
    QCOMPARE(peopleRows(m_page->peopleView()->model()).size(), people.size());
    // Nobody is matched to the unmatched identities: no filter hides them.
    QCOMPARE(m_page->unmatchedModel()->rowCount(), 1);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);

    show();
    QCOMPARE(m_page->peopleModel()->rowCount(), 6);
}

void tst_PeoplePage::searchNarrowsFurther()
{
    show({u"Engineering"_s, {}, {}, {}});
    QAbstractItemModel *shown = m_page->peopleView()->model();
    Tester tester(shown, qtTest);
    QTest::keyClicks(m_page->searchField(), u"platform"_s);
    QCOMPARE(shown->rowCount(), 3);
    m_page->searchField()->setText(u"ana"_s); // Ana, and Pia whose manager she is
    QCOMPARE(peopleRows(shown), QStringList({u"Ana Engineering"_s, u"Pia Platform"_s}));
    m_page->searchField()->setText(u"dan"_s); // in Sales, outside the team
    QCOMPARE(shown->rowCount(), 0);
    m_page->searchField()->clear();
    QCOMPARE(shown->rowCount(), 4);
}

void tst_PeoplePage::ignoresModelAndSource()
{
    QCOMPARE(m_page->filterFields(),
             DashboardFilter::Fields(DashboardFilter::Team | DashboardFilter::Person));
    Tester tester(m_page->peopleModel(), qtTest);
    show({{}, {}, u"gpt-5"_s, u"gateway"_s});
    QCOMPARE(m_page->peopleModel()->rowCount(), 6);
}

void tst_PeoplePage::emptyDirectorySaysHowToStart()
{
    Tester tester(m_page->peopleModel(), qtTest);
    DirectorySnapshot empty;
    empty.ledgerPath = u"/elsewhere/ledger.sqlite"_s;
    m_page->setState(makeDashboardState(empty, {}, ReportPeriod::ThisMonth, m_clock));
    QTRY_VERIFY(m_page->isLoaded());
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Empty);
    QCOMPARE(m_page->stateStack()->message(), u"No people yet"_s);
    QCOMPARE(m_page->peopleModel()->rowCount(), 0);
}

QTEST_MAIN(tst_PeoplePage)
#include "tst_peoplepage.moc"
