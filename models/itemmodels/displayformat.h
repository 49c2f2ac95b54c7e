#pragma once

#include "core/costkind.h"
#include "ledger/reportquery.h"

#include <QString>

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
// A rate in micro-dollars per million tokens: "$3.00", "$0.075", "—" when not given.
QString ratePerMillion(std::optional<qint64> micros);

} // namespace DisplayFormat
