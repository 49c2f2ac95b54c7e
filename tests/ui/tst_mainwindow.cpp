#include "agentlogspanel.h"
#include "alertbanner.h"
#include "alertspage.h"
#include "analytics/queryservice.h"
#include "budgets/alertstore.h"
#include "budgets/budgetadministration.h"
#include "budgets/budgetstore.h"
#include "budgetspage.h"
#include "dashboardtoolbar.h"
#include "itemmodels/alertsmodel.h"
#include "itemmodels/budgetsmodel.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/peoplemodel.h"
#include "itemmodels/personspendmodel.h"
#include "itemmodels/pricetablemodel.h"
#include "itemmodels/reporttablemodel.h"
#include "itemmodels/sourcesmodel.h"
#include "itemmodels/teamspendtreemodel.h"
#include "itemmodels/unmatchedidentitymodel.h"
#include "ledger/peopledirectory.h"
#include "ledger/reportingzonechange.h"
#include "ledger/sqlitedatabase.h"
#include "mainwindow.h"
#include "myusagepage.h"
#include "organisationpage.h"
#include "peoplepage.h"
#include "pricingpage.h"
#include "settingspage.h"
#include "sources/meters/localmeterservice.h"
#include "sourcespage.h"
#include "stackedbarchart.h"
#include "statcard.h"
#include "statestack.h"
#include "support/fakeclock.h"
#include "support/templedger.h"
#include "teampage.h"
#include "trayicon.h"
#include "uisettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QtTest>

namespace {

UsageRecord record(const QString &key, const QString &email, const QDate &day, const QString &model,
                   const QString &project, qint64 costMicros, CostKind kind = CostKind::Estimated)
{
    UsageRecord usage;
    usage.externalKey = key;
    usage.startMs = usage.endMs = QDateTime(day, QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
    usage.identityKind = QStringLiteral("email");
    usage.identityValue = email;
    usage.provider = QStringLiteral("anthropic");
    usage.model = model;
    usage.project = project;
    usage.tokens.input = 1000;
    usage.tokens.output = 500;
    usage.costKind = kind;
    usage.costMicros = kind == CostKind::Unpriced ? 0 : costMicros;
    return usage;
}

// An alert on bob's team budget, addressed to bob, stored in the ledger's history.
BudgetAlert recordAlert(Ledger &ledger, qint64 budgetId, int threshold, qint64 firedMs)
{
    BudgetAlert alert;
    alert.budgetId = budgetId;
    alert.budgetLabel = QStringLiteral("team:Platform · month");
    alert.periodFirst = QDate(2026, 11, 1);
    alert.periodLast = QDate(2026, 11, 30);
    alert.threshold = threshold;
    alert.firedMs = firedMs;
    alert.spent = threshold * 100'000;
    alert.limit = 10'000'000;
    alert.message = QStringLiteral("%1 % of team:Platform's month budget used").arg(threshold);
    alert.recipients = {
        {QStringLiteral("bob@example.com"), QStringLiteral("Bob Builder"), RecipientRole::Owner}};
    SqliteTransaction transaction(ledger.database());
    Result<std::optional<BudgetAlert>> recorded = AlertStore(ledger).recordOnce(alert, 1, firedMs);
    if (!recorded || !*recorded || !transaction.commit())
        return {};
    return **recorded;
}

using Tester = QAbstractItemModelTester;
constexpr auto qtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void navigationHasFocusFirst();
    void myUsageShowsTheFixtureTotal();
    void everyPageOpens();
    void teamAndOrganisation();
    void periodSwitchShowsEmptyState();
    void settingsChooseWhoIAm();
    void refreshSeesNewUsage();
    void trayToolTipShowsMySpend();
    void emptyLedgerShowsEmptyStates();
    void sourcesImportAgentLogs();
    void pageShortcutsFollowTheList();
    void bannerShowsMyAlertAndActs();
    void newAlertsNotifyWithoutATray();
    void trayShowsMyBudgetState();
    void currencyChoiceRedrawsThePages();
    void reportingZoneChangedFromSettings();

private:
    void loadPage(MainWindow::Page page);
    template<typename PageType>
    PageType *page(MainWindow::Page page)
    {
        return static_cast<PageType *>(m_window->page(page));
    }

    TempLedger m_ledger;
    qint64 m_sourceId = 0;
    qint64 m_budgetId = 0;
    FakeClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC)};
    QThread m_thread;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BurnrateTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_ledger.isValid());
    PeopleDirectory people(m_ledger.ledger());
    QVERIFY(people.importCsv(
        "email,name,team,manager,role,identities\n"
        "ana@example.com,Ana Admin,Engineering,,manager,\n"
        "bob@example.com,Bob Builder,Engineering/Platform,ana@example.com,employee,\n"
        "cy@example.com,Cy Coder,Engineering/Platform,ana@example.com,employee,\n"
        "dee@example.com,Dee Seller,Sales,,employee,\n"));
    QVERIFY(m_ledger->setSetting(QStringLiteral("me_email"), QStringLiteral("bob@example.com")));
    QVERIFY(m_ledger->setSetting(QStringLiteral("org_name"), QStringLiteral("Fixture Inc")));
    Result<qint64> source
        = m_ledger->ensureSource(QStringLiteral("claude-code"), QStringLiteral("laptop"));
    QVERIFY(source);
    m_sourceId = *source;
    const QDate day(2026, 11, 20);
    QVERIFY(m_ledger->writeUsage(
        m_sourceId,
        {
            record(QStringLiteral("1"), QStringLiteral("bob@example.com"), day,
                   QStringLiteral("opus"), QStringLiteral("api"), 1'500'000),
            record(QStringLiteral("2"), QStringLiteral("bob@example.com"), day.addDays(1),
                   QStringLiteral("haiku"), QStringLiteral("web"), 250'000),
            record(QStringLiteral("3"), QStringLiteral("ana@example.com"), day,
                   QStringLiteral("opus"), QStringLiteral("api"), 2'000'000),
            record(QStringLiteral("4"), QStringLiteral("cy@example.com"), day,
                   QStringLiteral("llama"), QStringLiteral("api"), 0, CostKind::Unpriced),
            record(QStringLiteral("5"), QStringLiteral("dee@example.com"), day,
                   QStringLiteral("haiku"), QString(), 400'000),
            record(QStringLiteral("6"), QStringLiteral("stranger@example.com"), day,
                   QStringLiteral("opus"), QString(), 100'000),
        }));
    Budget budget;
    budget.scope = BudgetScope::Team;
    budget.scopeName = QStringLiteral("Platform");
    budget.limitMicros = 10'000'000;
    Result<qint64> budgetId = BudgetStore(m_ledger.ledger()).add(budget, 0);
    QVERIFY(budgetId);
    m_budgetId = *budgetId;
    QVERIFY(recordAlert(m_ledger.ledger(), m_budgetId, 50,
                        QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC).toMSecsSinceEpoch())
                .id);
    m_thread.start();
}

void tst_MainWindow::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

void tst_MainWindow::init()
{
    UiSettings::setMeOverride({});
    UiSettings::setPeriod(ReportPeriod::ThisMonth);
    // The same wiring as Application: the service lives on its own thread.
    m_queries = std::make_unique<QueryService>(m_ledger.path());
    m_queries->moveToThread(&m_thread);
    m_window = std::make_unique<MainWindow>(m_queries.get(), &m_clock);
    m_window->show();
    m_window->refresh();
    QTRY_VERIFY(m_window->state().isValid);
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    // Dollars for the next test, whatever this one chose.
    DisplayFormat::setCurrency({});
    UiSettings::setCurrency({});
    // The service belongs to the worker thread; hand it to deleteLater there.
    m_queries.release()->deleteLater();
}

void tst_MainWindow::loadPage(MainWindow::Page page)
{
    m_window->showPage(page);
    QCOMPARE(m_window->currentPage(), page);
    QTRY_VERIFY(m_window->page(page)->isLoaded());
}

void tst_MainWindow::navigationHasFocusFirst()
{
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_window->navigation()));
    QCOMPARE(m_window->currentPage(), MainWindow::Page::MyUsage);
    QTest::keyClick(m_window->navigation(), Qt::Key_Down);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Team);
    QTest::keyClick(m_window->navigation(), Qt::Key_End);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Settings);
    QVERIFY(!m_window->navigation()->accessibleName().isEmpty());
}

void tst_MainWindow::myUsageShowsTheFixtureTotal()
{
    loadPage(MainWindow::Page::MyUsage);
    auto *myUsage = page<MyUsagePage>(MainWindow::Page::MyUsage);
    QCOMPARE(myUsage->stateStack()->state(), StateStack::State::Content);
    QCOMPARE(myUsage->spendCard()->value(), QStringLiteral("$1.75"));
    QCOMPARE(myUsage->spendCard()->caption(), QStringLiteral("estimated"));
    Tester byModel(myUsage->modelTable(), qtTest);
    Tester byProject(myUsage->projectTable(), qtTest);
    QCOMPARE(myUsage->modelTable()->rowCount(), 2);
    QCOMPARE(myUsage->modelTable()->report().totals.costMicros, 1'750'000);
    QCOMPARE(myUsage->projectTable()->rowCount(), 2);
    QCOMPARE(myUsage->chart()->barCount(), 22); // 1 – 22 November, one bar a day
    QCOMPARE(myUsage->chart()->breakdown().totalMicros, 1'750'000);
}

void tst_MainWindow::everyPageOpens()
{
    for (int i = 0; i < MainWindow::pageCount; ++i) {
        const auto which = MainWindow::Page(i);
        loadPage(which);
        DashboardPage *shown = m_window->page(which);
        QVERIFY2(shown->stateStack()->state() == StateStack::State::Content,
                 qPrintable(MainWindow::pageKey(which) + u": " + shown->stateStack()->message()));
        QVERIFY(!shown->accessibleName().isEmpty());
    }
    auto *budgets = page<BudgetsPage>(MainWindow::Page::Budgets);
    Tester budgetTester(budgets->budgetsModel(), qtTest);
    QCOMPARE(budgets->budgetsModel()->rowCount(), 1);
    QCOMPARE(budgets->budgetsModel()->index(0, BudgetsModel::Spent).data().toString(),
             QStringLiteral("$1.75"));

    auto *alerts = page<AlertsPage>(MainWindow::Page::Alerts);
    Tester alertTester(alerts->model(), qtTest);
    QCOMPARE(alerts->model()->rowCount(), 1);

    auto *sources = page<SourcesPage>(MainWindow::Page::Sources);
    Tester sourceTester(sources->sourcesModel(), qtTest);
    QCOMPARE(sources->sourcesModel()->rowCount(), 1);

    auto *people = page<PeoplePage>(MainWindow::Page::People);
    Tester peopleTester(people->peopleModel(), qtTest);
    Tester unmatchedTester(people->unmatchedModel(), qtTest);
    QCOMPARE(people->peopleModel()->rowCount(), 4);
    QCOMPARE(people->unmatchedModel()->rowCount(), 1);
    QTest::keyClicks(people->searchField(), QStringLiteral("platform"));
    QCOMPARE(people->peopleView()->model()->rowCount(), 2);

    auto *pricing = page<PricingPage>(MainWindow::Page::Pricing);
    Tester pricesTester(pricing->pricesModel(), qtTest);
    QVERIFY(pricing->pricesModel()->rowCount() > 0);
    QVERIFY(!pricing->versionLabel()->text().isEmpty());
}

void tst_MainWindow::teamAndOrganisation()
{
    loadPage(MainWindow::Page::Team);
    auto *team = page<TeamPage>(MainWindow::Page::Team);
    QCOMPARE(team->selectedTeam(), QStringLiteral("Platform")); // bob's team
    Tester teamTester(team->peopleModel(), qtTest);
    QCOMPARE(team->peopleModel()->rowCount(), 2);
    QCOMPARE(team->peopleModel()->index(0, PersonSpendModel::Name).data().toString(),
             QStringLiteral("Bob Builder"));
    QCOMPARE(team->peopleModel()->index(0, PersonSpendModel::TopModel).data().toString(),
             QStringLiteral("opus"));
    QCOMPARE(team->peopleModel()->index(1, PersonSpendModel::Spend).data().toString(),
             QStringLiteral("unpriced"));

    // The tool bar's team: Engineering includes Platform: ana, bob and cy.
    QComboBox *teamFilter = m_window->toolBar()->teamFilter();
    QVERIFY(teamFilter->isEnabled());
    const int engineering = teamFilter->findData(QStringLiteral("Engineering"));
    QVERIFY(engineering >= 0);
    teamFilter->setCurrentIndex(engineering);
    emit teamFilter->activated(engineering);
    QCOMPARE(m_window->filter().teamName, QStringLiteral("Engineering"));
    QTRY_VERIFY(team->isLoaded());
    QCOMPARE(team->selectedTeam(), QStringLiteral("Engineering"));
    QCOMPARE(team->peopleModel()->rowCount(), 3);
    QCOMPARE(team->chart()->breakdown().totalMicros, 3'750'000);
    // Only Engineering's people to choose from.
    QCOMPARE(m_window->toolBar()->personFilter()->count(), 1 + 3);

    // A model narrows the same page: only the opus usage.
    QComboBox *modelFilter = m_window->toolBar()->modelFilter();
    const int opus = modelFilter->findData(QStringLiteral("opus"));
    QVERIFY(opus > 0);
    modelFilter->setCurrentIndex(opus);
    emit modelFilter->activated(opus);
    QTRY_VERIFY(team->isLoaded());
    QVERIFY(team->chart()->breakdown().totalMicros < 3'750'000);
    QCOMPARE(team->chart()->breakdown().series, QStringList {QStringLiteral("opus")});
    m_window->setFilter({});
    QTRY_VERIFY(team->isLoaded());
    QCOMPARE(team->selectedTeam(), QStringLiteral("Platform"));

    loadPage(MainWindow::Page::Organisation);
    auto *organisation = page<OrganisationPage>(MainWindow::Page::Organisation);
    TeamSpendTreeModel *teams = organisation->teamModel();
    Tester treeTester(teams, qtTest);
    QCOMPARE(teams->organisationTotals().costMicros, 4'250'000);
    QVERIFY(organisation->totalLabel()->text().contains(QStringLiteral("Fixture Inc")));
    QVERIFY(organisation->totalLabel()->text().contains(QStringLiteral("$4.25")));
    QCOMPARE(teams->index(0, TeamSpendTreeModel::Name).data().toString(),
             QStringLiteral("Engineering"));
    QCOMPARE(teams->index(0, TeamSpendTreeModel::Spend).data().toString(), QStringLiteral("$3.75"));
    QCOMPARE(teams->rowCount(teams->index(0, 0)), 1); // Platform below Engineering
}

void tst_MainWindow::periodSwitchShowsEmptyState()
{
    loadPage(MainWindow::Page::MyUsage);
    auto *myUsage = page<MyUsagePage>(MainWindow::Page::MyUsage);
    QComboBox *period = m_window->periodSelector();
    const int lastMonth = period->findData(int(ReportPeriod::LastMonth));
    period->setCurrentIndex(lastMonth);
    emit period->activated(lastMonth);
    QCOMPARE(m_window->period(), ReportPeriod::LastMonth);
    QCOMPARE(UiSettings::period(), ReportPeriod::LastMonth);
    QCOMPARE(m_window->state().span.first, QDate(2026, 10, 1));
    QTRY_VERIFY(myUsage->isLoaded());
    QCOMPARE(myUsage->stateStack()->state(), StateStack::State::Empty);
    QCOMPARE(myUsage->stateStack()->message(), QStringLiteral("No usage in this period"));

    m_window->setPeriod(ReportPeriod::Last90Days);
    QTRY_VERIFY(myUsage->isLoaded());
    QCOMPARE(myUsage->stateStack()->state(), StateStack::State::Content);
    QCOMPARE(myUsage->spendCard()->value(), QStringLiteral("$1.75"));
    QVERIFY(myUsage->chart()->barCount() < 20); // weeks, not 90 days
}

void tst_MainWindow::settingsChooseWhoIAm()
{
    loadPage(MainWindow::Page::Settings);
    QComboBox *me = page<SettingsPage>(MainWindow::Page::Settings)->meSelector();
    const int ana = me->findData(QStringLiteral("ana@example.com"));
    QVERIFY(ana >= 0);
    me->setCurrentIndex(ana);
    emit me->activated(ana);
    QCOMPARE(m_window->state().meEmail, QStringLiteral("ana@example.com"));
    QCOMPARE(UiSettings::meOverride(), QStringLiteral("ana@example.com"));
    loadPage(MainWindow::Page::MyUsage);
    QTRY_COMPARE(page<MyUsagePage>(MainWindow::Page::MyUsage)->spendCard()->value(),
                 QStringLiteral("$2.00"));
}

void tst_MainWindow::refreshSeesNewUsage()
{
    loadPage(MainWindow::Page::MyUsage);
    auto *myUsage = page<MyUsagePage>(MainWindow::Page::MyUsage);
    QVERIFY(m_ledger->writeUsage(
        m_sourceId,
        {record(QStringLiteral("7"), QStringLiteral("bob@example.com"), QDate(2026, 11, 22),
                QStringLiteral("opus"), QStringLiteral("api"), 1'000'000)}));
    QAction *refresh = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().contains(QKeySequence(Qt::Key_F5)))
            refresh = action;
    }
    QVERIFY(refresh);
    refresh->trigger();
    QTRY_COMPARE(myUsage->spendCard()->value(), QStringLiteral("$2.75"));
    // Back to the fixture for the tests that follow.
    QVERIFY(
        m_ledger->database().exec(QStringLiteral("DELETE FROM usage WHERE external_key = '7'")));
}

void tst_MainWindow::trayToolTipShowsMySpend()
{
    TrayIcon *tray = m_window->trayIcon();
    QTRY_VERIFY(tray->toolTip().contains(QStringLiteral("$1.75")));
    QVERIFY(tray->toolTip().contains(QStringLiteral("estimated")));
}

void tst_MainWindow::emptyLedgerShowsEmptyStates()
{
    TempLedger empty;
    QVERIFY(empty.isValid());
    QueryService queries(empty.path());
    MainWindow window(&queries, &m_clock);
    window.show();
    window.refresh();
    QTRY_VERIFY(window.state().isValid);
    for (const auto which :
         {MainWindow::Page::MyUsage, MainWindow::Page::Team, MainWindow::Page::Organisation,
          MainWindow::Page::Budgets, MainWindow::Page::Alerts, MainWindow::Page::Sources,
          MainWindow::Page::People}) {
        window.showPage(which);
        QTRY_VERIFY(window.page(which)->isLoaded());
        QVERIFY2(window.page(which)->stateStack()->state() == StateStack::State::Empty,
                 qPrintable(MainWindow::pageKey(which)));
        QVERIFY(!window.page(which)->stateStack()->message().isEmpty());
    }
}

void tst_MainWindow::sourcesImportAgentLogs()
{
    auto *sources = page<SourcesPage>(MainWindow::Page::Sources);
    AgentLogsPanel *panel = sources->agentLogsPanel();
    loadPage(MainWindow::Page::Sources);
    QVERIFY(!panel->isVisible()); // no service, no panel

    // A Claude Code log in a temporary home, imported into a ledger of its own.
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("claude/projects/-home-dev-widget")));
    QVERIFY(QFile::copy(QFINDTESTDATA("data/local/claude_session.jsonl"),
                        home.filePath(QStringLiteral("claude/projects/-home-dev-widget/s.jsonl"))));
    TempLedger ledger;
    ledger.close();
    LocalMeterOptions options;
    options.environment = QProcessEnvironment();
    options.environment.insert(QStringLiteral("HOME"), home.path());
    options.environment.insert(QStringLiteral("CLAUDE_CONFIG_DIR"),
                               home.filePath(QStringLiteral("claude")));
    QThread thread;
    LocalMeterService meters(ledger.path(), &m_clock, options);
    meters.moveToThread(&thread);
    thread.start();
    sources->setLocalMeters(&meters, false);
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->watchCheckBox()->isChecked());

    const QString kind = QStringLiteral("claude-code");
    QTest::mouseClick(panel->importButton(kind), Qt::LeftButton);
    QVERIFY(!panel->importButton(kind)->isEnabled());
    QTRY_VERIFY(panel->importButton(kind)->isEnabled());
    QCOMPARE(panel->resultLabel(kind)->text(),
             QStringLiteral("Read 1 files, 2 new messages, 0 malformed lines skipped"));
    QVERIFY(panel->progressBar(kind)->isHidden());

    m_window.reset(); // the page goes before the service it shows
    thread.quit();
    thread.wait();
}

void tst_MainWindow::pageShortcutsFollowTheList()
{
    QCOMPARE(m_window->navigation()->count(), MainWindow::pageCount);
    QCOMPARE(m_window->navigation()->item(int(MainWindow::Page::Alerts))->text(),
             QStringLiteral("Alerts"));
    QCOMPARE(MainWindow::pageKey(MainWindow::Page::Alerts), QStringLiteral("alerts"));
    const auto shortcutTo = [this](MainWindow::Page which) -> QKeySequence {
        const QString title = m_window->navigation()->item(int(which))->text();
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == title)
                return action->shortcut();
        }
        return {};
    };
    QCOMPARE(shortcutTo(MainWindow::Page::MyUsage), QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(shortcutTo(MainWindow::Page::Alerts), QKeySequence(Qt::CTRL | Qt::Key_5));
    QCOMPARE(shortcutTo(MainWindow::Page::Reconciliation), QKeySequence(Qt::CTRL | Qt::Key_9));
    QCOMPARE(shortcutTo(MainWindow::Page::Settings), QKeySequence(Qt::CTRL | Qt::Key_0));
}

void tst_MainWindow::bannerShowsMyAlertAndActs()
{
    BudgetAdministration administration(m_ledger.path(), m_clock);
    m_window->setBudgetAdministration(&administration);
    QSignalSpy edited(m_window.get(), &MainWindow::budgetsEdited);
    AlertBanner *banner = m_window->alertBanner();
    QVERIFY(!banner->isVisible());

    const BudgetAlert alert = recordAlert(m_ledger.ledger(), m_budgetId, 100, m_clock.nowMs());
    QVERIFY(alert.id);
    BudgetAlert forAna = alert;
    forAna.id = alert.id + 1000;
    forAna.firedMs = alert.firedMs + 1;
    forAna.recipients = {{QStringLiteral("ana@example.com"), QString(), RecipientRole::Manager}};
    m_window->setActiveAlerts({forAna, alert}); // as AlertMonitor::activeAlertsChanged does
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->shownAlert()->id, alert.id); // bob's, not ana's
    QVERIFY(banner->textLabel()->text().startsWith(QStringLiteral("100 % of the budget")));

    banner->showAlertsButton()->click();
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Alerts);
    auto *alerts = page<AlertsPage>(MainWindow::Page::Alerts);
    QTRY_VERIFY(alerts->isLoaded());
    QTRY_COMPARE(alerts->model()->rowCount(), 2);

    banner->acknowledgeButton()->click();
    QVERIFY(!banner->isVisible());
    QCOMPARE(edited.count(), 1);
    const QList<BudgetAlert> history = AlertStore(m_ledger.ledger()).history().value();
    QCOMPARE(history.first().id, alert.id);
    QCOMPARE(history.first().acknowledgedMs, m_clock.nowMs());
    // The history on the Alerts page follows.
    QTRY_VERIFY(alerts->model()
                    ->index(alerts->model()->rowOf(alert.id), AlertsModel::Status)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Acknowledged")));

    // Alerts only for others: no banner.
    m_window->setActiveAlerts({forAna});
    QVERIFY(!banner->isVisible());
    m_window->setBudgetAdministration(nullptr);
}

void tst_MainWindow::newAlertsNotifyWithoutATray()
{
    TrayIcon *tray = m_window->trayIcon();
    QVERIFY(!tray->isAvailable()); // the offscreen platform has no system tray
    QSignalSpy notified(tray, &TrayIcon::notified);
    BudgetAlert mine;
    mine.id = 41;
    mine.budgetLabel = QStringLiteral("person:bob@example.com · month");
    mine.threshold = 80;
    mine.recipients = {{QStringLiteral("bob@example.com"), QString(), RecipientRole::Owner}};
    BudgetAlert notMine = mine;
    notMine.id = 42;
    notMine.recipients = {{QStringLiteral("dee@example.com"), QString(), RecipientRole::Owner}};
    m_window->notifyAlerts({mine, notMine});
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.first().at(0).toLongLong(), 41);
    QCOMPARE(notified.first().at(1).value<TrayIcon::Channel>(), TrayIcon::Channel::WindowAlert);
}

void tst_MainWindow::trayShowsMyBudgetState()
{
    TrayIcon *tray = m_window->trayIcon();
    QVERIFY(!tray->budgetState());
    const auto evaluation
        = [](BudgetScope scope, const QString &name, BudgetState state, qint64 spent) {
              BudgetEvaluation evaluation;
              evaluation.budget.scope = scope;
              evaluation.budget.scopeName = name;
              evaluation.budget.limitMicros = 10'000'000;
              evaluation.limit = 10'000'000;
              evaluation.spent = spent;
              evaluation.state = state;
              return evaluation;
          };
    // Bob (me) is in Platform, nested in Engineering; Sales is not his.
    m_window->setBudgetEvaluations({
        evaluation(BudgetScope::Team, QStringLiteral("Sales"), BudgetState::Exceeded, 12'000'000),
        evaluation(BudgetScope::Person, QStringLiteral("bob@example.com"), BudgetState::Ok,
                   1'000'000),
        evaluation(BudgetScope::Team, QStringLiteral("Engineering"), BudgetState::Warning,
                   8'500'000),
        evaluation(BudgetScope::Organisation, QString(), BudgetState::Exceeded, 11'000'000),
    });
    QCOMPARE(tray->budgetState(), std::optional<BudgetState>(BudgetState::Warning));
    QTRY_VERIFY(tray->toolTip().contains(QStringLiteral("$1.75")));
    QVERIFY2(tray->toolTip().contains(QStringLiteral("My budgets: Warning (team:Engineering, 85 % "
                                                     "used)")),
             qPrintable(tray->toolTip()));
    m_window->setBudgetEvaluations({});
    QVERIFY(!tray->budgetState());
    QVERIFY(!tray->toolTip().contains(QStringLiteral("My budgets")));
}

void tst_MainWindow::currencyChoiceRedrawsThePages()
{
    loadPage(MainWindow::Page::MyUsage);
    auto *myUsage = page<MyUsagePage>(MainWindow::Page::MyUsage);
    QCOMPARE(myUsage->spendCard()->value(), QStringLiteral("$1.75"));
    loadPage(MainWindow::Page::Settings);
    auto *settings = page<SettingsPage>(MainWindow::Page::Settings);
    QComboBox *currency = settings->currencySelector();
    const int euro = currency->findData(QStringLiteral("EUR"));
    QVERIFY(euro >= 0);
    currency->setCurrentIndex(euro);
    emit currency->activated(euro);
    settings->rateField()->setText(QStringLiteral("0.92"));
    emit settings->rateField()->editingFinished();
    QCOMPARE(DisplayFormat::currency().code(), QStringLiteral("EUR"));

    // $1.75 × 0.92 = €1.61, on the page and in the tray, without a restart.
    loadPage(MainWindow::Page::MyUsage);
    QTRY_COMPARE(myUsage->spendCard()->value(), QStringLiteral("€1.61"));
    QTRY_VERIFY(m_window->trayIcon()->toolTip().contains(QStringLiteral("€1.61")));

    loadPage(MainWindow::Page::Settings);
    const int dollars = currency->findData(QStringLiteral("USD"));
    currency->setCurrentIndex(dollars);
    emit currency->activated(dollars);
    loadPage(MainWindow::Page::MyUsage);
    QTRY_COMPARE(myUsage->spendCard()->value(), QStringLiteral("$1.75"));
}

void tst_MainWindow::reportingZoneChangedFromSettings()
{
    BudgetAdministration administration(m_ledger.path(), m_clock);
    m_window->setBudgetAdministration(&administration);
    ReportingZoneChange change(m_ledger.path());
    m_window->setReportingZoneChange(&change);
    loadPage(MainWindow::Page::Settings);
    auto *settings = page<SettingsPage>(MainWindow::Page::Settings);
    QComboBox *zone = settings->zoneSelector();
    QCOMPARE(zone->currentText(), QStringLiteral("UTC"));
    QVERIFY(zone->isEnabled());

    zone->setEditText(QStringLiteral("Asia/Tokyo"));
    settings->zoneApplyButton()->click();
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QVERIFY(question->text().contains(QStringLiteral("Asia/Tokyo")));
    QVERIFY(question->informativeText().contains(QStringLiteral("may take a while")));
    QAbstractButton *confirm = nullptr;
    const QList<QAbstractButton *> buttons = question->buttons();
    for (QAbstractButton *button : buttons) {
        if (question->buttonRole(button) == QMessageBox::AcceptRole)
            confirm = button;
    }
    QVERIFY(confirm);
    QSignalSpy edited(m_window.get(), &MainWindow::budgetsEdited);
    confirm->click();
    QVERIFY(settings->zoneProgress()->isVisible()); // busy until it has finished
    QVERIFY(!zone->isEnabled());

    // Done: the window reads everything again and Settings shows the ledger's new zone.
    QTRY_COMPARE(m_window->state().directory.timeZone, QStringLiteral("Asia/Tokyo"));
    QTRY_COMPARE(zone->currentText(), QStringLiteral("Asia/Tokyo"));
    QVERIFY(!settings->zoneProgress()->isVisible());
    QVERIFY(zone->isEnabled());
    QCOMPARE(edited.count(), 1); // budgets are evaluated again
    QCOMPARE(m_ledger->reportingTimeZone().id(), QByteArray("Asia/Tokyo"));

    // Back to the fixture's zone.
    QVERIFY(ReportingZoneChange::apply(m_ledger.path(), QStringLiteral("UTC")));
    m_window->setBudgetAdministration(nullptr);
    m_window->setReportingZoneChange(nullptr);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
