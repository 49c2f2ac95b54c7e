#include "budgets/budgetstore.h"
#include "support/budgettesting.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Budgets as stored: every setting survives a round trip, edits move the revision, and bad
// settings are refused with a reason.
class tst_BudgetStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEverySetting();
    void updateMovesTheRevision();
    void refusesBadSettings_data();
    void refusesBadSettings();
};

void tst_BudgetStore::roundTripsEverySetting()
{
    BudgetFixture fixture;
    Budget budget;
    budget.scope = BudgetScope::Team;
    budget.scopeName = u"engineering"_s; // names match case-insensitively
    budget.period = BudgetPeriod::Custom;
    budget.customFirst = QDate(2026, 11, 3);
    budget.customLast = QDate(2026, 12, 2);
    budget.timeZone = u"Europe/Berlin"_s;
    budget.weekStart = Qt::Sunday;
    budget.monthStartDay = 15;
    budget.limitTokens = 5'000'000;
    budget.thresholds = {25, 75, 100, 120};
    budget.enforcement = BudgetEnforcement::Hard;
    budget.includeSubteams = false;
    budget.models = {u"claude-opus-4-5"_s, u"gpt-5, with a comma"_s};
    budget.sources = {u"openai"_s};
    BudgetStore store(fixture.ledger());
    Result<qint64> id = store.add(budget, 42);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().detail));
    const Budget stored = *store.find(*id);
    QCOMPARE(stored.scope, BudgetScope::Team);
    QCOMPARE(stored.scopeName, u"Engineering"_s);
    QVERIFY(stored.scopeId > 0);
    QCOMPARE(stored.period, BudgetPeriod::Custom);
    QCOMPARE(stored.customFirst, budget.customFirst);
    QCOMPARE(stored.customLast, budget.customLast);
    QCOMPARE(stored.timeZone, budget.timeZone);
    QCOMPARE(stored.weekStart, 7);
    QCOMPARE(stored.monthStartDay, 15);
    QCOMPARE(stored.limitTokens, budget.limitTokens);
    QVERIFY(!stored.limitMicros);
    QCOMPARE(stored.thresholds, budget.thresholds);
    QCOMPARE(stored.enforcement, BudgetEnforcement::Hard);
    QCOMPARE(stored.includeSubteams, false);
    QCOMPARE(stored.models, budget.models);
    QCOMPARE(stored.sources, budget.sources);
    QCOMPARE(stored.revision, 1);
    QCOMPARE(store.budgets()->size(), 1);
}

void tst_BudgetStore::updateMovesTheRevision()
{
    BudgetFixture fixture;
    BudgetStore store(fixture.ledger());
    Budget budget;
    budget.limitMicros = 10'000'000;
    const qint64 id = *store.add(budget, 0);
    budget = *store.find(id);
    budget.scope = BudgetScope::Person;
    budget.scopeName = u"dan@example.com"_s;
    budget.limitMicros.reset();
    budget.limitTokens = 1000;
    QVERIFY(store.update(budget));
    const Budget updated = *store.find(id);
    QCOMPARE(updated.revision, 2);
    QCOMPARE(updated.scopeName, u"dan@example.com"_s);
    QCOMPARE(updated.limit(), 1000);
    budget.id = 77;
    QCOMPARE(store.update(budget).error().code, ErrorCode::NotFound);
    budget.id = id;
    budget.limitTokens = 0;
    QCOMPARE(store.update(budget).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(store.find(id)->revision, 2); // a refused edit changes nothing
}

void tst_BudgetStore::refusesBadSettings_data()
{
    QTest::addColumn<Budget>("budget");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    Budget good;
    good.limitMicros = 1'000'000;
    const int invalid = int(ErrorCode::InvalidArgument);

    Budget b = good;
    b.limitTokens = 5;
    QTest::newRow("two limits") << b << invalid << u"exactly one limit"_s;
    b = good;
    b.limitMicros.reset();
    QTest::newRow("no limit") << b << invalid << u"exactly one limit"_s;
    b = good;
    b.limitMicros = -1;
    QTest::newRow("negative limit") << b << invalid << u"above zero"_s;
    b = good;
    b.thresholds = {50, 0};
    QTest::newRow("zero threshold") << b << invalid << u"out of range"_s;
    b = good;
    b.thresholds = {};
    QTest::newRow("no threshold") << b << invalid << u"at least one threshold"_s;
    b = good;
    b.timeZone = u"Mars/Olympus"_s;
    QTest::newRow("unknown zone") << b << invalid << u"Mars/Olympus"_s;
    b = good;
    b.weekStart = 8;
    QTest::newRow("week start") << b << invalid << u"week start"_s;
    b = good;
    b.monthStartDay = 32;
    QTest::newRow("month start") << b << invalid << u"month start day"_s;
    b = good;
    b.period = BudgetPeriod::Custom;
    QTest::newRow("custom without range") << b << invalid << u"first and a last day"_s;
    b.customFirst = QDate(2026, 11, 30);
    b.customLast = QDate(2026, 11, 1);
    QTest::newRow("custom reversed") << b << invalid << u"end before it starts"_s;
    b = good;
    b.scope = BudgetScope::Team;
    b.scopeName = u"Nowhere"_s;
    QTest::newRow("unknown team") << b << int(ErrorCode::NotFound) << u"no team named Nowhere"_s;
    b.scope = BudgetScope::Person;
    b.scopeName = QString();
    QTest::newRow("person missing") << b << invalid << u"needs the team or person"_s;
}

void tst_BudgetStore::refusesBadSettings()
{
    QFETCH(Budget, budget);
    QFETCH(int, code);
    QFETCH(QString, reason);
    BudgetFixture fixture;
    BudgetStore store(fixture.ledger());
    Result<qint64> id = store.add(budget, 0);
    QVERIFY(!id);
    QCOMPARE(int(id.error().code), code);
    QVERIFY2(id.error().detail.contains(reason), qPrintable(id.error().detail));
    QCOMPARE(store.budgets()->size(), 0);
}

QTEST_GUILESS_MAIN(tst_BudgetStore)
#include "tst_budgetstore.moc"
