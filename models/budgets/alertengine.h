#pragma once

#include "budgetalert.h"
#include "budgetevaluator.h"
#include "core/result.h"

#include <QList>

class Ledger;
struct Person;
struct Team;

// Who receives an alert at `percent` of a budget, under the policy:
// - person budget: the person; from managerFromPercent their manager;
// - team budget: the team's managers (people of role manager in the team, else the manager most of
//   its members report to); from managerFromPercent the managers of the parent team;
// - organisation budget: the admins from the first threshold.
// From adminsFromPercent every admin is added. Each email appears once, with its first role.
QList<AlertRecipient> alertRecipients(const Budget &budget, int percent,
                                      const QList<Person> &people, const QList<Team> &teams,
                                      const EscalationPolicy &policy);

// Turns evaluations into alerts, calmly:
// - one alert per budget × period × threshold reached, however often it runs, and only the
//   highest newly reached threshold of an evaluation is told (no 50 % and 80 % at once);
// - falling back below a threshold and rising again in the same period tells nothing new;
// - a projected-exhaustion alert once per period when the forecast (confidence medium or high)
//   reaches the limit before the last tenth of the period and the limit is not yet reached.
class AlertEngine
{
public:
    explicit AlertEngine(Ledger &ledger) : m_ledger(ledger) { }

    struct RunResult
    {
        QList<BudgetEvaluation> evaluations;
        QList<BudgetAlert> fired; // new this run
    };
    // Evaluates every budget at nowMs and records new alerts and their webhook deliveries in one
    // transaction.
    Result<RunResult> run(qint64 nowMs);

private:
    Ledger &m_ledger;
};
