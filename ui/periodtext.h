#pragma once

#include "analytics/dashboardstate.h"
#include "analytics/reportperiod.h"

#include <QString>

// Words for periods and date spans.
namespace PeriodText {

QString name(ReportPeriod period); // "This month"
QString span(const DateSpan &span); // "1 – 22 Nov 2026"
QString dayLabel(const QDate &day); // "22 Nov", for chart axes
// "model claude-sonnet-4 · source OpenAI"; empty without a filter.
QString filterText(const DashboardFilter &filter);
// The same after " · ", for headings; empty without a filter.
QString filterSuffix(const DashboardFilter &filter);

} // namespace PeriodText
