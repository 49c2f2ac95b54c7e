#pragma once

#include "budget.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class Ledger;

enum class AlertKind {
    Threshold, // spending reached one of the budget's thresholds
    ProjectedExhaustion, // at the current pace the limit is reached before the period ends
};
QString alertKindName(AlertKind kind); // "threshold", "projected"

// Why someone receives an alert: the budget's owner first, their manager from 80 %, the admins
// from 100 % (EscalationPolicy).
enum class RecipientRole { Owner, Manager, Admin };
QString recipientRoleName(RecipientRole role); // "owner", "manager", "admin"

struct AlertRecipient
{
    QString email;
    QString name;
    RecipientRole role = RecipientRole::Owner;
};

// One warning, fired once per budget × period × kind × threshold and kept in the history.
struct BudgetAlert
{
    qint64 id = 0;
    qint64 budgetId = 0;
    QString budgetLabel; // "team:Platform · month"
    QDate periodFirst; // identifies the period in the budget's zone
    QDate periodLast;
    AlertKind kind = AlertKind::Threshold;
    int threshold = 0; // percent; 100 for a projected exhaustion
    qint64 firedMs = 0;
    qint64 spent = 0; // micro-dollars or tokens, as the limit
    qint64 limit = 0;
    bool inTokens = false;
    std::optional<qint64> exhaustsAtMs; // projected exhaustion
    QString message; // the sentence people read, in English ("… 80 % of … used")
    QList<AlertRecipient> recipients;
    qint64 acknowledgedMs = 0; // 0: not acknowledged
    qint64 snoozedUntilMs = 0; // 0: not snoozed

    bool isAcknowledged() const { return acknowledgedMs != 0; }
    // Shown in the banner and tray: neither acknowledged nor snoozed at nowMs.
    bool isActive(qint64 nowMs) const { return !isAcknowledged() && snoozedUntilMs <= nowMs; }
    bool isFor(const QString &email) const; // one of the recipients (case-insensitive)
};
Q_DECLARE_METATYPE(BudgetAlert)

// Who is told at which percent. Kept in the ledger's settings (escalation_manager_percent,
// escalation_admin_percent); 0 turns a step off.
struct EscalationPolicy
{
    int managerFromPercent = 80;
    int adminsFromPercent = 100;

    static EscalationPolicy load(Ledger &ledger);
    Status save(Ledger &ledger) const;
};
