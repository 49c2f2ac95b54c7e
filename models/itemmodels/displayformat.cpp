#include "displayformat.h"

#include "core/money.h"
#include "itemroles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace {

// Gives lupdate and tr() the context "DisplayFormat".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};

CurrencyDisplay &displayCurrency()
{
    static CurrencyDisplay currency;
    return currency;
}

} // namespace

namespace DisplayFormat {

void setCurrency(const CurrencyDisplay &currency)
{
    displayCurrency() = currency;
}

const CurrencyDisplay &currency()
{
    return displayCurrency();
}

QString money(qint64 usdMicros)
{
    return currency().format(usdMicros);
}

QString signedMoney(qint64 usdMicros)
{
    // A positive amount rounding to nothing ("<$0.01") still shows which way it went.
    return usdMicros > 0 ? QLocale().positiveSign() + money(usdMicros) : money(usdMicros);
}

QString cost(const ReportTotals &totals)
{
    if (totals.records > 0 && totals.costKind() == AggregateCostKind::Unpriced)
        return Text::tr("unpriced");
    return money(totals.costMicros);
}

QString costKind(AggregateCostKind kind)
{
    switch (kind) {
    case AggregateCostKind::Estimated:
        return Text::tr("estimated");
    case AggregateCostKind::Billed:
        return Text::tr("billed");
    case AggregateCostKind::Mixed:
        return Text::tr("mixed");
    case AggregateCostKind::Unpriced:
        return Text::tr("unpriced");
    }
    return {};
}

QString costToolTip(const ReportTotals &totals)
{
    if (totals.records == 0)
        return Text::tr("No usage");
    switch (totals.costKind()) {
    case AggregateCostKind::Billed:
        return Text::tr("Billed: the cost the provider reported");
    case AggregateCostKind::Estimated:
        return Text::tr("Estimated: token counts priced with the price table");
    case AggregateCostKind::Unpriced:
        return Text::tr("Unpriced: no price is known for this usage, so it has no cost figure");
    case AggregateCostKind::Mixed:
        break;
    }
    QString text = Text::tr("Mixed: %1 billed, %2 estimated")
                       .arg(money(totals.billedMicros), money(totals.estimatedMicros()));
    if (totals.unpricedRecords > 0) {
        text += u'\n'
            + (totals.unpricedRecords == 1
                   ? Text::tr("1 record unpriced, not included in the sum")
                   : Text::tr("%1 records unpriced, not included in the sum")
                         .arg(number(totals.unpricedRecords)));
    }
    return text;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString compactNumber(qint64 value)
{
    const QLocale locale;
    const double magnitude = std::abs(double(value));
    // One decimal, dropped when it is zero: 1.5M, 200k.
    const auto scaled = [&](double divisor) {
        const double rounded = std::round(double(value) / divisor * 10.0) / 10.0;
        return locale.toString(rounded, 'f', rounded == std::trunc(rounded) ? 0 : 1);
    };
    if (magnitude >= 1e9)
        return Text::tr("%1B").arg(scaled(1e9));
    if (magnitude >= 1e6)
        return Text::tr("%1M").arg(scaled(1e6));
    if (magnitude >= 1e4)
        return Text::tr("%1k").arg(scaled(1e3));
    return locale.toString(value);
}

QString dateTime(qint64 utcMs)
{
    if (utcMs <= 0)
        return Text::tr("never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(),
                              QLocale::ShortFormat);
}

QString compactFigure(qint64 usdMicros)
{
    const qint64 micros = currency().toMicros(usdMicros);
    const qint64 magnitude = micros < 0 ? -micros : micros;
    const QLocale locale;
    const QString sign = micros < 0 ? locale.negativeSign() : QString();
    if (magnitude >= 1'000'000 * Money::microsPerDollar)
        return sign
            + Text::tr("%1M").arg(CurrencyDisplay::figure(magnitude / 1'000'000, 0, locale));
    if (magnitude >= 1'000 * Money::microsPerDollar)
        return sign + Text::tr("%1k").arg(CurrencyDisplay::figure(magnitude / 1'000, 0, locale));
    return sign + CurrencyDisplay::figure(magnitude, 0, locale);
}

QString withCurrencySymbol(const QString &figure)
{
    return currency().withSymbol(figure, false);
}

QString compactMoney(qint64 usdMicros)
{
    const QString figure = compactFigure(usdMicros);
    const QString sign = QLocale().negativeSign();
    // The minus goes before the symbol, as it does on every other amount: "-$0.5".
    if (usdMicros < 0 && figure.startsWith(sign))
        return currency().withSymbol(figure.mid(sign.size()), true);
    return currency().withSymbol(figure, false);
}

QString ratePerMillion(std::optional<qint64> micros)
{
    if (!micros)
        return QStringLiteral("—");
    // The currency's decimals at least, more when the rate has them (cache reads cost fractions
    // of a cent).
    const qint64 converted = currency().toMicros(*micros);
    return currency().withSymbol(
        CurrencyDisplay::figure(converted, currency().minorDigits(), QLocale()), converted < 0);
}

double chartValue(qint64 usdMicros)
{
    return double(currency().toMicros(usdMicros)) / double(Money::microsPerDollar);
}

QString chartLabelFormat(double maximum)
{
    const int decimals = maximum >= 20 ? 0 : std::min(2, currency().minorDigits());
    return currency().withSymbol(QStringLiteral("%.%1f").arg(decimals), false);
}

QVariant totalsCell(TotalsColumn column, const ReportTotals &totals, const ReportTotals &whole,
                    int role, TotalsCellOptions options)
{
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRole::Sort;
    switch (column) {
    case TotalsColumn::Cost:
        if (display) {
            if (options.testFlag(TotalsCellOption::DashWithoutUsage) && totals.records == 0)
                return QStringLiteral("—");
            return cost(totals);
        }
        if (sort) {
            // Unpriced sorts below every priced figure, even $0.
            if (!options.testFlag(TotalsCellOption::UnpricedSortsAsZero)
                && totals.costKind() == AggregateCostKind::Unpriced)
                return qint64(-1);
            return totals.costMicros;
        }
        if (role == Qt::ToolTipRole)
            return costToolTip(totals);
        break;
    case TotalsColumn::Share: {
        const qint64 all = whole.costMicros;
        const double share = all > 0 ? 100.0 * double(totals.costMicros) / double(all) : 0.0;
        if (display)
            return all > 0 ? Text::tr("%1 %").arg(QLocale().toString(share, 'f', 1)) : QString();
        if (sort)
            return share;
        break;
    }
    case TotalsColumn::Tokens:
        if (display)
            return number(totals.tokens.total());
        if (sort)
            return totals.tokens.total();
        if (role == Qt::ToolTipRole && options.testFlag(TotalsCellOption::TokensToolTip)) {
            return Text::tr("Input %1, cache write %2, cache read %3, output %4 (reasoning %5)")
                .arg(number(totals.tokens.input), number(totals.tokens.cacheWrite()),
                     number(totals.tokens.cacheRead), number(totals.tokens.output),
                     number(totals.tokens.reasoning));
        }
        break;
    case TotalsColumn::Requests:
        if (display)
            return number(totals.requests);
        if (sort)
            return totals.requests;
        break;
    case TotalsColumn::CostKind:
        if (display || sort)
            return costKind(totals.costKind());
        if (role == Qt::ToolTipRole)
            return costToolTip(totals);
        break;
    }
    return {};
}

QString typedFigure(QString text)
{
    text.remove(u'$');
    for (const QChar space : {QChar(u' '), QChar(0x00A0), QChar(0x202F)})
        text.remove(space);
    const qsizetype mark = std::max(text.lastIndexOf(u'.'), text.lastIndexOf(u','));
    QString whole = text;
    QString fraction;
    if (mark >= 0 && text.size() - mark - 1 >= 1 && text.size() - mark - 1 <= 2) {
        whole = text.left(mark);
        fraction = text.mid(mark + 1);
    }
    whole.remove(u'.');
    whole.remove(u',');
    return fraction.isEmpty() ? whole : whole + u'.' + fraction;
}

} // namespace DisplayFormat
