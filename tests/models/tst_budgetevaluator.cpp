#include "budgets/budgetevaluator.h"
#include "budgets/budgetstore.h"
#include "ledger/sqlitedatabase.h"
#include "support/budgettesting.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 usd = 1'000'000;

Budget monthlyUsd(BudgetScope scope, const QString &name, qint64 limitUsd)
{
    Budget budget;
    budget.scope = scope;
    budget.scopeName = name;
    budget.limitMicros = limitUsd * usd;
    return budget;
}

} // namespace

// Spend per budget scope, filter and zone from a real ledger, and the state it puts a budget in.
class tst_BudgetEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void personCountsOnlyTheirPeriod();
    void teamWithAndWithoutSubteams();
    void organisationCountsEveryone();
    void modelAndSourceFilters();
    void tokenLimitCountsAllTokens();
    void budgetZoneDecidesTheDay();
    void addedMidPeriodCountsSpendSoFar();
    void states_data();
    void states();
    void deletedScopeIsAnErrorOfThatBudgetOnly();
    void dailyHoldsThePeriodsDaysInTheLimitsUnit();

private:
    BudgetEvaluation evaluate(Budget budget, qint64 nowMs);
    std::unique_ptr<BudgetFixture> m_fixture;
};

void tst_BudgetEvaluator::init()
{
    m_fixture = std::make_unique<BudgetFixture>();
}

BudgetEvaluation tst_BudgetEvaluator::evaluate(Budget budget, qint64 nowMs)
{
    Result<qint64> id = BudgetStore(m_fixture->ledger()).add(budget, 0);
    if (!id) {
        qWarning("%s", qPrintable(id.error().detail));
        return {};
    }
    Result<Budget> stored = BudgetStore(m_fixture->ledger()).find(*id);
    Result<BudgetEvaluation> evaluation
        = BudgetEvaluator(m_fixture->ledger()).evaluate(*stored, nowMs);
    if (!evaluation) {
        qWarning("%s", qPrintable(evaluation.error().detail));
        return {};
    }
    return *evaluation;
}

void tst_BudgetEvaluator::personCountsOnlyTheirPeriod()
{
    using F = BudgetFixture;
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 10, 31, 23), 7 * usd); // October
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 5), 10 * usd);
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 20), 15 * usd);
    m_fixture->spend(u"cy@example.com"_s, F::utc(2026, 11, 20), 99 * usd); // someone else
    const BudgetEvaluation evaluation = evaluate(
        monthlyUsd(BudgetScope::Person, u"ben@example.com"_s, 100), F::utc(2026, 11, 22));
    QCOMPARE(evaluation.period.first, QDate(2026, 11, 1));
    QCOMPARE(evaluation.spent, 25 * usd);
    QCOMPARE(evaluation.totals.costMicros, 25 * usd);
    QCOMPARE(evaluation.remaining(), 75 * usd);
    QCOMPARE(evaluation.percent(), 25.0);
    QCOMPARE(evaluation.reachedThreshold, 0);
    QCOMPARE(evaluation.state, BudgetState::Ok);
}

void tst_BudgetEvaluator::teamWithAndWithoutSubteams()
{
    using F = BudgetFixture;
    m_fixture->spend(u"ana@example.com"_s, F::utc(2026, 11, 3), 20 * usd); // Engineering
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 4), 30 * usd); // Engineering/Platform
    m_fixture->spend(u"dan@example.com"_s, F::utc(2026, 11, 4), 40 * usd); // Sales
    Budget nested = monthlyUsd(BudgetScope::Team, u"Engineering"_s, 100);
    QCOMPARE(evaluate(nested, F::utc(2026, 11, 22)).spent, 50 * usd);
    nested.includeSubteams = false;
    QCOMPARE(evaluate(nested, F::utc(2026, 11, 22)).spent, 20 * usd);
}

void tst_BudgetEvaluator::organisationCountsEveryone()
{
    using F = BudgetFixture;
    m_fixture->spend(u"ana@example.com"_s, F::utc(2026, 11, 3), 20 * usd);
    m_fixture->spend(u"dan@example.com"_s, F::utc(2026, 11, 4), 40 * usd);
    m_fixture->spend(u"stranger@example.com"_s, F::utc(2026, 11, 4), 5 * usd); // not matched yet
    QCOMPARE(evaluate(monthlyUsd(BudgetScope::Organisation, {}, 100), F::utc(2026, 11, 22)).spent,
             65 * usd);
}

void tst_BudgetEvaluator::modelAndSourceFilters()
{
    using F = BudgetFixture;
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 3), 20 * usd, 1000,
                     u"claude-opus-4-5"_s);
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 3), 3 * usd, 1000,
                     u"claude-haiku-4-5"_s);
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 3), 9 * usd, 1000, u"gpt-5"_s,
                     u"openai"_s);
    Budget opus = monthlyUsd(BudgetScope::Person, u"ben@example.com"_s, 100);
    opus.models = {u"claude-opus-4-5"_s, u"gpt-5"_s};
    QCOMPARE(evaluate(opus, F::utc(2026, 11, 22)).spent, 29 * usd);
    Budget laptop = monthlyUsd(BudgetScope::Person, u"ben@example.com"_s, 100);
    laptop.sources = {u"claude-code"_s}; // by kind
    QCOMPARE(evaluate(laptop, F::utc(2026, 11, 22)).spent, 23 * usd);
    laptop.sources = {u"openai"_s}; // by name
    QCOMPARE(evaluate(laptop, F::utc(2026, 11, 22)).spent, 9 * usd);
}

void tst_BudgetEvaluator::tokenLimitCountsAllTokens()
{
    using F = BudgetFixture;
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 3), 20 * usd, 600'000);
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, 4), 20 * usd, 300'000);
    Budget tokens;
    tokens.scope = BudgetScope::Person;
    tokens.scopeName = u"ben@example.com"_s;
    tokens.limitTokens = 1'000'000;
    const BudgetEvaluation evaluation = evaluate(tokens, F::utc(2026, 11, 22));
    QCOMPARE(evaluation.spent, 900'000);
    QCOMPARE(evaluation.limit, 1'000'000);
    QCOMPARE(evaluation.reachedThreshold, 80);
    QCOMPARE(evaluation.state, BudgetState::Warning);
}

// 05:00 UTC on 1 December is still 30 November in Los Angeles: it counts in November there,
// and the December budget in UTC does not see it yet on the evening of the 30th.
void tst_BudgetEvaluator::budgetZoneDecidesTheDay()
{
    using F = BudgetFixture;
    m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 12, 1, 5), 30 * usd);
    Budget losAngeles = monthlyUsd(BudgetScope::Person, u"ben@example.com"_s, 100);
    losAngeles.timeZone = u"America/Los_Angeles"_s;
    const BudgetEvaluation there = evaluate(losAngeles, F::utc(2026, 12, 1, 6));
    QCOMPARE(there.period.first, QDate(2026, 11, 1));
    QCOMPARE(there.spent, 30 * usd);
    const BudgetEvaluation utc = evaluate(
        monthlyUsd(BudgetScope::Person, u"ben@example.com"_s, 100), F::utc(2026, 12, 1, 6));
    QCOMPARE(utc.period.first, QDate(2026, 12, 1));
    QCOMPARE(utc.spent, 30 * usd);
    const BudgetEvaluation november = evaluate(
        monthlyUsd(BudgetScope::Person, u"ben@example.com"_s, 100), F::utc(2026, 11, 30, 23));
    QCOMPARE(november.spent, 0);
}

void tst_BudgetEvaluator::addedMidPeriodCountsSpendSoFar()
{
    using F = BudgetFixture;
    for (int day = 1; day <= 20; ++day)
        m_fixture->spend(u"ben@example.com"_s, F::utc(2026, 11, day), 4 * usd);
    // Added on the 20th: the 80 dollars of the month so far count at once.
    const BudgetEvaluation evaluation = evaluate(
        monthlyUsd(BudgetScope::Person, u"ben@example.com"_s, 100), F::utc(2026, 11, 20, 13));
    QCOMPARE(evaluation.spent, 80 * usd);
    QCOMPARE(evaluation.reachedThreshold, 80);
    // Four dollars a day for ten more days: 120 by the end, out on the 25th at noon.
    QVERIFY(evaluation.forecast.atPeriodEnd > 115 * usd
            && evaluation.forecast.atPeriodEnd < 125 * usd);
    QVERIFY(evaluation.forecast.exhaustsAtMs);
    QCOMPARE(
        QDateTime::fromMSecsSinceEpoch(*evaluation.forecast.exhaustsAtMs, QTimeZone::utc()).date(),
        QDate(2026, 11, 25));
}

void tst_BudgetEvaluator::states_data()
{
    QTest::addColumn<qint64>("spent");
    QTest::addColumn<QList<int>>("thresholds");
    QTest::addColumn<int>("reached");
    QTest::addColumn<QString>("state");
    QTest::newRow("nothing") << qint64(0) << QList<int> {50, 80, 100} << 0 << u"ok"_s;
    QTest::newRow("just under half") << 49'999'999LL << QList<int> {50, 80, 100} << 0 << u"ok"_s;
    QTest::newRow("half") << 50 * usd << QList<int> {50, 80, 100} << 50 << u"ok"_s;
    QTest::newRow("80 %") << 80 * usd << QList<int> {50, 80, 100} << 80 << u"warning"_s;
    QTest::newRow("just under the limit")
        << 99'999'999LL << QList<int> {50, 80, 100} << 80 << u"warning"_s;
    QTest::newRow("at the limit") << 100 * usd << QList<int> {50, 80, 100} << 100 << u"exceeded"_s;
    QTest::newRow("over, 120 % threshold")
        << 130 * usd << QList<int> {90, 120} << 120 << u"exceeded"_s;
    QTest::newRow("only 100") << 95 * usd << QList<int> {100} << 0 << u"ok"_s;
}

void tst_BudgetEvaluator::states()
{
    QFETCH(qint64, spent);
    QFETCH(QList<int>, thresholds);
    // One record on the last day of the month, so no forecast can move the state.
    if (spent > 0)
        m_fixture->spend(u"ben@example.com"_s, BudgetFixture::utc(2026, 11, 30, 1), spent);
    Budget budget = monthlyUsd(BudgetScope::Person, u"ben@example.com"_s, 100);
    budget.thresholds = thresholds;
    const BudgetEvaluation evaluation = evaluate(budget, BudgetFixture::utc(2026, 11, 30, 23, 59));
    QCOMPARE(evaluation.spent, spent);
    QTEST(evaluation.reachedThreshold, "reached");
    QTEST(budgetStateName(evaluation.state), "state");
}

void tst_BudgetEvaluator::deletedScopeIsAnErrorOfThatBudgetOnly()
{
    BudgetStore store(m_fixture->ledger());
    QVERIFY(store.add(monthlyUsd(BudgetScope::Team, u"Sales"_s, 10), 0));
    QVERIFY(store.add(monthlyUsd(BudgetScope::Organisation, {}, 10), 0));
    QVERIFY(m_fixture->ledger().database().exec(u"DELETE FROM teams WHERE name = 'Sales'"_s));
    Result<QList<BudgetEvaluation>> all
        = BudgetEvaluator(m_fixture->ledger()).evaluateAll(BudgetFixture::utc(2026, 11, 22));
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QVERIFY(all->at(0).error.contains(u"no longer exists"_s));
    QVERIFY(all->at(1).error.isEmpty());
}

// What the burn-down draws: the period's days only (not the history the forecast reads), each
// day's sum of the budget's scope, in dollars or tokens as the limit is.
void tst_BudgetEvaluator::dailyHoldsThePeriodsDaysInTheLimitsUnit()
{
    using F = BudgetFixture;
    const QString ben = u"ben@example.com"_s;
    m_fixture->spend(ben, F::utc(2026, 10, 25), 7 * usd, 70'000); // history, before the period
    m_fixture->spend(ben, F::utc(2026, 10, 31, 23, 59), 1 * usd, 10'000);
    m_fixture->spend(ben, F::utc(2026, 11, 3, 8), 4 * usd, 40'000); // two records on one day
    m_fixture->spend(ben, F::utc(2026, 11, 3, 17), 6 * usd, 60'000);
    m_fixture->spend(ben, F::utc(2026, 11, 20), 15 * usd, 150'000);
    m_fixture->spend(ben, F::utc(2026, 11, 22, 9), 2 * usd, 20'000); // today so far
    m_fixture->spend(u"cy@example.com"_s, F::utc(2026, 11, 5), 99 * usd, 990'000);
    const qint64 now = F::utc(2026, 11, 22, 12);

    const BudgetEvaluation money = evaluate(monthlyUsd(BudgetScope::Person, ben, 100), now);
    const QMap<QDate, qint64> dollars = {{QDate(2026, 11, 3), 10 * usd},
                                         {QDate(2026, 11, 20), 15 * usd},
                                         {QDate(2026, 11, 22), 2 * usd}};
    QCOMPARE(money.daily, dollars);
    QCOMPARE(money.spent, 27 * usd);

    Budget tokens;
    tokens.scope = BudgetScope::Person;
    tokens.scopeName = ben;
    tokens.limitTokens = 1'000'000;
    const BudgetEvaluation counted = evaluate(tokens, now);
    const QMap<QDate, qint64> tokenCounts = {{QDate(2026, 11, 3), 100'000},
                                             {QDate(2026, 11, 20), 150'000},
                                             {QDate(2026, 11, 22), 20'000}};
    QCOMPARE(counted.daily, tokenCounts);
    QCOMPARE(counted.spent, 270'000);

    // A team budget sums its members per day; Sales has spent nothing and has no days at all.
    QCOMPARE(evaluate(monthlyUsd(BudgetScope::Team, u"Engineering"_s, 500), now)
                 .daily.value(QDate(2026, 11, 5)),
             99 * usd);
    QVERIFY(evaluate(monthlyUsd(BudgetScope::Team, u"Sales"_s, 500), now).daily.isEmpty());
}

QTEST_GUILESS_MAIN(tst_BudgetEvaluator)
#include "tst_budgetevaluator.moc"
