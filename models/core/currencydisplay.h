#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>

#include <optional>

// The currency the desktop app shows money in: an ISO 4217 code from a short fixed list and the
// rate the user gave, as integer micro-units of that currency per US dollar (EUR 0.92 → 920000).
// Storage, sums and budgets stay in micro-dollars; this only turns an amount into text. The
// conversion is exact (128-bit product, rounded once, halves away from zero), so no double ever
// holds money.
class CurrencyDisplay
{
public:
    // A rate above this (units of the currency per US dollar) is a typing error.
    static constexpr qint64 maxMicrosPerUsd = 100'000LL * 1'000'000;

    CurrencyDisplay() = default; // US dollars

    // Nothing for a code not in codes() or a rate outside (0, maxMicrosPerUsd]. US dollars are
    // always one to one, whatever the rate given.
    static std::optional<CurrencyDisplay> make(QStringView code, qint64 microsPerUsd);
    // USD, EUR, GBP, CHF, JPY, CAD, AUD, INR, CNY, SEK.
    static QStringList codes();
    static bool isKnownCode(QStringView code);
    // Digits after the decimal mark of the currency's minor unit: 0 for JPY, 2 for the others,
    // -1 for a code not in the list.
    static int minorDigits(QStringView code);

    static bool isValidRate(qint64 microsPerUsd)
    {
        return microsPerUsd > 0 && microsPerUsd <= maxMicrosPerUsd;
    }
    // A rate as the user typed it, in micro-units: the locale's decimal mark and grouping
    // ("0,92" in German, "1,234.5" in English), or a plain "." for decimals in any locale
    // ("0.92" in German too). Nothing for text that is not a number or that grouping makes
    // ambiguous ("0,92" in English). Sign and range are the caller's to check (isValidRate).
    static std::optional<qint64> parseRate(QStringView text, const QLocale &locale = QLocale());
    // A rate for the rate field: "0.92", "0,92", "149.5"; as many decimals as it has.
    static QString rateText(qint64 microsPerUsd, const QLocale &locale = QLocale());

    const QString &code() const { return m_code; }
    qint64 microsPerUsd() const { return m_microsPerUsd; }
    int minorDigits() const { return m_minorDigits; }
    bool isUsd() const { return m_code == usd(); }

    // The amount in micro-units of this currency, exact, halves away from zero (saturating at
    // qint64's range, which no real amount reaches).
    qint64 toMicros(qint64 usdMicros) const;
    // The amount in the currency's minor unit (cents, yen), rounded once from the exact value.
    qint64 toMinorUnits(qint64 usdMicros) const;

    // In the locale's form, rounded to the minor unit: en "$1,234.56", de "1.234,56 €",
    // ja "￥1,235". An amount that rounds to nothing but is not zero reads "<$0.01", "<0,01 €"
    // (negative: "-<$0.01"); negative amounts carry the locale's minus sign in front. The C
    // locale, which has no currency format, writes as American English does.
    QString format(qint64 usdMicros, const QLocale &locale = QLocale()) const;
    // A figure of micro-units of this currency with at least `minDecimals` and at most six
    // decimals (zeros beyond `minDecimals` dropped), in the locale's digits and marks, no symbol
    // and no sign: 1234560000 → "1,234.56".
    static QString figure(qint64 currencyMicros, int minDecimals, const QLocale &locale);
    // `figure` with the currency's symbol where the locale puts it, and the minus sign in
    // front when `negative`: "1,25k" → "1,25k €".
    QString withSymbol(const QString &figure, bool negative,
                       const QLocale &locale = QLocale()) const;
    // The symbol in `locale`: the locale's own for its own currency (ja: "￥"), otherwise a
    // widely read one ("€", "CHF"), unambiguous where the locale's own currency uses the same
    // sign (USD in Canada: "US$").
    QString symbol(const QLocale &locale = QLocale()) const;

    friend bool operator==(const CurrencyDisplay &a, const CurrencyDisplay &b)
    {
        return a.m_code == b.m_code && a.m_microsPerUsd == b.m_microsPerUsd;
    }
    friend bool operator!=(const CurrencyDisplay &a, const CurrencyDisplay &b) { return !(a == b); }

private:
    static QString usd() { return QStringLiteral("USD"); }

    QString m_code = usd();
    qint64 m_microsPerUsd = 1'000'000;
    int m_minorDigits = 2;
};
