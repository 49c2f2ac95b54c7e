#include "burndown.h"

#include <QDateTime>

BurnDown burnDownOf(const BudgetEvaluation &evaluation, qint64 nowMs)
{
    const QTimeZone zone = budgetTimeZone(evaluation.budget);
    BurnDown burnDown;
    burnDown.limit = evaluation.limit;
    burnDown.inTokens = evaluation.budget.limitsTokens();
    burnDown.startMs = evaluation.period.startMs;
    burnDown.endMs = evaluation.period.endMs;
    if (!evaluation.period.first.isValid() || burnDown.endMs <= burnDown.startMs)
        return burnDown;

    const qint64 until = std::clamp(nowMs, burnDown.startMs, burnDown.endMs);
    qint64 remaining = evaluation.limit;
    burnDown.actual.append({burnDown.startMs, remaining});
    for (QDate day = evaluation.period.first; day <= evaluation.period.last; day = day.addDays(1)) {
        // The end of a local day is the start of the next (23 or 25 hours on DST days).
        const qint64 dayEndMs = std::min(
            QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch(), burnDown.endMs);
        remaining -= evaluation.daily.value(day);
        if (dayEndMs >= until) {
            // Today, so far.
            burnDown.actual.append({until, remaining});
            break;
        }
        burnDown.actual.append({dayEndMs, remaining});
    }
    const qint64 spent = evaluation.limit - remaining;
    if (until < burnDown.endMs && evaluation.forecast.confidence != ForecastConfidence::None) {
        const qint64 expected = std::max(evaluation.forecast.atPeriodEnd, spent);
        burnDown.forecast = {{until, remaining}, {burnDown.endMs, evaluation.limit - expected}};
    }
    burnDown.evenPace = {{burnDown.startMs, evaluation.limit}, {burnDown.endMs, 0}};
    return burnDown;
}
