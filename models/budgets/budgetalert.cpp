#include "budgetalert.h"

#include "ledger/ledger.h"

QString alertKindName(AlertKind kind)
{
    return kind == AlertKind::Threshold ? QStringLiteral("threshold") : QStringLiteral("projected");
}

QString recipientRoleName(RecipientRole role)
{
    switch (role) {
    case RecipientRole::Owner:
        return QStringLiteral("owner");
    case RecipientRole::Manager:
        return QStringLiteral("manager");
    case RecipientRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

bool BudgetAlert::isFor(const QString &email) const
{
    for (const AlertRecipient &recipient : recipients) {
        if (recipient.email.compare(email, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {
const QString managerKey = QStringLiteral("escalation_manager_percent");
const QString adminKey = QStringLiteral("escalation_admin_percent");
} // namespace

EscalationPolicy EscalationPolicy::load(Ledger &ledger)
{
    EscalationPolicy policy;
    bool ok = false;
    const int manager = ledger.setting(managerKey).toInt(&ok);
    if (ok && manager >= 0)
        policy.managerFromPercent = manager;
    const int admins = ledger.setting(adminKey).toInt(&ok);
    if (ok && admins >= 0)
        policy.adminsFromPercent = admins;
    return policy;
}

Status EscalationPolicy::save(Ledger &ledger) const
{
    if (Status saved = ledger.setSetting(managerKey, QString::number(managerFromPercent)); !saved)
        return saved;
    return ledger.setSetting(adminKey, QString::number(adminsFromPercent));
}
