#include "webhookdispatcher.h"

#include "core/clock.h"
#include "ledger/ledger.h"
#include "webhookrequest.h"

#include <QLoggingCategory>
#include <QNetworkReply>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWebhooks, "burnrate.budgets", QtInfoMsg)

namespace {

constexpr qint64 firstRetryMs = 30'000;
constexpr qint64 maxRetryMs = 60 * 60'000;
constexpr int maxAttempts = 12;
constexpr double jitter = 0.1; // ±10 %, so many alerts' retries do not arrive in step

} // namespace

WebhookDispatcher::WebhookDispatcher(Ledger &ledger, QNetworkAccessManager &network,
                                     const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_network(network)
    , m_clock(clock)
    , m_timeoutMs(WebhookRequest::defaultTimeoutMs)
    , m_random(QRandomGenerator::global()->generate())
{ }

void WebhookDispatcher::setTimeoutMs(int timeoutMs)
{
    Q_ASSERT(timeoutMs > 0);
    m_timeoutMs = timeoutMs;
}

bool WebhookDispatcher::isBusy() const
{
    return m_isBusy;
}

void WebhookDispatcher::deliverDue()
{
    if (m_isBusy)
        return; // the running round sends what is due; a second one would send it twice
    m_isBusy = true;
    Result<QList<WebhookStore::Delivery>> due = WebhookStore(m_ledger).due(m_clock.nowMs());
    if (due)
        m_queue = std::move(*due);
    else
        qCWarning(lcWebhooks).noquote()
            << "cannot read the webhook deliveries:" << due.error().detail;
    // Signals only after deliverDue() returned, also when nothing is due.
    QMetaObject::invokeMethod(this, &WebhookDispatcher::sendNext, Qt::QueuedConnection);
}

void WebhookDispatcher::sendNext()
{
    if (m_queue.isEmpty()) {
        finishRound();
        return;
    }
    m_current = m_queue.takeFirst();
    m_reply = WebhookRequest::post(m_network, m_current.webhook.url, m_current.body, m_timeoutMs);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &WebhookDispatcher::onReplyFinished);
}

void WebhookDispatcher::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const WebhookStore::Delivery delivery = std::move(m_current);
    const QString failure = WebhookRequest::failureText(*reply, delivery.webhook.url, m_timeoutMs);
    const qint64 nowMs = m_clock.nowMs();
    WebhookStore store(m_ledger);
    if (failure.isEmpty()) {
        // A NotFound here means the webhook was removed meanwhile: it was still delivered.
        if (Status marked = store.markSent(delivery.alertId, delivery.webhook.id, nowMs);
            !marked && marked.error().code != ErrorCode::NotFound)
            qCWarning(lcWebhooks).noquote()
                << "webhook" << delivery.webhook.name
                << "delivered, but not recorded:" << marked.error().detail;
        emit delivered(delivery.alertId, delivery.webhook.name);
    } else {
        const int attempts = delivery.attempts + 1;
        const bool giveUp = attempts >= maxAttempts;
        const QString error
            = giveUp ? u"%1 (gave up after %2 attempts)"_s.arg(failure).arg(attempts) : failure;
        if (giveUp)
            qCInfo(lcWebhooks).noquote()
                << "webhook" << delivery.webhook.name << "alert" << delivery.alertId << error;
        else
            qCDebug(lcWebhooks).noquote()
                << "webhook" << delivery.webhook.name << "alert" << delivery.alertId << error;
        if (Status marked = store.markFailed(delivery.alertId, delivery.webhook.id, error,
                                             nowMs + retryDelayMs(attempts), giveUp);
            !marked && marked.error().code != ErrorCode::NotFound)
            qCWarning(lcWebhooks).noquote() << "webhook" << delivery.webhook.name
                                            << "failure not recorded:" << marked.error().detail;
        emit deliveryFailed(delivery.alertId, delivery.webhook.name, error, !giveUp);
    }
    sendNext();
}

void WebhookDispatcher::finishRound()
{
    m_isBusy = false;
    emit finished();
}

qint64 WebhookDispatcher::retryDelayMs(int attempts)
{
    const qint64 backoff = std::min(maxRetryMs, firstRetryMs << std::clamp(attempts - 1, 0, 30));
    const double factor = 1.0 - jitter + 2 * jitter * m_random.generateDouble();
    return qint64(double(backoff) * factor);
}
