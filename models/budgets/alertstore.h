#pragma once

#include "budgetalert.h"
#include "core/result.h"

class Ledger;
class SqliteStatement;

// budget_alerts rows as BudgetAlerts, for AlertStore and for queries that join alerts with other
// tables (the webhook deliveries).
namespace AlertRows {
// The columns a BudgetAlert is read from, of the table aliased `a`.
QString columns();
// Reads those columns from column `first` on.
BudgetAlert read(const SqliteStatement &row, int first);
} // namespace AlertRows

// The alert history in the ledger (budget_alerts) and the webhook deliveries each alert owes
// (alert_deliveries). Works on the caller's connection and transaction.
class AlertStore
{
public:
    explicit AlertStore(Ledger &ledger) : m_ledger(ledger) { }

    // Stores the alert unless one for the same budget revision × period × kind × threshold is
    // there already; then returns nothing and writes nothing. A new alert gets one pending
    // delivery per configured webhook, due at nowMs. Call inside a transaction.
    Result<std::optional<BudgetAlert>> recordOnce(BudgetAlert alert, qint64 budgetRevision,
                                                  qint64 nowMs);

    // Newest first; at most `limit` alerts.
    Result<QList<BudgetAlert>> history(int limit = 500);
    // Alerts of the budgets' current periods that are neither acknowledged nor snoozed at nowMs,
    // for the recipient (every alert when the email is empty). Newest first.
    Result<QList<BudgetAlert>> active(qint64 nowMs, const QString &recipientEmail = {});

    Status acknowledge(qint64 alertId, qint64 nowMs); // NotFound for an unknown id
    Status snooze(qint64 alertId, qint64 untilMs);

private:
    Ledger &m_ledger;
};
