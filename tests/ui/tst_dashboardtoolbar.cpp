#include "analytics/dashboardstate.h"
#include "dashboardtoolbar.h"
#include "support/fakeclock.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

constexpr auto qtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

QStringList itemData(const QComboBox *combo)
{
    QStringList data;
    for (int i = 0; i < combo->count(); ++i)
        data.append(combo->itemData(i).toString());
    return data;
}

// What a user's choice does: select the item, then QComboBox's activated().
void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

Person person(qint64 id, const QString &email, const QString &name, qint64 teamId,
              const QString &teamName)
{
    Person person;
    person.id = id;
    person.email = email;
    person.name = name;
    person.teamId = teamId;
    person.teamName = teamName;
    return person;
}

} // namespace

// The tool bar on a directory of five teams three levels deep, listed by name as the ledger
// does: Engineering (Mobile, Platform (Kernel)), Sales.
class tst_DashboardToolBar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectorsFilledFromTheState();
    void personListFollowsTheTeam();
    void choosingATeamDropsAPersonOutsideIt();
    void filtersChosenByTheUser();
    void viewChangedOncePerRealChange();
    void customShowsDateEditorsAndSwapsAReversedRange();
    void honouredFieldsAndTheOthersDisabled();
    void clearFilters();
    void stateDropsAFilterTheDirectoryLacks();

private:
    DashboardState state(const DashboardFilter &filter = {}) const;
    QLabel *spanLabel() const;
    QToolButton *clearButton() const;

    FakeClock m_clock; // 22 November 2026
    DirectorySnapshot m_directory;
    std::unique_ptr<DashboardToolBar> m_toolBar;
};

void tst_DashboardToolBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_directory.ledgerPath = u"/tmp/ledger.sqlite"_s;
    m_directory.timeZone = u"UTC"_s;
    m_directory.teams = {
        Team {2, u"Engineering"_s, 0, 1}, Team {5, u"Kernel"_s, 3, 1}, Team {4, u"Mobile"_s, 2, 1},
        Team {3, u"Platform"_s, 2, 1},    Team {1, u"Sales"_s, 0, 1},
    };
    m_directory.people = {
        person(1, u"ana@example.com"_s, u"Ana"_s, 2, u"Engineering"_s),
        person(2, u"bob@example.com"_s, u"Bob"_s, 3, u"Platform"_s),
        person(3, u"cy@example.com"_s, u"Cy"_s, 5, u"Kernel"_s),
        person(4, u"dee@example.com"_s, u"Dee"_s, 1, u"Sales"_s),
        person(5, u"eve@example.com"_s, u"Eve"_s, 4, u"Mobile"_s),
        person(6, u"nameless@example.com"_s, {}, 0, {}),
    };
    m_directory.modelNames = {u"claude-opus-4-5"_s, u"gpt-5"_s};
    m_directory.sourceNames = {u"gateway"_s, u"laptop"_s};
}

void tst_DashboardToolBar::init()
{
    m_toolBar = std::make_unique<DashboardToolBar>();
    m_toolBar->resize(1600, 40);
    m_toolBar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_toolBar.get()));
    m_toolBar->showState(state());
}

void tst_DashboardToolBar::cleanup()
{
    m_toolBar.reset();
}

DashboardState tst_DashboardToolBar::state(const DashboardFilter &filter) const
{
    // What MainWindow does: the tool bar's choice resolved against the directory.
    return makeDashboardState(m_directory, {}, m_toolBar->period(), m_clock, filter,
                              m_toolBar->customSpan());
}

QLabel *tst_DashboardToolBar::spanLabel() const
{
    const QList<QLabel *> labels = m_toolBar->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text() == u"11/1/26 – 11/22/26"_s)
            return label;
    }
    return nullptr;
}

QToolButton *tst_DashboardToolBar::clearButton() const
{
    const QList<QToolButton *> buttons = m_toolBar->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->accessibleName() == u"Clear filters"_s)
            return button;
    }
    return nullptr;
}

void tst_DashboardToolBar::selectorsFilledFromTheState()
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QComboBox *combo : {m_toolBar->teamFilter(), m_toolBar->personFilter(),
                             m_toolBar->modelFilter(), m_toolBar->sourceFilter()})
        testers.push_back(std::make_unique<QAbstractItemModelTester>(combo->model(), qtTest));
    m_toolBar->showState(state()); // again, under the testers' eyes
    QCOMPARE(m_toolBar->period(), ReportPeriod::ThisMonth);
    QCOMPARE(m_toolBar->periodSelector()->currentText(), u"This month"_s);
    QCOMPARE(itemTexts(m_toolBar->periodSelector()),
             QStringList({u"This week"_s, u"This month"_s, u"Last month"_s, u"This quarter"_s,
                          u"Last 30 days"_s, u"Last 90 days"_s, u"Custom…"_s}));
    QVERIFY(spanLabel());
    QVERIFY(spanLabel()->isVisible());

    // Teams in tree order, nested ones indented; the data is the team's own name.
    QCOMPARE(itemTexts(m_toolBar->teamFilter()),
             QStringList({u"All teams"_s, u"Engineering"_s, u"   Mobile"_s, u"   Platform"_s,
                          u"      Kernel"_s, u"Sales"_s}));
    QCOMPARE(itemData(m_toolBar->teamFilter()),
             QStringList({QString(), u"Engineering"_s, u"Mobile"_s, u"Platform"_s, u"Kernel"_s,
                          u"Sales"_s}));
    // Everybody, by name (the email for someone without one).
    QCOMPARE(itemTexts(m_toolBar->personFilter()),
             QStringList({u"Everybody"_s, u"Ana"_s, u"Bob"_s, u"Cy"_s, u"Dee"_s, u"Eve"_s,
                          u"nameless@example.com"_s}));
    QCOMPARE(m_toolBar->personFilter()->itemData(2).toString(), u"bob@example.com"_s);
    QCOMPARE(itemTexts(m_toolBar->modelFilter()),
             QStringList({u"All models"_s, u"claude-opus-4-5"_s, u"gpt-5"_s}));
    QCOMPARE(itemTexts(m_toolBar->sourceFilter()),
             QStringList({u"All sources"_s, u"gateway"_s, u"laptop"_s}));
    for (QComboBox *combo : {m_toolBar->teamFilter(), m_toolBar->personFilter(),
                             m_toolBar->modelFilter(), m_toolBar->sourceFilter()}) {
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(!combo->accessibleName().isEmpty());
    }
    QToolButton *clear = clearButton();
    QVERIFY(clear);
    QCOMPARE(clear->text(), u"Clear filters"_s);
    QVERIFY(!clear->isEnabled());
}

void tst_DashboardToolBar::personListFollowsTheTeam()
{
    QAbstractItemModelTester teams(m_toolBar->teamFilter()->model(), qtTest);
    QAbstractItemModelTester people(m_toolBar->personFilter()->model(), qtTest);
    m_toolBar->setFilter({u"Platform"_s, {}, {}, {}});
    QCOMPARE(m_toolBar->teamFilter()->currentText(), u"   Platform"_s);
    // Platform's people, Kernel's below it included.
    QCOMPARE(itemTexts(m_toolBar->personFilter()),
             QStringList({u"Everybody"_s, u"Bob"_s, u"Cy"_s}));
    m_toolBar->setFilter({u"Engineering"_s, {}, {}, {}});
    QCOMPARE(itemTexts(m_toolBar->personFilter()),
             QStringList({u"Everybody"_s, u"Ana"_s, u"Bob"_s, u"Cy"_s, u"Eve"_s}));
    m_toolBar->setFilter({u"Sales"_s, u"dee@example.com"_s, {}, {}});
    QCOMPARE(itemTexts(m_toolBar->personFilter()), QStringList({u"Everybody"_s, u"Dee"_s}));
    QCOMPARE(m_toolBar->personFilter()->currentText(), u"Dee"_s);
    m_toolBar->setFilter({});
    QCOMPARE(m_toolBar->personFilter()->count(), 1 + 6);
}

void tst_DashboardToolBar::choosingATeamDropsAPersonOutsideIt()
{
    choose(m_toolBar->personFilter(), u"dee@example.com"_s);
    QCOMPARE(m_toolBar->filter().personEmail, u"dee@example.com"_s);
    // Dee is in Sales: once Platform is chosen she is not among the choices, and the pages must
    // not go on narrowing to her while the selector says "Everybody".
    choose(m_toolBar->teamFilter(), u"Platform"_s);
    QCOMPARE(m_toolBar->filter(), DashboardFilter({u"Platform"_s, {}, {}, {}}));
    QCOMPARE(m_toolBar->personFilter()->currentText(), u"Everybody"_s);
    // A person inside the team stays chosen.
    choose(m_toolBar->personFilter(), u"cy@example.com"_s);
    choose(m_toolBar->teamFilter(), u"Engineering"_s);
    QCOMPARE(m_toolBar->filter(), DashboardFilter({u"Engineering"_s, u"cy@example.com"_s, {}, {}}));
    QCOMPARE(m_toolBar->personFilter()->currentText(), u"Cy"_s);
}

void tst_DashboardToolBar::filtersChosenByTheUser()
{
    QSignalSpy changed(m_toolBar.get(), &DashboardToolBar::viewChanged);
    choose(m_toolBar->modelFilter(), u"gpt-5"_s);
    choose(m_toolBar->sourceFilter(), u"laptop"_s);
    choose(m_toolBar->teamFilter(), u"Kernel"_s);
    QCOMPARE(m_toolBar->filter(), DashboardFilter({u"Kernel"_s, {}, u"gpt-5"_s, u"laptop"_s}));
    QCOMPARE(changed.count(), 3);
    // The selectors show the choice after the next state, too.
    m_toolBar->showState(state(m_toolBar->filter()));
    QCOMPARE(m_toolBar->modelFilter()->currentText(), u"gpt-5"_s);
    QCOMPARE(m_toolBar->sourceFilter()->currentText(), u"laptop"_s);
    QCOMPARE(m_toolBar->teamFilter()->currentText(), u"      Kernel"_s);
    QCOMPARE(itemTexts(m_toolBar->personFilter()), QStringList({u"Everybody"_s, u"Cy"_s}));
    QCOMPARE(changed.count(), 3); // showing a state is no change
}

void tst_DashboardToolBar::viewChangedOncePerRealChange()
{
    QSignalSpy changed(m_toolBar.get(), &DashboardToolBar::viewChanged);
    m_toolBar->setPeriod(ReportPeriod::ThisMonth); // what it is already
    QCOMPARE(changed.count(), 0);
    m_toolBar->setPeriod(ReportPeriod::ThisWeek);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_toolBar->periodSelector()->currentText(), u"This week"_s);
    m_toolBar->setPeriod(ReportPeriod::ThisWeek);
    QCOMPARE(changed.count(), 1);

    const DashboardFilter team {u"Sales"_s, {}, {}, {}};
    m_toolBar->setFilter(team);
    QCOMPARE(changed.count(), 2);
    m_toolBar->setFilter(team);
    QCOMPARE(changed.count(), 2);
    // Choosing what is chosen already changes nothing either.
    emit m_toolBar->teamFilter()->activated(m_toolBar->teamFilter()->currentIndex());
    emit m_toolBar->periodSelector()->activated(m_toolBar->periodSelector()->currentIndex());
    QCOMPARE(changed.count(), 2);

    // A custom span matters only while the period is Custom.
    const DateSpan first {QDate(2026, 11, 2), QDate(2026, 11, 8)};
    m_toolBar->setCustomSpan(first);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_toolBar->customSpan(), first);
    m_toolBar->setPeriod(ReportPeriod::Custom);
    QCOMPARE(changed.count(), 3);
    m_toolBar->setCustomSpan(first);
    QCOMPARE(changed.count(), 3);
    m_toolBar->setCustomSpan({QDate(2026, 11, 2), QDate(2026, 11, 9)});
    QCOMPARE(changed.count(), 4);
    m_toolBar->setCustomSpan({QDate(2026, 11, 9), QDate(2026, 11, 2)}); // not a span
    QCOMPARE(changed.count(), 4);
    QCOMPARE(m_toolBar->customSpan(), DateSpan({QDate(2026, 11, 2), QDate(2026, 11, 9)}));
}

void tst_DashboardToolBar::customShowsDateEditorsAndSwapsAReversedRange()
{
    QDateEdit *first = m_toolBar->customFirst();
    QDateEdit *last = m_toolBar->customLast();
    QVERIFY(!first->isVisible());
    QVERIFY(!last->isVisible());

    QSignalSpy changed(m_toolBar.get(), &DashboardToolBar::viewChanged);
    choose(m_toolBar->periodSelector(), int(ReportPeriod::Custom));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_toolBar->period(), ReportPeriod::Custom);
    // The tool bar lays its actions out on the next pass of the event loop.
    QTRY_VERIFY(first->isVisible());
    QTRY_VERIFY(last->isVisible());
    QTRY_VERIFY(!spanLabel()->isVisible()); // the editors say it
    // It starts from the span shown before: this month so far.
    QCOMPARE(m_toolBar->customSpan(), DateSpan({QDate(2026, 11, 1), QDate(2026, 11, 22)}));
    QCOMPARE(first->date(), QDate(2026, 11, 1));
    QCOMPARE(last->date(), QDate(2026, 11, 22));

    // The last day before the first: the tool bar swaps them.
    first->setDate(QDate(2026, 11, 20));
    last->setDate(QDate(2026, 11, 5));
    emit last->editingFinished();
    QCOMPARE(m_toolBar->customSpan(), DateSpan({QDate(2026, 11, 5), QDate(2026, 11, 20)}));
    QCOMPARE(first->date(), QDate(2026, 11, 5));
    QCOMPARE(last->date(), QDate(2026, 11, 20));
    QCOMPARE(changed.count(), 2);
    // The state built from it has those days.
    QCOMPARE(state().span, DateSpan({QDate(2026, 11, 5), QDate(2026, 11, 20)}));

    choose(m_toolBar->periodSelector(), int(ReportPeriod::LastMonth));
    QTRY_VERIFY(!first->isVisible());
    QTRY_VERIFY(!last->isVisible());
    QCOMPARE(state().span, DateSpan({QDate(2026, 10, 1), QDate(2026, 10, 31)}));
    m_toolBar->showState(state());
    QVERIFY(!spanLabel()); // it shows October now
    const QList<QLabel *> labels = m_toolBar->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->isVisible() && label->text() == u"10/1/26 – 10/31/26"_s;
    }));
    QCOMPARE(changed.count(), 3);
    // Back to Custom: the days chosen before.
    choose(m_toolBar->periodSelector(), int(ReportPeriod::Custom));
    QCOMPARE(first->date(), QDate(2026, 11, 5));
    QCOMPARE(last->date(), QDate(2026, 11, 20));
}

void tst_DashboardToolBar::honouredFieldsAndTheOthersDisabled()
{
    m_toolBar->setHonouredFields(DashboardFilter::Team | DashboardFilter::Person, u"People"_s);
    QVERIFY(m_toolBar->teamFilter()->isEnabled());
    QVERIFY(m_toolBar->personFilter()->isEnabled());
    QVERIFY(m_toolBar->teamFilter()->toolTip().isEmpty());
    for (QComboBox *combo : {m_toolBar->modelFilter(), m_toolBar->sourceFilter()}) {
        QVERIFY(!combo->isEnabled());
        QCOMPARE(combo->toolTip(), u"The People page is not narrowed by this filter."_s);
    }
    m_toolBar->setHonouredFields(DashboardFilter::Model, u"Pricing"_s);
    QVERIFY(!m_toolBar->teamFilter()->isEnabled());
    QVERIFY(!m_toolBar->personFilter()->isEnabled());
    QVERIFY(m_toolBar->modelFilter()->isEnabled());
    QVERIFY(!m_toolBar->sourceFilter()->isEnabled());
    QCOMPARE(m_toolBar->sourceFilter()->toolTip(),
             u"The Pricing page is not narrowed by this filter."_s);
    m_toolBar->setHonouredFields(DashboardFilter::allFields(), u"Team"_s);
    for (QComboBox *combo : {m_toolBar->teamFilter(), m_toolBar->personFilter(),
                             m_toolBar->modelFilter(), m_toolBar->sourceFilter()}) {
        QVERIFY(combo->isEnabled());
        QVERIFY(combo->toolTip().isEmpty());
    }
    m_toolBar->setHonouredFields({}, u"Settings"_s);
    QVERIFY(!m_toolBar->teamFilter()->isEnabled());
    QVERIFY(m_toolBar->periodSelector()->isEnabled()); // not a filter
}

void tst_DashboardToolBar::clearFilters()
{
    m_toolBar->setFilter({u"Engineering"_s, u"ana@example.com"_s, u"gpt-5"_s, u"laptop"_s});
    QToolButton *clear = clearButton();
    QVERIFY(clear->isEnabled());
    QSignalSpy changed(m_toolBar.get(), &DashboardToolBar::viewChanged);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_toolBar->filter().isEmpty());
    for (QComboBox *combo : {m_toolBar->teamFilter(), m_toolBar->personFilter(),
                             m_toolBar->modelFilter(), m_toolBar->sourceFilter()})
        QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(m_toolBar->personFilter()->count(), 1 + 6);
    QVERIFY(!clear->isEnabled());
    QCOMPARE(m_toolBar->period(), ReportPeriod::ThisMonth); // the period stays
}

void tst_DashboardToolBar::stateDropsAFilterTheDirectoryLacks()
{
    m_toolBar->setFilter({u"Gone"_s, u"left@example.com"_s, u"gpt-5"_s, {}});
    QSignalSpy changed(m_toolBar.get(), &DashboardToolBar::viewChanged);
    m_toolBar->showState(state(m_toolBar->filter()));
    QCOMPARE(m_toolBar->filter(), DashboardFilter({{}, {}, u"gpt-5"_s, {}}));
    QCOMPARE(m_toolBar->teamFilter()->currentIndex(), 0);
    QCOMPARE(m_toolBar->personFilter()->currentIndex(), 0);
    QCOMPARE(m_toolBar->modelFilter()->currentText(), u"gpt-5"_s);
    QCOMPARE(changed.count(), 0);
}

QTEST_MAIN(tst_DashboardToolBar)
#include "tst_dashboardtoolbar.moc"
