#include "analytics/dashboardstate.h"
#include "analytics/queryservice.h"
#include "budgetdialog.h"
#include "budgets/budgetadministration.h"
#include "budgets/budgetstore.h"
#include "budgetspage.h"
#include "itemmodels/budgetsmodel.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/itemroles.h"
#include "ledger/peopledirectory.h"
#include "statestack.h"
#include "support/fakeclock.h"
#include "support/templedger.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DashboardFilter)

namespace {

UsageRecord record(const QString &key, const QString &email, const QDate &day, const QString &model,
                   qint64 costMicros, CostKind kind = CostKind::Estimated)
{
    UsageRecord usage;
    usage.externalKey = key;
    usage.startMs = usage.endMs
        = QDateTime(day, QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    usage.identityKind = u"email"_s;
    usage.identityValue = email;
    usage.provider = u"anthropic"_s;
    usage.model = model;
    usage.tokens.input = 1000;
    usage.tokens.output = 500;
    usage.costKind = kind;
    usage.costMicros = kind == CostKind::Unpriced ? 0 : costMicros;
    return usage;
}

} // namespace

class tst_BudgetsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsTheFixtureNumbers();
    void buttonsFollowTheSelection();
    void dialogShowsWhatThePeriodAndScopeNeed();
    void dialogLimitIsInUsDollars();
    void dialogValidatesAndSaves();
    void editThroughTheDialog();
    void removeAsksFirst();
    void withoutAdministrationNothingChanges();
    void emptyLedgerSaysHowToStart();
    void honoursTeamAndPerson_data();
    void honoursTeamAndPerson();
    void saysWhenTheFilterMatchesNoBudget();

private:
    DashboardState dashboardState(Ledger &ledger, const DashboardFilter &filter = {});
    BudgetDialog *waitForDialog();
    const BudgetEvaluation *evaluationOf(qint64 id) const;
    QString shown(qint64 id, int column) const;

    QThread m_thread;
    FakeClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc())};
    std::unique_ptr<TempLedger> m_ledger;
    qint64 m_teamBudget = 0;
    qint64 m_tokenBudget = 0;
    std::unique_ptr<BudgetAdministration> m_administration;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<BudgetsPage> m_page;
};

void tst_BudgetsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_thread.start();
}

void tst_BudgetsPage::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

DashboardState tst_BudgetsPage::dashboardState(Ledger &ledger, const DashboardFilter &filter)
{
    PeopleDirectory directory(ledger);
    DirectorySnapshot snapshot;
    snapshot.ledgerPath = ledger.path();
    snapshot.meEmail = ledger.setting(u"me_email"_s);
    snapshot.timeZone = QString::fromUtf8(ledger.reportingTimeZone().id());
    snapshot.people = directory.people().value();
    snapshot.teams = directory.teams().value();
    return makeDashboardState(snapshot, {}, ReportPeriod::ThisMonth, m_clock, filter);
}

void tst_BudgetsPage::init()
{
    m_ledger = std::make_unique<TempLedger>();
    QVERIFY(m_ledger->isValid());
    Ledger &ledger = m_ledger->ledger();
    QVERIFY(PeopleDirectory(ledger).importCsv(
        "email,name,team,manager,role,identities\n"
        "ana@example.com,Ana Admin,Engineering,,manager,\n"
        "bob@example.com,Bob Builder,Engineering/Platform,ana@example.com,employee,\n"
        "cy@example.com,Cy Coder,Engineering/Platform,ana@example.com,employee,\n"
        "dee@example.com,Dee Seller,Sales,,employee,\n"));
    QVERIFY(ledger.setSetting(u"me_email"_s, u"bob@example.com"_s));
    Result<qint64> source = ledger.ensureSource(u"claude-code"_s, u"laptop"_s);
    QVERIFY(source);
    const QDate friday(2026, 11, 20);
    QVERIFY(ledger.writeUsage(
        *source,
        {
            record(u"1"_s, u"bob@example.com"_s, friday, u"opus"_s, 1'500'000),
            record(u"2"_s, u"bob@example.com"_s, friday.addDays(1), u"haiku"_s, 250'000),
            record(u"3"_s, u"ana@example.com"_s, friday, u"opus"_s, 2'000'000),
            record(u"4"_s, u"cy@example.com"_s, friday, u"llama"_s, 0, CostKind::Unpriced),
            record(u"5"_s, u"dee@example.com"_s, friday, u"haiku"_s, 400'000),
        }));
    BudgetStore store(ledger);
    Budget team;
    team.scope = BudgetScope::Team;
    team.scopeName = u"Platform"_s;
    team.limitMicros = 10'000'000;
    Result<qint64> teamId = store.add(team, m_clock.nowMs());
    QVERIFY(teamId);
    m_teamBudget = *teamId;
    Budget tokens;
    tokens.scope = BudgetScope::Person;
    tokens.scopeName = u"dee@example.com"_s;
    tokens.period = BudgetPeriod::Week;
    tokens.limitTokens = 3000;
    Result<qint64> tokensId = store.add(tokens, m_clock.nowMs());
    QVERIFY(tokensId);
    m_tokenBudget = *tokensId;

    m_administration = std::make_unique<BudgetAdministration>(m_ledger->path(), m_clock);
    m_queries = std::make_unique<QueryService>(m_ledger->path());
    m_queries->moveToThread(&m_thread);
    m_page = std::make_unique<BudgetsPage>(m_queries.get(), &m_clock);
    m_page->setBudgetAdministration(m_administration.get());
    m_page->resize(1200, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setState(dashboardState(ledger));
    QTRY_VERIFY(m_page->isLoaded());
}

void tst_BudgetsPage::cleanup()
{
    m_page.reset();
    m_queries.release()->deleteLater();
    m_administration.reset();
    m_ledger.reset();
}

BudgetDialog *tst_BudgetsPage::waitForDialog()
{
    BudgetDialog *dialog = nullptr;
    const bool isOpen = QTest::qWaitFor(
        [&] {
            dialog = m_page->findChild<BudgetDialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return isOpen ? dialog : nullptr;
}

const BudgetEvaluation *tst_BudgetsPage::evaluationOf(qint64 id) const
{
    const int row = m_page->budgetsModel()->rowOf(id);
    return row < 0 ? nullptr : &m_page->budgetsModel()->evaluations()[row];
}

QString tst_BudgetsPage::shown(qint64 id, int column) const
{
    BudgetsModel *model = m_page->budgetsModel();
    return model->index(model->rowOf(id), column).data().toString();
}

void tst_BudgetsPage::showsTheFixtureNumbers()
{
    QAbstractItemModelTester tester(m_page->budgetsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
    QCOMPARE(m_page->budgetsModel()->rowCount(), 2);
    QVERIFY(m_page->view()->isVisible());
    QVERIFY(!m_page->view()->accessibleName().isEmpty());

    // Platform: bob's $1.50 + $0.25 (cy's usage has no price), of $10 this month.
    QCOMPARE(shown(m_teamBudget, BudgetsModel::Scope), u"Team Platform"_s);
    QCOMPARE(shown(m_teamBudget, BudgetsModel::Period), u"Monthly, 1 Nov – 30 Nov 2026"_s);
    QCOMPARE(shown(m_teamBudget, BudgetsModel::Limit), u"$10.00"_s);
    QCOMPARE(shown(m_teamBudget, BudgetsModel::Spent), u"$1.75"_s);
    QCOMPARE(shown(m_teamBudget, BudgetsModel::Remaining), u"$8.25"_s);
    QCOMPARE(shown(m_teamBudget, BudgetsModel::Used), u"18 %"_s);
    QVERIFY(shown(m_teamBudget, BudgetsModel::State) != u"Exceeded"_s);

    // Dee's week from Monday 16 November: Friday's 1,500 tokens of 3,000.
    QCOMPARE(shown(m_tokenBudget, BudgetsModel::Scope), u"Person dee@example.com"_s);
    QCOMPARE(shown(m_tokenBudget, BudgetsModel::Period), u"Weekly, 16 Nov – 22 Nov 2026"_s);
    QCOMPARE(shown(m_tokenBudget, BudgetsModel::Spent), u"1,500 tokens"_s);
    QCOMPARE(shown(m_tokenBudget, BudgetsModel::Used), u"50 %"_s);
    QCOMPARE(evaluationOf(m_tokenBudget)->period.first, QDate(2026, 11, 16));
}

void tst_BudgetsPage::buttonsFollowTheSelection()
{
    QVERIFY(m_page->addButton()->isEnabled());
    QVERIFY(!m_page->editButton()->isEnabled());
    QVERIFY(!m_page->removeButton()->isEnabled());
    for (QPushButton *button :
         {m_page->addButton(), m_page->editButton(), m_page->removeButton()}) {
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
    }
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Down);
    QVERIFY(m_page->selectedId() != 0);
    QVERIFY(m_page->editButton()->isEnabled());
    QVERIFY(m_page->removeButton()->isEnabled());
    // Enter edits the row.
    QTest::keyClick(m_page->view(), Qt::Key_Return);
    BudgetDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    dialog->reject();
}

void tst_BudgetsPage::dialogLimitIsInUsDollars()
{
    const QString note
        = u"In US dollars (USD), although amounts are shown in EUR: budgets stay in US dollars."_s;
    const auto noteLabel = [&note](BudgetDialog *dialog) -> QLabel * {
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->text() == note)
                return label;
        }
        return nullptr;
    };
    QTest::mouseClick(m_page->addButton(), Qt::LeftButton);
    BudgetDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->limitUnitBox()->itemText(0), u"US dollars (USD)"_s);
    QVERIFY(!noteLabel(dialog)); // amounts are shown in dollars: nothing to explain
    dialog->reject();
    QTRY_VERIFY(!m_page->findChild<BudgetDialog *>());

    // Amounts shown in euros: the dialog says its limit is not.
    DisplayFormat::setCurrency(*CurrencyDisplay::make(u"EUR"_s, 920'000));
    QTest::mouseClick(m_page->addButton(), Qt::LeftButton);
    dialog = waitForDialog();
    DisplayFormat::setCurrency({});
    QVERIFY(dialog);
    QLabel *label = noteLabel(dialog);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    dialog->limitUnitBox()->setCurrentIndex(1); // tokens
    QVERIFY(!label->isVisible());
    dialog->reject();
}

void tst_BudgetsPage::dialogShowsWhatThePeriodAndScopeNeed()
{
    QTest::mouseClick(m_page->addButton(), Qt::LeftButton);
    BudgetDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->isEditing());
    // The ledger's zone by default; every zone the system knows to choose from.
    QCOMPARE(dialog->timeZoneBox()->currentText(), u"UTC"_s);
    QVERIFY(dialog->timeZoneBox()->findText(u"Europe/Berlin"_s) >= 0);
    QCOMPARE(dialog->thresholdsEdit()->placeholderText(), u"50, 80, 100"_s);

    const auto choose = [](QComboBox *box, int value) {
        box->setCurrentIndex(box->findData(value));
    };
    choose(dialog->scopeBox(), int(BudgetScope::Organisation));
    QVERIFY(!dialog->teamBox()->isVisible());
    QVERIFY(!dialog->personBox()->isVisible());
    choose(dialog->scopeBox(), int(BudgetScope::Team));
    QVERIFY(dialog->teamBox()->isVisible());
    QVERIFY(dialog->includeSubteamsBox()->isVisible());
    QCOMPARE(dialog->teamBox()->count(), 3); // Engineering, Platform below it, Sales
    QCOMPARE(dialog->teamBox()->itemData(1).toString(), u"Platform"_s);
    choose(dialog->scopeBox(), int(BudgetScope::Person));
    QVERIFY(!dialog->teamBox()->isVisible());
    QVERIFY(dialog->personBox()->isVisible());
    QCOMPARE(dialog->personBox()->count(), 4);
    QCOMPARE(dialog->personBox()->itemText(0), u"Ana Admin <ana@example.com>"_s);

    choose(dialog->periodBox(), int(BudgetPeriod::Week));
    QVERIFY(dialog->weekStartBox()->isVisible());
    QVERIFY(!dialog->monthStartDayBox()->isVisible());
    QVERIFY(!dialog->customFirstEdit()->isVisible());
    choose(dialog->periodBox(), int(BudgetPeriod::Quarter));
    QVERIFY(!dialog->weekStartBox()->isVisible());
    QVERIFY(dialog->monthStartDayBox()->isVisible());
    choose(dialog->periodBox(), int(BudgetPeriod::Custom));
    QVERIFY(dialog->customFirstEdit()->isVisible());
    QVERIFY(dialog->customLastEdit()->isVisible());
    QVERIFY(!dialog->monthStartDayBox()->isVisible());
    dialog->reject();
}

void tst_BudgetsPage::dialogValidatesAndSaves()
{
    QSignalSpy edited(m_page.get(), &BudgetsPage::budgetsEdited);
    QTest::mouseClick(m_page->addButton(), Qt::LeftButton);
    QPointer<BudgetDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->scopeBox()->setCurrentIndex(dialog->scopeBox()->findData(int(BudgetScope::Person)));
    dialog->personBox()->setCurrentIndex(dialog->personBox()->findData(u"ana@example.com"_s));
    dialog->periodBox()->setCurrentIndex(dialog->periodBox()->findData(int(BudgetPeriod::Month)));
    dialog->monthStartDayBox()->setValue(15);
    dialog->timeZoneBox()->setCurrentIndex(dialog->timeZoneBox()->findText(u"Europe/Berlin"_s));

    // What the dialog cannot read, it says itself.
    QTest::keyClicks(dialog->limitEdit(), u"lots"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->isVisible());
    QCOMPARE(dialog->errorLabel()->text(), u"“lots” is not an amount in US dollars."_s);

    // What the store refuses, the store's words say, and the dialog stays open.
    dialog->limitEdit()->setText(u"0"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorLabel()->text().contains(u"limit"_s),
             qPrintable(dialog->errorLabel()->text()));
    dialog->limitEdit()->setText(u"$1,250.50"_s);
    dialog->thresholdsEdit()->setText(u"50, 2000"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorLabel()->text().contains(u"2000"_s),
             qPrintable(dialog->errorLabel()->text()));
    QCOMPARE(BudgetStore(m_ledger->ledger()).budgets()->size(), 2); // nothing saved yet
    QCOMPARE(edited.count(), 0);

    dialog->thresholdsEdit()->setText(u"90 %, 50"_s);
    dialog->enforcementBox()->setCurrentIndex(
        dialog->enforcementBox()->findData(int(BudgetEnforcement::Hard)));
    dialog->modelsEdit()->setText(u"opus, sonnet"_s);
    dialog->sourcesEdit()->setText(u"claude-code"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull()); // closed and deleted once saved
    QCOMPARE(edited.count(), 1);

    const QList<Budget> budgets = BudgetStore(m_ledger->ledger()).budgets().value();
    QCOMPARE(budgets.size(), 3);
    const Budget &added = budgets.last();
    QCOMPARE(added.scope, BudgetScope::Person);
    QCOMPARE(added.scopeName, u"ana@example.com"_s);
    QCOMPARE(added.period, BudgetPeriod::Month);
    QCOMPARE(added.monthStartDay, 15);
    QCOMPARE(added.timeZone, u"Europe/Berlin"_s);
    QCOMPARE(added.limitMicros, std::optional<qint64>(1'250'500'000));
    QVERIFY(!added.limitTokens);
    QCOMPARE(added.thresholds, QList<int>({50, 90}));
    QCOMPARE(added.enforcement, BudgetEnforcement::Hard);
    QCOMPARE(added.models, QStringList({u"opus"_s, u"sonnet"_s}));
    QCOMPARE(added.sources, QStringList({u"claude-code"_s}));

    // The page reloaded and selects the new budget.
    QTRY_COMPARE(m_page->budgetsModel()->rowCount(), 3);
    QCOMPARE(m_page->selectedId(), added.id);
    QCOMPARE(shown(added.id, BudgetsModel::Limit), u"$1,250.50"_s);
    QCOMPARE(shown(added.id, BudgetsModel::Period), u"Monthly, 15 Nov – 14 Dec 2026"_s);
}

void tst_BudgetsPage::editThroughTheDialog()
{
    QSignalSpy edited(m_page.get(), &BudgetsPage::budgetsEdited);
    m_page->selectBudget(m_teamBudget);
    QTest::mouseClick(m_page->editButton(), Qt::LeftButton);
    QPointer<BudgetDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QCOMPARE(BudgetScope(dialog->scopeBox()->currentData().toInt()), BudgetScope::Team);
    QCOMPARE(dialog->teamBox()->currentData().toString(), u"Platform"_s);
    QVERIFY(dialog->includeSubteamsBox()->isChecked());
    QCOMPARE(dialog->limitEdit()->text(), u"10.00"_s);
    QCOMPARE(dialog->thresholdsEdit()->text(), u"50, 80, 100"_s);

    // Tokens instead of dollars, and a custom range.
    dialog->limitUnitBox()->setCurrentIndex(1);
    dialog->limitEdit()->setText(u"2,000"_s);
    dialog->periodBox()->setCurrentIndex(dialog->periodBox()->findData(int(BudgetPeriod::Custom)));
    dialog->customFirstEdit()->setDate(QDate(2026, 11, 21));
    dialog->customLastEdit()->setDate(QDate(2026, 11, 20));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // the range is reversed
    QVERIFY(dialog->errorLabel()->isVisible());
    dialog->customLastEdit()->setDate(QDate(2026, 11, 30));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(edited.count(), 1);

    const Budget saved = BudgetStore(m_ledger->ledger()).find(m_teamBudget).value();
    QCOMPARE(saved.limitTokens, std::optional<qint64>(2000));
    QVERIFY(!saved.limitMicros);
    QCOMPARE(saved.period, BudgetPeriod::Custom);
    QCOMPARE(saved.customFirst, QDate(2026, 11, 21));
    QCOMPARE(saved.customLast, QDate(2026, 11, 30));
    QVERIFY(saved.revision > 1);
    // Bob's Saturday haiku: 1,500 of 2,000 tokens.
    QTRY_COMPARE(shown(m_teamBudget, BudgetsModel::Spent), u"1,500 tokens"_s);
    QCOMPARE(shown(m_teamBudget, BudgetsModel::Used), u"75 %"_s);
    QCOMPARE(m_page->selectedId(), m_teamBudget);
}

void tst_BudgetsPage::removeAsksFirst()
{
    QSignalSpy edited(m_page.get(), &BudgetsPage::budgetsEdited);
    m_page->selectBudget(m_tokenBudget);
    QTest::mouseClick(m_page->removeButton(), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QVERIFY(question->text().contains(u"person:dee@example.com"_s));
    question->button(QMessageBox::Cancel)->click();
    QCOMPARE(BudgetStore(m_ledger->ledger()).budgets()->size(), 2);

    QTest::mouseClick(m_page->removeButton(), Qt::LeftButton);
    QTRY_VERIFY((question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QAbstractButton *remove = nullptr;
    const QList<QAbstractButton *> buttons = question->buttons();
    for (QAbstractButton *button : buttons) {
        if (question->buttonRole(button) == QMessageBox::AcceptRole)
            remove = button;
    }
    QVERIFY(remove);
    remove->click();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(BudgetStore(m_ledger->ledger()).budgets()->size(), 1);
    QTRY_COMPARE(m_page->budgetsModel()->rowCount(), 1);
    QCOMPARE(m_page->budgetsModel()->rowOf(m_tokenBudget), -1);
    QVERIFY(m_page->messageLabel()->text().contains(u"Removed"_s));
}

void tst_BudgetsPage::withoutAdministrationNothingChanges()
{
    BudgetsPage page(m_queries.get(), &m_clock);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setState(dashboardState(m_ledger->ledger()));
    QTRY_VERIFY(page.isLoaded());
    QCOMPARE(page.budgetsModel()->rowCount(), 2);
    QVERIFY(!page.addButton()->isEnabled());
    page.selectBudget(m_teamBudget);
    QVERIFY(!page.editButton()->isEnabled());
    QVERIFY(!page.removeButton()->isEnabled());
}

void tst_BudgetsPage::emptyLedgerSaysHowToStart()
{
    QVERIFY(BudgetStore(m_ledger->ledger()).removeAll());
    m_page->setState(dashboardState(m_ledger->ledger()));
    m_page->markStale();
    QTRY_COMPARE(m_page->stateStack()->state(), StateStack::State::Empty);
    QCOMPARE(m_page->stateStack()->message(), u"No budgets yet"_s);
    QVERIFY(m_page->addButton()->isVisible()); // above the empty state
    QVERIFY(m_page->addButton()->isEnabled());
}

void tst_BudgetsPage::honoursTeamAndPerson_data()
{
    QTest::addColumn<DashboardFilter>("filter");
    QTest::addColumn<QStringList>("scopes");
    const QString org = u"Organisation"_s;
    const QString engineering = u"Team Engineering"_s;
    const QString platform = u"Team Platform"_s;
    const QString bob = u"Person bob@example.com"_s;
    const QString dee = u"Person dee@example.com"_s;
    QTest::newRow("no filter") << DashboardFilter {}
                               << QStringList({org, engineering, platform, bob, dee});
    // A team: budgets of it and the teams in it, and of its people.
    QTest::newRow("team Engineering") << DashboardFilter {u"Engineering"_s, {}, {}, {}}
                                      << QStringList({engineering, platform, bob});
    QTest::newRow("team Platform")
        << DashboardFilter {u"Platform"_s, {}, {}, {}} << QStringList({platform, bob});
    QTest::newRow("team Sales") << DashboardFilter {u"Sales"_s, {}, {}, {}} << QStringList({dee});
    // A person: every budget that counts their usage, the organisation's included.
    QTest::newRow("person bob") << DashboardFilter {{}, u"bob@example.com"_s, {}, {}}
                                << QStringList({org, engineering, platform, bob});
    QTest::newRow("person ana") << DashboardFilter {{}, u"ana@example.com"_s, {}, {}}
                                << QStringList({org, engineering});
    QTest::newRow("person dee") << DashboardFilter {{}, u"dee@example.com"_s, {}, {}}
                                << QStringList({org, dee});
    QTest::newRow("model and source narrow no budget")
        << DashboardFilter {{}, {}, u"opus"_s, u"laptop"_s}
        << QStringList({org, engineering, platform, bob, dee});
}

void tst_BudgetsPage::honoursTeamAndPerson()
{
    QFETCH(DashboardFilter, filter);
    QFETCH(QStringList, scopes);
    BudgetStore store(m_ledger->ledger());
    Budget organisation;
    organisation.limitMicros = 100'000'000;
    QVERIFY(store.add(organisation, m_clock.nowMs()));
    Budget engineering;
    engineering.scope = BudgetScope::Team;
    engineering.scopeName = u"Engineering"_s; // with Platform in it
    engineering.limitMicros = 20'000'000;
    QVERIFY(store.add(engineering, m_clock.nowMs()));
    Budget bob;
    bob.scope = BudgetScope::Person;
    bob.scopeName = u"bob@example.com"_s;
    bob.limitMicros = 5'000'000;
    QVERIFY(store.add(bob, m_clock.nowMs()));

    BudgetsModel *model = m_page->budgetsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester shownTester(m_page->view()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setState(dashboardState(m_ledger->ledger(), filter));
    m_page->markStale(); // the budgets changed too
    QTRY_VERIFY(m_page->isLoaded());
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.append(model->index(row, BudgetsModel::Scope).data().toString());
    shown.sort();
    scopes.sort();
    QCOMPARE(shown, scopes);
    QCOMPARE(m_page->view()->model()->rowCount(), scopes.size());
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
}

void tst_BudgetsPage::saysWhenTheFilterMatchesNoBudget()
{
    // Ana is in Engineering, not Platform: neither of the two budgets counts her usage.
    m_page->setState(dashboardState(m_ledger->ledger(), {{}, u"ana@example.com"_s, {}, {}}));
    QTRY_VERIFY(m_page->isLoaded());
    QCOMPARE(m_page->budgetsModel()->rowCount(), 0);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Empty);
    QCOMPARE(m_page->stateStack()->message(), u"No budget for ana@example.com"_s);
    // Without the filter both are back.
    m_page->setState(dashboardState(m_ledger->ledger()));
    QTRY_COMPARE(m_page->budgetsModel()->rowCount(), 2);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
}

QTEST_MAIN(tst_BudgetsPage)
#include "tst_budgetspage.moc"
