#include "budgetforecast.h"

#include "core/calendar.h"

#include <QDateTime>

#include <array>
#include <cmath>

QString forecastConfidenceName(ForecastConfidence confidence)
{
    switch (confidence) {
    case ForecastConfidence::None:
        return QStringLiteral("none");
    case ForecastConfidence::Low:
        return QStringLiteral("low");
    case ForecastConfidence::Medium:
        return QStringLiteral("medium");
    case ForecastConfidence::High:
        return QStringLiteral("high");
    }
    return {};
}

namespace {

// Expected share of an average day's spend, per weekday (index 1 = Monday … 7 = Sunday).
using WeekdayWeights = std::array<double, 8>;

// Learns the weights from complete history days: per weekday with two weeks or more, weekdays
// against weekends with one week or more, flat below that.
WeekdayWeights weekdayWeights(const QList<std::pair<QDate, qint64>> &history)
{
    WeekdayWeights weights;
    weights.fill(1.0);
    if (history.size() < 7)
        return weights;
    double total = 0;
    for (const auto &[day, amount] : history)
        total += double(amount);
    const double mean = total / double(history.size());
    if (mean <= 0)
        return weights;
    const auto groupOf = [&](int weekday) {
        return history.size() >= 14 ? weekday : (weekday >= Qt::Saturday ? 7 : 1);
    };
    std::array<double, 8> sums {};
    std::array<int, 8> counts {};
    for (const auto &[day, amount] : history) {
        sums[size_t(groupOf(day.dayOfWeek()))] += double(amount);
        ++counts[size_t(groupOf(day.dayOfWeek()))];
    }
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const auto group = size_t(groupOf(weekday));
        if (counts[group] > 0)
            weights[size_t(weekday)] = sums[group] / double(counts[group]) / mean;
    }
    return weights;
}

} // namespace

Forecast forecastBudget(const ForecastInput &input)
{
    Forecast forecast;
    const BudgetPeriodSpan &period = input.period;
    if (!period.first.isValid() || !period.last.isValid())
        return forecast;
    const QDate today = QDateTime::fromMSecsSinceEpoch(input.nowMs, input.zone).date();
    const QDate spentUntil = std::min(today, period.last);
    for (auto it = input.daily.lowerBound(period.first);
         it != input.daily.cend() && it.key() <= spentUntil; ++it)
        forecast.spent += it.value();
    forecast.atPeriodEnd = forecast.spent;
    if (input.limit > 0 && forecast.spent >= input.limit)
        forecast.exceededAtMs = input.nowMs;
    if (input.nowMs >= period.endMs) { // the period is over: nothing left to guess
        forecast.confidence = ForecastConfidence::High;
        forecast.basis = QStringLiteral("the period is over");
        return forecast;
    }

    // Complete days of history, from the first day with any usage (a newcomer's empty weeks
    // before their first use say nothing about their pace).
    QDate historyStart = today.addDays(-input.historyDays);
    for (auto it = input.daily.lowerBound(historyStart); it != input.daily.cend(); ++it) {
        if (it.value() > 0) {
            historyStart = it.key();
            break;
        }
    }
    QList<std::pair<QDate, qint64>> history;
    for (QDate day = historyStart; day < today; day = day.addDays(1))
        history.append({day, input.daily.value(day)});
    const WeekdayWeights weights = weekdayWeights(history);

    // The pace: an average day's spend, from the last 7 complete days with their weekday weight
    // taken out.
    double recentSum = 0;
    double recentWeight = 0;
    QList<double> normalised;
    for (qsizetype i = std::max<qsizetype>(0, history.size() - 7); i < history.size(); ++i) {
        const double weight = weights[size_t(history[i].first.dayOfWeek())];
        recentSum += double(history[i].second);
        recentWeight += weight;
        if (weight > 0)
            normalised.append(double(history[i].second) / weight);
    }
    const qint64 startOfToday = Calendar::startOfLocalDayMs(today, input.zone);
    const qint64 endOfToday = Calendar::startOfLocalDayMs(today.addDays(1), input.zone);
    double pace = 0;
    if (recentWeight > 0) {
        pace = recentSum / recentWeight;
    } else {
        // No complete day yet: today's spend so far, stretched over the whole day.
        const double elapsed = double(input.nowMs - startOfToday)
            / double(std::max<qint64>(1, endOfToday - startOfToday));
        const qint64 todaySoFar = input.daily.value(today);
        if (elapsed > 0 && todaySoFar > 0)
            pace
                = double(todaySoFar) / elapsed / std::max(0.05, weights[size_t(today.dayOfWeek())]);
    }
    forecast.dailyRate = qint64(std::llround(pace));

    // Fill the rest of the period at that pace, day by day, and find where the limit falls.
    qint64 cumulative = forecast.spent;
    const bool watchLimit = input.limit > 0 && cumulative < input.limit;
    const auto addSegment = [&](qint64 fromMs, qint64 untilMs, double amount) {
        if (amount <= 0 || untilMs <= fromMs)
            return;
        const qint64 before = cumulative;
        cumulative += qint64(std::llround(amount));
        if (watchLimit && !forecast.exhaustsAtMs && before < input.limit
            && cumulative >= input.limit) {
            const double share = double(input.limit - before) / amount;
            forecast.exhaustsAtMs = fromMs + qint64(std::ceil(share * double(untilMs - fromMs)));
        }
    };
    QDate day = std::max(today, period.first);
    qint64 dayStart = std::max(input.nowMs, period.startMs);
    for (; day <= period.last; day = day.addDays(1)) {
        const qint64 dayEnd = Calendar::startOfLocalDayMs(day.addDays(1), input.zone);
        const qint64 dayBegin = Calendar::startOfLocalDayMs(day, input.zone);
        const double share
            = double(dayEnd - dayStart) / double(std::max<qint64>(1, dayEnd - dayBegin));
        addSegment(dayStart, dayEnd, pace * weights[size_t(day.dayOfWeek())] * share);
        dayStart = dayEnd;
    }
    forecast.atPeriodEnd = cumulative;

    // Confidence: days of history, and how steady the weekday-adjusted daily spend is.
    double variation = 0;
    if (normalised.size() >= 2) {
        double mean = 0;
        for (const double value : std::as_const(normalised))
            mean += value;
        mean /= double(normalised.size());
        double squares = 0;
        for (const double value : std::as_const(normalised))
            squares += (value - mean) * (value - mean);
        variation = mean > 0 ? std::sqrt(squares / double(normalised.size() - 1)) / mean : 0;
    }
    const qsizetype days = history.size();
    if (pace <= 0 && forecast.spent == 0)
        forecast.confidence = ForecastConfidence::None;
    else if (days < 7 || variation > 1.0)
        forecast.confidence = ForecastConfidence::Low;
    else if (days < 14 || variation > 0.5)
        forecast.confidence = ForecastConfidence::Medium;
    else
        forecast.confidence = ForecastConfidence::High;

    if (days == 0) {
        forecast.basis = QStringLiteral("no complete day of usage yet");
    } else {
        double weekdays = 0;
        double weekends = 0;
        for (int weekday = 1; weekday <= 7; ++weekday)
            (weekday >= Qt::Saturday ? weekends : weekdays) += weights[size_t(weekday)];
        forecast.basis = QStringLiteral("%1 days of history").arg(days);
        if (days >= 7 && weekends > 0 && std::abs(weekdays / 5 - weekends / 2) > 0.05)
            forecast.basis += QStringLiteral(", weekdays %1× weekends")
                                  .arg(weekdays / 5 / (weekends / 2), 0, 'f', 1);
        else if (days >= 7 && weekends == 0)
            forecast.basis += QStringLiteral(", no weekend usage");
    }
    return forecast;
}
