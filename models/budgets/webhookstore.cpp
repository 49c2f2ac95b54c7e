#include "webhookstore.h"

#include "alertstore.h"
#include "core/money.h"
#include "ledger/ledger.h"
#include "ledger/sqlitedatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// Slack's mrkdwn treats these three as control characters; everything else goes as it is.
QString slackEscaped(QString text)
{
    return text.replace(u'&', "&amp;"_L1).replace(u'<', "&lt;"_L1).replace(u'>', "&gt;"_L1);
}

Status expectOneChange(SqliteDatabase &db, qint64 alertId, qint64 webhookId)
{
    if (db.changes() == 0)
        return Error {
            ErrorCode::NotFound,
            u"no pending delivery of alert %1 to webhook %2"_s.arg(alertId).arg(webhookId)};
    return ok();
}

} // namespace

QString webhookFormatName(WebhookFormat format)
{
    return format == WebhookFormat::Generic ? u"generic"_s : u"slack"_s;
}

std::optional<WebhookFormat> webhookFormatFromName(const QString &name)
{
    if (name == "slack"_L1)
        return WebhookFormat::Slack;
    if (name == "generic"_L1)
        return WebhookFormat::Generic;
    return std::nullopt;
}

QString redactedUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
        return u"(not a URL)"_s;
    // No user info, path, query or fragment: any of them may hold the secret.
    return parsed
               .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                         | QUrl::RemoveFragment)
               .toString()
        + u"/…"_s;
}

Status validateWebhook(const Webhook &webhook)
{
    if (webhook.name.trimmed().isEmpty())
        return Error {ErrorCode::InvalidArgument, u"a webhook needs a name"_s};
    const QUrl url(webhook.url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || url.host().isEmpty())
        return Error {ErrorCode::InvalidArgument,
                      u"the webhook URL must be an http:// or https:// address"_s};
    return ok();
}

QByteArray webhookBody(const BudgetAlert &alert, WebhookFormat format)
{
    if (format == WebhookFormat::Slack) {
        const QString message = slackEscaped(alert.message);
        const QString sectionText
            = u"*Budget alert* · "_s + slackEscaped(alert.budgetLabel) + u'\n' + message;
        const QJsonObject section {
            {"type"_L1, u"section"_s},
            {"text"_L1, QJsonObject {{"type"_L1, u"mrkdwn"_s}, {"text"_L1, sectionText}}}};
        const QJsonObject body {{"text"_L1, message}, {"blocks"_L1, QJsonArray {section}}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    QJsonArray recipients;
    for (const AlertRecipient &recipient : alert.recipients)
        recipients.append(QJsonObject {{"email"_L1, recipient.email},
                                       {"name"_L1, recipient.name},
                                       {"role"_L1, recipientRoleName(recipient.role)}});
    const bool inUsd = !alert.inTokens;
    const QJsonObject object {
        {"id"_L1, alert.id},
        {"budget_id"_L1, alert.budgetId != 0 ? QJsonValue(alert.budgetId) : QJsonValue()},
        {"budget"_L1, alert.budgetLabel},
        {"period_first"_L1, alert.periodFirst.toString(Qt::ISODate)},
        {"period_last"_L1, alert.periodLast.toString(Qt::ISODate)},
        {"kind"_L1, alertKindName(alert.kind)},
        {"threshold"_L1, alert.threshold},
        {"fired_at"_L1, isoUtc(alert.firedMs)},
        {"spent"_L1, alert.spent},
        {"limit"_L1, alert.limit},
        {"unit"_L1, inUsd ? u"usd"_s : u"tokens"_s},
        {"spent_usd"_L1, inUsd ? QJsonValue(Money::toDecimalString(alert.spent)) : QJsonValue()},
        {"limit_usd"_L1, inUsd ? QJsonValue(Money::toDecimalString(alert.limit)) : QJsonValue()},
        {"exhausts_at"_L1,
         alert.exhaustsAtMs ? QJsonValue(isoUtc(*alert.exhaustsAtMs)) : QJsonValue()},
        {"message"_L1, alert.message},
        {"recipients"_L1, recipients}};
    const QJsonObject body {{"event"_L1, u"budget_alert"_s}, {"alert"_L1, object}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<qint64> WebhookStore::add(const Webhook &webhook, qint64 nowMs)
{
    if (Status valid = validateWebhook(webhook); !valid)
        return valid.error();
    SqliteDatabase &db = m_ledger.database();
    const QString name = webhook.name.trimmed();
    Result<SqliteStatement> find = db.prepare(u"SELECT count(*) FROM webhooks WHERE name = ?1"_s);
    if (!find)
        return find.error();
    find->bind(1, name);
    if (find->step() != SqliteStatement::StepResult::Row)
        return find->lastError();
    if (find->int64(0) > 0)
        return Error {ErrorCode::InvalidArgument,
                      u"a webhook named \"%1\" exists already"_s.arg(name)};
    Result<SqliteStatement> insert = db.prepare(
        u"INSERT INTO webhooks (name, url, format, created_ms) VALUES (?1, ?2, ?3, ?4)"_s);
    if (!insert)
        return insert.error();
    insert->bind(1, name).bind(2, webhook.url.trimmed());
    insert->bind(3, webhookFormatName(webhook.format)).bind(4, nowMs);
    if (Status inserted = insert->execute(); !inserted)
        return inserted.error();
    return db.lastInsertRowId();
}

Status WebhookStore::remove(const QString &name)
{
    SqliteDatabase &db = m_ledger.database();
    // alert_deliveries go with it (ON DELETE CASCADE; the ledger turns foreign keys on).
    Result<SqliteStatement> statement = db.prepare(u"DELETE FROM webhooks WHERE name = ?1"_s);
    if (!statement)
        return statement.error();
    if (Status removed = statement->bind(1, name).execute(); !removed)
        return removed;
    if (db.changes() == 0)
        return Error {ErrorCode::NotFound, u"no webhook named \"%1\""_s.arg(name)};
    return ok();
}

Result<QList<Webhook>> WebhookStore::webhooks()
{
    QList<Webhook> result;
    const Status read = m_ledger.database().forEachRow(
        u"SELECT id, name, url, format, created_ms FROM webhooks ORDER BY name"_s,
        [&](const SqliteStatement &row) {
            result.append({row.int64(0), row.text(1), row.text(2),
                           webhookFormatFromName(row.text(3)).value_or(WebhookFormat::Slack),
                           row.int64(4)});
        });
    if (!read)
        return read.error();
    return result;
}

Result<QList<WebhookStore::Delivery>> WebhookStore::due(qint64 nowMs)
{
    Result<SqliteStatement> statement = m_ledger.database().prepare(
        u"SELECT d.attempts, w.id, w.name, w.url, w.format, w.created_ms, "_s + AlertRows::columns()
        + uR"sql(
FROM alert_deliveries d
JOIN webhooks w ON w.id = d.webhook_id
JOIN budget_alerts a ON a.id = d.alert_id
WHERE d.state = 'pending' AND d.next_attempt_ms <= ?1
ORDER BY a.fired_ms, a.id, w.id
)sql"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, nowMs);
    QList<Delivery> result;
    for (;;) {
        const SqliteStatement::StepResult step = statement->step();
        if (step == SqliteStatement::StepResult::Done)
            break;
        if (step == SqliteStatement::StepResult::Failed)
            return statement->lastError();
        Delivery delivery;
        delivery.attempts = int(statement->int64(0));
        delivery.webhook
            = {statement->int64(1), statement->text(2), statement->text(3),
               webhookFormatFromName(statement->text(4)).value_or(WebhookFormat::Slack),
               statement->int64(5)};
        const BudgetAlert alert = AlertRows::read(*statement, 6);
        delivery.alertId = alert.id;
        delivery.body = webhookBody(alert, delivery.webhook.format);
        result.append(std::move(delivery));
    }
    return result;
}

Status WebhookStore::markSent(qint64 alertId, qint64 webhookId, qint64 nowMs)
{
    SqliteDatabase &db = m_ledger.database();
    Result<SqliteStatement> statement = db.prepare(uR"sql(
UPDATE alert_deliveries SET state = 'sent', attempts = attempts + 1, sent_ms = ?3
WHERE alert_id = ?1 AND webhook_id = ?2 AND state = 'pending'
)sql"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, alertId).bind(2, webhookId).bind(3, nowMs);
    if (Status updated = statement->execute(); !updated)
        return updated;
    return expectOneChange(db, alertId, webhookId);
}

Status WebhookStore::markFailed(qint64 alertId, qint64 webhookId, const QString &error,
                                qint64 nextAttemptMs, bool giveUp)
{
    SqliteDatabase &db = m_ledger.database();
    Result<SqliteStatement> statement = db.prepare(uR"sql(
UPDATE alert_deliveries
SET attempts = attempts + 1, last_error = ?3, next_attempt_ms = ?4,
    state = CASE WHEN ?5 THEN 'failed' ELSE 'pending' END
WHERE alert_id = ?1 AND webhook_id = ?2 AND state = 'pending'
)sql"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, alertId).bind(2, webhookId).bind(3, error).bind(4, nextAttemptMs);
    statement->bind(5, giveUp ? 1 : 0);
    if (Status updated = statement->execute(); !updated)
        return updated;
    return expectOneChange(db, alertId, webhookId);
}
