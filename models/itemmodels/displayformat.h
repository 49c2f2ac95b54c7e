#pragma once

#include "core/costkind.h"
#include "core/currencydisplay.h"
#include "ledger/reportquery.h"

#include <QFlags>
#include <QString>
#include <QVariant>

// How figures read in tables, cards and tooltips. Money is never a double here either: it is
// formatted from micro-dollars, in the display currency and the default QLocale.
namespace DisplayFormat {

// The currency every amount of the desktop app is shown in (US dollars until set). Presentation
// state of the whole process, as QLocale::setDefault() is: the app sets it at start and when
// Settings change it, and reads it on the GUI thread. burnrate-cli never sets it, and exports
// write plain dollars whatever it is.
void setCurrency(const CurrencyDisplay &currency);
const CurrencyDisplay &currency();

// An amount of micro-dollars in the display currency: "$12.35", "12,35 €", "<$0.01".
QString money(qint64 usdMicros);
// With its sign either way, for changes: "+$1.20", "-$1.20", "$0.00".
QString signedMoney(qint64 usdMicros);
// "$12.35", or "unpriced" when none of the usage had a price: never "$0.00" for unknown cost.
QString cost(const ReportTotals &totals);
QString costKind(AggregateCostKind kind); // "estimated", "billed", "mixed", "unpriced"
// What a cost figure is made of, for tooltips.
QString costToolTip(const ReportTotals &totals);
QString number(qint64 value); // grouped by the locale: 1,234,567
QString compactNumber(qint64 value); // 1.2M, 34.5k, 999
QString dateTime(qint64 utcMs); // local time, short format; "never" for 0
// A figure as people type it, in any locale, as plain digits with "." for decimals: "$1,250.50",
// "1.250,50" and "1 250,5" all give "1250.50"/"1250.5". The last "." or "," with one or two
// digits after it is the decimal mark; any other "." "," or space groups thousands.
QString typedFigure(QString text);
// Money as short as it stays exact, for chart axes: "$0.0125", "$2", "$3.15", "$1.25k", "$2M";
// in euros in German "1,25k €".
QString compactMoney(qint64 usdMicros);
// The same figure without the currency's symbol ("1.25k"), to write ranges: "$40–50".
QString compactFigure(qint64 usdMicros);
// Wraps a figure (or a range of them) in the currency's symbol as the locale places it:
// "40–50" → "$40–50", "40–50 €".
QString withCurrencySymbol(const QString &figure);
// A rate in micro-dollars per million tokens, in the display currency: "$3.00", "$0.075",
// "0,069 €"; "—" when not given.
QString ratePerMillion(std::optional<qint64> micros);
// An amount in the display currency's major unit, for plotting only (never summed).
double chartValue(qint64 usdMicros);
// A QValueAxis label format for money axes up to `maximum` (in chartValue units), with the
// symbol where the locale puts it: "$%.0f", "%.2f €". Charts show it with localizeNumbers on.
QString chartLabelFormat(double maximum);

// The figure columns the spend models show for a ReportTotals.
enum class TotalsColumn { Cost, Share, Tokens, Requests, CostKind };

// Where the spend models' figure cells differ from one another.
enum class TotalsCellOption {
    TokensToolTip = 0x1, // Tokens: a tooltip with the count by kind (input, cache, output)
    DashWithoutUsage = 0x2, // Cost: "—" rather than "$0.00" where there is no usage
    UnpricedSortsAsZero = 0x4, // Cost: unpriced sorts as its $0 sum, not below every figure
};
Q_DECLARE_FLAGS(TotalsCellOptions, TotalsCellOption)

// One figure cell of `totals` for `role` (Qt's display and tooltip roles, ItemRole::Sort); a null
// QVariant for other roles. `whole` is what Share divides by.
QVariant totalsCell(TotalsColumn column, const ReportTotals &totals, const ReportTotals &whole,
                    int role, TotalsCellOptions options = {});

} // namespace DisplayFormat

Q_DECLARE_OPERATORS_FOR_FLAGS(DisplayFormat::TotalsCellOptions)
