#include "alertspage.h"
#include "analytics/dashboardstate.h"
#include "analytics/queryservice.h"
#include "budgets/alertstore.h"
#include "budgets/budgetadministration.h"
#include "budgets/budgetstore.h"
#include "core/csv.h"
#include "itemmodels/alertsmodel.h"
#include "itemmodels/itemroles.h"
#include "ledger/peopledirectory.h"
#include "ledger/sqlitedatabase.h"
#include "statestack.h"
#include "support/fakeclock.h"
#include "support/templedger.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = 3'600'000;

qint64 utcMs(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class tst_AlertsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void historyIsShownNewestFirst();
    void acknowledgeChangesTheStatus();
    void snoozeChangesTheStatus();
    void exportWritesTheHistory();
    void withoutAlertsItSaysWhy();
    void saysWhenTheFilterMatchesNoAlert();

private:
    qint64 recordAlert(int threshold, qint64 firedMs);
    BudgetAlert stored(qint64 id);
    void select(qint64 id);
    QString statusShown(qint64 id) const;

    QThread m_thread;
    FakeClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc())};
    std::unique_ptr<TempLedger> m_ledger;
    qint64 m_budgetId = 0;
    qint64 m_older = 0;
    qint64 m_newer = 0;
    std::unique_ptr<BudgetAdministration> m_administration;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<AlertsPage> m_page;
};

void tst_AlertsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_thread.start();
}

void tst_AlertsPage::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

qint64 tst_AlertsPage::recordAlert(int threshold, qint64 firedMs)
{
    BudgetAlert alert;
    alert.budgetId = m_budgetId;
    alert.budgetLabel = u"team:Platform · month"_s;
    alert.periodFirst = QDate(2026, 11, 1);
    alert.periodLast = QDate(2026, 11, 30);
    alert.threshold = threshold;
    alert.firedMs = firedMs;
    alert.spent = threshold * 100'000;
    alert.limit = 10'000'000;
    alert.message = u"%1 % of team:Platform's month budget used"_s.arg(threshold);
    alert.recipients = {{u"bob@example.com"_s, u"Bob Builder"_s, RecipientRole::Owner}};
    SqliteTransaction transaction(m_ledger->ledger().database());
    Result<std::optional<BudgetAlert>> recorded
        = AlertStore(m_ledger->ledger()).recordOnce(alert, 1, firedMs);
    if (!recorded || !*recorded || !transaction.commit())
        return 0;
    return (*recorded)->id;
}

BudgetAlert tst_AlertsPage::stored(qint64 id)
{
    const QList<BudgetAlert> history = AlertStore(m_ledger->ledger()).history().value();
    for (const BudgetAlert &alert : history) {
        if (alert.id == id)
            return alert;
    }
    return {};
}

void tst_AlertsPage::init()
{
    m_ledger = std::make_unique<TempLedger>();
    QVERIFY(m_ledger->isValid());
    Ledger &ledger = m_ledger->ledger();
    QVERIFY(PeopleDirectory(ledger).importCsv(
        "email,name,team,manager,role,identities\n"
        "bob@example.com,Bob Builder,Engineering/Platform,,employee,\n"));
    Budget budget;
    budget.scope = BudgetScope::Team;
    budget.scopeName = u"Platform"_s;
    budget.limitMicros = 10'000'000;
    Result<qint64> budgetId = BudgetStore(ledger).add(budget, m_clock.nowMs());
    QVERIFY(budgetId);
    m_budgetId = *budgetId;
    m_older = recordAlert(50, utcMs(QDate(2026, 11, 12), 9));
    m_newer = recordAlert(80, utcMs(QDate(2026, 11, 21), 9));
    QVERIFY(m_older && m_newer);

    m_administration = std::make_unique<BudgetAdministration>(m_ledger->path(), m_clock);
    m_queries = std::make_unique<QueryService>(m_ledger->path());
    m_queries->moveToThread(&m_thread);
    m_page = std::make_unique<AlertsPage>(m_queries.get(), &m_clock);
    m_page->setBudgetAdministration(m_administration.get());
    m_page->resize(1200, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    DirectorySnapshot directory;
    directory.ledgerPath = m_ledger->path();
    directory.timeZone = u"UTC"_s;
    m_page->setState(makeDashboardState(directory, {}, ReportPeriod::ThisMonth, m_clock));
    QTRY_VERIFY(m_page->isLoaded());
}

void tst_AlertsPage::cleanup()
{
    m_page.reset();
    m_queries.release()->deleteLater();
    m_administration.reset();
    m_ledger.reset();
}

void tst_AlertsPage::select(qint64 id)
{
    m_page->selectAlert(id);
    QCOMPARE(m_page->selectedId(), id);
}

QString tst_AlertsPage::statusShown(qint64 id) const
{
    AlertsModel *model = m_page->model();
    return model->index(model->rowOf(id), AlertsModel::Status).data().toString();
}

void tst_AlertsPage::historyIsShownNewestFirst()
{
    QAbstractItemModelTester tester(m_page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
    QCOMPARE(m_page->model()->rowCount(), 2);
    QAbstractItemModel *shown = m_page->view()->model();
    QCOMPARE(shown->index(0, AlertsModel::Threshold).data().toString(), u"80 %"_s);
    QCOMPARE(shown->index(1, AlertsModel::Threshold).data().toString(), u"50 %"_s);
    QCOMPARE(shown->index(0, AlertsModel::Message).data().toString(),
             u"80 % used: $8.00 of $10.00"_s);
    QCOMPARE(shown->index(0, AlertsModel::Message).data(Qt::ToolTipRole).toString(),
             u"80 % of the budget team:Platform · month used: $8.00 of $10.00"_s);
    QCOMPARE(shown->index(0, AlertsModel::Recipients).data().toString(), u"Bob Builder"_s);
    QCOMPARE(shown->index(0, AlertsModel::Status).data().toString(), u"Active"_s);
    QVERIFY(m_page->exportButton()->isEnabled());
    QVERIFY(!m_page->view()->accessibleName().isEmpty());
    for (QPushButton *button :
         {m_page->acknowledgeButton(), m_page->snoozeButton(), m_page->exportButton()})
        QVERIFY(!button->accessibleName().isEmpty());
    // Nothing selected, nothing to act on.
    QVERIFY(!m_page->acknowledgeButton()->isEnabled());
    QVERIFY(!m_page->snoozeButton()->isEnabled());
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Down);
    QVERIFY(m_page->selectedId() != 0);
    QVERIFY(m_page->acknowledgeButton()->isEnabled());
    QVERIFY(m_page->snoozeButton()->isEnabled());
}

void tst_AlertsPage::acknowledgeChangesTheStatus()
{
    QSignalSpy edited(m_page.get(), &AlertsPage::alertsEdited);
    select(m_newer);
    QTest::mouseClick(m_page->acknowledgeButton(), Qt::LeftButton);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(stored(m_newer).acknowledgedMs, m_clock.nowMs());
    QTRY_VERIFY(statusShown(m_newer).startsWith(u"Acknowledged "_s));
    QCOMPARE(statusShown(m_older), u"Active"_s);
    // An acknowledged alert has nothing left to do.
    QCOMPARE(m_page->selectedId(), m_newer);
    QVERIFY(!m_page->acknowledgeButton()->isEnabled());
    QVERIFY(!m_page->snoozeButton()->isEnabled());
    QCOMPARE(
        m_page->model()->index(m_page->model()->rowOf(m_newer), 0).data(ItemRole::State).toInt(),
        int(AlertsModel::AlertStatus::Acknowledged));
}

void tst_AlertsPage::snoozeChangesTheStatus()
{
    QSignalSpy edited(m_page.get(), &AlertsPage::alertsEdited);
    select(m_older);
    QMenu *menu = m_page->snoozeMenu();
    QCOMPARE(m_page->snoozeButton()->menu(), menu);
    const QList<QAction *> lengths = menu->actions();
    QCOMPARE(lengths.size(), 4); // 1 hour, 4 hours, 1 day, 1 week
    QCOMPARE(lengths[1]->data().toLongLong(), 4 * hourMs);
    QCOMPARE(lengths[3]->data().toLongLong(), 7 * 24 * hourMs);
    lengths[1]->trigger();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(stored(m_older).snoozedUntilMs, m_clock.nowMs() + 4 * hourMs);
    QTRY_VERIFY(statusShown(m_older).startsWith(u"Snoozed until "_s));
    QCOMPARE(statusShown(m_newer), u"Active"_s);
    QVERIFY(m_page->acknowledgeButton()->isEnabled()); // a snoozed alert can still be acknowledged

    // Once the snooze is over, the alert is active again.
    m_clock.advanceSecs(5 * 3600);
    m_page->refreshHistory();
    QTRY_COMPARE(statusShown(m_older), u"Active"_s);
}

void tst_AlertsPage::exportWritesTheHistory()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"alerts.csv"_s);
    QString error;
    QVERIFY2(m_page->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<QList<Csv::Record>> records = Csv::parse(file.readAll());
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0).fields.first(), u"fired_at"_s);
    QCOMPARE(records->at(1).fields.at(0), u"2026-11-21T09:00:00Z"_s);
    QCOMPARE(records->at(1).fields.at(4), u"80"_s);
    QCOMPARE(records->at(2).fields.at(4), u"50"_s);
    QVERIFY(!m_page->exportCsv(directory.filePath(u"missing/alerts.csv"_s), &error));
    QVERIFY(!error.isEmpty());
}

void tst_AlertsPage::withoutAlertsItSaysWhy()
{
    TempLedger empty;
    QVERIFY(empty.isValid());
    QueryService queries(empty.path());
    AlertsPage page(&queries, &m_clock);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    DirectorySnapshot directory;
    directory.ledgerPath = empty.path();
    page.setState(makeDashboardState(directory, {}, ReportPeriod::ThisMonth, m_clock));
    QTRY_VERIFY(page.isLoaded());
    QCOMPARE(page.stateStack()->state(), StateStack::State::Empty);
    QCOMPARE(page.stateStack()->message(), u"No alerts yet"_s);
    QVERIFY(!page.exportButton()->isEnabled());
    QVERIFY(!page.acknowledgeButton()->isEnabled());
}

void tst_AlertsPage::saysWhenTheFilterMatchesNoAlert()
{
    PeopleDirectory people(m_ledger->ledger());
    QVERIFY(people.importCsv("email,name,team,manager,role,identities\n"
                             "dee@example.com,Dee Seller,Sales,,employee,\n"));
    DirectorySnapshot directory;
    directory.ledgerPath = m_ledger->path();
    directory.timeZone = u"UTC"_s;
    directory.people = people.people().value();
    directory.teams = people.teams().value();
    // Both alerts are about Platform's budget; Sales has none.
    m_page->setState(makeDashboardState(directory, {}, ReportPeriod::ThisMonth, m_clock,
                                        {u"Sales"_s, {}, {}, {}}));
    QTRY_COMPARE(m_page->stateStack()->state(), StateStack::State::Empty);
    QCOMPARE(m_page->stateStack()->message(), u"No alerts for team Sales"_s);
    QVERIFY(!m_page->exportButton()->isEnabled());
    m_page->setState(makeDashboardState(directory, {}, ReportPeriod::ThisMonth, m_clock));
    QTRY_COMPARE(m_page->stateStack()->state(), StateStack::State::Content);
}

QTEST_MAIN(tst_AlertsPage)
#include "tst_alertspage.moc"
