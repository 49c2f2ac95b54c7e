#include "budgets/burndown.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 usd = 1'000'000;
constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 24 * hourMs;

qint64 at(const QDate &day, QTime time, const QTimeZone &zone)
{
    return QDateTime(day, time, zone).toMSecsSinceEpoch();
}

qint64 utc(int month, int day, int hour = 0)
{
    return at(QDate(2026, month, day), QTime(hour, 0), QTimeZone::utc());
}

// A month budget as BudgetEvaluator would leave it, built by hand: the period's local days and
// the instants they cover in the budget's zone, spend per day and a forecast.
BudgetEvaluation monthBudget(int month, const QString &zoneId, qint64 limitMicros,
                             const QMap<QDate, qint64> &daily, ForecastConfidence confidence,
                             qint64 atPeriodEnd)
{
    BudgetEvaluation evaluation;
    evaluation.budget.scope = BudgetScope::Person;
    evaluation.budget.scopeName = u"ben@example.com"_s;
    evaluation.budget.period = BudgetPeriod::Month;
    evaluation.budget.timeZone = zoneId;
    evaluation.budget.limitMicros = limitMicros;
    evaluation.limit = limitMicros;
    const QTimeZone zone(zoneId.toUtf8());
    const QDate first(2026, month, 1);
    evaluation.period.first = first;
    evaluation.period.last = first.addMonths(1).addDays(-1);
    evaluation.period.startMs = at(first, QTime(0, 0), zone);
    evaluation.period.endMs = at(first.addMonths(1), QTime(0, 0), zone);
    evaluation.daily = daily;
    for (const qint64 value : daily)
        evaluation.spent += value;
    evaluation.forecast.spent = evaluation.spent;
    evaluation.forecast.confidence = confidence;
    evaluation.forecast.atPeriodEnd = atPeriodEnd;
    return evaluation;
}

// November in UTC: spend on the 1st, 3rd, 10th, 21st and today (the 22nd) so far.
const QMap<QDate, qint64> novemberDaily = {
    {QDate(2026, 11, 1), 2 * usd},  {QDate(2026, 11, 3), 5 * usd},  {QDate(2026, 11, 10), 10 * usd},
    {QDate(2026, 11, 21), 3 * usd}, {QDate(2026, 11, 22), 4 * usd},
};
const qint64 novemberNow = utc(11, 22, 12);

QList<qint64> instants(const QList<BurnDownPoint> &points)
{
    QList<qint64> result;
    for (const BurnDownPoint &point : points)
        result.append(point.atMs);
    return result;
}

} // namespace

char *toString(const BurnDownPoint &point)
{
    return QTest::toString(
        u"%1: %2"_s
            .arg(QDateTime::fromMSecsSinceEpoch(point.atMs, QTimeZone::utc()).toString(Qt::ISODate))
            .arg(point.remaining));
}

// A budget period as a burn-down: the actual line through each finished day to now, the forecast
// to the end, the even pace, in UTC and across DST changes, overspent and after the end.
class tst_BurnDown : public QObject
{
    Q_OBJECT

private slots:
    void actualLineThroughEachFinishedDayToNow();
    void forecastFromNowToTheEnd();
    void noForecastWithoutConfidence();
    void forecastNeverBelowWhatIsSpent();
    void evenPace();
    void nowOnADayBoundary();
    void springForwardDayIs23Hours();
    void fallBackDayIs25HoursAndNowAfterTheEnd();
    void overspentGoesBelowZero();
    void nowAfterTheEnd();
    void tokensStayTokens();
    void invalidPeriodHasNoLines();
};

void tst_BurnDown::actualLineThroughEachFinishedDayToNow()
{
    const BudgetEvaluation evaluation = monthBudget(11, u"UTC"_s, 100 * usd, novemberDaily,
                                                    ForecastConfidence::Medium, 110 * usd);
    const BurnDown burnDown = burnDownOf(evaluation, novemberNow);
    QCOMPARE(burnDown.limit, 100 * usd);
    QVERIFY(!burnDown.inTokens);
    QCOMPARE(burnDown.startMs, utc(11, 1));
    QCOMPARE(burnDown.endMs, utc(12, 1));

    // The start with the whole limit, the ends of the 21 finished days, now.
    QCOMPARE(burnDown.actual.size(), 1 + 21 + 1);
    QCOMPARE(burnDown.actual.first(), (BurnDownPoint {utc(11, 1), 100 * usd}));
    for (int day = 1; day <= 21; ++day)
        QCOMPARE(burnDown.actual.at(day).atMs, utc(11, day + 1)); // the next day's midnight
    QCOMPARE(burnDown.actual.last(), (BurnDownPoint {novemberNow, 76 * usd}));

    // Remaining after each day, exactly: days without usage keep it level.
    const QMap<int, qint64> remainingAfter
        = {{1, 98 * usd},  {2, 98 * usd},  {3, 93 * usd}, {9, 93 * usd},
           {10, 83 * usd}, {20, 83 * usd}, {21, 80 * usd}};
    for (auto it = remainingAfter.cbegin(); it != remainingAfter.cend(); ++it)
        QCOMPARE(burnDown.actual.at(it.key()).remaining, it.value());
    for (int point = 1; point < burnDown.actual.size(); ++point)
        QVERIFY(burnDown.actual.at(point).remaining <= burnDown.actual.at(point - 1).remaining);
}

void tst_BurnDown::forecastFromNowToTheEnd()
{
    const BudgetEvaluation evaluation = monthBudget(11, u"UTC"_s, 100 * usd, novemberDaily,
                                                    ForecastConfidence::Medium, 110 * usd);
    const BurnDown burnDown = burnDownOf(evaluation, novemberNow);
    // From where the actual line ends to the period's end, 10 dollars past the limit.
    QCOMPARE(burnDown.forecast,
             (QList<BurnDownPoint> {{novemberNow, 76 * usd}, {utc(12, 1), -10 * usd}}));
    QCOMPARE(burnDown.forecast.first(), burnDown.actual.last());

    for (const ForecastConfidence confidence :
         {ForecastConfidence::Low, ForecastConfidence::High}) {
        const BurnDown other = burnDownOf(
            monthBudget(11, u"UTC"_s, 100 * usd, novemberDaily, confidence, 60 * usd), novemberNow);
        QCOMPARE(other.forecast,
                 (QList<BurnDownPoint> {{novemberNow, 76 * usd}, {utc(12, 1), 40 * usd}}));
    }
}

void tst_BurnDown::noForecastWithoutConfidence()
{
    const BudgetEvaluation evaluation
        = monthBudget(11, u"UTC"_s, 100 * usd, novemberDaily, ForecastConfidence::None, 110 * usd);
    const BurnDown burnDown = burnDownOf(evaluation, novemberNow);
    QVERIFY(burnDown.forecast.isEmpty());
    // The actual line and the even pace are drawn all the same.
    QCOMPARE(burnDown.actual.size(), 23);
    QCOMPARE(burnDown.actual.last(), (BurnDownPoint {novemberNow, 76 * usd}));
    QCOMPARE(burnDown.evenPace.size(), 2);
}

void tst_BurnDown::forecastNeverBelowWhatIsSpent()
{
    // A forecast that expects less than is already spent (24 dollars) ends where now is.
    const BudgetEvaluation evaluation
        = monthBudget(11, u"UTC"_s, 100 * usd, novemberDaily, ForecastConfidence::High, 10 * usd);
    const BurnDown burnDown = burnDownOf(evaluation, novemberNow);
    QCOMPARE(burnDown.forecast,
             (QList<BurnDownPoint> {{novemberNow, 76 * usd}, {utc(12, 1), 76 * usd}}));
}

void tst_BurnDown::evenPace()
{
    const BurnDown burnDown = burnDownOf(
        monthBudget(11, u"UTC"_s, 100 * usd, novemberDaily, ForecastConfidence::Medium, 110 * usd),
        novemberNow);
    QCOMPARE(burnDown.evenPace, (QList<BurnDownPoint> {{utc(11, 1), 100 * usd}, {utc(12, 1), 0}}));
    // The same whatever the spend or the instant.
    const BurnDown early = burnDownOf(
        monthBudget(11, u"UTC"_s, 100 * usd, {}, ForecastConfidence::None, 0), utc(11, 1, 6));
    QCOMPARE(early.evenPace, burnDown.evenPace);
    QCOMPARE(early.actual,
             (QList<BurnDownPoint> {{utc(11, 1), 100 * usd}, {utc(11, 1, 6), 100 * usd}}));
}

void tst_BurnDown::nowOnADayBoundary()
{
    // At midnight the 21st has just finished: its end is now, and no point is drawn twice.
    const BurnDown burnDown = burnDownOf(
        monthBudget(11, u"UTC"_s, 100 * usd, novemberDaily, ForecastConfidence::Medium, 110 * usd),
        utc(11, 22));
    QCOMPARE(burnDown.actual.size(), 1 + 21);
    QCOMPARE(burnDown.actual.last(), (BurnDownPoint {utc(11, 22), 80 * usd}));
    QCOMPARE(burnDown.actual.at(20), (BurnDownPoint {utc(11, 21), 83 * usd}));
    QCOMPARE(burnDown.forecast.first(), burnDown.actual.last());
}

// Berlin moves to summer time on 29 March 2026: that day is 23 hours long.
void tst_BurnDown::springForwardDayIs23Hours()
{
    const QTimeZone berlin("Europe/Berlin");
    const QMap<QDate, qint64> daily
        = {{QDate(2026, 3, 29), 7 * usd}, {QDate(2026, 3, 30), 1 * usd}};
    const BudgetEvaluation evaluation
        = monthBudget(3, u"Europe/Berlin"_s, 50 * usd, daily, ForecastConfidence::Medium, 30 * usd);
    const qint64 now = at(QDate(2026, 3, 30), QTime(12, 0), berlin); // 10:00 UTC
    const BurnDown burnDown = burnDownOf(evaluation, now);
    QCOMPARE(burnDown.startMs, utc(2, 28, 23)); // midnight of 1 March, CET
    QCOMPARE(burnDown.endMs, utc(3, 31, 22)); // midnight of 1 April, CEST

    // Start, 29 finished days, now.
    QCOMPARE(burnDown.actual.size(), 1 + 29 + 1);
    const QList<qint64> points = instants(burnDown.actual);
    for (int day = 1; day <= 28; ++day) {
        QCOMPARE(points.at(day), utc(3, day, 23)); // local midnight in winter time
        QCOMPARE(points.at(day) - points.at(day - 1), dayMs);
    }
    QCOMPARE(points.at(29), utc(3, 29, 22)); // midnight of the 30th in summer time
    QCOMPARE(points.at(29) - points.at(28), 23 * hourMs);
    QCOMPARE(burnDown.actual.at(28).remaining, 50 * usd);
    QCOMPARE(burnDown.actual.at(29).remaining, 43 * usd);
    QCOMPARE(burnDown.actual.last(), (BurnDownPoint {now, 42 * usd}));
    QCOMPARE(burnDown.forecast,
             (QList<BurnDownPoint> {{now, 42 * usd}, {utc(3, 31, 22), 20 * usd}}));
}

// Berlin moves back to winter time on 25 October 2026: that day is 25 hours long. Seen after the
// month is over, the line runs to the period's end and no forecast is left.
void tst_BurnDown::fallBackDayIs25HoursAndNowAfterTheEnd()
{
    const QMap<QDate, qint64> daily
        = {{QDate(2026, 10, 25), 9 * usd}, {QDate(2026, 10, 31), 1 * usd}};
    const BudgetEvaluation evaluation
        = monthBudget(10, u"Europe/Berlin"_s, 50 * usd, daily, ForecastConfidence::High, 30 * usd);
    const BurnDown burnDown = burnDownOf(evaluation, utc(11, 2, 12));
    QCOMPARE(burnDown.startMs, utc(9, 30, 22)); // midnight of 1 October, CEST
    QCOMPARE(burnDown.endMs, utc(10, 31, 23)); // midnight of 1 November, CET

    QCOMPARE(burnDown.actual.size(), 1 + 31);
    const QList<qint64> points = instants(burnDown.actual);
    QCOMPARE(points.at(24), utc(10, 24, 22)); // midnight of the 25th, still summer time
    QCOMPARE(points.at(25), utc(10, 25, 23)); // midnight of the 26th, winter time
    QCOMPARE(points.at(25) - points.at(24), 25 * hourMs);
    for (int day = 1; day <= 31; ++day) {
        if (day != 25)
            QCOMPARE(points.at(day) - points.at(day - 1), dayMs);
    }
    QCOMPARE(burnDown.actual.at(24).remaining, 50 * usd);
    QCOMPARE(burnDown.actual.at(25).remaining, 41 * usd);
    QCOMPARE(burnDown.actual.last(), (BurnDownPoint {burnDown.endMs, 40 * usd}));
    QVERIFY(burnDown.forecast.isEmpty());
}

void tst_BurnDown::overspentGoesBelowZero()
{
    const QMap<QDate, qint64> daily = {{QDate(2026, 11, 2), 6 * usd},
                                       {QDate(2026, 11, 3), 7 * usd},
                                       {QDate(2026, 11, 4), 2 * usd}};
    const BudgetEvaluation evaluation
        = monthBudget(11, u"UTC"_s, 10 * usd, daily, ForecastConfidence::Medium, 60 * usd);
    QCOMPARE(evaluation.remaining(), 0); // what the table shows; the chart goes below
    const qint64 now = utc(11, 4, 12);
    const BurnDown burnDown = burnDownOf(evaluation, now);
    QCOMPARE(burnDown.actual,
             (QList<BurnDownPoint> {{utc(11, 1), 10 * usd},
                                    {utc(11, 2), 10 * usd},
                                    {utc(11, 3), 4 * usd},
                                    {utc(11, 4), -3 * usd},
                                    {now, -5 * usd}}));
    QCOMPARE(burnDown.forecast, (QList<BurnDownPoint> {{now, -5 * usd}, {utc(12, 1), -50 * usd}}));
    QCOMPARE(burnDown.evenPace.last(), (BurnDownPoint {utc(12, 1), 0}));
}

void tst_BurnDown::nowAfterTheEnd()
{
    const BudgetEvaluation evaluation
        = monthBudget(11, u"UTC"_s, 100 * usd, novemberDaily, ForecastConfidence::High, 110 * usd);
    for (const qint64 now : {utc(12, 1), utc(12, 1, 1), utc(12, 20)}) {
        const BurnDown burnDown = burnDownOf(evaluation, now);
        QCOMPARE(burnDown.actual.size(), 1 + 30);
        QCOMPARE(burnDown.actual.last(), (BurnDownPoint {utc(12, 1), 76 * usd}));
        QCOMPARE(burnDown.actual.at(29), (BurnDownPoint {utc(11, 30), 76 * usd}));
        QVERIFY(burnDown.forecast.isEmpty());
    }
}

void tst_BurnDown::tokensStayTokens()
{
    BudgetEvaluation evaluation = monthBudget(11, u"UTC"_s, 0, {}, ForecastConfidence::Low, 0);
    evaluation.budget.limitMicros.reset();
    evaluation.budget.limitTokens = 1'000'000;
    evaluation.limit = 1'000'000;
    evaluation.daily = {{QDate(2026, 11, 1), 250'000}, {QDate(2026, 11, 2), 100'000}};
    evaluation.forecast.atPeriodEnd = 1'200'000;
    const qint64 now = utc(11, 2, 18);
    const BurnDown burnDown = burnDownOf(evaluation, now);
    QVERIFY(burnDown.inTokens);
    QCOMPARE(burnDown.limit, 1'000'000);
    QCOMPARE(
        burnDown.actual,
        (QList<BurnDownPoint> {{utc(11, 1), 1'000'000}, {utc(11, 2), 750'000}, {now, 650'000}}));
    QCOMPARE(burnDown.forecast, (QList<BurnDownPoint> {{now, 650'000}, {utc(12, 1), -200'000}}));
    QCOMPARE(burnDown.evenPace.first(), (BurnDownPoint {utc(11, 1), 1'000'000}));
}

void tst_BurnDown::invalidPeriodHasNoLines()
{
    BudgetEvaluation evaluation;
    evaluation.limit = 100 * usd;
    evaluation.forecast.confidence = ForecastConfidence::High;
    const BurnDown burnDown = burnDownOf(evaluation, novemberNow);
    QCOMPARE(burnDown.limit, 100 * usd);
    QVERIFY(burnDown.actual.isEmpty());
    QVERIFY(burnDown.forecast.isEmpty());
    QVERIFY(burnDown.evenPace.isEmpty());
}

QTEST_GUILESS_MAIN(tst_BurnDown)
#include "tst_burndown.moc"
