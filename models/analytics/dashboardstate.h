#pragma once

#include "queryservice.h"
#include "reportperiod.h"

#include <QTimeZone>

class Clock;

// The filters of the dashboard's tool bar: each narrows every page that can be narrowed by it
// (a page tells which in DashboardPage::filterFields()). Empty fields don't narrow.
struct DashboardFilter
{
    enum Field { Team = 0x1, Person = 0x2, Model = 0x4, Source = 0x8 };
    Q_DECLARE_FLAGS(Fields, Field)
    static constexpr Fields allFields() { return Fields(Team | Person | Model | Source); }

    QString teamName; // the team with its nested teams
    QString personEmail;
    QString model;
    QString source; // a source's name

    bool isEmpty() const
    {
        return teamName.isEmpty() && personEmail.isEmpty() && model.isEmpty() && source.isEmpty();
    }
    // The filter without the fields a page does not honour.
    DashboardFilter only(Fields fields) const;
    // Sets the filter's fields on the request (they replace the request's own). A person and a
    // team intersect: a person outside the team gives an empty report.
    void narrow(ReportRequest &request) const;
    friend bool operator==(const DashboardFilter &, const DashboardFilter &) = default;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(DashboardFilter::Fields)

// What every dashboard page reports on: who "me" is, the period and the directory it was
// resolved against. Built on the GUI thread from a directory answer; a plain value.
struct DashboardState
{
    DirectorySnapshot directory;
    QString meEmail; // empty when the ledger names nobody
    QString meName;
    QString meTeam; // the team "me" belongs to, empty without one
    QTimeZone zone; // the ledger's reporting zone
    QDate today; // in that zone
    ReportPeriod period = ReportPeriod::ThisMonth;
    DateSpan span; // days of the period
    DashboardFilter filter; // only teams and people the directory knows
    bool isValid = false;

    // The team named and every team nested below it, by name.
    QStringList teamSubtree(const QString &teamName) const;
    // People whose team is the team or one nested below it.
    QList<Person> membersOf(const QString &teamName) const;
    // Teams in hierarchy order (parents before their children) with their depth, for selectors.
    QList<std::pair<Team, int>> teamsInTreeOrder() const;
    // Whether the budget is about "me": my own, my team's, or one of a team above mine that
    // counts its nested teams.
    bool isMyBudget(const Budget &budget) const;
    // Whether the budget counts the person's usage: their own, their team's, or one of a team
    // above theirs that counts its nested teams (the organisation's is not "theirs").
    bool budgetAppliesTo(const Budget &budget, const QString &email, const QString &teamName) const;
    // Whether the budget is about the filter's person (theirs, their teams' and the
    // organisation's) or team (budgets of its teams and of its members); true without either.
    bool budgetMatchesFilter(const Budget &budget) const;
    // Whether the alert was told to the filter's person, or to someone in its team; true
    // without either.
    bool alertMatchesFilter(const BudgetAlert &alert) const;
};

// Among "my" budgets that could be evaluated, the one in the worst state (exceeded, then
// warning, then ok; the higher percent used among equals). None when I have no such budget.
std::optional<BudgetEvaluation> myWorstBudget(const DashboardState &state,
                                              const QList<BudgetEvaluation> &evaluations);

// "Me" is the override when it names someone in the directory, else the ledger's me_email
// setting, else nobody. The period is counted in the ledger's reporting zone.
// A custom period takes `custom` (this month when that is not a valid span); weeks start on
// `weekStart`. A filter naming a team or person the directory doesn't know drops that field.
DashboardState makeDashboardState(const DirectorySnapshot &directory, const QString &meOverride,
                                  ReportPeriod period, const Clock &clock,
                                  const DashboardFilter &filter = {}, const DateSpan &custom = {},
                                  Qt::DayOfWeek weekStart = Qt::Monday);
