#pragma once

#include "core/result.h"
#include "webhookstore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

class Clock;
class Ledger;
class QNetworkAccessManager;
class QNetworkReply;

// Sends due webhook deliveries, one request at a time, through the injected network manager:
// a 2xx marks it sent; anything else (connection refused, timeout, 4xx/5xx) schedules a retry
// with exponential backoff (30 s doubling to 1 h, with jitter) and gives up after 12 attempts.
// Never blocks: deliverDue() only starts the work, finished() tells when it is done.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    WebhookDispatcher(Ledger &ledger, QNetworkAccessManager &network, const Clock &clock,
                      QObject *parent = nullptr);

    void setTimeoutMs(int timeoutMs);
    bool isBusy() const;

public slots:
    void deliverDue(); // ignored while a round is running

signals:
    void delivered(qint64 alertId, const QString &webhookName);
    void deliveryFailed(qint64 alertId, const QString &webhookName, const QString &error,
                        bool willRetry);
    void finished();

private:
    void sendNext();
    void onReplyFinished();
    void finishRound();
    qint64 retryDelayMs(int attempts); // after the attempts-th failure in a row

    Ledger &m_ledger;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    int m_timeoutMs;
    bool m_isBusy = false;
    QList<WebhookStore::Delivery> m_queue; // of this round, oldest alert first
    WebhookStore::Delivery m_current;
    QPointer<QNetworkReply> m_reply; // a child of the dispatcher, so it ends with it
    QRandomGenerator m_random; // backoff jitter
};
