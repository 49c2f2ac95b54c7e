#pragma once

#include "budget.h"
#include "budgetalert.h"
#include "core/result.h"

class Clock;

// What the Budgets, Alerts and Settings pages change, each call on a short read-write connection
// of its own (the GUI thread never holds the ledger open). The checks are BudgetStore's and
// AlertStore's.
class BudgetAdministration
{
public:
    BudgetAdministration(QString ledgerPath, const Clock &clock);

    // Adds the budget when its id is 0, else updates it. Returns its id.
    Result<qint64> save(const Budget &budget);
    Status remove(qint64 budgetId);
    Status acknowledge(qint64 alertId);
    Status snooze(qint64 alertId, qint64 forMs);
    // The organisation's privacy switch for peer comparison (PeerQuery's ledger setting).
    Status setPeerComparisonEnabled(bool enabled);

private:
    QString m_ledgerPath;
    const Clock &m_clock;
};
