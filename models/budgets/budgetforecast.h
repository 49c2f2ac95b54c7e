#pragma once

#include "budget.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

enum class ForecastConfidence { None, Low, Medium, High };
QString forecastConfidenceName(ForecastConfidence confidence); // "none", "low", "medium", "high"

// What a forecast is made from: spend per local day (money in micro-dollars or tokens, as the
// budget's limit is) over the recent history and the period so far, today's partial day included.
struct ForecastInput
{
    BudgetPeriodSpan period;
    QTimeZone zone;
    qint64 nowMs = 0;
    qint64 limit = 0;
    QMap<QDate, qint64> daily; // days without usage may be missing
    int historyDays = 28; // how far back the burn rate and weekday profile look
};

struct Forecast
{
    qint64 spent = 0; // in the period up to now
    qint64 atPeriodEnd = 0; // spent plus what the rest of the period is expected to add
    // When spending is expected to reach the limit, inside the period; none when it is not
    // expected to, or when it already has.
    std::optional<qint64> exhaustsAtMs;
    std::optional<qint64> exceededAtMs; // not known from daily sums: set when spent ≥ limit
    qint64 dailyRate = 0; // expected spend of an average day at the recent pace
    ForecastConfidence confidence = ForecastConfidence::None;
    QString basis; // one line for people: "14 active days, weekdays 3.1× weekends"
};

// Projects the period's end from the recent burn rate: the last 7 complete days, each divided by
// its weekday's weight (learned from the history, so quiet weekends are expected quiet), give the
// pace; the rest of today and the period's remaining days are filled in at that pace times their
// weight. Never projects beyond the period's end. Confidence grows with the days of history and
// falls with how much the daily spend varies.
Forecast forecastBudget(const ForecastInput &input);
