#pragma once

#include "core/costkind.h"
#include "ledger/reportquery.h"

#include <QFlags>
#include <QString>
#include <QVariant>

// How figures read in tables, cards and tooltips. Money is never a double here either: it is
// formatted from micro-dollars.
namespace DisplayFormat {

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
// Dollars as short as they stay exact, for chart axes: "$0.0125", "$2", "$3.15", "$1.25k", "$2M".
QString compactUsd(qint64 micros);
// A rate in micro-dollars per million tokens: "$3.00", "$0.075", "—" when not given.
QString ratePerMillion(std::optional<qint64> micros);

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
