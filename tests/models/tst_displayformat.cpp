#include "itemmodels/displayformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale german(QLocale::German, QLocale::Germany);
const QLocale japanese(QLocale::Japanese, QLocale::Japan);

CurrencyDisplay currency(const QString &code, qint64 microsPerUsd)
{
    return CurrencyDisplay::make(code, microsPerUsd).value();
}

} // namespace

// Figures as people type them, whatever the locale, become plain decimal text; money reads in
// the display currency and the locale.
class tst_DisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void typedFigure_data();
    void typedFigure();
    void dollarsUntilAnotherCurrencyIsSet();
    void moneyInTheDisplayCurrency_data();
    void moneyInTheDisplayCurrency();
    void costAndItsToolTip();
    void compactMoney_data();
    void compactMoney();
    void rangeWithOneSymbol();
    void ratePerMillion_data();
    void ratePerMillion();
    void chartValuesAndLabels();
};

void tst_DisplayFormat::cleanup()
{
    DisplayFormat::setCurrency({});
    QLocale::setDefault(QLocale::c());
}

void tst_DisplayFormat::typedFigure_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("plain");
    QTest::newRow("English") << u"$1,250.50"_s << u"1250.50"_s;
    QTest::newRow("German") << u"1.250,50"_s << u"1250.50"_s;
    QTest::newRow("French spaces") << u"1\u202F250,5"_s << u"1250.5"_s;
    QTest::newRow("as the dialog shows a stored limit") << u"12.50"_s << u"12.50"_s;
    QTest::newRow("German decimal") << u"12,50"_s << u"12.50"_s;
    QTest::newRow("thousands only") << u"2,000"_s << u"2000"_s;
    QTest::newRow("German thousands") << u"2.000.000"_s << u"2000000"_s;
    QTest::newRow("whole") << u" 300 "_s << u"300"_s;
    QTest::newRow("not a number stays one") << u"lots"_s << u"lots"_s;
}

void tst_DisplayFormat::typedFigure()
{
    QFETCH(QString, typed);
    // The result must not depend on the locale the app runs in.
    for (const QLocale &locale : {QLocale(QLocale::English), QLocale(QLocale::German)}) {
        QLocale::setDefault(locale);
        QTEST(DisplayFormat::typedFigure(typed), "plain");
    }
    QLocale::setDefault(QLocale::c());
}

void tst_DisplayFormat::dollarsUntilAnotherCurrencyIsSet()
{
    QVERIFY(DisplayFormat::currency().isUsd());
    QLocale::setDefault(english);
    QCOMPARE(DisplayFormat::money(1'234'560'000), u"$1,234.56"_s);
    // The C locale reads as American English, as amounts did before currencies.
    QLocale::setDefault(QLocale::c());
    QCOMPARE(DisplayFormat::money(1'234'560'000), u"$1,234.56"_s);
    QCOMPARE(DisplayFormat::money(4'999), u"<$0.01"_s);
}

void tst_DisplayFormat::moneyInTheDisplayCurrency_data()
{
    QTest::addColumn<CurrencyDisplay>("display");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("usdMicros");
    QTest::addColumn<QString>("money");
    QTest::addColumn<QString>("signedMoney");
    const CurrencyDisplay euro = currency(u"EUR"_s, 920'000);
    // $1,342 × 0.92 = 1,234.64 €.
    QTest::newRow("de euros") << euro << german << qint64(1'342'000'000) << u"1.234,64\u00A0€"_s
                              << u"+1.234,64\u00A0€"_s;
    QTest::newRow("en euros") << euro << english << qint64(1'342'000'000) << u"€1,234.64"_s
                              << u"+€1,234.64"_s;
    QTest::newRow("negative") << euro << german << qint64(-1'342'000'000) << u"-1.234,64\u00A0€"_s
                              << u"-1.234,64\u00A0€"_s;
    QTest::newRow("zero has no sign")
        << euro << german << qint64(0) << u"0,00\u00A0€"_s << u"0,00\u00A0€"_s;
    QTest::newRow("tiny") << euro << german << qint64(5'000) << u"<0,01\u00A0€"_s
                          << u"+<0,01\u00A0€"_s;
    QTest::newRow("ja yen") << currency(u"JPY"_s, 150'000'000) << japanese << qint64(8'230'000)
                            << u"￥1,235"_s << u"+￥1,235"_s;
}

void tst_DisplayFormat::moneyInTheDisplayCurrency()
{
    QFETCH(CurrencyDisplay, display);
    QFETCH(QLocale, locale);
    QFETCH(qint64, usdMicros);
    DisplayFormat::setCurrency(display);
    QLocale::setDefault(locale);
    QTEST(DisplayFormat::money(usdMicros), "money");
    QTEST(DisplayFormat::signedMoney(usdMicros), "signedMoney");
}

void tst_DisplayFormat::costAndItsToolTip()
{
    DisplayFormat::setCurrency(currency(u"EUR"_s, 920'000));
    QLocale::setDefault(german);
    ReportTotals totals;
    totals.records = 3;
    totals.costMicros = 1'342'000'000;
    totals.billedMicros = 1'000'000'000;
    totals.billedRecords = 1;
    totals.estimatedRecords = 1;
    totals.unpricedRecords = 1;
    QCOMPARE(DisplayFormat::cost(totals), u"1.234,64\u00A0€"_s);
    QVERIFY(DisplayFormat::costToolTip(totals).startsWith(
        u"Mixed: 920,00\u00A0€ billed, 314,64\u00A0€ estimated"_s));
    ReportTotals unpriced;
    unpriced.records = 2;
    unpriced.unpricedRecords = 2;
    QCOMPARE(DisplayFormat::cost(unpriced), u"unpriced"_s);
}

void tst_DisplayFormat::compactMoney_data()
{
    QTest::addColumn<CurrencyDisplay>("display");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("usdMicros");
    QTest::addColumn<QString>("text");
    const CurrencyDisplay euro = currency(u"EUR"_s, 920'000);
    QTest::newRow("dollars") << CurrencyDisplay() << english << qint64(1'250'000'000)
                             << u"$1.25k"_s;
    // $1,250 × 0.92 = €1,150.
    QTest::newRow("en euros") << euro << english << qint64(1'250'000'000) << u"€1.15k"_s;
    QTest::newRow("de euros") << euro << german << qint64(1'250'000'000) << u"1,15k\u00A0€"_s;
    QTest::newRow("de small") << euro << german << qint64(12'500) << u"0,0115\u00A0€"_s;
    QTest::newRow("de millions") << euro << german << qint64(2'500'000'000'000) << u"2,3M\u00A0€"_s;
    QTest::newRow("negative") << euro << english << qint64(-500'000) << u"-€0.46"_s;
    QTest::newRow("ja yen") << currency(u"JPY"_s, 150'000'000) << japanese << qint64(20'000'000)
                            << u"￥3k"_s;
}

void tst_DisplayFormat::compactMoney()
{
    QFETCH(CurrencyDisplay, display);
    QFETCH(QLocale, locale);
    QFETCH(qint64, usdMicros);
    DisplayFormat::setCurrency(display);
    QLocale::setDefault(locale);
    QTEST(DisplayFormat::compactMoney(usdMicros), "text");
}

void tst_DisplayFormat::rangeWithOneSymbol()
{
    // A peer chart's bin: the symbol once, where the locale puts it.
    const auto range = [](qint64 from, qint64 to) {
        return DisplayFormat::withCurrencySymbol(DisplayFormat::compactFigure(from) + u'–'
                                                 + DisplayFormat::compactFigure(to));
    };
    QLocale::setDefault(english);
    QCOMPARE(range(40'000'000, 50'000'000), u"$40–50"_s);
    DisplayFormat::setCurrency(currency(u"EUR"_s, 1'000'000));
    QLocale::setDefault(german);
    QCOMPARE(range(40'000'000, 50'000'000), u"40–50\u00A0€"_s);
}

void tst_DisplayFormat::ratePerMillion_data()
{
    QTest::addColumn<CurrencyDisplay>("display");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<std::optional<qint64>>("micros");
    QTest::addColumn<QString>("text");
    const CurrencyDisplay euro = currency(u"EUR"_s, 920'000);
    const CurrencyDisplay yen = currency(u"JPY"_s, 150'000'000);
    QTest::newRow("dollars") << CurrencyDisplay() << english << std::optional<qint64>(3'000'000)
                             << u"$3.00"_s;
    QTest::newRow("fractions of a cent")
        << CurrencyDisplay() << english << std::optional<qint64>(75'000) << u"$0.075"_s;
    QTest::newRow("de euros") << euro << german << std::optional<qint64>(3'000'000)
                              << u"2,76\u00A0€"_s;
    QTest::newRow("de euro fractions")
        << euro << german << std::optional<qint64>(75'000) << u"0,069\u00A0€"_s;
    QTest::newRow("yen") << yen << japanese << std::optional<qint64>(3'000'000) << u"￥450"_s;
    QTest::newRow("yen fractions")
        << yen << japanese << std::optional<qint64>(75'000) << u"￥11.25"_s;
    QTest::newRow("not given") << euro << german << std::optional<qint64>() << u"—"_s;
}

void tst_DisplayFormat::ratePerMillion()
{
    QFETCH(CurrencyDisplay, display);
    QFETCH(QLocale, locale);
    QFETCH(std::optional<qint64>, micros);
    DisplayFormat::setCurrency(display);
    QLocale::setDefault(locale);
    QTEST(DisplayFormat::ratePerMillion(micros), "text");
}

void tst_DisplayFormat::chartValuesAndLabels()
{
    QLocale::setDefault(english);
    QCOMPARE(DisplayFormat::chartValue(2'500'000), 2.5);
    QCOMPARE(DisplayFormat::chartLabelFormat(10), u"$%.2f"_s);
    QCOMPARE(DisplayFormat::chartLabelFormat(100), u"$%.0f"_s);
    DisplayFormat::setCurrency(currency(u"EUR"_s, 920'000));
    QLocale::setDefault(german);
    QCOMPARE(DisplayFormat::chartValue(2'500'000), 2.3);
    QCOMPARE(DisplayFormat::chartLabelFormat(10), u"%.2f\u00A0€"_s);
    // Yen have no decimals to show.
    DisplayFormat::setCurrency(currency(u"JPY"_s, 150'000'000));
    QLocale::setDefault(japanese);
    QCOMPARE(DisplayFormat::chartLabelFormat(10), u"￥%.0f"_s);
}

QTEST_GUILESS_MAIN(tst_DisplayFormat)
#include "tst_displayformat.moc"
