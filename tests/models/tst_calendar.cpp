#include "core/calendar.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

class tst_Calendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dayNumber_data();
    void dayNumber();
    void dayNumberRoundTrip();
    void localDayNumber_data();
    void localDayNumber();
    void startOfLocalDayMs_data();
    void startOfLocalDayMs();
    void startOfEveryDayIsLocalMidnight_data();
    void startOfEveryDayIsLocalMidnight();
    void isoWeekKey_data();
    void isoWeekKey();
    void monthAndDayKeys_data();
    void monthAndDayKeys();
    void parseDate_data();
    void parseDate();
};

void tst_Calendar::initTestCase()
{
    for (const char *id : {"Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Beirut"})
        QVERIFY2(QTimeZone(id).isValid(), id);
}

void tst_Calendar::dayNumber_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("number");
    QTest::newRow("epoch") << QDate(1970, 1, 1) << qint64(0);
    QTest::newRow("day after") << QDate(1970, 1, 2) << qint64(1);
    QTest::newRow("day before") << QDate(1969, 12, 31) << qint64(-1);
    QTest::newRow("y2k") << QDate(2000, 1, 1) << qint64(10'957);
    QTest::newRow("after a leap day") << QDate(2000, 3, 1) << qint64(11'017);
    QTest::newRow("2026-11-22") << QDate(2026, 11, 22) << qint64(20'779);
}

void tst_Calendar::dayNumber()
{
    QFETCH(QDate, date);
    QFETCH(qint64, number);
    QCOMPARE(Calendar::dayNumber(date), number);
    QCOMPARE(Calendar::dateOfDayNumber(number), date);
}

void tst_Calendar::dayNumberRoundTrip()
{
    // Every day from 1899 to 2101, across leap and century years.
    const QDate first(1899, 1, 1);
    const QDate last(2101, 12, 31);
    qint64 expected = Calendar::dayNumber(first);
    for (QDate date = first; date <= last; date = date.addDays(1), ++expected) {
        QCOMPARE(Calendar::dayNumber(date), expected);
        QCOMPARE(Calendar::dateOfDayNumber(expected), date);
    }
}

void tst_Calendar::localDayNumber_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QDate>("localDate");

    const auto row = [](const char *name, const char *zone, const char *instant, QDate date) {
        QTest::newRow(name) << QByteArray(zone) << QString::fromLatin1(instant) << date;
    };
    row("utc before epoch", "UTC", "1969-12-31T23:59:59.999Z", QDate(1969, 12, 31));
    row("utc epoch", "UTC", "1970-01-01T00:00:00.000Z", QDate(1970, 1, 1));

    // Berlin: CET (+1) in winter, CEST (+2) from 2026-03-29 01:00Z to 2026-10-25 01:00Z.
    row("berlin winter, last ms", "Europe/Berlin", "2026-01-15T22:59:59.999Z", QDate(2026, 1, 15));
    row("berlin winter, midnight", "Europe/Berlin", "2026-01-15T23:00:00.000Z", QDate(2026, 1, 16));
    row("berlin summer, last ms", "Europe/Berlin", "2026-07-01T21:59:59.999Z", QDate(2026, 7, 1));
    row("berlin summer, midnight", "Europe/Berlin", "2026-07-01T22:00:00.000Z", QDate(2026, 7, 2));
    row("berlin spring day starts", "Europe/Berlin", "2026-03-28T23:00:00.000Z",
        QDate(2026, 3, 29));
    row("berlin spring day ends", "Europe/Berlin", "2026-03-29T21:59:59.999Z", QDate(2026, 3, 29));
    row("berlin after spring day", "Europe/Berlin", "2026-03-29T22:00:00.000Z", QDate(2026, 3, 30));
    row("berlin autumn day starts", "Europe/Berlin", "2026-10-24T22:00:00.000Z",
        QDate(2026, 10, 25));
    row("berlin autumn day ends", "Europe/Berlin", "2026-10-25T22:59:59.999Z", QDate(2026, 10, 25));

    // New York: EST (−5), EDT (−4) from 2026-03-08 07:00Z to 2026-11-01 06:00Z.
    row("new york winter, last ms", "America/New_York", "2026-01-15T04:59:59.999Z",
        QDate(2026, 1, 14));
    row("new york winter, midnight", "America/New_York", "2026-01-15T05:00:00.000Z",
        QDate(2026, 1, 15));
    row("new york 03-08 before", "America/New_York", "2026-03-08T04:59:59.999Z", QDate(2026, 3, 7));
    row("new york 03-08 starts", "America/New_York", "2026-03-08T05:00:00.000Z", QDate(2026, 3, 8));
    row("new york 03-08 before gap", "America/New_York", "2026-03-08T06:59:59.999Z",
        QDate(2026, 3, 8));
    row("new york 03-08 after gap", "America/New_York", "2026-03-08T07:00:00.000Z",
        QDate(2026, 3, 8));
    row("new york 03-08 ends", "America/New_York", "2026-03-09T03:59:59.999Z", QDate(2026, 3, 8));
    row("new york 03-09 starts", "America/New_York", "2026-03-09T04:00:00.000Z", QDate(2026, 3, 9));
    row("new york 11-01 before", "America/New_York", "2026-11-01T03:59:59.999Z",
        QDate(2026, 10, 31));
    row("new york 11-01 starts", "America/New_York", "2026-11-01T04:00:00.000Z",
        QDate(2026, 11, 1));
    row("new york 11-01 repeated hour", "America/New_York", "2026-11-01T06:30:00.000Z",
        QDate(2026, 11, 1));
    row("new york 11-01 ends", "America/New_York", "2026-11-02T04:59:59.999Z", QDate(2026, 11, 1));
    row("new york 11-02 starts", "America/New_York", "2026-11-02T05:00:00.000Z",
        QDate(2026, 11, 2));

    // Kolkata: +5:30 all year, a half-hour offset.
    row("kolkata last ms", "Asia/Kolkata", "2026-11-21T18:29:59.999Z", QDate(2026, 11, 21));
    row("kolkata midnight", "Asia/Kolkata", "2026-11-21T18:30:00.000Z", QDate(2026, 11, 22));
    row("kolkata utc midnight", "Asia/Kolkata", "2026-11-22T00:00:00.000Z", QDate(2026, 11, 22));
    row("kolkata before epoch", "Asia/Kolkata", "1969-12-31T18:29:59.999Z", QDate(1969, 12, 31));
    row("kolkata epoch day", "Asia/Kolkata", "1969-12-31T18:30:00.000Z", QDate(1970, 1, 1));
}

void tst_Calendar::localDayNumber()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, instant);
    QFETCH(QDate, localDate);
    const QDateTime utc = QDateTime::fromString(instant, Qt::ISODateWithMs);
    QVERIFY(utc.isValid() && utc.timeSpec() == Qt::UTC);
    const qint64 day = Calendar::localDayNumber(utc.toMSecsSinceEpoch(), QTimeZone(zone));
    QCOMPARE(Calendar::dateOfDayNumber(day), localDate);
    QCOMPARE(day, Calendar::dayNumber(localDate));
}

void tst_Calendar::startOfLocalDayMs_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("start");

    const auto row = [](const char *name, const char *zone, QDate date, const char *start) {
        QTest::newRow(name) << QByteArray(zone) << date << QString::fromLatin1(start);
    };
    row("utc", "UTC", QDate(2026, 11, 22), "2026-11-22T00:00:00.000Z");
    row("berlin winter", "Europe/Berlin", QDate(2026, 1, 15), "2026-01-14T23:00:00.000Z");
    row("berlin spring switch day", "Europe/Berlin", QDate(2026, 3, 29),
        "2026-03-28T23:00:00.000Z");
    row("berlin first summer day", "Europe/Berlin", QDate(2026, 3, 30), "2026-03-29T22:00:00.000Z");
    row("berlin autumn switch day", "Europe/Berlin", QDate(2026, 10, 25),
        "2026-10-24T22:00:00.000Z");
    row("berlin first winter day", "Europe/Berlin", QDate(2026, 10, 26),
        "2026-10-25T23:00:00.000Z");
    row("new york 03-08", "America/New_York", QDate(2026, 3, 8), "2026-03-08T05:00:00.000Z");
    row("new york 03-09", "America/New_York", QDate(2026, 3, 9), "2026-03-09T04:00:00.000Z");
    row("new york 11-01", "America/New_York", QDate(2026, 11, 1), "2026-11-01T04:00:00.000Z");
    row("new york 11-02", "America/New_York", QDate(2026, 11, 2), "2026-11-02T05:00:00.000Z");
    row("kolkata", "Asia/Kolkata", QDate(2026, 11, 22), "2026-11-21T18:30:00.000Z");
    // Beirut springs forward at midnight: 00:00 does not exist, the day starts at 01:00 EEST.
    row("beirut midnight gap", "Asia/Beirut", QDate(2026, 3, 29), "2026-03-28T22:00:00.000Z");
    // ...and falls back at midnight into the previous day, so 10-25 starts once, at 00:00 EET.
    row("beirut midnight fall back", "Asia/Beirut", QDate(2026, 10, 25),
        "2026-10-24T22:00:00.000Z");
}

void tst_Calendar::startOfLocalDayMs()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QString, start);
    QCOMPARE(isoUtc(Calendar::startOfLocalDayMs(date, QTimeZone(zone))), start);
}

void tst_Calendar::startOfEveryDayIsLocalMidnight_data()
{
    QTest::addColumn<QByteArray>("zone");
    for (const char *zone :
         {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Beirut"})
        QTest::newRow(zone) << QByteArray(zone);
}

void tst_Calendar::startOfEveryDayIsLocalMidnight()
{
    // The two functions must agree on every day boundary of 2026, DST days included.
    QFETCH(QByteArray, zone);
    const QTimeZone timeZone(zone);
    for (QDate date(2026, 1, 1); date.year() == 2026; date = date.addDays(1)) {
        const qint64 start = Calendar::startOfLocalDayMs(date, timeZone);
        const qint64 day = Calendar::dayNumber(date);
        QVERIFY2(Calendar::localDayNumber(start, timeZone) == day,
                 qPrintable(date.toString(Qt::ISODate)));
        QVERIFY2(Calendar::localDayNumber(start - 1, timeZone) == day - 1,
                 qPrintable(date.toString(Qt::ISODate)));
        const qint64 length = Calendar::startOfLocalDayMs(date.addDays(1), timeZone) - start;
        QVERIFY2(length >= 23 * 3'600'000 && length <= 25 * 3'600'000,
                 qPrintable(date.toString(Qt::ISODate)));
    }
}

void tst_Calendar::isoWeekKey_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("key");
    QTest::newRow("header example") << QDate(2026, 11, 22) << u"2026-W47"_s;
    QTest::newRow("2026-01-01 is a Thursday in W01") << QDate(2026, 1, 1) << u"2026-W01"_s;
    QTest::newRow("Monday 2025-12-29 is 2026-W01") << QDate(2025, 12, 29) << u"2026-W01"_s;
    QTest::newRow("Sunday 2025-12-28 is 2025-W52") << QDate(2025, 12, 28) << u"2025-W52"_s;
    QTest::newRow("2026-12-28 starts W53") << QDate(2026, 12, 28) << u"2026-W53"_s;
    QTest::newRow("2027-01-01 is 2026-W53") << QDate(2027, 1, 1) << u"2026-W53"_s;
    QTest::newRow("2027-01-03 is 2026-W53") << QDate(2027, 1, 3) << u"2026-W53"_s;
    QTest::newRow("2027-01-04 is 2027-W01") << QDate(2027, 1, 4) << u"2027-W01"_s;
    QTest::newRow("2024-12-30 is 2025-W01") << QDate(2024, 12, 30) << u"2025-W01"_s;
    QTest::newRow("2021-01-03 is 2020-W53") << QDate(2021, 1, 3) << u"2020-W53"_s;
    QTest::newRow("single digit week is padded") << QDate(2026, 2, 9) << u"2026-W07"_s;
}

void tst_Calendar::isoWeekKey()
{
    QFETCH(QDate, date);
    QTEST(Calendar::isoWeekKey(date), "key");
}

void tst_Calendar::monthAndDayKeys_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("day");
    QTest::newRow("november") << QDate(2026, 11, 22) << u"2026-11"_s << u"2026-11-22"_s;
    QTest::newRow("january first") << QDate(2026, 1, 1) << u"2026-01"_s << u"2026-01-01"_s;
    QTest::newRow("new year's eve") << QDate(2026, 12, 31) << u"2026-12"_s << u"2026-12-31"_s;
    QTest::newRow("leap day") << QDate(2028, 2, 29) << u"2028-02"_s << u"2028-02-29"_s;
}

void tst_Calendar::monthAndDayKeys()
{
    QFETCH(QDate, date);
    QTEST(Calendar::monthKey(date), "month");
    QTEST(Calendar::dayKey(date), "day");
}

void tst_Calendar::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date"); // invalid: rejected

    QTest::newRow("plain") << u"2026-11-22"_s << QDate(2026, 11, 22);
    QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29);
    QTest::newRow("first day") << u"2026-01-01"_s << QDate(2026, 1, 1);

    const QDate rejected;
    QTest::newRow("empty") << QString() << rejected;
    QTest::newRow("single digit month") << u"2026-1-22"_s << rejected;
    QTest::newRow("single digit day") << u"2026-11-2"_s << rejected;
    QTest::newRow("two digit year") << u"26-11-22"_s << rejected;
    QTest::newRow("five digit year") << u"12026-11-22"_s << rejected;
    QTest::newRow("slashes") << u"2026/11/22"_s << rejected;
    QTest::newRow("compact") << u"20261122"_s << rejected;
    QTest::newRow("with time") << u"2026-11-22T00:00"_s << rejected;
    QTest::newRow("leading space") << u" 2026-11-22"_s << rejected;
    QTest::newRow("trailing space") << u"2026-11-22 "_s << rejected;
    QTest::newRow("trailing newline") << u"2026-11-22\n"_s << rejected;
    QTest::newRow("not a leap year") << u"2026-02-29"_s << rejected;
    QTest::newRow("month 13") << u"2026-13-01"_s << rejected;
    QTest::newRow("month 0") << u"2026-00-10"_s << rejected;
    QTest::newRow("day 0") << u"2026-11-00"_s << rejected;
    QTest::newRow("november 31") << u"2026-11-31"_s << rejected;
    QTest::newRow("signed year") << u"+2026-11-22"_s << rejected;
    QTest::newRow("fullwidth digits") << u"２０２６-11-22"_s << rejected;
    QTest::newRow("words") << u"yesterday"_s << rejected;
}

void tst_Calendar::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const std::optional<QDate> parsed = Calendar::parseDate(text);
    QCOMPARE(parsed.value_or(QDate()), date);
    QCOMPARE(parsed.has_value(), date.isValid());
}

QTEST_GUILESS_MAIN(tst_Calendar)
#include "tst_calendar.moc"
