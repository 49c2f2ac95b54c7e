#include "analytics/reportperiod.h"
#include "support/fakeclock.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Failure messages name the days.
char *toString(const DateSpan &span)
{
    return QTest::toString(span.first.toString(Qt::ISODate) + u" – "_s
                           + span.last.toString(Qt::ISODate));
}

// The dashboard's periods: the days each covers on a given day, the keys settings store, and the
// span "versus last period" compares with.
class tst_ReportPeriod : public QObject
{
    Q_OBJECT

private slots:
    void thisWeek_data();
    void thisWeek();
    void thisQuarter_data();
    void thisQuarter();
    void custom_data();
    void custom();
    void keysRoundTrip();
    void unknownKeys();
    void previousSpan_data();
    void previousSpan();
    void previousSpanOfComputedPeriods_data();
    void previousSpanOfComputedPeriods();
    void todayInTheZone();
    void dayKeysOfASpan();
};

void tst_ReportPeriod::thisWeek_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<Qt::DayOfWeek>("weekStart");
    QTest::addColumn<QDate>("first");
    // 2026-11-16 is a Monday, 2026-11-22 a Sunday.
    QTest::newRow("Wednesday, weeks from Monday")
        << QDate(2026, 11, 18) << Qt::Monday << QDate(2026, 11, 16);
    QTest::newRow("Wednesday, weeks from Sunday")
        << QDate(2026, 11, 18) << Qt::Sunday << QDate(2026, 11, 15);
    QTest::newRow("Monday is the first day of a Monday week")
        << QDate(2026, 11, 16) << Qt::Monday << QDate(2026, 11, 16);
    QTest::newRow("Sunday is the first day of a Sunday week")
        << QDate(2026, 11, 22) << Qt::Sunday << QDate(2026, 11, 22);
    QTest::newRow("Sunday is the last day of a Monday week")
        << QDate(2026, 11, 22) << Qt::Monday << QDate(2026, 11, 16);
    QTest::newRow("Monday is the second day of a Sunday week")
        << QDate(2026, 11, 23) << Qt::Sunday << QDate(2026, 11, 22);
    QTest::newRow("Saturday week") << QDate(2026, 11, 18) << Qt::Saturday << QDate(2026, 11, 14);
    QTest::newRow("across the new year")
        << QDate(2027, 1, 1) << Qt::Monday << QDate(2026, 12, 28); // a Friday
}

void tst_ReportPeriod::thisWeek()
{
    QFETCH(QDate, today);
    QFETCH(Qt::DayOfWeek, weekStart);
    QFETCH(QDate, first);
    const DateSpan span = reportPeriodDays(ReportPeriod::ThisWeek, today, weekStart);
    QCOMPARE(span.first, first);
    QCOMPARE(span.last, today); // days still to come have no usage
    QCOMPARE(span.first.dayOfWeek(), int(weekStart));
    QVERIFY(span.days() >= 1 && span.days() <= 7);
}

void tst_ReportPeriod::thisQuarter_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("first");
    QTest::newRow("1 January") << QDate(2026, 1, 1) << QDate(2026, 1, 1);
    QTest::newRow("Q1, mid-February") << QDate(2026, 2, 14) << QDate(2026, 1, 1);
    QTest::newRow("Q1, 31 March") << QDate(2026, 3, 31) << QDate(2026, 1, 1);
    QTest::newRow("Q2, 1 April") << QDate(2026, 4, 1) << QDate(2026, 4, 1);
    QTest::newRow("Q2, 30 June") << QDate(2026, 6, 30) << QDate(2026, 4, 1);
    QTest::newRow("Q3, 1 July") << QDate(2026, 7, 1) << QDate(2026, 7, 1);
    QTest::newRow("Q3, mid-August") << QDate(2026, 8, 15) << QDate(2026, 7, 1);
    QTest::newRow("Q3, 30 September") << QDate(2026, 9, 30) << QDate(2026, 7, 1);
    QTest::newRow("Q4, 1 October") << QDate(2026, 10, 1) << QDate(2026, 10, 1);
    QTest::newRow("Q4, 22 November") << QDate(2026, 11, 22) << QDate(2026, 10, 1);
    QTest::newRow("Q4, 31 December") << QDate(2026, 12, 31) << QDate(2026, 10, 1);
}

void tst_ReportPeriod::thisQuarter()
{
    QFETCH(QDate, today);
    QFETCH(QDate, first);
    // The week start does not move a quarter.
    for (const Qt::DayOfWeek weekStart : {Qt::Monday, Qt::Sunday}) {
        const DateSpan span = reportPeriodDays(ReportPeriod::ThisQuarter, today, weekStart);
        QCOMPARE(span.first, first);
        QCOMPARE(span.last, today);
    }
}

void tst_ReportPeriod::custom_data()
{
    QTest::addColumn<DateSpan>("custom");
    QTest::addColumn<DateSpan>("expected");
    const DateSpan october {QDate(2026, 10, 3), QDate(2026, 10, 17)};
    QTest::newRow("a span in the past") << october << october;
    const DateSpan oneDay {QDate(2026, 11, 5), QDate(2026, 11, 5)};
    QTest::newRow("one day") << oneDay << oneDay;
    const DateSpan acrossToday {QDate(2026, 11, 20), QDate(2026, 11, 30)};
    QTest::newRow("past today is kept as picked") << acrossToday << acrossToday;
    QTest::newRow("last before first")
        << DateSpan {QDate(2026, 10, 17), QDate(2026, 10, 3)} << DateSpan {};
    QTest::newRow("no first day") << DateSpan {QDate(), QDate(2026, 10, 3)} << DateSpan {};
    QTest::newRow("nothing picked") << DateSpan {} << DateSpan {};
}

void tst_ReportPeriod::custom()
{
    QFETCH(DateSpan, custom);
    QFETCH(DateSpan, expected);
    const DateSpan span
        = reportPeriodDays(ReportPeriod::Custom, QDate(2026, 11, 22), Qt::Monday, custom);
    QCOMPARE(span, expected);
    QCOMPARE(span.isValid(), expected.isValid());
    QCOMPARE(span.days(), expected.isValid() ? expected.first.daysTo(expected.last) + 1 : 0);
    // Other periods ignore a custom span.
    QCOMPARE(reportPeriodDays(ReportPeriod::ThisMonth, QDate(2026, 11, 22), Qt::Monday, custom),
             (DateSpan {QDate(2026, 11, 1), QDate(2026, 11, 22)}));
}

void tst_ReportPeriod::keysRoundTrip()
{
    // The keys are stored in settings and typed on the command line: they must not change.
    const QList<std::pair<ReportPeriod, QString>> expected = {
        {ReportPeriod::ThisWeek, u"this-week"_s},
        {ReportPeriod::ThisMonth, u"this-month"_s},
        {ReportPeriod::LastMonth, u"last-month"_s},
        {ReportPeriod::ThisQuarter, u"this-quarter"_s},
        {ReportPeriod::Last30Days, u"last-30-days"_s},
        {ReportPeriod::Last90Days, u"last-90-days"_s},
        {ReportPeriod::Custom, u"custom"_s},
    };
    const QList<ReportPeriod> all = allReportPeriods();
    QCOMPARE(all.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &[period, key] = expected.at(i);
        QCOMPARE(all.at(i), period); // the selector's order
        QCOMPARE(reportPeriodKey(period), key);
        const std::optional<ReportPeriod> back = reportPeriodFromKey(key);
        QVERIFY2(back, qPrintable(key));
        QCOMPARE(*back, period);
    }
}

void tst_ReportPeriod::unknownKeys()
{
    for (const QString &key :
         {u""_s, u"this-year"_s, u"thismonth"_s, u" this-month"_s, u"last-7-days"_s})
        QVERIFY2(!reportPeriodFromKey(key), qPrintable(key));
}

void tst_ReportPeriod::previousSpan_data()
{
    QTest::addColumn<ReportPeriod>("period");
    QTest::addColumn<DateSpan>("span");
    QTest::addColumn<DateSpan>("expected");
    const auto days = [](int y1, int m1, int d1, int y2, int m2, int d2) {
        return DateSpan {QDate(y1, m1, d1), QDate(y2, m2, d2)};
    };

    // A calendar month so far: the same days of the month before, clamped to that month's end.
    QTest::newRow("this month, 1-22 Nov")
        << ReportPeriod::ThisMonth << days(2026, 11, 1, 2026, 11, 22)
        << days(2026, 10, 1, 2026, 10, 22);
    QTest::newRow("this month, its first day")
        << ReportPeriod::ThisMonth << days(2026, 1, 1, 2026, 1, 1)
        << days(2025, 12, 1, 2025, 12, 1);
    QTest::newRow("this month, 31 Mar → 28 Feb")
        << ReportPeriod::ThisMonth << days(2026, 3, 1, 2026, 3, 31)
        << days(2026, 2, 1, 2026, 2, 28);
    QTest::newRow("this month, 30 Mar → 28 Feb")
        << ReportPeriod::ThisMonth << days(2026, 3, 1, 2026, 3, 30)
        << days(2026, 2, 1, 2026, 2, 28);
    QTest::newRow("this month, 28 Mar → 28 Feb")
        << ReportPeriod::ThisMonth << days(2026, 3, 1, 2026, 3, 28)
        << days(2026, 2, 1, 2026, 2, 28);
    QTest::newRow("this month, 31 Mar of a leap year → 29 Feb")
        << ReportPeriod::ThisMonth << days(2024, 3, 1, 2024, 3, 31)
        << days(2024, 2, 1, 2024, 2, 29);
    QTest::newRow("this month, 31 May → 30 Apr")
        << ReportPeriod::ThisMonth << days(2026, 5, 1, 2026, 5, 31)
        << days(2026, 4, 1, 2026, 4, 30);
    QTest::newRow("this month, 28 Feb → 28 Jan")
        << ReportPeriod::ThisMonth << days(2026, 2, 1, 2026, 2, 28)
        << days(2026, 1, 1, 2026, 1, 28);

    // Last month is a whole month: the whole month before, however long either is.
    QTest::newRow("last month, October → September")
        << ReportPeriod::LastMonth << days(2026, 10, 1, 2026, 10, 31)
        << days(2026, 9, 1, 2026, 9, 30);
    QTest::newRow("last month, March → February")
        << ReportPeriod::LastMonth << days(2026, 3, 1, 2026, 3, 31)
        << days(2026, 2, 1, 2026, 2, 28);
    QTest::newRow("last month, February → January")
        << ReportPeriod::LastMonth << days(2026, 2, 1, 2026, 2, 28)
        << days(2026, 1, 1, 2026, 1, 31);
    QTest::newRow("last month, February of a leap year → January")
        << ReportPeriod::LastMonth << days(2024, 2, 1, 2024, 2, 29)
        << days(2024, 1, 1, 2024, 1, 31);
    QTest::newRow("last month, April → March")
        << ReportPeriod::LastMonth << days(2026, 4, 1, 2026, 4, 30)
        << days(2026, 3, 1, 2026, 3, 31);
    QTest::newRow("last month, January → December")
        << ReportPeriod::LastMonth << days(2026, 1, 1, 2026, 1, 31)
        << days(2025, 12, 1, 2025, 12, 31);

    // Everything else: the same number of days just before.
    QTest::newRow("30 days") << ReportPeriod::Last30Days << days(2026, 10, 24, 2026, 11, 22)
                             << days(2026, 9, 24, 2026, 10, 23);
    QTest::newRow("90 days") << ReportPeriod::Last90Days << days(2026, 8, 25, 2026, 11, 22)
                             << days(2026, 5, 27, 2026, 8, 24);
    QTest::newRow("30 days starting on the 1st")
        << ReportPeriod::Last30Days << days(2026, 11, 1, 2026, 11, 30)
        << days(2026, 10, 2, 2026, 10, 31);
    QTest::newRow("this week so far") << ReportPeriod::ThisWeek << days(2026, 11, 16, 2026, 11, 18)
                                      << days(2026, 11, 13, 2026, 11, 15);
    QTest::newRow("a whole week") << ReportPeriod::ThisWeek << days(2026, 11, 16, 2026, 11, 22)
                                  << days(2026, 11, 9, 2026, 11, 15);
    QTest::newRow("a week on its first day")
        << ReportPeriod::ThisWeek << days(2026, 11, 1, 2026, 11, 1)
        << days(2026, 10, 31, 2026, 10, 31);
    QTest::newRow("this quarter so far")
        << ReportPeriod::ThisQuarter << days(2026, 10, 1, 2026, 11, 22)
        << days(2026, 8, 9, 2026, 9, 30);
    QTest::newRow("custom") << ReportPeriod::Custom << days(2026, 11, 10, 2026, 11, 12)
                            << days(2026, 11, 7, 2026, 11, 9);
    QTest::newRow("custom month is not a calendar month")
        << ReportPeriod::Custom << days(2026, 3, 1, 2026, 3, 31) << days(2026, 1, 29, 2026, 2, 28);
    QTest::newRow("invalid span") << ReportPeriod::Last30Days << days(2026, 11, 22, 2026, 11, 1)
                                  << DateSpan {};
}

void tst_ReportPeriod::previousSpan()
{
    QFETCH(ReportPeriod, period);
    QFETCH(DateSpan, span);
    QFETCH(DateSpan, expected);
    const DateSpan before = ::previousSpan(period, span);
    QCOMPARE(before, expected);
    if (!expected.isValid())
        return;
    QVERIFY(before.last < span.first);
    if (period != ReportPeriod::ThisMonth && period != ReportPeriod::LastMonth) {
        QCOMPARE(before.days(), span.days());
        QCOMPARE(before.last.addDays(1), span.first); // just before, no gap
    }
}

// The spans the selector really produces on a day, and what they are compared with.
void tst_ReportPeriod::previousSpanOfComputedPeriods_data()
{
    QTest::addColumn<ReportPeriod>("period");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<DateSpan>("expected");
    QTest::newRow("this month on 31 Mar 2024") << ReportPeriod::ThisMonth << QDate(2024, 3, 31)
                                               << DateSpan {QDate(2024, 2, 1), QDate(2024, 2, 29)};
    QTest::newRow("last month on 15 Mar 2026") << ReportPeriod::LastMonth << QDate(2026, 3, 15)
                                               << DateSpan {QDate(2026, 1, 1), QDate(2026, 1, 31)};
    QTest::newRow("this week on Sunday 22 Nov")
        << ReportPeriod::ThisWeek << QDate(2026, 11, 22)
        << DateSpan {QDate(2026, 11, 9), QDate(2026, 11, 15)};
    QTest::newRow("30 days on 1 Mar") << ReportPeriod::Last30Days << QDate(2026, 3, 1)
                                      << DateSpan {QDate(2026, 1, 1), QDate(2026, 1, 30)};
}

void tst_ReportPeriod::previousSpanOfComputedPeriods()
{
    QFETCH(ReportPeriod, period);
    QFETCH(QDate, today);
    QFETCH(DateSpan, expected);
    QCOMPARE(::previousSpan(period, reportPeriodDays(period, today)), expected);
}

void tst_ReportPeriod::todayInTheZone()
{
    // 23:30 UTC on the 22nd is already the 23rd in Berlin, still the 22nd in Los Angeles.
    const FakeClock clock(QDateTime(QDate(2026, 11, 22), QTime(23, 30), QTimeZone::utc()));
    QCOMPARE(todayIn(clock, QTimeZone("Europe/Berlin")), QDate(2026, 11, 23));
    QCOMPARE(todayIn(clock, QTimeZone("America/Los_Angeles")), QDate(2026, 11, 22));
    QCOMPARE(todayIn(clock, QTimeZone()), QDate(2026, 11, 22)); // invalid: UTC
}

void tst_ReportPeriod::dayKeysOfASpan()
{
    QCOMPARE(dayKeys({QDate(2026, 10, 30), QDate(2026, 11, 2)}),
             (QStringList {u"2026-10-30"_s, u"2026-10-31"_s, u"2026-11-01"_s, u"2026-11-02"_s}));
    QCOMPARE(dayKeys({QDate(2026, 11, 2), QDate(2026, 11, 2)}), QStringList {u"2026-11-02"_s});
    QVERIFY(dayKeys({QDate(2026, 11, 2), QDate(2026, 11, 1)}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ReportPeriod)
#include "tst_reportperiod.moc"
