#pragma once

#include "budgetevaluator.h"

#include <QList>

// A budget period as a burn-down: what is left of the limit over time, the forecast pace to the
// period's end, and the even pace that would spend the limit exactly. Values are in the limit's
// unit (micro-dollars or tokens) and go below zero once the budget is overspent.
struct BurnDownPoint
{
    qint64 atMs = 0; // an instant: the start of the period or the end of a local day
    qint64 remaining = 0;
    friend bool operator==(const BurnDownPoint &, const BurnDownPoint &) = default;
};

struct BurnDown
{
    qint64 limit = 0;
    bool inTokens = false;
    qint64 startMs = 0; // the period's first instant
    qint64 endMs = 0; // and its end
    // From the period's start (the whole limit) through each finished day to now.
    QList<BurnDownPoint> actual;
    // From now to the period's end at the forecast pace; empty without a forecast (no history,
    // or the period is over).
    QList<BurnDownPoint> forecast;
    // The limit spent evenly: from the whole limit at the start to nothing at the end.
    QList<BurnDownPoint> evenPace;
};

// Days are counted in the budget's own zone.
BurnDown burnDownOf(const BudgetEvaluation &evaluation, qint64 nowMs);
