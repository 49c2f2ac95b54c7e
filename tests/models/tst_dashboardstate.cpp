#include "analytics/dashboardstate.h"
#include "support/fakeclock.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Failure messages show every field.
char *toString(const DashboardFilter &filter)
{
    return QTest::toString(u"team '%1', person '%2', model '%3', source '%4'"_s.arg(
        filter.teamName, filter.personEmail, filter.model, filter.source));
}

char *toString(const DateSpan &span)
{
    return QTest::toString(span.first.toString(Qt::ISODate) + u" – "_s
                           + span.last.toString(Qt::ISODate));
}

namespace {

Person person(qint64 id, const QString &email, const QString &name, qint64 teamId,
              const QString &teamName)
{
    return Person {id, email, name, teamId, teamName, 0, {}, Role::Employee};
}

// Engineering ⊃ Platform ⊃ Infra, and Sales beside them; Eve has no team.
DirectorySnapshot directory()
{
    DirectorySnapshot directory;
    directory.timeZone = u"UTC"_s;
    directory.meEmail = u"ben@example.com"_s;
    directory.teams = {Team {1, u"Engineering"_s, 0, 1}, Team {2, u"Platform"_s, 1, 1},
                       Team {3, u"Infra"_s, 2, 1}, Team {4, u"Sales"_s, 0, 1}};
    directory.people = {person(1, u"ana@example.com"_s, u"Ana"_s, 1, u"Engineering"_s),
                        person(2, u"ben@example.com"_s, u"Ben"_s, 2, u"Platform"_s),
                        person(3, u"cy@example.com"_s, u"Cy"_s, 3, u"Infra"_s),
                        person(4, u"dan@example.com"_s, u"Dan"_s, 4, u"Sales"_s),
                        person(5, u"eve@example.com"_s, u"Eve"_s, 0, {})};
    return directory;
}

Budget budget(BudgetScope scope, const QString &name, bool includeSubteams = true)
{
    Budget budget;
    budget.scope = scope;
    budget.scopeName = name;
    budget.includeSubteams = includeSubteams;
    budget.limitMicros = 100'000'000;
    return budget;
}

Budget organisation()
{
    return budget(BudgetScope::Organisation, {});
}

Budget personal(const QString &email)
{
    return budget(BudgetScope::Person, email);
}

Budget team(const QString &name, bool includeSubteams = true)
{
    return budget(BudgetScope::Team, name, includeSubteams);
}

// Wednesday 18 November 2026, noon UTC.
const FakeClock wednesday(QDateTime(QDate(2026, 11, 18), QTime(12, 0), QTimeZone::utc()));

DashboardState stateWith(const DashboardFilter &filter)
{
    return makeDashboardState(directory(), {}, ReportPeriod::ThisMonth, wednesday, filter);
}

BudgetEvaluation evaluated(const Budget &budget, qint64 spent, BudgetState state)
{
    BudgetEvaluation evaluation;
    evaluation.budget = budget;
    evaluation.limit = budget.limit();
    evaluation.spent = spent;
    evaluation.state = state;
    return evaluation;
}

} // namespace

// The tool bar's filter and the dashboard state it ends up in: which fields survive, which
// budgets are "mine", which apply to a person and which a filter shows.
class tst_DashboardState : public QObject
{
    Q_OBJECT

private slots:
    void filterIsEmptyOnlyWithoutFields();
    void filterOnlyKeepsTheFieldsAPageHonours();
    void filterNarrowsARequest();
    void emptyFilterLeavesARequestAlone();
    void unknownTeamOrPersonIsDropped();
    void customWithoutAValidSpanIsThisMonth();
    void weekStartIsPassedThrough();
    void invalidZoneIsUtc();
    void budgetAppliesTo_data();
    void budgetAppliesTo();
    void isMyBudget();
    void nobodyHasNoBudgets();
    void budgetMatchesFilter_data();
    void budgetMatchesFilter();
    void myWorstBudget();
};

void tst_DashboardState::filterIsEmptyOnlyWithoutFields()
{
    QVERIFY(DashboardFilter {}.isEmpty());
    QVERIFY(!(DashboardFilter {u"Sales"_s, {}, {}, {}}.isEmpty()));
    QVERIFY(!(DashboardFilter {{}, u"dan@example.com"_s, {}, {}}.isEmpty()));
    QVERIFY(!(DashboardFilter {{}, {}, u"gpt-5"_s, {}}.isEmpty()));
    QVERIFY(!(DashboardFilter {{}, {}, {}, u"laptop"_s}.isEmpty()));
}

void tst_DashboardState::filterOnlyKeepsTheFieldsAPageHonours()
{
    const DashboardFilter full {u"Platform"_s, u"ben@example.com"_s, u"gpt-5"_s, u"laptop"_s};
    QCOMPARE(full.only(DashboardFilter::allFields()), full);
    QVERIFY(full.only({}).isEmpty());
    QCOMPARE(full.only(DashboardFilter::Team | DashboardFilter::Model),
             (DashboardFilter {u"Platform"_s, {}, u"gpt-5"_s, {}}));
    QCOMPARE(full.only(DashboardFilter::Person),
             (DashboardFilter {{}, u"ben@example.com"_s, {}, {}}));
    QCOMPARE(full.only(DashboardFilter::Source), (DashboardFilter {{}, {}, {}, u"laptop"_s}));
}

void tst_DashboardState::filterNarrowsARequest()
{
    ReportRequest request;
    request.groupBy = {ReportKey::Person};
    request.since = QDate(2026, 11, 1);
    request.until = QDate(2026, 11, 18);
    request.teamName = u"Sales"_s;
    request.nestedTeams = false;
    request.personEmail = u"dan@example.com"_s;
    request.models = {u"claude-opus-4-5"_s, u"claude-haiku-4-5"_s};
    request.sources = {u"openai"_s};

    const DashboardFilter filter {u"Engineering"_s, u"ben@example.com"_s, u"gpt-5"_s, u"laptop"_s};
    filter.narrow(request);
    // The filter's fields replace the request's; a team always counts its nested teams.
    QCOMPARE(request.teamName, u"Engineering"_s);
    QVERIFY(request.nestedTeams);
    QCOMPARE(request.personEmail, u"ben@example.com"_s);
    QCOMPARE(request.models, QStringList {u"gpt-5"_s});
    QCOMPARE(request.sources, QStringList {u"laptop"_s});
    // What the filter has nothing to say about stays.
    QCOMPARE(request.groupBy, QList<ReportKey> {ReportKey::Person});
    QCOMPARE(request.since, QDate(2026, 11, 1));
    QCOMPARE(request.until, QDate(2026, 11, 18));

    ReportRequest modelOnly;
    modelOnly.personEmail = u"dan@example.com"_s;
    DashboardFilter {{}, {}, u"gpt-5"_s, {}}.narrow(modelOnly);
    QCOMPARE(modelOnly.personEmail, u"dan@example.com"_s);
    QCOMPARE(modelOnly.models, QStringList {u"gpt-5"_s});
    QVERIFY(modelOnly.sources.isEmpty());
    QVERIFY(modelOnly.teamName.isEmpty());
}

void tst_DashboardState::emptyFilterLeavesARequestAlone()
{
    ReportRequest request;
    request.teamName = u"Sales"_s;
    request.nestedTeams = false;
    request.personEmail = u"dan@example.com"_s;
    request.models = {u"claude-opus-4-5"_s};
    request.sources = {u"openai"_s};
    DashboardFilter {}.narrow(request);
    QCOMPARE(request.teamName, u"Sales"_s);
    QVERIFY(!request.nestedTeams);
    QCOMPARE(request.personEmail, u"dan@example.com"_s);
    QCOMPARE(request.models, QStringList {u"claude-opus-4-5"_s});
    QCOMPARE(request.sources, QStringList {u"openai"_s});
}

void tst_DashboardState::unknownTeamOrPersonIsDropped()
{
    // Models and sources are not checked against the directory: they are kept as they are.
    const DashboardState unknown
        = stateWith({u"Marketing"_s, u"gone@example.com"_s, u"gpt-5"_s, u"laptop"_s});
    QVERIFY(unknown.isValid);
    QCOMPARE(unknown.filter, (DashboardFilter {{}, {}, u"gpt-5"_s, u"laptop"_s}));

    const DashboardState known = stateWith({u"Infra"_s, u"dan@example.com"_s, {}, {}});
    QCOMPARE(known.filter, (DashboardFilter {u"Infra"_s, u"dan@example.com"_s, {}, {}}));

    const DashboardState teamOnly = stateWith({u"Sales"_s, u"gone@example.com"_s, {}, {}});
    QCOMPARE(teamOnly.filter, (DashboardFilter {u"Sales"_s, {}, {}, {}}));

    const DashboardState personOnly = stateWith({u"Marketing"_s, u"eve@example.com"_s, {}, {}});
    QCOMPARE(personOnly.filter, (DashboardFilter {{}, u"eve@example.com"_s, {}, {}}));
}

void tst_DashboardState::customWithoutAValidSpanIsThisMonth()
{
    const DateSpan picked {QDate(2026, 10, 3), QDate(2026, 10, 17)};
    const DashboardState custom
        = makeDashboardState(directory(), {}, ReportPeriod::Custom, wednesday, {}, picked);
    QCOMPARE(custom.period, ReportPeriod::Custom);
    QCOMPARE(custom.span, picked);

    for (const DateSpan &invalid :
         {DateSpan {}, DateSpan {QDate(2026, 10, 17), QDate(2026, 10, 3)}}) {
        const DashboardState state
            = makeDashboardState(directory(), {}, ReportPeriod::Custom, wednesday, {}, invalid);
        QCOMPARE(state.period, ReportPeriod::ThisMonth);
        QCOMPARE(state.span, (DateSpan {QDate(2026, 11, 1), QDate(2026, 11, 18)}));
        QVERIFY(state.isValid);
    }

    // Other periods ignore a custom span.
    const DashboardState lastMonth
        = makeDashboardState(directory(), {}, ReportPeriod::LastMonth, wednesday, {}, picked);
    QCOMPARE(lastMonth.period, ReportPeriod::LastMonth);
    QCOMPARE(lastMonth.span, (DateSpan {QDate(2026, 10, 1), QDate(2026, 10, 31)}));
}

void tst_DashboardState::weekStartIsPassedThrough()
{
    const DashboardState monday = makeDashboardState(directory(), {}, ReportPeriod::ThisWeek,
                                                     wednesday, {}, {}, Qt::Monday);
    QCOMPARE(monday.span, (DateSpan {QDate(2026, 11, 16), QDate(2026, 11, 18)}));
    const DashboardState sunday = makeDashboardState(directory(), {}, ReportPeriod::ThisWeek,
                                                     wednesday, {}, {}, Qt::Sunday);
    QCOMPARE(sunday.span, (DateSpan {QDate(2026, 11, 15), QDate(2026, 11, 18)}));
    QCOMPARE(sunday.period, ReportPeriod::ThisWeek);
    // The default is Monday.
    QCOMPARE(makeDashboardState(directory(), {}, ReportPeriod::ThisWeek, wednesday).span,
             monday.span);
}

void tst_DashboardState::invalidZoneIsUtc()
{
    DirectorySnapshot elsewhere = directory();
    elsewhere.timeZone = u"Mars/Olympus_Mons"_s;
    // 23:30 UTC: still the 18th in UTC, already the 19th in Berlin.
    const FakeClock late(QDateTime(QDate(2026, 11, 18), QTime(23, 30), QTimeZone::utc()));
    const DashboardState state = makeDashboardState(elsewhere, {}, ReportPeriod::ThisMonth, late);
    QCOMPARE(state.zone, QTimeZone::utc());
    QCOMPARE(state.today, QDate(2026, 11, 18));
    elsewhere.timeZone = u"Europe/Berlin"_s;
    QCOMPARE(makeDashboardState(elsewhere, {}, ReportPeriod::ThisMonth, late).today,
             QDate(2026, 11, 19));
}

void tst_DashboardState::budgetAppliesTo_data()
{
    QTest::addColumn<Budget>("budget");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("team");
    QTest::addColumn<bool>("applies");
    const QString ben = u"ben@example.com"_s;
    const QString platform = u"Platform"_s;

    QTest::newRow("their own") << personal(ben) << ben << platform << true;
    QTest::newRow("their own, email in another case")
        << personal(u"Ben@Example.com"_s) << ben << platform << true;
    QTest::newRow("someone else's") << personal(u"cy@example.com"_s) << ben << platform << false;
    QTest::newRow("the organisation's is nobody's") << organisation() << ben << platform << false;
    QTest::newRow("their team's") << team(platform) << ben << platform << true;
    QTest::newRow("their team's without subteams")
        << team(platform, false) << ben << platform << true;
    QTest::newRow("the team above, with subteams")
        << team(u"Engineering"_s) << ben << platform << true;
    QTest::newRow("the team above, without subteams")
        << team(u"Engineering"_s, false) << ben << platform << false;
    QTest::newRow("two teams above, with subteams")
        << team(u"Engineering"_s) << u"cy@example.com"_s << u"Infra"_s << true;
    QTest::newRow("two teams above, without subteams")
        << team(u"Engineering"_s, false) << u"cy@example.com"_s << u"Infra"_s << false;
    QTest::newRow("a team below theirs") << team(u"Infra"_s) << ben << platform << false;
    QTest::newRow("a team beside theirs") << team(u"Sales"_s) << ben << platform << false;
    QTest::newRow("no team of their own")
        << team(u"Engineering"_s) << u"eve@example.com"_s << QString() << false;
    QTest::newRow("no team, their own budget")
        << personal(u"eve@example.com"_s) << u"eve@example.com"_s << QString() << true;
    QTest::newRow("a team the directory does not know")
        << team(u"Marketing"_s) << ben << platform << false;
}

void tst_DashboardState::budgetAppliesTo()
{
    QFETCH(Budget, budget);
    QFETCH(QString, email);
    QFETCH(QString, team);
    QFETCH(bool, applies);
    QCOMPARE(stateWith({}).budgetAppliesTo(budget, email, team), applies);
}

void tst_DashboardState::isMyBudget()
{
    // "Me" is Ben (the ledger's me_email) in Platform, under Engineering.
    const DashboardState ben = stateWith({});
    QCOMPARE(ben.meEmail, u"ben@example.com"_s);
    QCOMPARE(ben.meTeam, u"Platform"_s);
    QVERIFY(ben.isMyBudget(personal(u"ben@example.com"_s)));
    QVERIFY(ben.isMyBudget(team(u"Platform"_s)));
    QVERIFY(ben.isMyBudget(team(u"Platform"_s, false)));
    QVERIFY(ben.isMyBudget(team(u"Engineering"_s)));
    QVERIFY(!ben.isMyBudget(team(u"Engineering"_s, false)));
    QVERIFY(!ben.isMyBudget(team(u"Infra"_s)));
    QVERIFY(!ben.isMyBudget(team(u"Sales"_s)));
    QVERIFY(!ben.isMyBudget(personal(u"ana@example.com"_s)));
    QVERIFY(!ben.isMyBudget(organisation()));

    // Cy, two levels down: Engineering's budget reaches him only through its subteams.
    const DashboardState cy
        = makeDashboardState(directory(), u"cy@example.com"_s, ReportPeriod::ThisMonth, wednesday);
    QCOMPARE(cy.meTeam, u"Infra"_s);
    QVERIFY(cy.isMyBudget(team(u"Engineering"_s)));
    QVERIFY(cy.isMyBudget(team(u"Platform"_s)));
    QVERIFY(!cy.isMyBudget(team(u"Platform"_s, false)));
    QVERIFY(!cy.isMyBudget(personal(u"ben@example.com"_s)));
}

void tst_DashboardState::nobodyHasNoBudgets()
{
    DirectorySnapshot anonymous = directory();
    anonymous.meEmail.clear();
    const DashboardState state
        = makeDashboardState(anonymous, {}, ReportPeriod::ThisMonth, wednesday);
    QVERIFY(state.meEmail.isEmpty());
    QVERIFY(!state.isMyBudget(organisation()));
    QVERIFY(!state.isMyBudget(team(u"Engineering"_s)));
    QVERIFY(!state.isMyBudget(personal(QString())));
}

void tst_DashboardState::budgetMatchesFilter_data()
{
    QTest::addColumn<DashboardFilter>("filter");
    QTest::addColumn<Budget>("budget");
    QTest::addColumn<bool>("matches");

    const DashboardFilter none;
    QTest::newRow("no filter, organisation") << none << organisation() << true;
    QTest::newRow("no filter, a team") << none << team(u"Sales"_s) << true;
    QTest::newRow("no filter, a person") << none << personal(u"dan@example.com"_s) << true;

    // A person: their own budget, their teams' and the organisation's.
    const DashboardFilter ben {{}, u"ben@example.com"_s, {}, {}};
    QTest::newRow("person, organisation") << ben << organisation() << true;
    QTest::newRow("person, their own") << ben << personal(u"ben@example.com"_s) << true;
    QTest::newRow("person, someone else's") << ben << personal(u"cy@example.com"_s) << false;
    QTest::newRow("person, their team") << ben << team(u"Platform"_s) << true;
    QTest::newRow("person, their team without subteams")
        << ben << team(u"Platform"_s, false) << true;
    QTest::newRow("person, the team above with subteams") << ben << team(u"Engineering"_s) << true;
    QTest::newRow("person, the team above without subteams")
        << ben << team(u"Engineering"_s, false) << false;
    QTest::newRow("person, a team below theirs") << ben << team(u"Infra"_s) << false;
    QTest::newRow("person, another team") << ben << team(u"Sales"_s) << false;
    const DashboardFilter eve {{}, u"eve@example.com"_s, {}, {}};
    QTest::newRow("person without a team, a team") << eve << team(u"Engineering"_s) << false;
    QTest::newRow("person without a team, organisation") << eve << organisation() << true;

    // A team: the budgets of it and its nested teams, and of its members down the tree.
    const DashboardFilter engineering {u"Engineering"_s, {}, {}, {}};
    QTest::newRow("team, itself") << engineering << team(u"Engineering"_s) << true;
    QTest::newRow("team, itself without subteams")
        << engineering << team(u"Engineering"_s, false) << true;
    QTest::newRow("team, a nested team") << engineering << team(u"Platform"_s) << true;
    QTest::newRow("team, a team two levels down") << engineering << team(u"Infra"_s) << true;
    QTest::newRow("team, another team") << engineering << team(u"Sales"_s) << false;
    QTest::newRow("team, a direct member") << engineering << personal(u"ana@example.com"_s) << true;
    QTest::newRow("team, a member of a nested team")
        << engineering << personal(u"cy@example.com"_s) << true;
    QTest::newRow("team, a member in another case")
        << engineering << personal(u"CY@example.com"_s) << true;
    QTest::newRow("team, someone outside")
        << engineering << personal(u"dan@example.com"_s) << false;
    QTest::newRow("team, organisation") << engineering << organisation() << false;

    const DashboardFilter platform {u"Platform"_s, {}, {}, {}};
    QTest::newRow("nested team, the team above") << platform << team(u"Engineering"_s) << false;
    QTest::newRow("nested team, itself") << platform << team(u"Platform"_s) << true;
    QTest::newRow("nested team, below it") << platform << team(u"Infra"_s) << true;
    QTest::newRow("nested team, a member of the team above")
        << platform << personal(u"ana@example.com"_s) << false;
    QTest::newRow("nested team, its member") << platform << personal(u"ben@example.com"_s) << true;

    // Models and sources do not decide which budgets show.
    const DashboardFilter model {{}, {}, u"gpt-5"_s, u"laptop"_s};
    QTest::newRow("model and source only") << model << personal(u"dan@example.com"_s) << true;
}

void tst_DashboardState::budgetMatchesFilter()
{
    QFETCH(DashboardFilter, filter);
    QFETCH(Budget, budget);
    QFETCH(bool, matches);
    const DashboardState state = stateWith(filter);
    QCOMPARE(state.filter, filter); // every name in the rows is known
    QCOMPARE(state.budgetMatchesFilter(budget), matches);
}

void tst_DashboardState::myWorstBudget()
{
    const DashboardState ben = stateWith({});
    QVERIFY(!::myWorstBudget(ben, {}));

    const BudgetEvaluation own
        = evaluated(personal(u"ben@example.com"_s), 85'000'000, BudgetState::Warning);
    const BudgetEvaluation platform
        = evaluated(team(u"Platform"_s), 90'000'000, BudgetState::Warning);
    const BudgetEvaluation engineering
        = evaluated(team(u"Engineering"_s), 40'000'000, BudgetState::Ok);
    BudgetEvaluation sales = evaluated(team(u"Sales"_s), 150'000'000, BudgetState::Exceeded);
    BudgetEvaluation broken = evaluated(team(u"Engineering"_s), 0, BudgetState::Exceeded);
    broken.error = u"budget 9: its team no longer exists"_s;

    // Among equals the higher percent; someone else's and a failed one never count.
    std::optional<BudgetEvaluation> worst
        = ::myWorstBudget(ben, {engineering, own, sales, broken, platform});
    QVERIFY(worst);
    QCOMPARE(worst->budget.scopeName, u"Platform"_s);

    BudgetEvaluation exceeded
        = evaluated(team(u"Engineering"_s), 100'000'000, BudgetState::Exceeded);
    worst = ::myWorstBudget(ben, {own, exceeded, platform});
    QVERIFY(worst);
    QCOMPARE(worst->budget.scopeName, u"Engineering"_s);

    QVERIFY(!::myWorstBudget(ben, {sales, broken}));
}

QTEST_GUILESS_MAIN(tst_DashboardState)
#include "tst_dashboardstate.moc"
