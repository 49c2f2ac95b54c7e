#include "core/money.h"

#include <QTest>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();

// QTest prints optionals badly; compare them as text ("nullopt" or the number).
QString describe(std::optional<qint64> value)
{
    return value ? QString::number(*value) : u"nullopt"_s;
}

} // namespace

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void parseDecimalUsd_data();
    void parseDecimalUsd();
    void parseDecimalUsdRejects_data();
    void parseDecimalUsdRejects();
    void parseDecimalCents_data();
    void parseDecimalCents();
    void toDecimalString_data();
    void toDecimalString();
    void formatUsd_data();
    void formatUsd();
    void formatUsdNeverShowsNegativeZero_data();
    void formatUsdNeverShowsNegativeZero();
    void divideRounded_data();
    void divideRounded();
    void scaleFloorAndCeiling_data();
    void scaleFloorAndCeiling();
};

void tst_Money::parseDecimalUsd_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");

    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("whole dollars") << u"1"_s << qint64(1'000'000);
    QTest::newRow("six decimals") << u"12.345678"_s << qint64(12'345'678);
    QTest::newRow("two decimals") << u"0.25"_s << qint64(250'000);
    QTest::newRow("leading point") << u".5"_s << qint64(500'000);
    QTest::newRow("trailing point") << u"5."_s << qint64(5'000'000);
    QTest::newRow("leading zeros") << u"000012.5"_s << qint64(12'500'000);
    QTest::newRow("surrounding space") << u"  3.25 "_s << qint64(3'250'000);
    QTest::newRow("plus sign") << u"+2"_s << qint64(2'000'000);
    QTest::newRow("negative") << u"-1.5"_s << qint64(-1'500'000);
    QTest::newRow("negative micro") << u"-0.000001"_s << qint64(-1);
    QTest::newRow("negative zero") << u"-0.0"_s << qint64(0);
    QTest::newRow("large") << u"999999999999"_s << qint64(999'999'999'999'000'000);

    QTest::newRow("exponent negative") << u"1.5e-3"_s << qint64(1'500);
    QTest::newRow("exponent upper case") << u"1.5E3"_s << qint64(1'500'000'000);
    QTest::newRow("exponent with plus") << u"2e+2"_s << qint64(200'000'000);
    QTest::newRow("exponent zero") << u"7e0"_s << qint64(7'000'000);
    QTest::newRow("negative with exponent") << u"-2.5e-1"_s << qint64(-250'000);
    QTest::newRow("per-token price") << u"3e-06"_s << qint64(3);
    QTest::newRow("json double") << u"1.875e-05"_s << qint64(19); // 18.75 micros, half up

    // Below a micro-dollar: half away from zero, decided by the first dropped digit.
    QTest::newRow("half micro") << u"0.0000005"_s << qint64(1);
    QTest::newRow("just under half") << u"0.00000049999"_s << qint64(0);
    QTest::newRow("negative half") << u"-0.0000005"_s << qint64(-1);
    QTest::newRow("negative under half") << u"-0.00000049"_s << qint64(0);
    QTest::newRow("one and a half micros") << u"0.0000015"_s << qint64(2);
    QTest::newRow("round up carries") << u"1.9999995"_s << qint64(2'000'000);
    QTest::newRow("round down") << u"1.2345674"_s << qint64(1'234'567);
    QTest::newRow("round half up") << u"1.2345675"_s << qint64(1'234'568);
    QTest::newRow("negative round half") << u"-1.2345675"_s << qint64(-1'234'568);
    QTest::newRow("tiny exponent rounds up") << u"5e-7"_s << qint64(1);
    QTest::newRow("tiny exponent rounds down") << u"4.9e-7"_s << qint64(0);
    QTest::newRow("far below a micro") << u"0.000000000000000000001"_s << qint64(0);
    QTest::newRow("many trailing zeros") << u"1.000000000000000000000000000"_s << qint64(1'000'000);
}

void tst_Money::parseDecimalUsd()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);
    QCOMPARE(describe(Money::parseDecimalUsd(text)), QString::number(micros));
}

void tst_Money::parseDecimalUsdRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("two points") << u"1.2.3"_s;
    QTest::newRow("huge exponent") << u"1e999"_s;
    QTest::newRow("huge negative exponent") << u"1e-999"_s;
    QTest::newRow("exponent without digits") << u"1e"_s;
    QTest::newRow("exponent sign only") << u"1e-"_s;
    QTest::newRow("exponent only") << u"e5"_s;
    QTest::newRow("fractional exponent") << u"1e1.5"_s;
    QTest::newRow("space before exponent digits") << u"1e 3"_s;
    QTest::newRow("space before exponent") << u"1 e3"_s;
    QTest::newRow("two exponent signs") << u"1e+-3"_s;
    QTest::newRow("two exponents") << u"1e2e3"_s;
    QTest::newRow("sign only") << u"-"_s;
    QTest::newRow("point only") << u"."_s;
    QTest::newRow("two signs") << u"--1"_s;
    QTest::newRow("comma decimal") << u"1,5"_s;
    QTest::newRow("dollar sign") << u"$1"_s;
    QTest::newRow("inner space") << u"1 2"_s;
    QTest::newRow("trailing letters") << u"12abc"_s;
    QTest::newRow("hex") << u"0x10"_s;
    QTest::newRow("nan") << u"nan"_s;
    QTest::newRow("inf") << u"inf"_s;
    QTest::newRow("arabic-indic digit") << u"\u0661"_s;
    QTest::newRow("beyond qint64") << u"99999999999999999999"_s;
    QTest::newRow("beyond qint64 by exponent") << u"1e20"_s;
}

void tst_Money::parseDecimalUsdRejects()
{
    QFETCH(QString, text);
    QCOMPARE(describe(Money::parseDecimalUsd(text)), u"nullopt"_s);
    QCOMPARE(describe(Money::parseDecimalCents(text)), u"nullopt"_s);
}

void tst_Money::parseDecimalCents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("header example") << u"123.4567"_s << qint64(1'234'567);
    QTest::newRow("one cent") << u"1"_s << qint64(10'000);
    QTest::newRow("one dollar") << u"100"_s << qint64(1'000'000);
    QTest::newRow("negative") << u"-2.5"_s << qint64(-25'000);
    QTest::newRow("exponent") << u"1.5e2"_s << qint64(1'500'000);
    QTest::newRow("half micro") << u"0.00005"_s << qint64(1);
    QTest::newRow("under half micro") << u"0.000049"_s << qint64(0);
    QTest::newRow("negative half micro") << u"-0.00005"_s << qint64(-1);
}

void tst_Money::parseDecimalCents()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);
    QCOMPARE(describe(Money::parseDecimalCents(text)), QString::number(micros));
}

void tst_Money::toDecimalString_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");

    QTest::newRow("six") << qint64(12'345'678) << 6 << u"12.345678"_s;
    QTest::newRow("two, rounded") << qint64(12'345'678) << 2 << u"12.35"_s;
    QTest::newRow("none") << qint64(12'345'678) << 0 << u"12"_s;
    QTest::newRow("zero") << qint64(0) << 6 << u"0.000000"_s;
    QTest::newRow("zero, two") << qint64(0) << 2 << u"0.00"_s;
    QTest::newRow("one micro") << qint64(1) << 6 << u"0.000001"_s;
    QTest::newRow("padded fraction") << qint64(1'050'000) << 2 << u"1.05"_s;
    QTest::newRow("half cent up") << qint64(5'000) << 2 << u"0.01"_s;
    QTest::newRow("under half cent") << qint64(4'999) << 2 << u"0.00"_s;
    QTest::newRow("carry into units") << qint64(999'999) << 2 << u"1.00"_s;
    QTest::newRow("half dollar up") << qint64(2'500'000) << 0 << u"3"_s;
    QTest::newRow("negative") << qint64(-12'345'678) << 2 << u"-12.35"_s;
    QTest::newRow("negative micro") << qint64(-1) << 6 << u"-0.000001"_s;
    QTest::newRow("negative half cent") << qint64(-5'000) << 2 << u"-0.01"_s;
    QTest::newRow("negative half dollar") << qint64(-2'500'000) << 0 << u"-3"_s;
    QTest::newRow("max") << int64Max << 6 << u"9223372036854.775807"_s;
    QTest::newRow("min") << int64Min << 6 << u"-9223372036854.775808"_s;
}

void tst_Money::toDecimalString()
{
    QFETCH(qint64, micros);
    QFETCH(int, decimals);
    QTEST(Money::toDecimalString(micros, decimals), "text");
}

void tst_Money::formatUsd_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << u"$0.00"_s;
    QTest::newRow("one micro") << qint64(1) << u"<$0.01"_s;
    QTest::newRow("just under a rounded cent") << qint64(4'999) << u"<$0.01"_s;
    QTest::newRow("rounds to a cent") << qint64(5'000) << u"$0.01"_s;
    QTest::newRow("cents") << qint64(120'000) << u"$0.12"_s;
    QTest::newRow("dollars") << qint64(12'345'678) << u"$12.35"_s;
    QTest::newRow("three digits") << qint64(999'990'000) << u"$999.99"_s;
    QTest::newRow("rounding adds a group") << qint64(999'995'000) << u"$1,000.00"_s;
    QTest::newRow("thousand") << qint64(1'000'000'000) << u"$1,000.00"_s;
    QTest::newRow("ten thousand") << qint64(12'345'670'000) << u"$12,345.67"_s;
    QTest::newRow("million") << qint64(1'234'567'890'000) << u"$1,234,567.89"_s;
    QTest::newRow("hundred million") << qint64(123'456'789'012'345) << u"$123,456,789.01"_s;
    QTest::newRow("negative") << qint64(-12'345'678) << u"-$12.35"_s;
    QTest::newRow("negative cent") << qint64(-10'000) << u"-$0.01"_s;
    QTest::newRow("negative thousands") << qint64(-1'234'567'890'000) << u"-$1,234,567.89"_s;
    QTest::newRow("negative exact thousand") << qint64(-1'000'000'000) << u"-$1,000.00"_s;
}

void tst_Money::formatUsd()
{
    QFETCH(qint64, micros);
    QTEST(Money::formatUsd(micros), "text");
}

void tst_Money::formatUsdNeverShowsNegativeZero_data()
{
    // A credit under half a cent must not read "-$0.00"; it mirrors "<$0.01".
    QTest::addColumn<qint64>("micros");
    QTest::newRow("minus one micro") << qint64(-1);
    QTest::newRow("minus just under half a cent") << qint64(-4'999);
}

void tst_Money::formatUsdNeverShowsNegativeZero()
{
    QFETCH(qint64, micros);
    QCOMPARE(Money::formatUsd(micros), u"-<$0.01"_s);
}

void tst_Money::divideRounded_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("quotient");

    QTest::newRow("exact") << qint64(10) << qint64(5) << qint64(2);
    QTest::newRow("exact negative") << qint64(-10) << qint64(5) << qint64(-2);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
    QTest::newRow("half up") << qint64(5) << qint64(2) << qint64(3);
    QTest::newRow("half down is away") << qint64(-5) << qint64(2) << qint64(-3);
    QTest::newRow("one half") << qint64(1) << qint64(2) << qint64(1);
    QTest::newRow("minus one half") << qint64(-1) << qint64(2) << qint64(-1);
    QTest::newRow("three halves") << qint64(3) << qint64(2) << qint64(2);
    QTest::newRow("minus three halves") << qint64(-3) << qint64(2) << qint64(-2);
    QTest::newRow("fifteen tenths") << qint64(15) << qint64(10) << qint64(2);
    QTest::newRow("minus fifteen tenths") << qint64(-15) << qint64(10) << qint64(-2);
    QTest::newRow("under half") << qint64(14) << qint64(10) << qint64(1);
    QTest::newRow("minus under half") << qint64(-14) << qint64(10) << qint64(-1);
    QTest::newRow("one third") << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("two thirds") << qint64(2) << qint64(3) << qint64(1);
    QTest::newRow("minus one third") << qint64(-1) << qint64(3) << qint64(0);
    QTest::newRow("minus two thirds") << qint64(-2) << qint64(3) << qint64(-1);
    QTest::newRow("by one") << qint64(-123) << qint64(1) << qint64(-123);
    QTest::newRow("max by one") << int64Max << qint64(1) << int64Max;
    QTest::newRow("min by one") << int64Min << qint64(1) << int64Min;
    QTest::newRow("max by two") << int64Max << qint64(2) << qint64(4'611'686'018'427'387'904);
    QTest::newRow("min by two") << int64Min << qint64(2) << qint64(-4'611'686'018'427'387'904);
    QTest::newRow("tokens times rate")
        << qint64(3'753'750'000) << qint64(1'000'000) << qint64(3'754);
}

void tst_Money::divideRounded()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QTEST(Money::divideRounded(numerator, denominator), "quotient");
}

void tst_Money::scaleFloorAndCeiling_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("floor");
    QTest::addColumn<qint64>("ceiling");
    QTest::newRow("exact") << qint64(10'000) << qint64(920'000) << qint64(1'000'000)
                           << qint64(9'200) << qint64(9'200);
    QTest::newRow("dollars to euros") << qint64(1'234'567) << qint64(920'000) << qint64(1'000'000)
                                      << qint64(1'135'801) << qint64(1'135'802);
    QTest::newRow("euros to dollars") << qint64(10'000) << qint64(1'000'000) << qint64(920'000)
                                      << qint64(10'869) << qint64(10'870);
    QTest::newRow("negative") << qint64(-7) << qint64(1) << qint64(2) << qint64(-4) << qint64(-3);
    // The product leaves 64 bits; the result does not.
    QTest::newRow("past 64 bits") << qint64(9'000'000'000'000'000'000) << qint64(3'000'000)
                                  << qint64(4'000'000) << qint64(6'750'000'000'000'000'000)
                                  << qint64(6'750'000'000'000'000'000);
}

void tst_Money::scaleFloorAndCeiling()
{
    QFETCH(qint64, value);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QTEST(Money::scaleFloor(value, numerator, denominator), "floor");
    QTEST(Money::scaleCeiling(value, numerator, denominator), "ceiling");
    QFETCH(qint64, floor);
    QFETCH(qint64, ceiling);
    const qint64 rounded = Money::scaleRounded(value, numerator, denominator);
    QVERIFY(rounded == floor || rounded == ceiling);
    // Halves away from zero: 2.5 → 3, -3.5 → -4.
    QCOMPARE(Money::scaleRounded(5, 1, 2), 3);
    QCOMPARE(Money::scaleRounded(-7, 1, 2), -4);
    QCOMPARE(Money::scaleRounded(1'234'567, 920'000, 1'000'000), 1'135'802); // 1,135,801.64
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
