#include "budgetadministration.h"

#include "alertstore.h"
#include "analytics/peercomparison.h"
#include "budgetstore.h"
#include "core/clock.h"
#include "ledger/ledger.h"

BudgetAdministration::BudgetAdministration(QString ledgerPath, const Clock &clock)
    : m_ledgerPath(std::move(ledgerPath)), m_clock(clock)
{ }

namespace {

template<typename Work>
auto withLedger(const QString &path, Work work) -> decltype(work(std::declval<Ledger &>()))
{
    Result<std::unique_ptr<Ledger>> ledger = Ledger::open(path, Ledger::Access::ReadWrite);
    if (!ledger)
        return ledger.error();
    return work(**ledger);
}

} // namespace

Result<qint64> BudgetAdministration::save(const Budget &budget)
{
    return withLedger(m_ledgerPath, [&](Ledger &ledger) -> Result<qint64> {
        BudgetStore store(ledger);
        if (budget.id == 0)
            return store.add(budget, m_clock.nowMs());
        if (Status updated = store.update(budget); !updated)
            return updated.error();
        return budget.id;
    });
}

Status BudgetAdministration::remove(qint64 budgetId)
{
    return withLedger(m_ledgerPath,
                      [&](Ledger &ledger) { return BudgetStore(ledger).remove(budgetId); });
}

Status BudgetAdministration::acknowledge(qint64 alertId)
{
    return withLedger(m_ledgerPath, [&](Ledger &ledger) {
        return AlertStore(ledger).acknowledge(alertId, m_clock.nowMs());
    });
}

Status BudgetAdministration::snooze(qint64 alertId, qint64 forMs)
{
    return withLedger(m_ledgerPath, [&](Ledger &ledger) {
        return AlertStore(ledger).snooze(alertId, m_clock.nowMs() + forMs);
    });
}

Status BudgetAdministration::setPeerComparisonEnabled(bool enabled)
{
    return withLedger(m_ledgerPath, [&](Ledger &ledger) {
        return PeerQuery::setComparisonEnabled(ledger, enabled);
    });
}
