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
    // Resolves scopeName (team name or person email) to its id; returns the new budget's id.
    Result<qint64> add(Budget budget, qint64 nowMs);
    Status remove(qint64 id); // NotFound when there is no such budget
    Status removeAll();

private:
    Ledger &m_ledger;
};
