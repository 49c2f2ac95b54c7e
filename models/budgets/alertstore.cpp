#include "alertstore.h"

#include "core/calendar.h"
#include "ledger/ledger.h"
#include "ledger/sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString selectAlerts()
{
    return QStringLiteral("SELECT ") + AlertRows::columns()
        + QStringLiteral(" FROM budget_alerts a");
}

QString recipientsJson(const QList<AlertRecipient> &recipients)
{
    QJsonArray array;
    for (const AlertRecipient &recipient : recipients)
        array.append(QJsonObject {{QStringLiteral("email"), recipient.email},
                                  {QStringLiteral("name"), recipient.name},
                                  {QStringLiteral("role"), recipientRoleName(recipient.role)}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<AlertRecipient> recipientsFromJson(const QString &text)
{
    QList<AlertRecipient> recipients;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        AlertRecipient recipient;
        recipient.email = object.value(QStringLiteral("email")).toString();
        recipient.name = object.value(QStringLiteral("name")).toString();
        const QString role = object.value(QStringLiteral("role")).toString();
        recipient.role = role == QLatin1String("admin")
            ? RecipientRole::Admin
            : (role == QLatin1String("manager") ? RecipientRole::Manager : RecipientRole::Owner);
        recipients.append(recipient);
    }
    return recipients;
}

} // namespace

QString AlertRows::columns()
{
    return QStringLiteral(
        "a.id, coalesce(a.budget_id, 0), a.budget_label, a.period_first, a.period_last, a.kind, "
        "a.threshold, a.fired_ms, a.spent, a.limit_amount, a.in_tokens, a.exhausts_at_ms, "
        "a.message, a.recipients, coalesce(a.acknowledged_ms, 0), "
        "coalesce(a.snoozed_until_ms, 0)");
}

BudgetAlert AlertRows::read(const SqliteStatement &row, int first)
{
    BudgetAlert alert;
    alert.id = row.int64(first);
    alert.budgetId = row.int64(first + 1);
    alert.budgetLabel = row.text(first + 2);
    alert.periodFirst = Calendar::parseDate(row.text(first + 3)).value_or(QDate());
    alert.periodLast = Calendar::parseDate(row.text(first + 4)).value_or(QDate());
    alert.kind = row.text(first + 5) == QLatin1String("projected") ? AlertKind::ProjectedExhaustion
                                                                   : AlertKind::Threshold;
    alert.threshold = int(row.int64(first + 6));
    alert.firedMs = row.int64(first + 7);
    alert.spent = row.int64(first + 8);
    alert.limit = row.int64(first + 9);
    alert.inTokens = row.int64(first + 10) != 0;
    if (!row.isNull(first + 11))
        alert.exhaustsAtMs = row.int64(first + 11);
    alert.message = row.text(first + 12);
    alert.recipients = recipientsFromJson(row.text(first + 13));
    alert.acknowledgedMs = row.int64(first + 14);
    alert.snoozedUntilMs = row.int64(first + 15);
    return alert;
}

Result<std::optional<BudgetAlert>> AlertStore::recordOnce(BudgetAlert alert, qint64 budgetRevision,
                                                          qint64 nowMs)
{
    SqliteDatabase &db = m_ledger.database();
    Result<SqliteStatement> insert = db.prepare(QStringLiteral(R"sql(
INSERT INTO budget_alerts (budget_id, budget_revision, budget_label, period_first, period_last,
                           kind, threshold, fired_ms, spent, limit_amount, in_tokens,
                           exhausts_at_ms, message, recipients)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
ON CONFLICT (budget_id, budget_revision, period_first, kind, threshold) DO NOTHING
)sql"));
    if (!insert)
        return insert.error();
    insert->bind(1, alert.budgetId).bind(2, budgetRevision).bind(3, alert.budgetLabel);
    insert->bind(4, Calendar::dayKey(alert.periodFirst))
        .bind(5, Calendar::dayKey(alert.periodLast));
    insert->bind(6, alertKindName(alert.kind)).bind(7, qint64(alert.threshold));
    insert->bind(8, alert.firedMs).bind(9, alert.spent).bind(10, alert.limit);
    insert->bind(11, qint64(alert.inTokens ? 1 : 0));
    alert.exhaustsAtMs ? insert->bind(12, *alert.exhaustsAtMs) : insert->bindNull(12);
    insert->bind(13, alert.message).bind(14, recipientsJson(alert.recipients));
    if (Status inserted = insert->execute(); !inserted)
        return inserted.error();
    if (db.changes() == 0)
        return std::optional<BudgetAlert>();
    alert.id = db.lastInsertRowId();

    // What the alert owes each webhook, in the same transaction as the alert itself.
    Result<SqliteStatement> deliveries = db.prepare(
        QStringLiteral("INSERT INTO alert_deliveries (alert_id, webhook_id, next_attempt_ms) "
                       "SELECT ?1, id, ?2 FROM webhooks"));
    if (!deliveries)
        return deliveries.error();
    if (Status owed = deliveries->bind(1, alert.id).bind(2, nowMs).execute(); !owed)
        return owed.error();
    return std::optional<BudgetAlert>(alert);
}

Result<QList<BudgetAlert>> AlertStore::history(int limit)
{
    QList<BudgetAlert> alerts;
    const Status read = m_ledger.database().forEachRow(
        selectAlerts() + QStringLiteral(" ORDER BY a.fired_ms DESC, a.id DESC LIMIT %1").arg(limit),
        [&](SqliteStatement &row) { alerts.append(AlertRows::read(row, 0)); });
    if (!read)
        return read.error();
    return alerts;
}

Result<QList<BudgetAlert>> AlertStore::active(qint64 nowMs, const QString &recipientEmail)
{
    // The alert's period must still be running: periods are stored as local days, so the test
    // is done per budget with its zone; an alert whose budget is gone is not active.
    Result<SqliteStatement> statement = m_ledger.database().prepare(
        selectAlerts()
        + QStringLiteral(" WHERE a.acknowledged_ms IS NULL AND coalesce(a.snoozed_until_ms, 0) "
                         "<= ?1 AND a.budget_id IS NOT NULL ORDER BY a.fired_ms DESC, a.id DESC"));
    if (!statement)
        return statement.error();
    statement->bind(1, nowMs);
    Result<SqliteStatement> zoneOf
        = m_ledger.database().prepare(QStringLiteral("SELECT timezone FROM budgets WHERE id = ?1"));
    if (!zoneOf)
        return zoneOf.error();
    QList<BudgetAlert> alerts;
    for (;;) {
        const SqliteStatement::StepResult step = statement->step();
        if (step == SqliteStatement::StepResult::Failed)
            return statement->lastError();
        if (step == SqliteStatement::StepResult::Done)
            break;
        BudgetAlert alert = AlertRows::read(*statement, 0);
        if (!recipientEmail.isEmpty() && !alert.isFor(recipientEmail))
            continue;
        zoneOf->reset();
        zoneOf->bind(1, alert.budgetId);
        QTimeZone zone = QTimeZone::utc();
        if (zoneOf->step() == SqliteStatement::StepResult::Row)
            zone = QTimeZone(zoneOf->text(0).toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        if (nowMs < Calendar::startOfLocalDayMs(alert.periodLast.addDays(1), zone))
            alerts.append(alert);
    }
    return alerts;
}

Status AlertStore::acknowledge(qint64 alertId, qint64 nowMs)
{
    SqliteDatabase &db = m_ledger.database();
    Result<SqliteStatement> statement = db.prepare(QStringLiteral(
        "UPDATE budget_alerts SET acknowledged_ms = coalesce(acknowledged_ms, ?2) WHERE id = ?1"));
    if (!statement)
        return statement.error();
    if (Status updated = statement->bind(1, alertId).bind(2, nowMs).execute(); !updated)
        return updated;
    if (db.changes() == 0)
        return Error {ErrorCode::NotFound, QStringLiteral("no alert with id %1").arg(alertId)};
    return ok();
}

Status AlertStore::snooze(qint64 alertId, qint64 untilMs)
{
    SqliteDatabase &db = m_ledger.database();
    Result<SqliteStatement> statement = db.prepare(
        QStringLiteral("UPDATE budget_alerts SET snoozed_until_ms = ?2 WHERE id = ?1"));
    if (!statement)
        return statement.error();
    if (Status updated = statement->bind(1, alertId).bind(2, untilMs).execute(); !updated)
        return updated;
    if (db.changes() == 0)
        return Error {ErrorCode::NotFound, QStringLiteral("no alert with id %1").arg(alertId)};
    return ok();
}
