#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

// Money is integer micro-dollars everywhere: storage, sums and transport. Only presentation turns
// it into text, and only parsing of decimal text turns text into it (no doubles on the way).
namespace Money {

constexpr qint64 microsPerDollar = 1'000'000;

// "12.345678" → 12345678. Accepts an optional sign, digits, an optional fraction and an optional
// exponent ("1.5e-3", as JSON numbers may have). Fractions below a micro-dollar are rounded half
// away from zero. Returns nothing for anything that is not a plain decimal number.
std::optional<qint64> parseDecimalUsd(QStringView text);
// Same parser for decimal text in another unit: cents ("123.4567" cents → 1234567 micros).
std::optional<qint64> parseDecimalCents(QStringView text);

// 12345678 → "12.35" (two decimals) or "12.345678" (six); always a dot, no grouping.
QString toDecimalString(qint64 micros, int decimals = 6);
// 12345678 → "$12.35"; amounts under a cent but above zero show as "<$0.01".
QString formatUsd(qint64 micros);

// Exact round(numerator / denominator), halves away from zero; denominator > 0.
qint64 divideRounded(qint64 numerator, qint64 denominator);
// Exact value × numerator / denominator with a 128-bit product, rounded down (floor) or up
// (ceiling); denominator > 0 and the result within qint64. For changing units of money.
qint64 scaleFloor(qint64 value, qint64 numerator, qint64 denominator);
qint64 scaleCeiling(qint64 value, qint64 numerator, qint64 denominator);
// The same rounded to the nearest, halves away from zero.
qint64 scaleRounded(qint64 value, qint64 numerator, qint64 denominator);

// GCC and Clang have a 128-bit integer; __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;
// scaleRounded without the qint64 result: for callers that saturate or split the result
// themselves (a product of micro-dollars and a currency rate needs up to 100 bits).
Int128 scaleRoundedWide(qint64 value, qint64 numerator, qint64 denominator);

} // namespace Money
