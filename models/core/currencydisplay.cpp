#include "currencydisplay.h"

#include "money.h"

#include <limits>

namespace {

using Money::Int128;

struct Currency
{
    const char16_t *code;
    int minorDigits;
    const char16_t *symbol; // as most readers know it
    const char16_t *distinctSymbol; // where the locale's own currency has the same sign
};

// ISO 4217 minor units; the symbols are CLDR's.
constexpr Currency currencies[] = {
    {u"USD", 2, u"$", u"US$"},   {u"EUR", 2, u"€", u"€"},   {u"GBP", 2, u"£", u"£"},
    {u"CHF", 2, u"CHF", u"CHF"}, {u"JPY", 0, u"¥", u"JP¥"}, {u"CAD", 2, u"CA$", u"CA$"},
    {u"AUD", 2, u"A$", u"A$"},   {u"INR", 2, u"₹", u"₹"},   {u"CNY", 2, u"CN¥", u"CN¥"},
    {u"SEK", 2, u"kr", u"SEK"},
};

const Currency *find(QStringView code)
{
    for (const Currency &currency : currencies) {
        if (code == QStringView(currency.code))
            return &currency;
    }
    return nullptr;
}

qint64 saturated(Int128 value)
{
    if (value > std::numeric_limits<qint64>::max())
        return std::numeric_limits<qint64>::max();
    if (value < std::numeric_limits<qint64>::min())
        return std::numeric_limits<qint64>::min();
    return qint64(value);
}

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// The C locale has no way of writing money (it puts the symbol after the figure and groups
// nothing): amounts there read as in American English, as they did before currencies.
QLocale moneyLocale(const QLocale &locale)
{
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                           : locale;
}

// ASCII digits in the locale's own digits (the same for Latin-script locales).
QString localDigits(const QString &asciiDigits, const QLocale &locale)
{
    if (locale.zeroDigit() == u"0")
        return asciiDigits;
    QString text;
    for (const QChar digit : asciiDigits)
        text += locale.toString(digit.unicode() - u'0');
    return text;
}

// A whole part with the locale's grouping and a fraction of ASCII digits behind its decimal mark.
QString figureText(quint64 whole, const QString &fraction, const QLocale &locale)
{
    QString text = locale.toString(qulonglong(whole));
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + localDigits(fraction, locale);
    return text;
}

bool isAsciiDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// "1.234,5" with the locale's marks → "1234.5"; empty when the text is not in that form (a
// group separator must be followed by exactly three digits).
QString plainFromLocale(QStringView text, const QLocale &locale)
{
    const QString decimal = locale.decimalPoint();
    QString group = locale.groupSeparator();
    if (group.trimmed().isEmpty())
        group.clear(); // spaces are gone already
    const qsizetype mark = text.indexOf(decimal);
    if (mark >= 0 && text.indexOf(decimal, mark + decimal.size()) >= 0)
        return {};
    const QStringView whole = mark >= 0 ? text.left(mark) : text;
    const QStringView fraction = mark >= 0 ? text.mid(mark + decimal.size()) : QStringView();
    if (!isAsciiDigits(fraction))
        return {};
    QString digits;
    if (!group.isEmpty() && whole.contains(group)) {
        const QList<QStringView> groups = whole.split(group);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const qsizetype size = groups[i].size();
            const bool fits = i == 0 ? size >= 1 && size <= 3 : size == 3;
            if (!fits || !isAsciiDigits(groups[i]))
                return {};
            digits += groups[i];
        }
    } else {
        if (!isAsciiDigits(whole))
            return {};
        digits = whole.toString();
    }
    if (digits.isEmpty() && fraction.isEmpty())
        return {};
    return fraction.isEmpty() ? digits : digits + u'.' + fraction;
}

} // namespace

std::optional<CurrencyDisplay> CurrencyDisplay::make(QStringView code, qint64 microsPerUsd)
{
    const Currency *currency = find(code);
    if (!currency || !isValidRate(microsPerUsd))
        return std::nullopt;
    CurrencyDisplay display;
    display.m_code = code.toString();
    display.m_minorDigits = currency->minorDigits;
    display.m_microsPerUsd = display.isUsd() ? Money::microsPerDollar : microsPerUsd;
    return display;
}

QStringList CurrencyDisplay::codes()
{
    QStringList list;
    for (const Currency &currency : currencies)
        list.append(QString::fromUtf16(currency.code));
    return list;
}

bool CurrencyDisplay::isKnownCode(QStringView code)
{
    return find(code) != nullptr;
}

int CurrencyDisplay::minorDigits(QStringView code)
{
    const Currency *currency = find(code);
    return currency ? currency->minorDigits : -1;
}

std::optional<qint64> CurrencyDisplay::parseRate(QStringView text, const QLocale &locale)
{
    QString compact = text.trimmed().toString();
    for (const QChar space : {QChar(u' '), QChar(0x00A0), QChar(0x2009), QChar(0x202F)})
        compact.remove(space);
    bool negative = false;
    if (compact.startsWith(u'-') || compact.startsWith(u'+') || compact.startsWith(QChar(0x2212))) {
        negative = !compact.startsWith(u'+');
        compact.remove(0, 1);
    }
    if (compact.isEmpty())
        return std::nullopt;
    QString plain = plainFromLocale(compact, moneyLocale(locale));
    if (plain.isEmpty() && compact.count(u'.') <= 1 && isAsciiDigits(QString(compact).remove(u'.'))
        && compact != u".")
        plain = compact; // "0.92" in a locale whose decimal mark is a comma
    if (plain.isEmpty())
        return std::nullopt;
    const std::optional<qint64> micros = Money::parseDecimalUsd(plain);
    if (!micros)
        return std::nullopt;
    return negative ? -*micros : *micros;
}

QString CurrencyDisplay::rateText(qint64 microsPerUsd, const QLocale &locale)
{
    return (microsPerUsd < 0 ? moneyLocale(locale).negativeSign() : QString())
        + figure(microsPerUsd, 0, locale);
}

qint64 CurrencyDisplay::toMicros(qint64 usdMicros) const
{
    return saturated(Money::scaleRoundedWide(usdMicros, m_microsPerUsd, Money::microsPerDollar));
}

qint64 CurrencyDisplay::toMinorUnits(qint64 usdMicros) const
{
    return saturated(Money::scaleRoundedWide(
        usdMicros, m_microsPerUsd, Money::microsPerDollar * powerOfTen(6 - m_minorDigits)));
}

QString CurrencyDisplay::format(qint64 usdMicros, const QLocale &givenLocale) const
{
    const QLocale locale = moneyLocale(givenLocale);
    // Rounded once from the exact product, so a total never reads a cent off its parts' sum
    // through double rounding; the whole part fits qint64 for any rate up to the maximum.
    const Int128 unit = powerOfTen(m_minorDigits);
    const Int128 minor = Money::scaleRoundedWide(
        usdMicros, m_microsPerUsd, Money::microsPerDollar * powerOfTen(6 - m_minorDigits));
    const auto text = [&](Int128 magnitude) {
        const QString fraction = m_minorDigits == 0
            ? QString()
            : QString::number(quint64(magnitude % unit)).rightJustified(m_minorDigits, u'0');
        return figureText(quint64(magnitude / unit), fraction, locale);
    };
    if (minor == 0 && usdMicros != 0) {
        // Not nothing, but less than the smallest coin: "<$0.01".
        const QString smallest = u'<' + withSymbol(text(1), false, locale);
        return usdMicros < 0 ? locale.negativeSign() + smallest : smallest;
    }
    return withSymbol(text(minor < 0 ? -minor : minor), minor < 0, locale);
}

QString CurrencyDisplay::figure(qint64 currencyMicros, int minDecimals, const QLocale &givenLocale)
{
    const QLocale locale = moneyLocale(givenLocale);
    Q_ASSERT(minDecimals >= 0 && minDecimals <= 6);
    const quint64 magnitude
        = currencyMicros < 0 ? quint64(-(currencyMicros + 1)) + 1 : quint64(currencyMicros);
    QString fraction = QString::number(magnitude % 1'000'000).rightJustified(6, u'0');
    while (fraction.size() > minDecimals && fraction.endsWith(u'0'))
        fraction.chop(1);
    return figureText(magnitude / 1'000'000, fraction, locale);
}

QString CurrencyDisplay::withSymbol(const QString &figure, bool negative,
                                    const QLocale &givenLocale) const
{
    const QLocale locale = moneyLocale(givenLocale);
    // Where the locale puts a symbol, and with what space: the text around a "1".
    const QString one = locale.toString(qlonglong(1));
    const QString pattern = locale.toCurrencyString(qlonglong(1), symbol(locale));
    const qsizetype at = pattern.indexOf(one);
    const QString text = at < 0 ? QString(symbol(locale) + figure)
                                : QString(pattern.left(at) + figure + pattern.mid(at + one.size()));
    return negative ? locale.negativeSign() + text : text;
}

QString CurrencyDisplay::symbol(const QLocale &givenLocale) const
{
    const QLocale locale = moneyLocale(givenLocale);
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == m_code) {
        const QString own = locale.currencySymbol(QLocale::CurrencySymbol);
        if (!own.isEmpty())
            return own;
    }
    const Currency *currency = find(m_code);
    if (!currency)
        return m_code;
    const QString symbol = QString::fromUtf16(currency->symbol);
    return symbol == locale.currencySymbol(QLocale::CurrencySymbol)
        ? QString::fromUtf16(currency->distinctSymbol)
        : symbol;
}
