#pragma once

#include "queryservice.h"
#include "reportperiod.h"

#include <QTimeZone>

class Clock;

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
};

// Among "my" budgets that could be evaluated, the one in the worst state (exceeded, then
// warning, then ok; the higher percent used among equals). None when I have no such budget.
std::optional<BudgetEvaluation> myWorstBudget(const DashboardState &state,
                                              const QList<BudgetEvaluation> &evaluations);

// "Me" is the override when it names someone in the directory, else the ledger's me_email
// setting, else nobody. The period is counted in the ledger's reporting zone.
DashboardState makeDashboardState(const DirectorySnapshot &directory, const QString &meOverride,
                                  ReportPeriod period, const Clock &clock);
