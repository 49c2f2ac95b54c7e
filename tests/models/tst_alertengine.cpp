#include "budgets/alertengine.h"
#include "budgets/alertstore.h"
#include "budgets/budgetstore.h"
#include "ledger/peopledirectory.h"
#include "ledger/sqlitedatabase.h"
#include "support/budgettesting.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 usd = 1'000'000;
using F = BudgetFixture;

} // namespace

// Alerts fire once per budget × period × threshold, calmly, to the right people.
class tst_AlertEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void firesEachThresholdOnce();
    void aJumpTellsOnlyTheHighestThreshold();
    void dippingBelowAndRisingAgainIsQuiet();
    void nextPeriodStartsAfresh();
    void editedBudgetStartsAfresh();
    void projectedExhaustionOncePerPeriod();
    void grazingTheLimitAtTheEndIsNotTold();
    void newAlertsOweEveryWebhookADelivery();
    void recipients_data();
    void recipients();
    void escalationIsConfigurable();

private:
    qint64 addBudget(BudgetScope scope, const QString &name, qint64 limitUsd);
    QList<BudgetAlert> run(qint64 nowMs);
    std::unique_ptr<BudgetFixture> m_fixture;
};

void tst_AlertEngine::init()
{
    m_fixture = std::make_unique<BudgetFixture>();
}

qint64 tst_AlertEngine::addBudget(BudgetScope scope, const QString &name, qint64 limitUsd)
{
    Budget budget;
    budget.scope = scope;
    budget.scopeName = name;
    budget.limitMicros = limitUsd * usd;
    Result<qint64> id = BudgetStore(m_fixture->ledger()).add(budget, 0);
    return id ? *id : 0;
}

QList<BudgetAlert> tst_AlertEngine::run(qint64 nowMs)
{
    Result<AlertEngine::RunResult> result = AlertEngine(m_fixture->ledger()).run(nowMs);
    if (!result) {
        qWarning("%s", qPrintable(result.error().detail));
        return {};
    }
    return result->fired;
}

void tst_AlertEngine::firesEachThresholdOnce()
{
    QVERIFY(addBudget(BudgetScope::Person, u"ben@example.com"_s, 100));
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 30, 1), 55 * usd);
    QList<BudgetAlert> fired = run(F::utc(2026, 11, 30, 2));
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired[0].threshold, 50);
    QCOMPARE(fired[0].kind, AlertKind::Threshold);
    QCOMPARE(fired[0].message,
             u"person:ben@example.com: 50 % of the monthly budget used — $55.00 of $100.00 "
             "(Nov 1 – Nov 30)."_s);
    for (int minute = 0; minute < 50; ++minute)
        QVERIFY(run(F::utc(2026, 11, 30, 3, minute)).isEmpty());

    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 30, 4), 30 * usd);
    fired = run(F::utc(2026, 11, 30, 5));
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired[0].threshold, 80);
    QVERIFY(run(F::utc(2026, 11, 30, 6)).isEmpty());

    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 30, 7), 20 * usd);
    fired = run(F::utc(2026, 11, 30, 8));
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired[0].threshold, 100);
    QCOMPARE(fired[0].message,
             u"person:ben@example.com: monthly budget exceeded — $105.00 of $100.00 "
             "(Nov 1 – Nov 30)."_s);
    QVERIFY(run(F::utc(2026, 11, 30, 9)).isEmpty());
    QCOMPARE(AlertStore(m_fixture->ledger()).history()->size(), 3);
}

void tst_AlertEngine::aJumpTellsOnlyTheHighestThreshold()
{
    QVERIFY(addBudget(BudgetScope::Person, u"ben@example.com"_s, 100));
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 30, 1), 90 * usd);
    const QList<BudgetAlert> fired = run(F::utc(2026, 11, 30, 2));
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired[0].threshold, 80);
    QVERIFY(run(F::utc(2026, 11, 30, 3)).isEmpty()); // 50 % is never told afterwards
}

void tst_AlertEngine::dippingBelowAndRisingAgainIsQuiet()
{
    QVERIFY(addBudget(BudgetScope::Person, u"ben@example.com"_s, 100));
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 30, 1), 81 * usd);
    QCOMPARE(run(F::utc(2026, 11, 30, 2)).size(), 1);
    const QString key = m_fixture->lastKey();
    // The provider revises the bucket down, then up again, around the threshold.
    for (int round = 0; round < 5; ++round) {
        m_fixture->revise(key, u"ben@example.com"_s, F::utc(2026, 11, 30, 1), 79 * usd);
        QVERIFY(run(F::utc(2026, 11, 30, 3, round * 2)).isEmpty());
        m_fixture->revise(key, u"ben@example.com"_s, F::utc(2026, 11, 30, 1), 81 * usd);
        QVERIFY(run(F::utc(2026, 11, 30, 3, round * 2 + 1)).isEmpty());
    }
    QCOMPARE(AlertStore(m_fixture->ledger()).history()->size(), 1);
}

void tst_AlertEngine::nextPeriodStartsAfresh()
{
    QVERIFY(addBudget(BudgetScope::Person, u"ben@example.com"_s, 100));
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 30, 1), 85 * usd);
    QCOMPARE(run(F::utc(2026, 11, 30, 2)).size(), 1);
    QVERIFY(run(F::utc(2026, 12, 1, 0, 5)).isEmpty()); // a new month with nothing spent yet
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 12, 31, 1), 85 * usd);
    const QList<BudgetAlert> fired = run(F::utc(2026, 12, 31, 2));
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired[0].threshold, 80);
    QCOMPARE(fired[0].periodFirst, QDate(2026, 12, 1));
}

void tst_AlertEngine::editedBudgetStartsAfresh()
{
    const qint64 id = addBudget(BudgetScope::Person, u"ben@example.com"_s, 100);
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 30, 1), 85 * usd);
    QCOMPARE(run(F::utc(2026, 11, 30, 2)).size(), 1);
    BudgetStore store(m_fixture->ledger());
    Budget budget = *store.find(id);
    budget.limitMicros = 90 * usd; // tightened: 85 of 90 is past 80 % of the new limit
    QVERIFY(store.update(budget));
    QCOMPARE(store.find(id)->revision, 2);
    const QList<BudgetAlert> fired = run(F::utc(2026, 11, 30, 3));
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired[0].limit, 90 * usd);
}

void tst_AlertEngine::projectedExhaustionOncePerPeriod()
{
    QVERIFY(addBudget(BudgetScope::Person, u"ben@example.com"_s, 245));
    // Ten dollars a day for four weeks: on the 15th at noon 145 is spent, 245 is reached on the
    // 25th at noon.
    for (QDate day(2026, 10, 18); day <= QDate(2026, 11, 14); day = day.addDays(1))
        m_fixture->spend(u"ben@example.com"_s, F::utc(day.year(), day.month(), day.day(), 12),
                         10 * usd);
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 15, 6), 5 * usd);
    const QList<BudgetAlert> fired = run(F::utc(2026, 11, 15, 12));
    QCOMPARE(fired.size(), 2); // 50 % reached, and running out before the month ends
    const BudgetAlert &projected = fired[1];
    QCOMPARE(projected.kind, AlertKind::ProjectedExhaustion);
    QVERIFY(projected.exhaustsAtMs);
    QCOMPARE(projected.message,
             u"person:ben@example.com: at this rate the monthly budget runs out on the 25th "
             "(Nov 25, 12:00 UTC); $145.00 of $245.00 used so far."_s);
    QCOMPARE(projected.recipients.size(), 1);
    QCOMPARE(projected.recipients[0].email, u"ben@example.com"_s);
    for (int hour = 13; hour < 24; ++hour)
        QVERIFY(run(F::utc(2026, 11, 15, hour)).isEmpty());
}

// The same pace against a limit reached only on the 29th: within the month's last tenth, so the
// forecast is shown on the Budgets page but nobody is alerted.
void tst_AlertEngine::grazingTheLimitAtTheEndIsNotTold()
{
    QVERIFY(addBudget(BudgetScope::Person, u"ben@example.com"_s, 290));
    for (QDate day(2026, 10, 18); day <= QDate(2026, 11, 14); day = day.addDays(1))
        m_fixture->spend(u"ben@example.com"_s, F::utc(day.year(), day.month(), day.day(), 12),
                         10 * usd);
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 15, 6), 5 * usd);
    const QList<BudgetAlert> fired = run(F::utc(2026, 11, 15, 12));
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired[0].kind, AlertKind::Threshold);
}

void tst_AlertEngine::newAlertsOweEveryWebhookADelivery()
{
    SqliteDatabase &db = m_fixture->ledger().database();
    QVERIFY(db.exec(u"INSERT INTO webhooks (name, url, format, created_ms) VALUES "
                    "('team-chat', 'https://hooks.example.com/x', 'slack', 0), "
                    "('pager', 'https://pager.example.com/y', 'generic', 0)"_s));
    QVERIFY(addBudget(BudgetScope::Person, u"ben@example.com"_s, 100));
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 30, 1), 55 * usd);
    QCOMPARE(run(F::utc(2026, 11, 30, 2)).size(), 1);
    QVERIFY(run(F::utc(2026, 11, 30, 3)).isEmpty());
    QCOMPARE(*db.queryInt64(u"SELECT count(*) FROM alert_deliveries WHERE state = 'pending' "
                            "AND next_attempt_ms = %1"_s.arg(F::utc(2026, 11, 30, 2))),
             2);
}

void tst_AlertEngine::recipients_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("percent");
    QTest::addColumn<QStringList>("expected"); // email:role

    QTest::newRow("person at 50") << u"person:ben@example.com"_s << 50
                                  << QStringList {u"ben@example.com:owner"_s};
    QTest::newRow("person at 80") << u"person:ben@example.com"_s << 80
                                  << QStringList {u"ben@example.com:owner"_s,
                                                  u"pia@example.com:manager"_s};
    QTest::newRow("person at 100")
        << u"person:ben@example.com"_s << 100
        << QStringList {u"ben@example.com:owner"_s, u"pia@example.com:manager"_s,
                        u"rita@example.com:admin"_s};
    QTest::newRow("team at 50") << u"team:Platform"_s << 50
                                << QStringList {u"pia@example.com:owner"_s};
    QTest::newRow("team at 80: parent team's manager")
        << u"team:Platform"_s << 80
        << QStringList {u"pia@example.com:owner"_s, u"ana@example.com:manager"_s};
    QTest::newRow("team without a manager: whom they report to")
        << u"team:Sales"_s << 50 << QStringList {u"rita@example.com:owner"_s};
    QTest::newRow("organisation") << u"org"_s << 50 << QStringList {u"rita@example.com:owner"_s};
    QTest::newRow("an admin's own budget at 100 names them once")
        << u"person:rita@example.com"_s << 100 << QStringList {u"rita@example.com:owner"_s};
}

void tst_AlertEngine::recipients()
{
    QFETCH(QString, scope);
    QFETCH(int, percent);
    PeopleDirectory directory(m_fixture->ledger());
    const QList<Person> people = *directory.people();
    const QList<Team> teams = *directory.teams();
    Budget budget;
    if (scope.startsWith(u"person:"_s)) {
        budget.scope = BudgetScope::Person;
        budget.scopeId = directory.personByEmail(scope.mid(7))->id;
    } else if (scope.startsWith(u"team:"_s)) {
        budget.scope = BudgetScope::Team;
        for (const Team &team : teams) {
            if (team.name == scope.mid(5))
                budget.scopeId = team.id;
        }
    }
    QStringList actual;
    for (const AlertRecipient &recipient :
         alertRecipients(budget, percent, people, teams, EscalationPolicy()))
        actual.append(recipient.email + u':' + recipientRoleName(recipient.role));
    QTEST(actual, "expected");
}

void tst_AlertEngine::escalationIsConfigurable()
{
    EscalationPolicy policy;
    policy.managerFromPercent = 0; // managers are never told
    policy.adminsFromPercent = 90;
    QVERIFY(policy.save(m_fixture->ledger()));
    const EscalationPolicy loaded = EscalationPolicy::load(m_fixture->ledger());
    QCOMPARE(loaded.managerFromPercent, 0);
    QCOMPARE(loaded.adminsFromPercent, 90);

    QVERIFY(addBudget(BudgetScope::Person, u"ben@example.com"_s, 100));
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 30, 1), 95 * usd);
    const QList<BudgetAlert> fired = run(F::utc(2026, 11, 30, 2));
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired[0].recipients.size(), 2);
    QCOMPARE(fired[0].recipients[0].email, u"ben@example.com"_s);
    QCOMPARE(fired[0].recipients[1].email, u"rita@example.com"_s);
    QCOMPARE(fired[0].recipients[1].role, RecipientRole::Admin);
}

QTEST_GUILESS_MAIN(tst_AlertEngine)
#include "tst_alertengine.moc"
