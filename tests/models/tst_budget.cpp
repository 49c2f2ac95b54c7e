#include "budgets/budget.h"
#include "core/calendar.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

} // namespace

// Budget periods: the local days a period covers and the UTC instants where it starts and ends,
// at month ends, DST changes and with moved week and month starts.
class tst_Budget : public QObject
{
    Q_OBJECT

private slots:
    void periodAt_data();
    void periodAt();
    void periodsTileTheCalendar_data();
    void periodsTileTheCalendar();
    void unknownZoneFallsBackToUtc();
};

void tst_Budget::periodAt_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("weekStart");
    QTest::addColumn<int>("monthStartDay");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("endMs");

    QTest::newRow("month, UTC") << u"month"_s << u"UTC"_s << 1 << 1 << utc(2026, 11, 22, 12)
                                << QDate(2026, 11, 1) << QDate(2026, 11, 30) << utc(2026, 11, 1)
                                << utc(2026, 12, 1);
    // 23:30 UTC on the 31st is still October in New York and already November in Berlin.
    QTest::newRow("31st, New York") << u"month"_s << u"America/New_York"_s << 1 << 1
                                    << utc(2026, 10, 31, 23, 30) << QDate(2026, 10, 1)
                                    << QDate(2026, 10, 31) << utc(2026, 10, 1, 4)
                                    << utc(2026, 11, 1, 4);
    QTest::newRow("31st, Berlin") << u"month"_s << u"Europe/Berlin"_s << 1 << 1
                                  << utc(2026, 10, 31, 23, 30) << QDate(2026, 11, 1)
                                  << QDate(2026, 11, 30) << utc(2026, 10, 31, 23)
                                  << utc(2026, 11, 30, 23);
    // Berlin leaves summer time on Sunday 25 October 2026: that week has 169 hours.
    QTest::newRow("week across DST end, Berlin")
        << u"week"_s << u"Europe/Berlin"_s << 1 << 1 << utc(2026, 10, 25, 12)
        << QDate(2026, 10, 19) << QDate(2026, 10, 25) << utc(2026, 10, 18, 22)
        << utc(2026, 10, 25, 23);
    // New York springs forward on 8 March 2026: that day has 23 hours.
    QTest::newRow("DST start day, New York")
        << u"day"_s << u"America/New_York"_s << 1 << 1 << utc(2026, 3, 8, 15) << QDate(2026, 3, 8)
        << QDate(2026, 3, 8) << utc(2026, 3, 8, 5) << utc(2026, 3, 9, 4);
    QTest::newRow("day, Sydney summer time")
        << u"day"_s << u"Australia/Sydney"_s << 1 << 1 << utc(2026, 11, 22, 15)
        << QDate(2026, 11, 23) << QDate(2026, 11, 23) << utc(2026, 11, 22, 13)
        << utc(2026, 11, 23, 13);
    QTest::newRow("half-hour zone") << u"day"_s << u"Asia/Kolkata"_s << 1 << 1
                                    << utc(2026, 11, 22, 20) << QDate(2026, 11, 23)
                                    << QDate(2026, 11, 23) << utc(2026, 11, 22, 18, 30)
                                    << utc(2026, 11, 23, 18, 30);
    QTest::newRow("week from Sunday") << u"week"_s << u"UTC"_s << 7 << 1 << utc(2026, 11, 25, 9)
                                      << QDate(2026, 11, 22) << QDate(2026, 11, 28)
                                      << utc(2026, 11, 22) << utc(2026, 11, 29);
    QTest::newRow("week from Sunday, on Sunday")
        << u"week"_s << u"UTC"_s << 7 << 1 << utc(2026, 11, 22, 0) << QDate(2026, 11, 22)
        << QDate(2026, 11, 28) << utc(2026, 11, 22) << utc(2026, 11, 29);
    QTest::newRow("month from the 15th, before it")
        << u"month"_s << u"UTC"_s << 1 << 15 << utc(2026, 11, 10) << QDate(2026, 10, 15)
        << QDate(2026, 11, 14) << utc(2026, 10, 15) << utc(2026, 11, 15);
    QTest::newRow("month from the 15th, on it")
        << u"month"_s << u"UTC"_s << 1 << 15 << utc(2026, 11, 15) << QDate(2026, 11, 15)
        << QDate(2026, 12, 14) << utc(2026, 11, 15) << utc(2026, 12, 15);
    // A month shorter than the start day starts on its last day.
    QTest::newRow("month from the 31st, in February")
        << u"month"_s << u"UTC"_s << 1 << 31 << utc(2026, 2, 28, 8) << QDate(2026, 2, 28)
        << QDate(2026, 3, 30) << utc(2026, 2, 28) << utc(2026, 3, 31);
    QTest::newRow("month from the 31st, before February's last")
        << u"month"_s << u"UTC"_s << 1 << 31 << utc(2026, 2, 27, 8) << QDate(2026, 1, 31)
        << QDate(2026, 2, 27) << utc(2026, 1, 31) << utc(2026, 2, 28);
    QTest::newRow("quarter") << u"quarter"_s << u"UTC"_s << 1 << 1 << utc(2026, 11, 22)
                             << QDate(2026, 10, 1) << QDate(2026, 12, 31) << utc(2026, 10, 1)
                             << utc(2027, 1, 1);
    QTest::newRow("quarter from the 15th, across the year")
        << u"quarter"_s << u"UTC"_s << 1 << 15 << utc(2027, 1, 10) << QDate(2026, 10, 15)
        << QDate(2027, 1, 14) << utc(2026, 10, 15) << utc(2027, 1, 15);
    QTest::newRow("quarter, Tokyo new year") << u"quarter"_s << u"Asia/Tokyo"_s << 1 << 1
                                             << utc(2026, 12, 31, 16) << QDate(2027, 1, 1)
                                             << QDate(2027, 3, 31) << utc(2026, 12, 31, 15)
                                             << utc(2027, 3, 31, 15);
}

void tst_Budget::periodAt()
{
    QFETCH(QString, period);
    QFETCH(QString, zone);
    QFETCH(int, weekStart);
    QFETCH(int, monthStartDay);
    QFETCH(qint64, now);
    Budget budget;
    budget.period = *budgetPeriodFromName(period);
    budget.timeZone = zone;
    budget.weekStart = weekStart;
    budget.monthStartDay = monthStartDay;
    const BudgetPeriodSpan span = budgetPeriodAt(budget, now);
    QTEST(span.first, "first");
    QTEST(span.last, "last");
    QTEST(span.startMs, "startMs");
    QTEST(span.endMs, "endMs");
    QVERIFY(span.contains(now));
}

void tst_Budget::periodsTileTheCalendar_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("monthStartDay");
    QTest::newRow("week") << u"week"_s << 1;
    QTest::newRow("month") << u"month"_s << 1;
    QTest::newRow("month from the 30th") << u"month"_s << 30;
    QTest::newRow("quarter from the 31st") << u"quarter"_s << 31;
}

// Walking from one period's end to the next never skips or repeats a day, for two years, in a
// zone with DST.
void tst_Budget::periodsTileTheCalendar()
{
    QFETCH(QString, period);
    QFETCH(int, monthStartDay);
    Budget budget;
    budget.period = *budgetPeriodFromName(period);
    budget.timeZone = u"Europe/Berlin"_s;
    budget.monthStartDay = monthStartDay;
    BudgetPeriodSpan span = budgetPeriodAt(budget, utc(2026, 1, 1, 12));
    for (int i = 0; i < 120 && span.last.year() < 2028; ++i) {
        const BudgetPeriodSpan next = budgetPeriodAt(budget, span.endMs);
        QCOMPARE(next.first, span.last.addDays(1));
        QCOMPARE(next.startMs, span.endMs);
        QVERIFY(next.last >= next.first);
        span = next;
    }
}

void tst_Budget::unknownZoneFallsBackToUtc()
{
    Budget budget;
    budget.timeZone = u"Mars/Olympus"_s;
    QCOMPARE(budgetTimeZone(budget), QTimeZone::utc());
    budget.period = BudgetPeriod::Custom;
    budget.customFirst = QDate(2026, 11, 3);
    budget.customLast = QDate(2026, 11, 9);
    const BudgetPeriodSpan span = budgetPeriodAt(budget, utc(2026, 12, 25));
    QCOMPARE(span.first, QDate(2026, 11, 3));
    QCOMPARE(span.dayCount(), 7);
}

QTEST_GUILESS_MAIN(tst_Budget)
#include "tst_budget.moc"
