// The dispatcher against a local fake server: the real QNetworkAccessManager, a fake clock to
// move past the backoff.
#include "budgets/webhookdispatcher.h"
#include "budgets/webhookstore.h"
#include "ledger/sqlitedatabase.h"
#include "support/alerttesting.h"
#include "support/fakeclock.h"
#include "support/fakehttpserver.h"
#include "support/templedger.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;

class tst_WebhookDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deliversEachDueAlertOnce();
    void aFailingEndpointIsRetriedAfterTheBackoff();
    void connectionRefused();
    void timeout();
    void givesUpAfterTwelveAttempts();
    void noDoubleSendWhenCalledDuringARound();
    void nothingDueStillFinishes();
    void unreadableLedgerFinishesWithAWarning();

private:
    qint64 addWebhook(const QString &name, const QString &url,
                      WebhookFormat format = WebhookFormat::Slack);
    qint64 fireAlert(const QList<qint64> &webhookIds); // an alert owed to each, due now
    bool runRound(); // deliverDue() and wait for finished()
    QString deliveryState(qint64 alertId, qint64 webhookId);
    qint64 nextAttemptMs(qint64 alertId, qint64 webhookId);

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<WebhookDispatcher> m_dispatcher;
    QNetworkAccessManager m_network;
    FakeClock m_clock;
};

void tst_WebhookDispatcher::init()
{
    m_ledger = std::make_unique<TempLedger>();
    QVERIFY(m_ledger->isValid());
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->isListening());
    m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc()));
    m_dispatcher = std::make_unique<WebhookDispatcher>(m_ledger->ledger(), m_network, m_clock);
}

void tst_WebhookDispatcher::cleanup()
{
    m_dispatcher.reset();
    m_server.reset();
    m_ledger.reset();
}

qint64 tst_WebhookDispatcher::addWebhook(const QString &name, const QString &url,
                                         WebhookFormat format)
{
    Webhook webhook;
    webhook.name = name;
    webhook.url = url;
    webhook.format = format;
    return WebhookStore(m_ledger->ledger()).add(webhook, m_clock.nowMs()).value();
}

qint64 tst_WebhookDispatcher::fireAlert(const QList<qint64> &webhookIds)
{
    const qint64 alertId
        = AlertTesting::insertAlert(m_ledger->ledger(), AlertTesting::sampleAlert(m_clock.nowMs()))
              .value();
    for (const qint64 webhookId : webhookIds)
        AlertTesting::owe(m_ledger->ledger(), alertId, webhookId, m_clock.nowMs()).value();
    return alertId;
}

bool tst_WebhookDispatcher::runRound()
{
    QSignalSpy finished(m_dispatcher.get(), &WebhookDispatcher::finished);
    m_dispatcher->deliverDue();
    return QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60'000) && !m_dispatcher->isBusy();
}

QString tst_WebhookDispatcher::deliveryState(qint64 alertId, qint64 webhookId)
{
    SqliteStatement statement
        = m_ledger->ledger()
              .database()
              .prepare(
                  u"SELECT state FROM alert_deliveries WHERE alert_id = ?1 AND webhook_id = ?2"_s)
              .value();
    statement.bind(1, alertId).bind(2, webhookId);
    return statement.step() == SqliteStatement::StepResult::Row ? statement.text(0) : QString();
}

qint64 tst_WebhookDispatcher::nextAttemptMs(qint64 alertId, qint64 webhookId)
{
    return m_ledger->ledger()
        .database()
        .queryInt64(u"SELECT next_attempt_ms FROM alert_deliveries WHERE alert_id = %1 "
                    u"AND webhook_id = %2"_s.arg(alertId)
                        .arg(webhookId))
        .value();
}

void tst_WebhookDispatcher::deliversEachDueAlertOnce()
{
    m_server->enqueue(u"/services/T0/B0/secret"_s, Response::reply(200, "ok"));
    m_server->enqueue(u"/generic"_s, Response::reply(204));
    const qint64 slack
        = addWebhook(u"slack"_s, m_server->url(u"/services/T0/B0/secret"_s).toString());
    const qint64 generic
        = addWebhook(u"generic"_s, m_server->url(u"/generic"_s).toString(), WebhookFormat::Generic);
    const qint64 alertId = fireAlert({slack, generic});
    QSignalSpy delivered(m_dispatcher.get(), &WebhookDispatcher::delivered);
    QSignalSpy failed(m_dispatcher.get(), &WebhookDispatcher::deliveryFailed);

    QVERIFY(runRound());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(delivered.size(), 2);
    QCOMPARE(delivered.at(0), (QVariantList {alertId, u"slack"_s}));
    QCOMPARE(delivered.at(1), (QVariantList {alertId, u"generic"_s}));

    BudgetAlert alert = AlertTesting::sampleAlert(m_clock.nowMs());
    alert.id = alertId;
    const QList<FakeHttpServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("POST"));
    QCOMPARE(requests.at(0).path, u"/services/T0/B0/secret"_s);
    QCOMPARE(requests.at(0).header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(requests.at(0).body, webhookBody(alert, WebhookFormat::Slack));
    QCOMPARE(requests.at(1).path, u"/generic"_s);
    QCOMPARE(requests.at(1).body, webhookBody(alert, WebhookFormat::Generic));
    QCOMPARE(deliveryState(alertId, slack), u"sent"_s);
    QCOMPARE(deliveryState(alertId, generic), u"sent"_s);

    m_clock.advanceSecs(3600);
    QVERIFY(runRound());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(delivered.size(), 2);
}

void tst_WebhookDispatcher::aFailingEndpointIsRetriedAfterTheBackoff()
{
    const QString path = u"/services/T0/B0/secret"_s;
    m_server->enqueue(path, Response::reply(500, "boom"));
    m_server->setFallback(path, Response::reply(200, "ok"));
    const QString url = m_server->url(path).toString();
    const qint64 hook = addWebhook(u"ops"_s, url);
    const qint64 alertId = fireAlert({hook});
    QSignalSpy delivered(m_dispatcher.get(), &WebhookDispatcher::delivered);
    QSignalSpy failed(m_dispatcher.get(), &WebhookDispatcher::deliveryFailed);

    QVERIFY(runRound());
    QCOMPARE(delivered.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toLongLong(), alertId);
    QCOMPARE(failed.at(0).at(1).toString(), u"ops"_s);
    const QString error = failed.at(0).at(2).toString();
    QCOMPARE(error, u"HTTP 500 from %1: boom"_s.arg(redactedUrl(url)));
    QVERIFY(!error.contains(u"secret"_s));
    QCOMPARE(failed.at(0).at(3).toBool(), true);
    QCOMPARE(deliveryState(alertId, hook), u"pending"_s);
    // 30 s ± 10 % after the first failure.
    const qint64 delay = nextAttemptMs(alertId, hook) - m_clock.nowMs();
    QVERIFY2(delay >= 27'000 && delay <= 33'000, qPrintable(QString::number(delay)));

    // Not due yet: nothing is sent.
    m_clock.advanceSecs(20);
    QVERIFY(runRound());
    QCOMPARE(m_server->requests().size(), 1);

    m_clock.advanceSecs(14);
    QVERIFY(runRound());
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(deliveryState(alertId, hook), u"sent"_s);

    m_clock.advanceSecs(3600);
    QVERIFY(runRound());
    QCOMPARE(m_server->requests().size(), 2); // sent exactly once
    QCOMPARE(delivered.size(), 1);
}

void tst_WebhookDispatcher::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QString url = u"http://127.0.0.1:%1/hooks/secret-token"_s.arg(port);
    const qint64 hook = addWebhook(u"gone"_s, url);
    const qint64 alertId = fireAlert({hook});
    QSignalSpy failed(m_dispatcher.get(), &WebhookDispatcher::deliveryFailed);
    QVERIFY(runRound());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(2).toString(),
             u"connection refused by http://127.0.0.1:%1/…"_s.arg(port));
    QCOMPARE(failed.at(0).at(3).toBool(), true);
    QCOMPARE(deliveryState(alertId, hook), u"pending"_s);
}

void tst_WebhookDispatcher::timeout()
{
    const QString path = u"/slow/secret"_s;
    m_server->setFallback(path, Response::neverAnswer());
    const QString url = m_server->url(path).toString();
    const qint64 hook = addWebhook(u"slow"_s, url);
    const qint64 alertId = fireAlert({hook});
    m_dispatcher->setTimeoutMs(200);
    QSignalSpy failed(m_dispatcher.get(), &WebhookDispatcher::deliveryFailed);
    QVERIFY(runRound());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(2).toString(),
             u"no answer from %1 within 200 ms"_s.arg(redactedUrl(url)));
    QCOMPARE(failed.at(0).at(3).toBool(), true);
    QCOMPARE(deliveryState(alertId, hook), u"pending"_s);
}

void tst_WebhookDispatcher::givesUpAfterTwelveAttempts()
{
    const QString path = u"/down"_s;
    m_server->setFallback(path, Response::reply(503, "maintenance"));
    const qint64 hook = addWebhook(u"down"_s, m_server->url(path).toString());
    const qint64 alertId = fireAlert({hook});
    QSignalSpy failed(m_dispatcher.get(), &WebhookDispatcher::deliveryFailed);
    // 30 s doubling to 1 h, ±10 %.
    const QList<qint64> backoffSeconds = {30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600, 3600};
    for (int attempt = 1; attempt <= 12; ++attempt) {
        QVERIFY(runRound());
        QCOMPARE(failed.size(), attempt);
        QCOMPARE(m_server->requests(path).size(), attempt);
        const bool isLast = attempt == 12;
        QCOMPARE(failed.last().at(3).toBool(), !isLast);
        if (!isLast) {
            const qint64 delay = nextAttemptMs(alertId, hook) - m_clock.nowMs();
            const qint64 expected = backoffSeconds.at(attempt - 1) * 1000;
            QVERIFY2(delay >= expected * 9 / 10 && delay <= expected * 11 / 10,
                     qPrintable(u"attempt %1: %2 ms"_s.arg(attempt).arg(delay)));
            QCOMPARE(deliveryState(alertId, hook), u"pending"_s);
        }
        m_clock.advanceSecs(2 * 3600);
    }
    const QString error = failed.last().at(2).toString();
    QVERIFY2(error.startsWith(u"HTTP 503 from "_s), qPrintable(error));
    QVERIFY2(error.endsWith(u"(gave up after 12 attempts)"_s), qPrintable(error));
    QCOMPARE(deliveryState(alertId, hook), u"failed"_s);
    QVERIFY(runRound());
    QCOMPARE(m_server->requests(path).size(), 12);
    QCOMPARE(failed.size(), 12);
}

void tst_WebhookDispatcher::noDoubleSendWhenCalledDuringARound()
{
    const QString path = u"/hook"_s;
    m_server->setFallback(path, Response::reply(200, "ok"));
    const qint64 first = addWebhook(u"first"_s, m_server->url(path).toString());
    const qint64 second = addWebhook(u"second"_s, m_server->url(path).toString());
    fireAlert({first, second});
    fireAlert({first});
    QSignalSpy delivered(m_dispatcher.get(), &WebhookDispatcher::delivered);
    QSignalSpy finished(m_dispatcher.get(), &WebhookDispatcher::finished);
    // Calls while a round runs: right away, and once a request is on the wire.
    connect(m_server.get(), &FakeHttpServer::requestReceived, m_dispatcher.get(),
            &WebhookDispatcher::deliverDue);
    m_dispatcher->deliverDue();
    QVERIFY(m_dispatcher->isBusy());
    m_dispatcher->deliverDue();
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60'000));
    disconnect(m_server.get(), &FakeHttpServer::requestReceived, m_dispatcher.get(),
               &WebhookDispatcher::deliverDue);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(delivered.size(), 3);
    QCOMPARE(m_server->requests(path).size(), 3);
    QVERIFY(runRound());
    QCOMPARE(m_server->requests(path).size(), 3);
}

void tst_WebhookDispatcher::nothingDueStillFinishes()
{
    QSignalSpy finished(m_dispatcher.get(), &WebhookDispatcher::finished);
    m_dispatcher->deliverDue();
    QCOMPARE(finished.size(), 0); // only after deliverDue() returned
    QVERIFY(m_dispatcher->isBusy());
    QVERIFY(finished.wait(60'000));
    QVERIFY(!m_dispatcher->isBusy());
}

void tst_WebhookDispatcher::unreadableLedgerFinishesWithAWarning()
{
    const qint64 hook = addWebhook(u"ops"_s, m_server->url(u"/hook"_s).toString());
    fireAlert({hook});
    QVERIFY(m_ledger->ledger().database().exec(u"DROP TABLE alert_deliveries"_s));
    QSignalSpy failed(m_dispatcher.get(), &WebhookDispatcher::deliveryFailed);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^cannot read the webhook deliveries: "_s));
    QVERIFY(runRound());
    QCOMPARE(failed.size(), 0);
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(tst_WebhookDispatcher)
#include "tst_webhookdispatcher.moc"
