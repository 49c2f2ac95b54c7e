#pragma once

#include "budgetalert.h"

#include <QByteArray>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

// The HTTP side of a webhook delivery, shared by WebhookDispatcher and `webhooks test`.
namespace WebhookRequest {

constexpr int defaultTimeoutMs = 10'000;

// POSTs the JSON body to the URL; redirects are not followed (a webhook that moved should be
// edited, and its secret must not travel to another host). The reply belongs to the caller.
QNetworkReply *post(QNetworkAccessManager &network, const QString &url, const QByteArray &body,
                    int timeoutMs);

// Why a finished reply is not a delivery, or an empty string for a 2xx answer. The text names
// the webhook only by redactedUrl(): "HTTP 500 from https://hooks.slack.com/…: no_service".
QString failureText(QNetworkReply &reply, const QString &url, int timeoutMs);

// The alert `webhooks test` sends, so an admin sees what a real one looks like.
BudgetAlert sampleAlert(qint64 nowMs);

} // namespace WebhookRequest
