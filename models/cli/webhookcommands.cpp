// burnrate-cli webhooks: where budget alerts are posted (Slack incoming webhooks or any endpoint
// that takes JSON), and a test that sends a sample alert now.

#include "budgets/webhookrequest.h"
#include "budgets/webhookstore.h"
#include "clioutput.h"
#include "commandline.h"
#include "core/clock.h"
#include "ledger/ledger.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <memory>

using namespace CliOutput;
using namespace Qt::StringLiterals;

namespace {

const QString verbsText = u"webhooks: use 'webhooks list', 'webhooks add NAME URL [--format "
                          u"slack|generic]', 'webhooks remove NAME' or 'webhooks test NAME'"_s;

QString createdText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

int CommandLine::webhooksCommand(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    QCommandLineParser parser;
    if (action == "add"_L1)
        parser.addOption({u"format"_s, QString(), u"format"_s});
    if (!parser.parse(QStringList {u"webhooks"_s} + arguments))
        return usageError(u"webhooks %1: "_s.arg(action) + parser.errorText());
    const QStringList positional = parser.positionalArguments().mid(1);

    if (action == "add"_L1) {
        if (positional.size() != 2)
            return usageError(u"webhooks add: give a NAME and a URL"_s);
        Webhook webhook;
        webhook.name = positional[0].trimmed();
        webhook.url = positional[1].trimmed();
        if (parser.isSet(u"format"_s)) {
            const std::optional<WebhookFormat> format
                = webhookFormatFromName(parser.value(u"format"_s));
            if (!format)
                return usageError(u"webhooks add: --format is slack or generic, not \"%1\""_s.arg(
                    parser.value(u"format"_s)));
            webhook.format = *format;
        }
        // Checked before the ledger is opened, so a usage error creates nothing.
        if (Status valid = validateWebhook(webhook); !valid)
            return usageError(u"webhooks add: "_s + valid.error().detail);
        Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), false);
        if (!ledger)
            return failure(ledger.error().detail);
        Result<qint64> added = WebhookStore(**ledger).add(webhook, m_clock.nowMs());
        if (!added)
            return failure(u"webhooks add: "_s + added.error().detail);
        m_out << u"Added webhook %1 (%2, %3); budget alerts are posted to it from now on.\n"_s.arg(
            webhook.name, webhookFormatName(webhook.format), redactedUrl(webhook.url));
        return 0;
    }
    if (action == "remove"_L1 || action == "test"_L1) {
        if (positional.size() != 1)
            return usageError(u"webhooks %1: name one webhook"_s.arg(action));
    } else if (action != "list"_L1) {
        return usageError(verbsText);
    } else if (!positional.isEmpty()) {
        return usageError(u"webhooks list: unexpected argument \"%1\""_s.arg(positional[0]));
    }

    Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
    if (!ledger)
        return failure(ledger.error().detail);
    WebhookStore store(**ledger);
    if (action == "remove"_L1) {
        if (Status removed = store.remove(positional[0]); !removed)
            return failure(u"webhooks remove: "_s + removed.error().detail);
        m_out << u"Removed webhook %1; alerts it had not received yet are not sent.\n"_s.arg(
            positional[0]);
        return 0;
    }
    Result<QList<Webhook>> webhooks = store.webhooks();
    if (!webhooks)
        return failure(u"webhooks: "_s + webhooks.error().detail);

    if (action == "test"_L1) {
        const auto found
            = std::find_if(webhooks->cbegin(), webhooks->cend(),
                           [&](const Webhook &webhook) { return webhook.name == positional[0]; });
        if (found == webhooks->cend())
            return failure(u"webhooks test: no webhook named \"%1\""_s.arg(positional[0]));
        // The command waits for this one answer; the app sends through WebhookDispatcher.
        const QByteArray body
            = webhookBody(WebhookRequest::sampleAlert(m_clock.nowMs()), found->format);
        QNetworkAccessManager network;
        const int timeoutMs = WebhookRequest::defaultTimeoutMs;
        std::unique_ptr<QNetworkReply> reply(
            WebhookRequest::post(network, found->url, body, timeoutMs));
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const QString problem = WebhookRequest::failureText(*reply, found->url, timeoutMs);
        if (!problem.isEmpty())
            return failure(u"webhooks test %1: %2"_s.arg(found->name, problem));
        m_out << u"Sent a test alert to %1 (%2): HTTP %3.\n"_s
                     .arg(found->name, redactedUrl(found->url))
                     .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        return 0;
    }

    if (m_json) {
        QStringList items;
        for (const Webhook &webhook : std::as_const(*webhooks))
            items.append(u"{\"name\":%1,\"format\":%2,\"url\":%3,\"created\":%4}"_s.arg(
                jsonString(webhook.name), jsonString(webhookFormatName(webhook.format)),
                jsonString(redactedUrl(webhook.url)), jsonString(createdText(webhook.createdMs))));
        m_out << u"{\"webhooks\":["_s << items.join(u',') << u"]}\n"_s;
        return 0;
    }
    if (webhooks->isEmpty()) {
        m_out << u"No webhooks (add one with 'burnrate-cli webhooks add NAME URL').\n"_s;
        return 0;
    }
    QList<QStringList> rows;
    for (const Webhook &webhook : std::as_const(*webhooks))
        rows.append({webhook.name, webhookFormatName(webhook.format), redactedUrl(webhook.url),
                     createdText(webhook.createdMs)});
    m_out << renderTable({u"name"_s, u"format"_s, u"url"_s, u"created"_s}, rows, 4);
    return 0;
}
