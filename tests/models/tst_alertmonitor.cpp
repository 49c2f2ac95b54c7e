#include "budgets/alertmonitor.h"
#include "budgets/budgetstore.h"
#include "budgets/webhookstore.h"
#include "support/budgettesting.h"
#include "support/fakeclock.h"
#include "support/fakehttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 usd = 1'000'000;
using F = BudgetFixture;
} // namespace

// The monitor the app and `watch` run: evaluates on its own connection, tells new alerts once,
// keeps "my" active alerts current and posts alerts to webhooks, through real HTTP.
class tst_AlertMonitor : public QObject
{
    Q_OBJECT

private slots:
    void firesOnceAndPostsToTheWebhook();
    void activeAlertsAreMine();
};

void tst_AlertMonitor::firesOnceAndPostsToTheWebhook()
{
    BudgetFixture fixture;
    FakeHttpServer server;
    server.setFallback(u"/hook"_s, FakeHttpServer::Response::reply(200, "ok"));
    Webhook webhook;
    webhook.name = u"chat"_s;
    webhook.url = server.url(u"/hook"_s).toString();
    webhook.format = WebhookFormat::Generic;
    QVERIFY(WebhookStore(fixture.ledger()).add(webhook, 0));
    Budget budget;
    budget.scope = BudgetScope::Team;
    budget.scopeName = u"Platform"_s;
    budget.limitMicros = 100 * usd;
    QVERIFY(BudgetStore(fixture.ledger()).add(budget, 0));
    fixture.spend(u"ben@example.com"_s, F::utc(2026, 11, 22, 9), 60 * usd);

    FakeClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc()));
    AlertMonitor monitor(fixture.path(), clock);
    QSignalSpy fired(&monitor, &AlertMonitor::alertsFired);
    QSignalSpy evaluated(&monitor, &AlertMonitor::evaluated);
    monitor.start();
    QCOMPARE(fired.size(), 1);
    QCOMPARE(evaluated.size(), 1);
    const auto evaluations = evaluated.at(0).at(0).value<QList<BudgetEvaluation>>();
    QCOMPARE(evaluations.size(), 1);
    QCOMPARE(evaluations[0].spent, 60 * usd);
    QVERIFY(QTest::qWaitFor([&] { return server.requests(u"/hook"_s).size() == 1; }, 30'000));
    const QJsonObject alert
        = QJsonDocument::fromJson(server.requests(u"/hook"_s).at(0).body).object()["alert"_L1].toObject();
    QCOMPARE(alert["threshold"_L1].toInt(), 50);
    QCOMPARE(alert["budget"_L1].toString(), u"team:Platform · month"_s);

    // Evaluating again, on the timer or after new usage, tells nothing new and posts nothing.
    monitor.evaluateNow();
    monitor.evaluateNow();
    QCOMPARE(fired.size(), 1);
    QTest::qWait(200);
    QCOMPARE(server.requests(u"/hook"_s).size(), 1);

    // New usage past 80 %: one more alert, one more post.
    fixture.spend(u"cy@example.com"_s, F::utc(2026, 11, 22, 10), 25 * usd);
    clock.advanceSecs(60);
    monitor.evaluateNow();
    QCOMPARE(fired.size(), 2);
    QVERIFY(QTest::qWaitFor([&] { return server.requests(u"/hook"_s).size() == 2; }, 30'000));
    monitor.stop();
}

void tst_AlertMonitor::activeAlertsAreMine()
{
    BudgetFixture fixture;
    Budget budget;
    budget.scope = BudgetScope::Person;
    budget.scopeName = u"ben@example.com"_s;
    budget.limitMicros = 100 * usd;
    QVERIFY(BudgetStore(fixture.ledger()).add(budget, 0));
    fixture.spend(u"ben@example.com"_s, F::utc(2026, 11, 22, 9), 85 * usd);
    FakeClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc()));

    AlertMonitor forBen(fixture.path(), clock);
    forBen.setRecipient(u"ben@example.com"_s);
    QSignalSpy active(&forBen, &AlertMonitor::activeAlertsChanged);
    forBen.evaluateNow();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.at(0).at(0).value<QList<BudgetAlert>>().size(), 1);

    AlertMonitor forDan(fixture.path(), clock);
    forDan.setRecipient(u"dan@example.com"_s);
    QSignalSpy danActive(&forDan, &AlertMonitor::activeAlertsChanged);
    forDan.evaluateNow();
    QCOMPARE(danActive.at(0).at(0).value<QList<BudgetAlert>>().size(), 0);

    AlertMonitor broken(u"/nonexistent/dir/ledger.sqlite"_s, clock);
    QSignalSpy errors(&broken, &AlertMonitor::errorOccurred);
    broken.evaluateNow();
    QCOMPARE(errors.size(), 1);
}

QTEST_GUILESS_MAIN(tst_AlertMonitor)
#include "tst_alertmonitor.moc"
