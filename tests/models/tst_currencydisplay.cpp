#include "core/currencydisplay.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale german(QLocale::German, QLocale::Germany);
const QLocale french(QLocale::French, QLocale::France);
const QLocale japanese(QLocale::Japanese, QLocale::Japan);

CurrencyDisplay currency(const QString &code, qint64 microsPerUsd)
{
    const std::optional<CurrencyDisplay> made = CurrencyDisplay::make(code, microsPerUsd);
    Q_ASSERT(made);
    return *made;
}

} // namespace

// The display currency: exact conversion from micro-dollars, and the locale's way of writing
// an amount in it.
class tst_CurrencyDisplay : public QObject
{
    Q_OBJECT

private slots:
    void usDollarsByDefault();
    void make_data();
    void make();
    void codesAndMinorUnits();
    void conversionIsExact_data();
    void conversionIsExact();
    void minorUnitsRoundHalvesAwayFromZero_data();
    void minorUnitsRoundHalvesAwayFromZero();
    void format_data();
    void format();
    void formatsHugeAmountsExactly();
    void figure_data();
    void figure();
    void symbol_data();
    void symbol();
    void parseRate_data();
    void parseRate();
    void rateText_data();
    void rateText();
};

void tst_CurrencyDisplay::usDollarsByDefault()
{
    const CurrencyDisplay display;
    QVERIFY(display.isUsd());
    QCOMPARE(display.code(), u"USD"_s);
    QCOMPARE(display.microsPerUsd(), 1'000'000);
    QCOMPARE(display.toMicros(12'345'678), 12'345'678);
    QCOMPARE(display.format(12'345'678, english), u"$12.35"_s);
    QCOMPARE(display, currency(u"USD"_s, 1'000'000));
}

void tst_CurrencyDisplay::make_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<bool>("made");
    QTest::addColumn<qint64>("madeRate");
    QTest::newRow("euro") << u"EUR"_s << qint64(920'000) << true << qint64(920'000);
    QTest::newRow("yen") << u"JPY"_s << qint64(149'500'000) << true << qint64(149'500'000);
    QTest::newRow("dollars are one to one") << u"USD"_s << qint64(5) << true << qint64(1'000'000);
    QTest::newRow("the largest rate")
        << u"SEK"_s << CurrencyDisplay::maxMicrosPerUsd << true << CurrencyDisplay::maxMicrosPerUsd;
    QTest::newRow("unknown code") << u"XYZ"_s << qint64(1'000'000) << false << qint64(0);
    QTest::newRow("lower case") << u"eur"_s << qint64(920'000) << false << qint64(0);
    QTest::newRow("zero rate") << u"EUR"_s << qint64(0) << false << qint64(0);
    QTest::newRow("negative rate") << u"EUR"_s << qint64(-920'000) << false << qint64(0);
    QTest::newRow("beyond the largest rate")
        << u"EUR"_s << CurrencyDisplay::maxMicrosPerUsd + 1 << false << qint64(0);
}

void tst_CurrencyDisplay::make()
{
    QFETCH(QString, code);
    QFETCH(qint64, rate);
    QFETCH(bool, made);
    const std::optional<CurrencyDisplay> display = CurrencyDisplay::make(code, rate);
    QCOMPARE(display.has_value(), made);
    if (made) {
        QCOMPARE(display->code(), code);
        QTEST(display->microsPerUsd(), "madeRate");
    }
}

void tst_CurrencyDisplay::codesAndMinorUnits()
{
    QCOMPARE(CurrencyDisplay::codes(),
             QStringList({u"USD"_s, u"EUR"_s, u"GBP"_s, u"CHF"_s, u"JPY"_s, u"CAD"_s, u"AUD"_s,
                          u"INR"_s, u"CNY"_s, u"SEK"_s}));
    for (const QString &code : CurrencyDisplay::codes()) {
        QVERIFY(CurrencyDisplay::isKnownCode(code));
        QCOMPARE(CurrencyDisplay::minorDigits(code), code == u"JPY"_s ? 0 : 2);
        QCOMPARE(currency(code, 1'000'000).minorDigits(), code == u"JPY"_s ? 0 : 2);
    }
    QVERIFY(!CurrencyDisplay::isKnownCode(u"BTC"_s));
    QCOMPARE(CurrencyDisplay::minorDigits(u"BTC"_s), -1);
}

void tst_CurrencyDisplay::conversionIsExact_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qint64>("usdMicros");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("euro") << u"EUR"_s << qint64(920'000) << qint64(1'000'000'000)
                          << qint64(920'000'000);
    QTest::newRow("a micro-dollar") << u"EUR"_s << qint64(920'000) << qint64(1) << qint64(1);
    QTest::newRow("rounded down") << u"EUR"_s << qint64(920'000) << qint64(333'333'333)
                                  << qint64(306'666'666); // 306666666.36
    QTest::newRow("half up") << u"EUR"_s << qint64(500'000) << qint64(3) << qint64(2); // 1.5
    QTest::newRow("half away from zero, negative")
        << u"EUR"_s << qint64(500'000) << qint64(-3) << qint64(-2);
    // 2^53 + 1 dollars' micros × 1.000001: a double would lose the last digits.
    QTest::newRow("beyond a double's precision")
        << u"GBP"_s << qint64(1'000'001) << qint64(9'007'199'254'740'993)
        << qint64(9'007'208'261'940'248); // 9007208261940247.740993
    QTest::newRow("the largest amount at the largest rate saturates")
        << u"JPY"_s << CurrencyDisplay::maxMicrosPerUsd << std::numeric_limits<qint64>::max()
        << std::numeric_limits<qint64>::max();
}

void tst_CurrencyDisplay::conversionIsExact()
{
    QFETCH(QString, code);
    QFETCH(qint64, rate);
    QFETCH(qint64, usdMicros);
    QTEST(currency(code, rate).toMicros(usdMicros), "micros");
}

void tst_CurrencyDisplay::minorUnitsRoundHalvesAwayFromZero_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qint64>("usdMicros");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("half a cent up") << u"USD"_s << qint64(1'000'000) << qint64(5'000) << qint64(1);
    QTest::newRow("just under half a cent")
        << u"USD"_s << qint64(1'000'000) << qint64(4'999) << qint64(0);
    QTest::newRow("negative half a cent")
        << u"USD"_s << qint64(1'000'000) << qint64(-5'000) << qint64(-1);
    QTest::newRow("euro half a cent") << u"EUR"_s << qint64(500'000) << qint64(10'000) << qint64(1);
    // $8.23 × 150 = ¥1234.5: a half, so up; a micro-dollar less is under it.
    QTest::newRow("yen half") << u"JPY"_s << qint64(150'000'000) << qint64(8'230'000)
                              << qint64(1'235);
    QTest::newRow("yen under half")
        << u"JPY"_s << qint64(150'000'000) << qint64(8'229'999) << qint64(1'234);
    QTest::newRow("yen negative half")
        << u"JPY"_s << qint64(150'000'000) << qint64(-8'230'000) << qint64(-1'235);
    // Rounded once from the exact value: 0.0049999995 € is no cent, although rounding to
    // micro-euros first (0.005000) and then to cents would make it one.
    QTest::newRow("no double rounding")
        << u"EUR"_s << qint64(999'999) << qint64(5'000) << qint64(0);
}

void tst_CurrencyDisplay::minorUnitsRoundHalvesAwayFromZero()
{
    QFETCH(QString, code);
    QFETCH(qint64, rate);
    QFETCH(qint64, usdMicros);
    QTEST(currency(code, rate).toMinorUnits(usdMicros), "minor");
}

void tst_CurrencyDisplay::format_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("usdMicros");
    QTest::addColumn<QString>("text");
    const qint64 euro = 920'000;
    const qint64 yen = 150'000'000;
    // $1,342 × 0.92 = 1,234.64 €.
    const qint64 amount = 1'342'000'000;
    QTest::newRow("en dollars") << u"USD"_s << qint64(1'000'000) << english << qint64(1'234'560'000)
                                << u"$1,234.56"_s;
    QTest::newRow("en euros") << u"EUR"_s << euro << english << amount << u"€1,234.64"_s;
    QTest::newRow("de euros") << u"EUR"_s << euro << german << amount << u"1.234,64\u00A0€"_s;
    QTest::newRow("fr euros") << u"EUR"_s << euro << french << amount << u"1\u202F234,64\u00A0€"_s;
    QTest::newRow("ja euros") << u"EUR"_s << euro << japanese << amount << u"€1,234.64"_s;
    QTest::newRow("de dollars") << u"USD"_s << qint64(1'000'000) << german << qint64(1'234'560'000)
                                << u"1.234,56\u00A0$"_s;
    QTest::newRow("ja yen") << u"JPY"_s << yen << japanese << qint64(8'230'000) << u"￥1,235"_s;
    QTest::newRow("en yen") << u"JPY"_s << yen << english << qint64(8'230'000) << u"¥1,235"_s;
    QTest::newRow("de yen") << u"JPY"_s << yen << german << qint64(8'230'000) << u"1.235\u00A0¥"_s;
    QTest::newRow("en pounds") << u"GBP"_s << qint64(790'000) << english << qint64(100'000'000)
                               << u"£79.00"_s;
    QTest::newRow("de francs") << u"CHF"_s << qint64(880'000) << german << qint64(100'000'000)
                               << u"88,00\u00A0CHF"_s;
    QTest::newRow("zero") << u"EUR"_s << euro << german << qint64(0) << u"0,00\u00A0€"_s;
    QTest::newRow("yen zero") << u"JPY"_s << yen << japanese << qint64(0) << u"￥0"_s;
    QTest::newRow("en negative") << u"USD"_s << qint64(1'000'000) << english
                                 << qint64(-1'234'560'000) << u"-$1,234.56"_s;
    QTest::newRow("de negative") << u"EUR"_s << euro << german << -amount << u"-1.234,64\u00A0€"_s;
    QTest::newRow("fr negative") << u"EUR"_s << euro << french << -amount
                                 << u"-1\u202F234,64\u00A0€"_s;
    QTest::newRow("ja negative yen")
        << u"JPY"_s << yen << japanese << qint64(-8'230'000) << u"-￥1,235"_s;
    QTest::newRow("en tiny") << u"USD"_s << qint64(1'000'000) << english << qint64(4'999)
                             << u"<$0.01"_s;
    QTest::newRow("en tiny negative")
        << u"USD"_s << qint64(1'000'000) << english << qint64(-4'999) << u"-<$0.01"_s;
    QTest::newRow("de tiny") << u"EUR"_s << euro << german << qint64(5'000)
                             << u"<0,01\u00A0€"_s; // 0.0046 €
    QTest::newRow("fr tiny") << u"EUR"_s << euro << french << qint64(1) << u"<0,01\u00A0€"_s;
    QTest::newRow("ja tiny yen") << u"JPY"_s << yen << japanese << qint64(3'000) << u"<￥1"_s;
    QTest::newRow("C as American English")
        << u"USD"_s << qint64(1'000'000) << QLocale::c() << qint64(1'234'560'000) << u"$1,234.56"_s;
    QTest::newRow("half a cent is a cent")
        << u"USD"_s << qint64(1'000'000) << english << qint64(5'000) << u"$0.01"_s;
}

void tst_CurrencyDisplay::format()
{
    QFETCH(QString, code);
    QFETCH(qint64, rate);
    QFETCH(QLocale, locale);
    QFETCH(qint64, usdMicros);
    QTEST(currency(code, rate).format(usdMicros, locale), "text");
}

void tst_CurrencyDisplay::formatsHugeAmountsExactly()
{
    // The largest amount at the largest rate: 922,337,203,685,477,580.7 units, beyond qint64 in
    // cents, still written to the cent.
    const CurrencyDisplay most = currency(u"EUR"_s, CurrencyDisplay::maxMicrosPerUsd);
    QCOMPARE(most.format(std::numeric_limits<qint64>::max(), english),
             u"€922,337,203,685,477,580.70"_s);
    QCOMPARE(most.format(-std::numeric_limits<qint64>::max(), english),
             u"-€922,337,203,685,477,580.70"_s);
    const CurrencyDisplay euro = currency(u"EUR"_s, 920'000);
    QCOMPARE(euro.format(9'000'000'000'000'000'000, german), u"8.280.000.000.000,00\u00A0€"_s);
    const CurrencyDisplay yen = currency(u"JPY"_s, 150'000'000);
    QCOMPARE(yen.format(9'000'000'000'000'000'000, japanese), u"￥1,350,000,000,000,000"_s);
}

void tst_CurrencyDisplay::figure_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("two decimals at least") << qint64(3'000'000) << 2 << english << u"3.00"_s;
    QTest::newRow("more when there are") << qint64(75'000) << 2 << english << u"0.075"_s;
    QTest::newRow("none needed") << qint64(2'000'000) << 0 << english << u"2"_s;
    QTest::newRow("grouped, German") << qint64(1'234'567'891) << 0 << german << u"1.234,567891"_s;
    QTest::newRow("French") << qint64(1'234'500'000) << 2 << french << u"1\u202F234,50"_s;
    QTest::newRow("no sign") << qint64(-1'500'000) << 0 << english << u"1.5"_s;
}

void tst_CurrencyDisplay::figure()
{
    QFETCH(qint64, micros);
    QFETCH(int, minDecimals);
    QFETCH(QLocale, locale);
    QTEST(CurrencyDisplay::figure(micros, minDecimals, locale), "text");
}

void tst_CurrencyDisplay::symbol_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("dollars in the US") << u"USD"_s << english << u"$"_s;
    QTest::newRow("dollars in Germany") << u"USD"_s << german << u"$"_s;
    QTest::newRow("US dollars in Canada")
        << u"USD"_s << QLocale(QLocale::English, QLocale::Canada) << u"US$"_s;
    QTest::newRow("euros") << u"EUR"_s << english << u"€"_s;
    QTest::newRow("yen in Japan") << u"JPY"_s << japanese << u"￥"_s;
    QTest::newRow("yen elsewhere") << u"JPY"_s << english << u"¥"_s;
    QTest::newRow("yuan in China")
        << u"CNY"_s << QLocale(QLocale::Chinese, QLocale::China) << u"¥"_s;
    QTest::newRow("yen in China") << u"JPY"_s << QLocale(QLocale::Chinese, QLocale::China)
                                  << u"JP¥"_s;
    QTest::newRow("krona in Sweden")
        << u"SEK"_s << QLocale(QLocale::Swedish, QLocale::Sweden) << u"kr"_s;
    QTest::newRow("krona in Norway, whose krone is \"kr\" too")
        << u"SEK"_s << QLocale(QLocale::NorwegianBokmal, QLocale::Norway) << u"SEK"_s;
}

void tst_CurrencyDisplay::symbol()
{
    QFETCH(QString, code);
    QFETCH(QLocale, locale);
    QTEST(currency(code, 1'000'000).symbol(locale), "symbol");
}

void tst_CurrencyDisplay::parseRate_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<std::optional<qint64>>("micros");
    const std::optional<qint64> none;
    QTest::newRow("en") << u"0.92"_s << english << std::optional<qint64>(920'000);
    QTest::newRow("en grouped") << u"1,234.5"_s << english << std::optional<qint64>(1'234'500'000);
    QTest::newRow("en with spaces")
        << u" 149.5 "_s << english << std::optional<qint64>(149'500'000);
    QTest::newRow("en comma is grouping, wrongly") << u"0,92"_s << english << none;
    QTest::newRow("de") << u"0,92"_s << german << std::optional<qint64>(920'000);
    QTest::newRow("de with a dot") << u"0.92"_s << german << std::optional<qint64>(920'000);
    QTest::newRow("de grouped") << u"1.234,5"_s << german << std::optional<qint64>(1'234'500'000);
    QTest::newRow("fr") << u"0,92"_s << french << std::optional<qint64>(920'000);
    QTest::newRow("fr grouped") << u"1\u202F234,5"_s << french
                                << std::optional<qint64>(1'234'500'000);
    QTest::newRow("ja") << u"149.5"_s << japanese << std::optional<qint64>(149'500'000);
    QTest::newRow("many decimals") << u"0.923456"_s << english << std::optional<qint64>(923'456);
    QTest::newRow("beyond micro-units, rounded")
        << u"0,9234565"_s << german << std::optional<qint64>(923'457);
    QTest::newRow("whole") << u"150"_s << english << std::optional<qint64>(150'000'000);
    QTest::newRow("zero") << u"0"_s << english << std::optional<qint64>(0);
    QTest::newRow("negative") << u"-0.92"_s << english << std::optional<qint64>(-920'000);
    QTest::newRow("empty") << QString() << english << none;
    QTest::newRow("words") << u"ninety"_s << english << none;
    QTest::newRow("two decimal marks") << u"0,9,2"_s << german << none;
    QTest::newRow("an exponent") << u"9.2e-1"_s << english << none;
    QTest::newRow("a currency sign") << u"€0.92"_s << english << none;
    QTest::newRow("a lone mark") << u"."_s << english << none;
}

void tst_CurrencyDisplay::parseRate()
{
    QFETCH(QString, typed);
    QFETCH(QLocale, locale);
    QTEST(CurrencyDisplay::parseRate(typed, locale), "micros");
}

void tst_CurrencyDisplay::rateText_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("en") << qint64(920'000) << english << u"0.92"_s;
    QTest::newRow("de") << qint64(920'000) << german << u"0,92"_s;
    QTest::newRow("whole") << qint64(150'000'000) << japanese << u"150"_s;
    QTest::newRow("many decimals") << qint64(923'456) << french << u"0,923456"_s;
}

void tst_CurrencyDisplay::rateText()
{
    QFETCH(qint64, micros);
    QFETCH(QLocale, locale);
    QTEST(CurrencyDisplay::rateText(micros, locale), "text");
    // What the field shows reads back as the same rate.
    QCOMPARE(CurrencyDisplay::parseRate(CurrencyDisplay::rateText(micros, locale), locale),
             std::optional<qint64>(micros));
}

QTEST_GUILESS_MAIN(tst_CurrencyDisplay)
#include "tst_currencydisplay.moc"
