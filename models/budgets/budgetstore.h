#pragma once

#include "budget.h"
#include "core/result.h"

class Ledger;

// Budgets as stored in the ledger. Evaluation and alerts build on this.
class BudgetStore
{
public:
    explicit BudgetStore(Ledger &ledger) : m_ledger(ledger) { }

    Result<QList<Budget>> budgets();
    Result<Budget> find(qint64 id); // NotFound when there is no such budget
    // Checks the budget (InvalidArgument says what is wrong: no limit or two, a limit ≤ 0, a
    // threshold outside 1–1000 %, an unknown zone, a custom range that is missing or reversed,
    // a week start outside 1–7, a month start day outside 1–31; NotFound for an unknown team or
    // person), resolves scopeName to its id and returns the new budget's id.
    Result<qint64> add(Budget budget, qint64 nowMs);
    // Replaces budget.id's settings after the same checks and moves it to a new revision, so its
    // thresholds may warn again against the new settings.
    Status update(Budget budget);
    Status remove(qint64 id); // NotFound when there is no such budget
    Status removeAll();

private:
    Ledger &m_ledger;
};
