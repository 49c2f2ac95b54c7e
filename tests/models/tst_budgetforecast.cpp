#include "budgets/budgetforecast.h"

#include <QDateTime>

#include <functional>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 million = 1'000'000;
using DailySeries = QMap<QDate, qint64>;

qint64 utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// A named daily series: every day from `from` to `to` gets amountOf(day).
QMap<QDate, qint64> series(QDate from, QDate to, const std::function<qint64(QDate)> &amountOf)
{
    QMap<QDate, qint64> daily;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (const qint64 amount = amountOf(day))
            daily.insert(day, amount);
    }
    return daily;
}

BudgetPeriodSpan span(QDate first, QDate last)
{
    return {first, last, utc(first.year(), first.month(), first.day()),
            utc(last.year(), last.month(), last.day()) + 86'400'000};
}

} // namespace

Q_DECLARE_METATYPE(ForecastConfidence)
Q_DECLARE_METATYPE(BudgetPeriodSpan)

// Forecasts on fixed usage series (UTC): the pace, weekday weights, the period bound, the
// exhaustion instant and the confidence.
class tst_BudgetForecast : public QObject
{
    Q_OBJECT

private slots:
    void forecasts_data();
    void forecasts();
    void exceededHasNoExhaustion();
    void spikyUsageLowersConfidence();
};

void tst_BudgetForecast::forecasts_data()
{
    QTest::addColumn<BudgetPeriodSpan>("period");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<DailySeries>("daily");
    QTest::addColumn<qint64>("spent");
    QTest::addColumn<qint64>("atPeriodEnd");
    QTest::addColumn<qint64>("exhaustsAt"); // 0: none
    QTest::addColumn<ForecastConfidence>("confidence");

    const BudgetPeriodSpan november = span(QDate(2026, 11, 1), QDate(2026, 11, 30));
    // $10 every day for four weeks, and half a day's worth on the 15th by noon.
    QMap<QDate, qint64> steady
        = series(QDate(2026, 10, 18), QDate(2026, 11, 14), [](QDate) { return 10 * million; });
    steady.insert(QDate(2026, 11, 15), 5 * million);
    QTest::newRow("steady, under the limit")
        << november << utc(2026, 11, 15, 12) << 400 * million << steady << 145 * million
        << 300 * million << qint64(0) << ForecastConfidence::High;
    // 150 by the end of the 15th, then 10 a day: 250 is reached as the 25th ends.
    QTest::newRow("steady, runs out on the 25th")
        << november << utc(2026, 11, 15, 12) << 250 * million << steady << 145 * million
        << 300 * million << utc(2026, 11, 26) << ForecastConfidence::High;

    // Weekdays only. From Saturday the 21st: five weekdays and Monday the 30th remain, at the
    // weekday pace; a flat model would add weekend days too (221 instead of 210).
    const QMap<QDate, qint64> weekdays
        = series(QDate(2026, 10, 24), QDate(2026, 11, 20),
                 [](QDate day) { return day.dayOfWeek() <= 5 ? 10 * million : 0; });
    QTest::newRow("weekends are quiet")
        << november << utc(2026, 11, 21) << 1000 * million << weekdays << 150 * million
        << 210 * million << qint64(0) << ForecastConfidence::High;

    // A day period is bounded by its own end: at 18:00, a quarter of a day is left.
    const BudgetPeriodSpan today = span(QDate(2026, 11, 22), QDate(2026, 11, 22));
    QMap<QDate, qint64> daily
        = series(QDate(2026, 10, 25), QDate(2026, 11, 21), [](QDate) { return 8 * million; });
    daily.insert(QDate(2026, 11, 22), 7 * million);
    QTest::newRow("day period ends at midnight")
        << today << utc(2026, 11, 22, 18) << 100 * million << daily << 7 * million
        << 9 * million << qint64(0) << ForecastConfidence::High;

    // Nothing at all: nothing to project, no confidence.
    QTest::newRow("no usage") << november << utc(2026, 11, 15, 12) << 100 * million
                              << QMap<QDate, qint64>() << qint64(0) << qint64(0) << qint64(0)
                              << ForecastConfidence::None;

    // First day of use: today's spend so far stretched over the day, low confidence.
    QTest::newRow("first day of use")
        << today << utc(2026, 11, 22, 12) << 100 * million
        << QMap<QDate, qint64> {{QDate(2026, 11, 22), 6 * million}} << 6 * million
        << 12 * million << qint64(0) << ForecastConfidence::Low;

    // A budget added mid-period by a newcomer: history starts at their first day of use, not
    // four weeks of zeros. Three days at 20 → pace 20, medium needs a week: low.
    const QMap<QDate, qint64> newcomer
        = series(QDate(2026, 11, 12), QDate(2026, 11, 14), [](QDate) { return 20 * million; });
    QTest::newRow("newcomer") << november << utc(2026, 11, 15) << 1000 * million << newcomer
                              << 60 * million << 380 * million << qint64(0)
                              << ForecastConfidence::Low;

    // A custom period in the past: what was spent is final.
    QTest::newRow("period over") << span(QDate(2026, 10, 1), QDate(2026, 10, 31))
                                 << utc(2026, 11, 15) << 1000 * million << steady
                                 << 140 * million << 140 * million << qint64(0)
                                 << ForecastConfidence::High;
}

void tst_BudgetForecast::forecasts()
{
    QFETCH(BudgetPeriodSpan, period);
    QFETCH(qint64, now);
    QFETCH(qint64, limit);
    QFETCH(DailySeries, daily);
    ForecastInput input;
    input.period = period;
    input.zone = QTimeZone::utc();
    input.nowMs = now;
    input.limit = limit;
    input.daily = daily;
    const Forecast forecast = forecastBudget(input);
    QTEST(forecast.spent, "spent");
    // Rounding of fractional days may move the projection by a micro-dollar per day.
    QFETCH(qint64, atPeriodEnd);
    QVERIFY2(std::abs(forecast.atPeriodEnd - atPeriodEnd) <= 31,
             qPrintable(u"projected %1, expected %2"_s.arg(forecast.atPeriodEnd).arg(atPeriodEnd)));
    QFETCH(qint64, exhaustsAt);
    if (exhaustsAt == 0) {
        QVERIFY(!forecast.exhaustsAtMs);
    } else {
        QVERIFY(forecast.exhaustsAtMs);
        QVERIFY2(std::abs(*forecast.exhaustsAtMs - exhaustsAt) <= 1000,
                 qPrintable(QDateTime::fromMSecsSinceEpoch(*forecast.exhaustsAtMs, QTimeZone::utc())
                                .toString(Qt::ISODate)));
    }
    QTEST(forecast.confidence, "confidence");
    QVERIFY(forecast.atPeriodEnd >= forecast.spent);
}

void tst_BudgetForecast::exceededHasNoExhaustion()
{
    ForecastInput input;
    input.period = span(QDate(2026, 11, 1), QDate(2026, 11, 30));
    input.zone = QTimeZone::utc();
    input.nowMs = utc(2026, 11, 10);
    input.limit = 50 * million;
    input.daily
        = series(QDate(2026, 10, 1), QDate(2026, 11, 9), [](QDate) { return 10 * million; });
    const Forecast forecast = forecastBudget(input);
    QCOMPARE(forecast.spent, 90 * million);
    QVERIFY(!forecast.exhaustsAtMs);
    QVERIFY(forecast.exceededAtMs);
    QCOMPARE(forecast.atPeriodEnd, 300 * million);
}

// About the same total spent in bursts every fifth day instead of evenly: the forecast still has
// a pace, but says it is less sure.
void tst_BudgetForecast::spikyUsageLowersConfidence()
{
    ForecastInput input;
    input.period = span(QDate(2026, 11, 1), QDate(2026, 11, 30));
    input.zone = QTimeZone::utc();
    input.nowMs = utc(2026, 11, 15);
    input.limit = 1000 * million;
    input.daily = series(QDate(2026, 10, 18), QDate(2026, 11, 14),
                         [](QDate day) { return day.toJulianDay() % 5 ? 0 : 50 * million; });
    const Forecast spiky = forecastBudget(input);
    input.daily
        = series(QDate(2026, 10, 18), QDate(2026, 11, 14), [](QDate) { return 10 * million; });
    const Forecast steady = forecastBudget(input);
    QCOMPARE(steady.confidence, ForecastConfidence::High);
    QCOMPARE(spiky.confidence, ForecastConfidence::Low);
    QVERIFY(spiky.dailyRate > 0);
}

QTEST_GUILESS_MAIN(tst_BudgetForecast)
#include "tst_budgetforecast.moc"
