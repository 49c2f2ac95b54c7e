#pragma once

#include "budgets/budgetalert.h"
#include "core/result.h"

class Ledger;

// Budget alerts in a test ledger, written the way AlertStore::recordOnce leaves them (a
// budget_alerts row, one pending alert_deliveries row per webhook), for the webhook tests.
namespace AlertTesting {

// An 80 % alert of a $1,000 monthly budget fired at firedMs, with two recipients.
BudgetAlert sampleAlert(qint64 firedMs);
// Stores the alert (its id is ignored) and returns the new id.
Result<qint64> insertAlert(Ledger &ledger, const BudgetAlert &alert);
// A pending delivery of the alert to the webhook, first due at nextAttemptMs.
Status owe(Ledger &ledger, qint64 alertId, qint64 webhookId, qint64 nextAttemptMs);

} // namespace AlertTesting
