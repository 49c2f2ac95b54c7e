#include "analytics/movers.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 usd = 1'000'000;

GroupSpend group(const QString &key, qint64 costMicros, const QString &personName = {},
                 qint64 tokens = 1'000)
{
    GroupSpend spend;
    spend.key = key;
    spend.personName = personName;
    spend.totals.costMicros = costMicros;
    spend.totals.tokens.input = tokens;
    spend.totals.records = 1;
    spend.totals.estimatedRecords = 1;
    return spend;
}

QStringList keysOf(const QList<Mover> &movers)
{
    QStringList keys;
    for (const Mover &mover : movers)
        keys.append(mover.key);
    return keys;
}

} // namespace

// Who spent more or less than in the period before: order, ties, limits and the percent change.
class tst_Movers : public QObject
{
    Q_OBJECT

private slots:
    void largestChangeEitherWayFirst();
    void tiesGoByKey();
    void unchangedSpendIsDropped();
    void peopleInOnlyOnePeriod();
    void limit_data();
    void limit();
    void changePercent_data();
    void changePercent();
    void nothingInEitherPeriod();
};

void tst_Movers::largestChangeEitherWayFirst()
{
    const QList<GroupSpend> current = {group(u"ana@example.com"_s, 10 * usd, u"Ana"_s),
                                       group(u"ben@example.com"_s, 3 * usd, u"Ben"_s),
                                       group(u"cy@example.com"_s, 12 * usd, u"Cy"_s)};
    const QList<GroupSpend> previous = {group(u"ben@example.com"_s, 10 * usd, u"Ben"_s),
                                        group(u"ana@example.com"_s, 4 * usd, u"Ana"_s),
                                        group(u"cy@example.com"_s, 11 * usd, u"Cy"_s)};
    const QList<Mover> movers = topMovers(current, previous, 10);
    // Ben −7 before Ana +6 before Cy +1.
    QCOMPARE(keysOf(movers),
             (QStringList {u"ben@example.com"_s, u"ana@example.com"_s, u"cy@example.com"_s}));
    QCOMPARE(movers[0].name, u"Ben"_s);
    QCOMPARE(movers[0].changeMicros(), -7 * usd);
    QCOMPARE(movers[0].current.costMicros, 3 * usd);
    QCOMPARE(movers[0].previous.costMicros, 10 * usd);
    QCOMPARE(movers[1].changeMicros(), 6 * usd);
    QCOMPARE(movers[1].current.costMicros, 10 * usd);
    QCOMPARE(movers[1].previous.costMicros, 4 * usd);
    QCOMPARE(movers[2].changeMicros(), 1 * usd);
    // The whole totals come along, not only the cost.
    QCOMPARE(movers[0].current.tokens.total(), 1'000);
    QCOMPARE(movers[0].current.records, 1);
}

void tst_Movers::tiesGoByKey()
{
    // Equal changes, up and down, in no particular order: by key.
    const QList<GroupSpend> current = {group(u"zed"_s, 9 * usd), group(u"amy"_s, 1 * usd),
                                       group(u"bob"_s, 5 * usd), group(u"max"_s, 20 * usd)};
    const QList<GroupSpend> previous = {group(u"zed"_s, 4 * usd), group(u"amy"_s, 6 * usd),
                                        group(u"bob"_s, 0), group(u"max"_s, 10 * usd)};
    const QList<Mover> movers = topMovers(current, previous, -1);
    QCOMPARE(keysOf(movers), (QStringList {u"max"_s, u"amy"_s, u"bob"_s, u"zed"_s}));
    // Without a person's name the name is the key (a team).
    QCOMPARE(movers[1].name, u"amy"_s);
    // The input's order does not matter.
    QList<GroupSpend> reversedCurrent(current.crbegin(), current.crend());
    QList<GroupSpend> reversedPrevious(previous.crbegin(), previous.crend());
    QCOMPARE(keysOf(topMovers(reversedCurrent, reversedPrevious, -1)), keysOf(movers));
}

void tst_Movers::unchangedSpendIsDropped()
{
    const QList<GroupSpend> current = {group(u"same"_s, 5 * usd, {}, 100),
                                       group(u"up"_s, 5 * usd + 1), group(u"both-zero"_s, 0)};
    // Same cost with other token counts is still no change in spend.
    const QList<GroupSpend> previous = {group(u"same"_s, 5 * usd, {}, 900'000),
                                        group(u"up"_s, 5 * usd), group(u"both-zero"_s, 0)};
    const QList<Mover> movers = topMovers(current, previous, 10);
    QCOMPARE(keysOf(movers), QStringList {u"up"_s});
    QCOMPARE(movers[0].changeMicros(), 1);
}

void tst_Movers::peopleInOnlyOnePeriod()
{
    const QList<GroupSpend> current = {group(u"new@example.com"_s, 8 * usd, u"Newcomer"_s),
                                       group(u"stay@example.com"_s, 2 * usd, u"Stay"_s)};
    const QList<GroupSpend> previous = {group(u"gone@example.com"_s, 5 * usd, u"Leaver"_s),
                                        group(u"stay@example.com"_s, 1 * usd, u"Stay"_s)};
    const QList<Mover> movers = topMovers(current, previous, 10);
    QCOMPARE(keysOf(movers),
             (QStringList {u"new@example.com"_s, u"gone@example.com"_s, u"stay@example.com"_s}));

    const Mover &newcomer = movers[0];
    QCOMPARE(newcomer.name, u"Newcomer"_s);
    QCOMPARE(newcomer.changeMicros(), 8 * usd);
    QCOMPARE(newcomer.previous.costMicros, 0);
    QCOMPARE(newcomer.previous.records, 0);
    QVERIFY(!newcomer.changePercent()); // nothing spent before: no percent

    const Mover &leaver = movers[1];
    QCOMPARE(leaver.name, u"Leaver"_s); // named from the period they are in
    QCOMPARE(leaver.changeMicros(), -5 * usd);
    QCOMPARE(leaver.current.costMicros, 0);
    QCOMPARE(leaver.current.records, 0);
    QVERIFY(leaver.changePercent());
    QCOMPARE(*leaver.changePercent(), -100.0);

    QVERIFY(movers[2].changePercent());
    QCOMPARE(*movers[2].changePercent(), 100.0);
}

void tst_Movers::limit_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("none") << 0 << QStringList {};
    QTest::newRow("one") << 1 << QStringList {u"d"_s};
    QTest::newRow("three") << 3 << QStringList {u"d"_s, u"c"_s, u"b"_s};
    QTest::newRow("all") << 4 << QStringList {u"d"_s, u"c"_s, u"b"_s, u"a"_s};
    QTest::newRow("more than there are") << 50 << QStringList {u"d"_s, u"c"_s, u"b"_s, u"a"_s};
    QTest::newRow("negative: no limit") << -1 << QStringList {u"d"_s, u"c"_s, u"b"_s, u"a"_s};
}

void tst_Movers::limit()
{
    QFETCH(int, limit);
    QFETCH(QStringList, keys);
    // a +1, b +2, c +3, d +4, and an unchanged one the limit must not count.
    const QList<GroupSpend> current
        = {group(u"a"_s, 1 * usd), group(u"b"_s, 2 * usd), group(u"c"_s, 3 * usd),
           group(u"d"_s, 4 * usd), group(u"aaa"_s, 7 * usd)};
    const QList<GroupSpend> previous = {group(u"aaa"_s, 7 * usd)};
    QCOMPARE(keysOf(topMovers(current, previous, limit)), keys);
}

void tst_Movers::changePercent_data()
{
    QTest::addColumn<qint64>("current");
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<bool>("hasPercent");
    QTest::addColumn<double>("percent");
    QTest::newRow("half again") << 300 * usd << 200 * usd << true << 50.0;
    QTest::newRow("a quarter of it") << 50 * usd << 200 * usd << true << -75.0;
    QTest::newRow("tripled") << 3 * usd << 1 * usd << true << 200.0;
    QTest::newRow("a third more") << 4 * usd << 3 * usd << true << 100.0 / 3.0;
    QTest::newRow("nothing now") << qint64(0) << 2 * usd << true << -100.0;
    QTest::newRow("nothing before") << 2 * usd << qint64(0) << false << 0.0;
    QTest::newRow("nothing either time") << qint64(0) << qint64(0) << false << 0.0;
}

void tst_Movers::changePercent()
{
    QFETCH(qint64, current);
    QFETCH(qint64, previous);
    QFETCH(bool, hasPercent);
    QFETCH(double, percent);
    Mover mover;
    mover.current.costMicros = current;
    mover.previous.costMicros = previous;
    QCOMPARE(mover.changeMicros(), current - previous);
    const std::optional<double> change = mover.changePercent();
    QCOMPARE(change.has_value(), hasPercent);
    if (hasPercent)
        QCOMPARE(*change, percent);
}

void tst_Movers::nothingInEitherPeriod()
{
    QVERIFY(topMovers({}, {}, 5).isEmpty());
    const QList<Mover> onlyBefore = topMovers({}, {group(u"x"_s, 1 * usd)}, 5);
    QCOMPARE(keysOf(onlyBefore), QStringList {u"x"_s});
    QCOMPARE(onlyBefore[0].changeMicros(), -1 * usd);
}

QTEST_GUILESS_MAIN(tst_Movers)
#include "tst_movers.moc"
