#include "dashboardstate.h"

#include "core/clock.h"

#include <QHash>
#include <QSet>

DashboardFilter DashboardFilter::only(Fields fields) const
{
    DashboardFilter kept;
    if (fields.testFlag(Team))
        kept.teamName = teamName;
    if (fields.testFlag(Person))
        kept.personEmail = personEmail;
    if (fields.testFlag(Model))
        kept.model = model;
    if (fields.testFlag(Source))
        kept.source = source;
    return kept;
}

void DashboardFilter::narrow(ReportRequest &request) const
{
    if (!teamName.isEmpty()) {
        request.teamName = teamName;
        request.nestedTeams = true;
    }
    if (!personEmail.isEmpty())
        request.personEmail = personEmail;
    if (!model.isEmpty())
        request.models = {model};
    if (!source.isEmpty())
        request.sources = {source};
}

DashboardState makeDashboardState(const DirectorySnapshot &directory, const QString &meOverride,
                                  ReportPeriod period, const Clock &clock,
                                  const DashboardFilter &filter, const DateSpan &custom,
                                  Qt::DayOfWeek weekStart)
{
    DashboardState state;
    state.directory = directory;
    state.zone = QTimeZone(directory.timeZone.toUtf8());
    if (!state.zone.isValid())
        state.zone = QTimeZone::utc();
    state.today = todayIn(clock, state.zone);
    if (period == ReportPeriod::Custom && !custom.isValid())
        period = ReportPeriod::ThisMonth;
    state.period = period;
    state.span = reportPeriodDays(period, state.today, weekStart, custom);
    state.filter = filter;
    const bool teamKnown
        = std::any_of(directory.teams.cbegin(), directory.teams.cend(),
                      [&](const Team &team) { return team.name == filter.teamName; });
    if (!teamKnown)
        state.filter.teamName.clear();
    const bool personKnown
        = std::any_of(directory.people.cbegin(), directory.people.cend(),
                      [&](const Person &person) { return person.email == filter.personEmail; });
    if (!personKnown)
        state.filter.personEmail.clear();
    for (const QString &candidate : {meOverride, directory.meEmail}) {
        if (candidate.isEmpty())
            continue;
        for (const Person &person : directory.people) {
            if (person.email.compare(candidate, Qt::CaseInsensitive) == 0) {
                state.meEmail = person.email;
                state.meName = person.name;
                state.meTeam = person.teamName;
                break;
            }
        }
        if (!state.meEmail.isEmpty())
            break;
    }
    state.isValid = true;
    return state;
}

QStringList DashboardState::teamSubtree(const QString &teamName) const
{
    QHash<qint64, QList<const Team *>> children;
    const Team *root = nullptr;
    for (const Team &team : directory.teams) {
        children[team.parentId].append(&team);
        if (team.name == teamName)
            root = &team;
    }
    QStringList names;
    if (!root)
        return names;
    QList<const Team *> pending = {root};
    QSet<qint64> seen;
    while (!pending.isEmpty()) {
        const Team *team = pending.takeFirst();
        if (seen.contains(team->id))
            continue;
        seen.insert(team->id);
        names.append(team->name);
        pending.append(children.value(team->id));
    }
    return names;
}

QList<Person> DashboardState::membersOf(const QString &teamName) const
{
    const QStringList teams = teamSubtree(teamName);
    QList<Person> members;
    for (const Person &person : directory.people) {
        if (teams.contains(person.teamName))
            members.append(person);
    }
    return members;
}

QList<std::pair<Team, int>> DashboardState::teamsInTreeOrder() const
{
    QHash<qint64, QList<Team>> children;
    QSet<qint64> ids;
    for (const Team &team : directory.teams)
        ids.insert(team.id);
    for (const Team &team : directory.teams)
        children[ids.contains(team.parentId) && team.parentId != team.id ? team.parentId : 0]
            .append(team);
    QList<std::pair<Team, int>> ordered;
    QSet<qint64> seen;
    const auto visit = [&](const auto &self, qint64 parent, int depth) -> void {
        for (const Team &team : children.value(parent)) {
            if (seen.contains(team.id))
                continue;
            seen.insert(team.id);
            ordered.append({team, depth});
            self(self, team.id, depth + 1);
        }
    };
    visit(visit, 0, 0);
    return ordered;
}

bool DashboardState::budgetAppliesTo(const Budget &budget, const QString &email,
                                     const QString &teamName) const
{
    switch (budget.scope) {
    case BudgetScope::Organisation:
        return false;
    case BudgetScope::Person:
        return budget.scopeName.compare(email, Qt::CaseInsensitive) == 0;
    case BudgetScope::Team:
        if (teamName.isEmpty())
            return false;
        if (budget.scopeName == teamName)
            return true;
        return budget.includeSubteams && teamSubtree(budget.scopeName).contains(teamName);
    }
    return false;
}

bool DashboardState::isMyBudget(const Budget &budget) const
{
    return !meEmail.isEmpty() && budgetAppliesTo(budget, meEmail, meTeam);
}

bool DashboardState::alertMatchesFilter(const BudgetAlert &alert) const
{
    if (!filter.personEmail.isEmpty())
        return alert.isFor(filter.personEmail);
    if (!filter.teamName.isEmpty()) {
        const QList<Person> members = membersOf(filter.teamName);
        return std::any_of(members.cbegin(), members.cend(),
                           [&](const Person &person) { return alert.isFor(person.email); });
    }
    return true;
}

bool DashboardState::budgetMatchesFilter(const Budget &budget) const
{
    if (!filter.personEmail.isEmpty()) {
        QString teamName;
        for (const Person &person : directory.people) {
            if (person.email == filter.personEmail)
                teamName = person.teamName;
        }
        return budget.scope == BudgetScope::Organisation
            || budgetAppliesTo(budget, filter.personEmail, teamName);
    }
    if (!filter.teamName.isEmpty()) {
        if (budget.scope == BudgetScope::Team)
            return teamSubtree(filter.teamName).contains(budget.scopeName);
        if (budget.scope == BudgetScope::Person) {
            const QList<Person> members = membersOf(filter.teamName);
            return std::any_of(members.cbegin(), members.cend(), [&](const Person &person) {
                return person.email.compare(budget.scopeName, Qt::CaseInsensitive) == 0;
            });
        }
        return false;
    }
    return true;
}

std::optional<BudgetEvaluation> myWorstBudget(const DashboardState &state,
                                              const QList<BudgetEvaluation> &evaluations)
{
    std::optional<BudgetEvaluation> worst;
    for (const BudgetEvaluation &evaluation : evaluations) {
        if (!evaluation.error.isEmpty() || !state.isMyBudget(evaluation.budget))
            continue;
        if (!worst || evaluation.state > worst->state
            || (evaluation.state == worst->state && evaluation.percent() > worst->percent()))
            worst = evaluation;
    }
    return worst;
}
