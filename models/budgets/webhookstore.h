#pragma once

#include "budgetalert.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

class Ledger;

enum class WebhookFormat {
    Slack, // Slack-compatible incoming webhook: {"text": "...", "blocks": [...]}
    Generic, // {"event": "budget_alert", "alert": {...}} with every field of the alert
};
QString webhookFormatName(WebhookFormat format); // "slack", "generic"
std::optional<WebhookFormat> webhookFormatFromName(const QString &name);

struct Webhook
{
    qint64 id = 0;
    QString name;
    QString url; // may carry a secret token (Slack's do): shown only through redactedUrl()
    WebhookFormat format = WebhookFormat::Slack;
    qint64 createdMs = 0;
};

// "https://hooks.slack.com/…": scheme and host only, for lists, logs and error text.
QString redactedUrl(const QString &url);

// InvalidArgument for an empty name or a URL that is not http(s), as WebhookStore::add checks;
// for callers that check before they open the ledger (the command line).
Status validateWebhook(const Webhook &webhook);

// The JSON body a webhook of this format receives for the alert.
QByteArray webhookBody(const BudgetAlert &alert, WebhookFormat format);

// Webhooks in the ledger (table webhooks) and the deliveries owed to them (alert_deliveries).
class WebhookStore
{
public:
    explicit WebhookStore(Ledger &ledger) : m_ledger(ledger) { }

    // InvalidArgument for an empty name, a URL that is not http(s), a name already taken.
    Result<qint64> add(const Webhook &webhook, qint64 nowMs);
    Status remove(const QString &name); // NotFound; its pending deliveries go with it
    Result<QList<Webhook>> webhooks();

    struct Delivery
    {
        qint64 alertId = 0;
        Webhook webhook;
        int attempts = 0;
        QByteArray body;
    };
    // Pending deliveries whose next attempt is due at nowMs, oldest alert first.
    Result<QList<Delivery>> due(qint64 nowMs);
    Status markSent(qint64 alertId, qint64 webhookId, qint64 nowMs);
    // Records the failed attempt; the next is at nextAttemptMs, or never when giveUp.
    Status markFailed(qint64 alertId, qint64 webhookId, const QString &error, qint64 nextAttemptMs,
                      bool giveUp);

private:
    Ledger &m_ledger;
};
