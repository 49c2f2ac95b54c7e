#include "budgets/webhookstore.h"
#include "ledger/sqlitedatabase.h"
#include "support/alerttesting.h"
#include "support/templedger.h"

#include <QDateTime>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

const qint64 firedMs
    = QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

Webhook webhook(const QString &name, const QString &url,
                WebhookFormat format = WebhookFormat::Slack)
{
    Webhook result;
    result.name = name;
    result.url = url;
    result.format = format;
    return result;
}

} // namespace

class tst_WebhookStore : public QObject
{
    Q_OBJECT

private slots:
    void formatNames();
    void redaction_data();
    void redaction();
    void addValidates_data();
    void addValidates();
    void addAndList();
    void namesAreUnique();
    void slackBody();
    void slackBodyEscapesMarkup();
    void genericBodyInDollars();
    void genericBodyInTokens();
    void dueLoadsTheAlertOldestFirst();
    void markSentEndsTheDelivery();
    void markFailedSchedulesTheNextAttempt();
    void givingUpEndsTheDelivery();
    void removingAWebhookDropsItsDeliveries();

private:
    qint64 count(TempLedger &temp, const QString &sql)
    {
        return temp->database().queryInt64(sql).value();
    }
};

void tst_WebhookStore::formatNames()
{
    QCOMPARE(webhookFormatName(WebhookFormat::Slack), u"slack"_s);
    QCOMPARE(webhookFormatName(WebhookFormat::Generic), u"generic"_s);
    QCOMPARE(webhookFormatFromName(u"slack"_s), WebhookFormat::Slack);
    QCOMPARE(webhookFormatFromName(u"generic"_s), WebhookFormat::Generic);
    QVERIFY(!webhookFormatFromName(u"teams"_s));
}

void tst_WebhookStore::redaction_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");
    QTest::newRow("slack") << u"https://hooks.slack.com/services/T0001/B0002/XXXXsecret"_s
                           << u"https://hooks.slack.com/…"_s;
    QTest::newRow("port and query")
        << u"http://127.0.0.1:8080/hook?token=secret#frag"_s << u"http://127.0.0.1:8080/…"_s;
    QTest::newRow("user info") << u"https://bot:secret@example.com/alerts"_s
                               << u"https://example.com/…"_s;
    QTest::newRow("ipv6") << u"http://[::1]:9000/secret"_s << u"http://[::1]:9000/…"_s;
    QTest::newRow("case") << u"HTTPS://Example.COM/Secret"_s << u"https://example.com/…"_s;
    QTest::newRow("no path") << u"https://example.com"_s << u"https://example.com/…"_s;
    QTest::newRow("not a url") << u"hooks slack com"_s << u"(not a URL)"_s;
    QTest::newRow("empty") << QString() << u"(not a URL)"_s;
}

void tst_WebhookStore::redaction()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    QCOMPARE(redactedUrl(url), shown);
    QVERIFY(!redactedUrl(url).contains(u"secret"_s, Qt::CaseInsensitive));
}

void tst_WebhookStore::addValidates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("isValid");
    QTest::newRow("https") << u"ops"_s << u"https://hooks.slack.com/services/T/B/X"_s << true;
    QTest::newRow("http") << u"ops"_s << u"http://alerts.internal:8080/burnrate"_s << true;
    QTest::newRow("empty name") << QString() << u"https://example.com/x"_s << false;
    QTest::newRow("blank name") << u"   "_s << u"https://example.com/x"_s << false;
    QTest::newRow("ftp") << u"ops"_s << u"ftp://example.com/x"_s << false;
    QTest::newRow("mailto") << u"ops"_s << u"mailto:ops@example.com"_s << false;
    QTest::newRow("no scheme") << u"ops"_s << u"hooks.slack.com/services/T/B/X"_s << false;
    QTest::newRow("no host") << u"ops"_s << u"https:///x"_s << false;
    QTest::newRow("empty url") << u"ops"_s << QString() << false;
}

void tst_WebhookStore::addValidates()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(bool, isValid);
    TempLedger temp;
    QCOMPARE(bool(validateWebhook(webhook(name, url))), isValid);
    const Result<qint64> added = WebhookStore(temp.ledger()).add(webhook(name, url), 1000);
    QCOMPARE(bool(added), isValid);
    if (!isValid) {
        QCOMPARE(added.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(count(temp, u"SELECT count(*) FROM webhooks"_s), 0);
    }
}

void tst_WebhookStore::addAndList()
{
    TempLedger temp;
    WebhookStore store(temp.ledger());
    const Result<qint64> slack
        = store.add(webhook(u"ops-slack"_s, u"https://hooks.slack.com/services/T/B/X"_s), 1000);
    QVERIFY(slack);
    const Result<qint64> generic = store.add(
        webhook(u" pager "_s, u"https://pager.example.com/in"_s, WebhookFormat::Generic), 2000);
    QVERIFY(generic);
    const Result<QList<Webhook>> all = store.webhooks();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    // By name; the name is trimmed.
    QCOMPARE(all->at(0).id, *slack);
    QCOMPARE(all->at(0).name, u"ops-slack"_s);
    QCOMPARE(all->at(0).url, u"https://hooks.slack.com/services/T/B/X"_s);
    QCOMPARE(all->at(0).format, WebhookFormat::Slack);
    QCOMPARE(all->at(0).createdMs, 1000);
    QCOMPARE(all->at(1).id, *generic);
    QCOMPARE(all->at(1).name, u"pager"_s);
    QCOMPARE(all->at(1).format, WebhookFormat::Generic);
    QCOMPARE(all->at(1).createdMs, 2000);
    temp.reopen();
    QCOMPARE(WebhookStore(temp.ledger()).webhooks()->size(), 2);
}

void tst_WebhookStore::namesAreUnique()
{
    TempLedger temp;
    WebhookStore store(temp.ledger());
    QVERIFY(store.add(webhook(u"ops"_s, u"https://a.example.com/x"_s), 1));
    const Result<qint64> again = store.add(webhook(u"ops"_s, u"https://b.example.com/y"_s), 2);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(again.error().detail.contains(u"exists already"_s), qPrintable(again.error().detail));
    QCOMPARE(store.webhooks()->size(), 1);
}

void tst_WebhookStore::slackBody()
{
    const BudgetAlert alert = AlertTesting::sampleAlert(firedMs);
    QCOMPARE(webhookBody(alert, WebhookFormat::Slack),
             QByteArray(R"j({"blocks":[{"text":{"text":"*Budget alert* · team:Platform · month\n)j"
                        R"j(team:Platform · month: 81 % of $1,000.00 used ($812.35)",)j"
                        R"j("type":"mrkdwn"},"type":"section"}],)j"
                        R"j("text":"team:Platform · month: 81 % of $1,000.00 used ($812.35)"})j"));
}

void tst_WebhookStore::slackBodyEscapesMarkup()
{
    BudgetAlert alert = AlertTesting::sampleAlert(firedMs);
    alert.budgetLabel = u"team:R&D <core>"_s;
    alert.message = u"R&D <core> used 81 %"_s;
    QCOMPARE(
        webhookBody(alert, WebhookFormat::Slack),
        QByteArray(R"j({"blocks":[{"text":{"text":"*Budget alert* · team:R&amp;D &lt;core&gt;)j"
                   R"j(\nR&amp;D &lt;core&gt; used 81 %","type":"mrkdwn"},"type":"section"}],)j"
                   R"j("text":"R&amp;D &lt;core&gt; used 81 %"})j"));
}

void tst_WebhookStore::genericBodyInDollars()
{
    BudgetAlert alert = AlertTesting::sampleAlert(firedMs);
    alert.id = 42;
    alert.budgetId = 7;
    QCOMPARE(webhookBody(alert, WebhookFormat::Generic),
             QByteArray(R"j({"alert":{"budget":"team:Platform · month","budget_id":7,)j"
                        R"j("exhausts_at":null,"fired_at":"2026-11-22T12:00:00Z","id":42,)j"
                        R"j("kind":"threshold","limit":1000000000,"limit_usd":"1000.000000",)j"
                        R"j("message":"team:Platform · month: 81 % of $1,000.00 used ($812.35)",)j"
                        R"j("period_first":"2026-11-01","period_last":"2026-11-30",)j"
                        R"j("recipients":[{"email":"ana@example.com","name":"Ana Lima",)j"
                        R"j("role":"owner"},{"email":"ben@example.com","name":"Ben Okafor",)j"
                        R"j("role":"manager"}],"spent":812345678,"spent_usd":"812.345678",)j"
                        R"j("threshold":80,"unit":"usd"},"event":"budget_alert"})j"));
}

void tst_WebhookStore::genericBodyInTokens()
{
    BudgetAlert alert;
    alert.id = 43; // its budget was removed since: budget_id is null
    alert.budgetLabel = u"person:ana@example.com · week"_s;
    alert.periodFirst = QDate(2026, 11, 16);
    alert.periodLast = QDate(2026, 11, 22);
    alert.kind = AlertKind::ProjectedExhaustion;
    alert.threshold = 100;
    alert.firedMs = firedMs + 1234; // milliseconds are not shown
    alert.spent = 4'000'000;
    alert.limit = 5'000'000;
    alert.inTokens = true;
    alert.exhaustsAtMs
        = QDateTime(QDate(2026, 11, 27), QTime(6, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    alert.message = u"ana: tokens run out on Friday"_s;
    alert.recipients = {{u"root@example.com"_s, u"Root"_s, RecipientRole::Admin}};
    QCOMPARE(
        webhookBody(alert, WebhookFormat::Generic),
        QByteArray(R"j({"alert":{"budget":"person:ana@example.com · week","budget_id":null,)j"
                   R"j("exhausts_at":"2026-11-27T06:30:00Z","fired_at":"2026-11-22T12:00:01Z",)j"
                   R"j("id":43,"kind":"projected","limit":5000000,"limit_usd":null,)j"
                   R"j("message":"ana: tokens run out on Friday","period_first":"2026-11-16",)j"
                   R"j("period_last":"2026-11-22","recipients":[{"email":"root@example.com",)j"
                   R"j("name":"Root","role":"admin"}],"spent":4000000,"spent_usd":null,)j"
                   R"j("threshold":100,"unit":"tokens"},"event":"budget_alert"})j"));
}

void tst_WebhookStore::dueLoadsTheAlertOldestFirst()
{
    TempLedger temp;
    WebhookStore store(temp.ledger());
    const qint64 slack = *store.add(webhook(u"slack"_s, u"https://s.example.com/x"_s), 1);
    const qint64 generic = *store.add(
        webhook(u"generic"_s, u"https://g.example.com/y"_s, WebhookFormat::Generic), 1);
    BudgetAlert older = AlertTesting::sampleAlert(firedMs);
    BudgetAlert newer = AlertTesting::sampleAlert(firedMs + 60'000);
    newer.kind = AlertKind::ProjectedExhaustion;
    newer.threshold = 100;
    newer.inTokens = true;
    newer.exhaustsAtMs = firedMs + 86'400'000;
    newer.recipients.clear();
    // Inserted newest first: the order comes from fired_ms, not from the ids.
    newer.id = *AlertTesting::insertAlert(temp.ledger(), newer);
    older.id = *AlertTesting::insertAlert(temp.ledger(), older);
    const qint64 now = firedMs + 120'000;
    QVERIFY(AlertTesting::owe(temp.ledger(), newer.id, slack, now));
    QVERIFY(AlertTesting::owe(temp.ledger(), older.id, slack, now - 1000));
    QVERIFY(AlertTesting::owe(temp.ledger(), older.id, generic, now + 1)); // not yet
    QVERIFY(AlertTesting::owe(temp.ledger(), newer.id, generic, now + 1));

    Result<QList<WebhookStore::Delivery>> due = store.due(now);
    QVERIFY(due);
    QCOMPARE(due->size(), 2);
    QCOMPARE(due->at(0).alertId, older.id);
    QCOMPARE(due->at(0).webhook.id, slack);
    QCOMPARE(due->at(0).webhook.name, u"slack"_s);
    QCOMPARE(due->at(0).webhook.url, u"https://s.example.com/x"_s);
    QCOMPARE(due->at(0).webhook.format, WebhookFormat::Slack);
    QCOMPARE(due->at(0).attempts, 0);
    QCOMPARE(due->at(0).body, webhookBody(older, WebhookFormat::Slack));
    QCOMPARE(due->at(1).alertId, newer.id);
    QCOMPARE(due->at(1).body, webhookBody(newer, WebhookFormat::Slack));

    // Every field makes the round trip through budget_alerts: the generic body shows them all.
    due = store.due(now + 1);
    QVERIFY(due);
    QCOMPARE(due->size(), 4);
    QCOMPARE(due->at(1).alertId, older.id);
    QCOMPARE(due->at(1).webhook.format, WebhookFormat::Generic);
    QCOMPARE(due->at(1).body, webhookBody(older, WebhookFormat::Generic));
    QCOMPARE(due->at(3).alertId, newer.id);
    QCOMPARE(due->at(3).body, webhookBody(newer, WebhookFormat::Generic));
    QVERIFY(store.due(now - 2000)->isEmpty());
}

void tst_WebhookStore::markSentEndsTheDelivery()
{
    TempLedger temp;
    WebhookStore store(temp.ledger());
    const qint64 hook = *store.add(webhook(u"ops"_s, u"https://s.example.com/x"_s), 1);
    const qint64 alert = *AlertTesting::insertAlert(temp.ledger(), AlertTesting::sampleAlert(1));
    QVERIFY(AlertTesting::owe(temp.ledger(), alert, hook, 100));
    QVERIFY(store.markSent(alert, hook, 150));
    QVERIFY(store.due(1'000'000)->isEmpty());
    QCOMPARE(count(temp,
                   u"SELECT count(*) FROM alert_deliveries WHERE state = 'sent' "
                   u"AND attempts = 1 AND sent_ms = 150"_s),
             1);
    const Status again = store.markSent(alert, hook, 200);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    QCOMPARE(store.markFailed(alert, hook, u"late"_s, 300, false).error().code,
             ErrorCode::NotFound);
    QCOMPARE(store.markSent(alert + 1, hook, 200).error().code, ErrorCode::NotFound);
}

void tst_WebhookStore::markFailedSchedulesTheNextAttempt()
{
    TempLedger temp;
    WebhookStore store(temp.ledger());
    const qint64 hook = *store.add(webhook(u"ops"_s, u"https://s.example.com/x"_s), 1);
    const qint64 alert = *AlertTesting::insertAlert(temp.ledger(), AlertTesting::sampleAlert(1));
    QVERIFY(AlertTesting::owe(temp.ledger(), alert, hook, 100));
    QVERIFY(
        store.markFailed(alert, hook, u"HTTP 500 from https://s.example.com/…"_s, 30'100, false));
    QVERIFY(store.due(30'099)->isEmpty());
    Result<QList<WebhookStore::Delivery>> due = store.due(30'100);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->at(0).attempts, 1);
    QCOMPARE(count(temp,
                   u"SELECT count(*) FROM alert_deliveries WHERE state = 'pending' "
                   u"AND last_error = 'HTTP 500 from https://s.example.com/…'"_s),
             1);
    QVERIFY(store.markFailed(alert, hook, u"HTTP 502"_s, 90'100, false));
    QCOMPARE(store.due(90'100)->at(0).attempts, 2);
    QVERIFY(store.markSent(alert, hook, 90'200));
    QCOMPARE(count(temp, u"SELECT attempts FROM alert_deliveries"_s), 3);
}

void tst_WebhookStore::givingUpEndsTheDelivery()
{
    TempLedger temp;
    WebhookStore store(temp.ledger());
    const qint64 hook = *store.add(webhook(u"ops"_s, u"https://s.example.com/x"_s), 1);
    const qint64 alert = *AlertTesting::insertAlert(temp.ledger(), AlertTesting::sampleAlert(1));
    QVERIFY(AlertTesting::owe(temp.ledger(), alert, hook, 100));
    QVERIFY(store.markFailed(alert, hook, u"connection refused (gave up)"_s, 200, true));
    QVERIFY(store.due(std::numeric_limits<qint64>::max())->isEmpty());
    QCOMPARE(count(temp,
                   u"SELECT count(*) FROM alert_deliveries WHERE state = 'failed' "
                   u"AND attempts = 1 AND last_error = 'connection refused (gave up)'"_s),
             1);
    QCOMPARE(store.markSent(alert, hook, 300).error().code, ErrorCode::NotFound);
}

void tst_WebhookStore::removingAWebhookDropsItsDeliveries()
{
    TempLedger temp;
    WebhookStore store(temp.ledger());
    const qint64 first = *store.add(webhook(u"first"_s, u"https://a.example.com/x"_s), 1);
    const qint64 second = *store.add(webhook(u"second"_s, u"https://b.example.com/x"_s), 1);
    const qint64 alert = *AlertTesting::insertAlert(temp.ledger(), AlertTesting::sampleAlert(1));
    QVERIFY(AlertTesting::owe(temp.ledger(), alert, first, 100));
    QVERIFY(AlertTesting::owe(temp.ledger(), alert, second, 100));
    QVERIFY(store.remove(u"first"_s));
    QCOMPARE(store.webhooks()->size(), 1);
    QCOMPARE(
        count(temp, u"SELECT count(*) FROM alert_deliveries WHERE webhook_id = %1"_s.arg(first)),
        0);
    const Result<QList<WebhookStore::Delivery>> due = store.due(100);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->at(0).webhook.id, second);
    QCOMPARE(count(temp, u"SELECT count(*) FROM budget_alerts"_s), 1); // the history stays
    const Status again = store.remove(u"first"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(tst_WebhookStore)
#include "tst_webhookstore.moc"
