#include "webhookrequest.h"

#include "webhookstore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace WebhookRequest {

namespace {

QString durationText(int ms)
{
    return ms % 1000 == 0 ? u"%1 s"_s.arg(ms / 1000) : u"%1 ms"_s.arg(ms);
}

// The start of a short answer (Slack says "no_service", "invalid_payload"), on one line; never
// an echo of the URL's secret part.
QString answerExcerpt(const QByteArray &body, const QString &url)
{
    QString text = QString::fromUtf8(body.left(400)).simplified();
    const QString secretPart = QUrl(url).path(QUrl::FullyEncoded);
    if (secretPart.size() > 1)
        text.replace(secretPart, u"…"_s);
    if (text.size() > 120)
        text = text.left(120) + u"…"_s;
    return text.isEmpty() ? QString() : u": "_s + text;
}

} // namespace

QNetworkReply *post(QNetworkAccessManager &network, const QString &url, const QByteArray &body,
                    int timeoutMs)
{
    QNetworkRequest request {QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Burnrate/" BURNRATE_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    return network.post(request, body);
}

QString failureText(QNetworkReply &reply, const QString &url, int timeoutMs)
{
    const QString where = redactedUrl(url);
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300)
        return {};
    if (status != 0) {
        const QByteArray body = reply.isOpen() ? reply.readAll() : QByteArray();
        return u"HTTP %1 from %2%3"_s.arg(status).arg(where, answerExcerpt(body, url));
    }
    // No HTTP answer. QNetworkReply::errorString() may quote the whole URL, so it is not used.
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return u"connection refused by %1"_s.arg(where);
    case QNetworkReply::HostNotFoundError:
        return u"host not found: %1"_s.arg(where);
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
    case QNetworkReply::TimeoutError:
        return u"no answer from %1 within %2"_s.arg(where, durationText(timeoutMs));
    case QNetworkReply::RemoteHostClosedError:
        return u"connection closed by %1 without an answer"_s.arg(where);
    case QNetworkReply::SslHandshakeFailedError:
        return u"TLS handshake with %1 failed"_s.arg(where);
    default:
        break;
    }
    return u"no answer from %1 (network error %2)"_s.arg(where).arg(int(reply.error()));
}

BudgetAlert sampleAlert(qint64 nowMs)
{
    BudgetAlert alert;
    alert.budgetLabel = u"org · month"_s;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    alert.periodFirst = QDate(today.year(), today.month(), 1);
    alert.periodLast = alert.periodFirst.addMonths(1).addDays(-1);
    alert.kind = AlertKind::Threshold;
    alert.threshold = 80;
    alert.firedMs = nowMs;
    alert.spent = 800'000'000; // $800 of $1,000
    alert.limit = 1'000'000'000;
    alert.message = u"Test alert from Burnrate: org · month has used 80 % of $1,000.00 "
                    u"($800.00). Real alerts look like this."_s;
    alert.recipients = {{u"admin@example.com"_s, u"Budget admin"_s, RecipientRole::Admin}};
    return alert;
}

} // namespace WebhookRequest
