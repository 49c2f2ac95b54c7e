#include "alerttesting.h"

#include "ledger/ledger.h"
#include "ledger/sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AlertTesting {

BudgetAlert sampleAlert(qint64 firedMs)
{
    BudgetAlert alert;
    alert.budgetLabel = u"team:Platform · month"_s;
    alert.periodFirst = QDate(2026, 11, 1);
    alert.periodLast = QDate(2026, 11, 30);
    alert.kind = AlertKind::Threshold;
    alert.threshold = 80;
    alert.firedMs = firedMs;
    alert.spent = 812'345'678;
    alert.limit = 1'000'000'000;
    alert.message = u"team:Platform · month: 81 % of $1,000.00 used ($812.35)"_s;
    alert.recipients = {{u"ana@example.com"_s, u"Ana Lima"_s, RecipientRole::Owner},
                        {u"ben@example.com"_s, u"Ben Okafor"_s, RecipientRole::Manager}};
    return alert;
}

Result<qint64> insertAlert(Ledger &ledger, const BudgetAlert &alert)
{
    static const QStringList roles = {u"owner"_s, u"manager"_s, u"admin"_s};
    QJsonArray recipients;
    for (const AlertRecipient &recipient : alert.recipients)
        recipients.append(QJsonObject {{u"email"_s, recipient.email},
                                       {u"name"_s, recipient.name},
                                       {u"role"_s, roles.at(int(recipient.role))}});
    SqliteDatabase &db = ledger.database();
    Result<SqliteStatement> insert = db.prepare(uR"sql(
INSERT INTO budget_alerts (budget_id, budget_revision, budget_label, period_first, period_last,
                           kind, threshold, fired_ms, spent, limit_amount, in_tokens,
                           exhausts_at_ms, message, recipients)
VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
)sql"_s);
    if (!insert)
        return insert.error();
    alert.budgetId ? insert->bind(1, alert.budgetId) : insert->bindNull(1);
    insert->bind(2, alert.budgetLabel)
        .bind(3, alert.periodFirst.toString(Qt::ISODate))
        .bind(4, alert.periodLast.toString(Qt::ISODate))
        .bind(5, alert.kind == AlertKind::ProjectedExhaustion ? u"projected"_s : u"threshold"_s)
        .bind(6, alert.threshold)
        .bind(7, alert.firedMs)
        .bind(8, alert.spent)
        .bind(9, alert.limit)
        .bind(10, alert.inTokens ? 1 : 0);
    alert.exhaustsAtMs ? insert->bind(11, *alert.exhaustsAtMs) : insert->bindNull(11);
    insert->bind(12, alert.message)
        .bind(13, QString::fromUtf8(QJsonDocument(recipients).toJson(QJsonDocument::Compact)));
    if (Status inserted = insert->execute(); !inserted)
        return inserted.error();
    return db.lastInsertRowId();
}

Status owe(Ledger &ledger, qint64 alertId, qint64 webhookId, qint64 nextAttemptMs)
{
    Result<SqliteStatement> insert = ledger.database().prepare(
        u"INSERT INTO alert_deliveries (alert_id, webhook_id, next_attempt_ms) "
        u"VALUES (?1, ?2, ?3)"_s);
    if (!insert)
        return insert.error();
    return insert->bind(1, alertId).bind(2, webhookId).bind(3, nextAttemptMs).execute();
}

} // namespace AlertTesting
