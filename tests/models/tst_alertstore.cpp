#include "budgets/alertstore.h"
#include "budgets/budgetstore.h"
#include "support/budgettesting.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using F = BudgetFixture;
} // namespace

// The alert history: once-only recording, acknowledge, snooze, and which alerts are active for
// whom.
class tst_AlertStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void recordsOncePerKey();
    void acknowledgeAndSnooze();
    void activeIsPerRecipientAndCurrentPeriod();
    void historyOutlivesItsBudget();

private:
    BudgetAlert alert(int threshold, const QString &recipient, QDate first = QDate(2026, 11, 1),
                      QDate last = QDate(2026, 11, 30));
    std::unique_ptr<BudgetFixture> m_fixture;
    qint64 m_budgetId = 0;
};

void tst_AlertStore::init()
{
    m_fixture = std::make_unique<BudgetFixture>();
    Budget budget;
    budget.scope = BudgetScope::Person;
    budget.scopeName = u"ben@example.com"_s;
    budget.limitMicros = 100'000'000;
    m_budgetId = *BudgetStore(m_fixture->ledger()).add(budget, 0);
}

BudgetAlert tst_AlertStore::alert(int threshold, const QString &recipient, QDate first, QDate last)
{
    BudgetAlert alert;
    alert.budgetId = m_budgetId;
    alert.budgetLabel = u"person:ben@example.com · month"_s;
    alert.periodFirst = first;
    alert.periodLast = last;
    alert.threshold = threshold;
    alert.firedMs = F::utc(first.year(), first.month(), first.day(), 9) + threshold;
    alert.spent = threshold * 1'000'000;
    alert.limit = 100'000'000;
    alert.message = u"%1 %"_s.arg(threshold);
    alert.recipients = {AlertRecipient {recipient, u"Someone"_s, RecipientRole::Owner}};
    return alert;
}

void tst_AlertStore::recordsOncePerKey()
{
    AlertStore store(m_fixture->ledger());
    Result<std::optional<BudgetAlert>> first = store.recordOnce(alert(50, u"ben@example.com"_s), 1, 0);
    QVERIFY(first && *first);
    QVERIFY((*first)->id > 0);
    Result<std::optional<BudgetAlert>> again = store.recordOnce(alert(50, u"ben@example.com"_s), 1, 0);
    QVERIFY(again && !*again);
    QVERIFY(*store.recordOnce(alert(50, u"ben@example.com"_s), 2, 0)); // a new revision
    BudgetAlert projected = alert(100, u"ben@example.com"_s);
    projected.kind = AlertKind::ProjectedExhaustion;
    projected.exhaustsAtMs = F::utc(2026, 11, 25);
    QVERIFY(*store.recordOnce(projected, 1, 0));
    QVERIFY(*store.recordOnce(alert(100, u"ben@example.com"_s), 1, 0)); // the threshold kind
    const QList<BudgetAlert> history = *store.history();
    QCOMPARE(history.size(), 4);
    QCOMPARE(history[0].kind, AlertKind::Threshold); // newest first (fired at 09:00 + 100 ms)
    QCOMPARE(history[1].exhaustsAtMs, F::utc(2026, 11, 25));
    QCOMPARE(history[1].recipients[0].email, u"ben@example.com"_s);
    QCOMPARE(history[1].recipients[0].name, u"Someone"_s);
}

void tst_AlertStore::acknowledgeAndSnooze()
{
    AlertStore store(m_fixture->ledger());
    const qint64 id = (*store.recordOnce(alert(50, u"ben@example.com"_s), 1, 0))->id;
    const qint64 now = F::utc(2026, 11, 10);
    QCOMPARE(store.active(now)->size(), 1);
    QVERIFY(store.snooze(id, now + 3'600'000));
    QCOMPARE(store.active(now)->size(), 0);
    QCOMPARE(store.active(now + 3'600'000)->size(), 1); // the snooze is over
    QVERIFY(store.acknowledge(id, now));
    QVERIFY(store.acknowledge(id, now + 5)); // the first acknowledgement is kept
    QCOMPARE(store.history()->at(0).acknowledgedMs, now);
    QCOMPARE(store.active(now + 7'200'000)->size(), 0);
    QCOMPARE(store.acknowledge(999, now).error().code, ErrorCode::NotFound);
    QCOMPARE(store.snooze(999, now).error().code, ErrorCode::NotFound);
}

void tst_AlertStore::activeIsPerRecipientAndCurrentPeriod()
{
    AlertStore store(m_fixture->ledger());
    QVERIFY(*store.recordOnce(alert(50, u"ben@example.com"_s), 1, 0));
    QVERIFY(*store.recordOnce(alert(80, u"pia@example.com"_s), 1, 0));
    QVERIFY(*store.recordOnce(
        alert(50, u"ben@example.com"_s, QDate(2026, 10, 1), QDate(2026, 10, 31)), 1, 0));
    const qint64 now = F::utc(2026, 11, 10);
    QCOMPARE(store.active(now)->size(), 2); // October's alert is over
    QCOMPARE(store.active(now, u"BEN@example.com"_s)->size(), 1);
    QCOMPARE(store.active(now, u"pia@example.com"_s)->at(0).threshold, 80);
    QCOMPARE(store.active(now, u"dan@example.com"_s)->size(), 0);
    QCOMPARE(store.active(F::utc(2026, 12, 1, 0))->size(), 0);
}

void tst_AlertStore::historyOutlivesItsBudget()
{
    AlertStore store(m_fixture->ledger());
    QVERIFY(*store.recordOnce(alert(50, u"ben@example.com"_s), 1, 0));
    QVERIFY(BudgetStore(m_fixture->ledger()).remove(m_budgetId));
    const QList<BudgetAlert> history = *store.history();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].budgetId, 0);
    QCOMPARE(history[0].budgetLabel, u"person:ben@example.com · month"_s);
    QCOMPARE(store.active(F::utc(2026, 11, 10))->size(), 0);
}

QTEST_GUILESS_MAIN(tst_AlertStore)
#include "tst_alertstore.moc"
