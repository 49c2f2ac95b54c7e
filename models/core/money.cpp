#include "money.h"

#include <cstdlib>
#include <limits>

namespace Money {

namespace {

// Parses decimal text into an integer in units of 10^-scale, exactly.
std::optional<qint64> parseScaled(QStringView text, int scale)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    qsizetype pos = 0;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++pos;
    }
    // Collect the significant digits and the position of the decimal point.
    QString digits;
    int fractionDigits = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (; pos < text.size(); ++pos) {
        const QChar c = text[pos];
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
            seenDigit = true;
            if (seenPoint)
                ++fractionDigits;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    int exponent = 0;
    if (pos < text.size()) {
        if (text[pos] != u'e' && text[pos] != u'E')
            return std::nullopt;
        const QStringView exponentText = text.mid(pos + 1);
        // toInt would accept spaces ("1e 3"); only a sign and ASCII digits are a JSON exponent.
        for (qsizetype i = 0; i < exponentText.size(); ++i) {
            const QChar c = exponentText[i];
            const bool isSign = i == 0 && (c == u'-' || c == u'+');
            if (!isSign && !(c >= u'0' && c <= u'9'))
                return std::nullopt;
        }
        bool ok = false;
        exponent = exponentText.toInt(&ok);
        if (!ok || exponent > 30 || exponent < -30)
            return std::nullopt;
    }
    // value = digits × 10^(exponent − fractionDigits); we want value × 10^scale.
    int shift = exponent - fractionDigits + scale;
    // Strip leading zeros so large-but-valid inputs do not overflow needlessly.
    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() - 1 && digits[firstNonZero] == u'0')
        ++firstNonZero;
    digits = digits.mid(firstNonZero);
    bool roundUp = false;
    if (shift < 0) {
        const qsizetype drop = -shift;
        if (drop > digits.size()) {
            digits = QStringLiteral("0");
        } else {
            roundUp = digits[digits.size() - drop] >= u'5';
            digits.chop(drop);
            if (digits.isEmpty())
                digits = QStringLiteral("0");
        }
        shift = 0;
    }
    if (digits.size() + shift > 18)
        return std::nullopt; // beyond qint64 with margin: not a believable amount
    qint64 value = 0;
    for (const QChar c : std::as_const(digits))
        value = value * 10 + (c.unicode() - u'0');
    for (int i = 0; i < shift; ++i)
        value *= 10;
    if (roundUp)
        ++value;
    return negative ? -value : value;
}

} // namespace

std::optional<qint64> parseDecimalUsd(QStringView text)
{
    return parseScaled(text, 6);
}

std::optional<qint64> parseDecimalCents(QStringView text)
{
    return parseScaled(text, 4);
}

QString toDecimalString(qint64 micros, int decimals)
{
    Q_ASSERT(decimals >= 0 && decimals <= 6);
    qint64 divisor = 1;
    for (int i = decimals; i < 6; ++i)
        divisor *= 10;
    const qint64 scaled = divideRounded(micros, divisor);
    const bool negative = scaled < 0;
    const quint64 magnitude = negative ? quint64(-(scaled + 1)) + 1 : quint64(scaled);
    quint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    QString text = QString::number(magnitude / unit);
    if (decimals > 0)
        text += u'.' + QString::number(magnitude % unit).rightJustified(decimals, u'0');
    return negative ? u'-' + text : text;
}

QString formatUsd(qint64 micros)
{
    if (micros > 0 && micros < 5'000)
        return QStringLiteral("<$0.01");
    if (micros < 0 && micros > -5'000)
        return QStringLiteral("-<$0.01");
    const QString text = toDecimalString(micros < 0 ? -micros : micros, 2);
    // Thousands separators for readability: "$12,345.67".
    const qsizetype point = text.indexOf(u'.');
    QString whole = text.left(point);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return (micros < 0 ? QStringLiteral("-$") : QStringLiteral("$")) + whole + text.mid(point);
}

qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    if (2 * std::llabs(remainder) >= denominator)
        return numerator < 0 ? quotient - 1 : quotient + 1;
    return quotient;
}

namespace {
// Floor division of a 128-bit value by a positive one.
Int128 floorDivide(Int128 value, Int128 divisor)
{
    const Int128 quotient = value / divisor;
    return quotient * divisor > value ? quotient - 1 : quotient;
}
} // namespace

Int128 scaleRoundedWide(qint64 value, qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    const Int128 twice = 2 * Int128(value) * numerator;
    return twice >= 0 ? floorDivide(twice + denominator, 2 * Int128(denominator))
                      : -floorDivide(-twice + denominator, 2 * Int128(denominator));
}

qint64 scaleRounded(qint64 value, qint64 numerator, qint64 denominator)
{
    return qint64(scaleRoundedWide(value, numerator, denominator));
}

qint64 scaleFloor(qint64 value, qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    return qint64(floorDivide(Int128(value) * numerator, denominator));
}

qint64 scaleCeiling(qint64 value, qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    return qint64(-floorDivide(-(Int128(value) * numerator), denominator));
}

} // namespace Money
