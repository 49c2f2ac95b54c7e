#pragma once

#include "breakdown.h"

// Who spent more or less than in the period before: the groups (people, teams) of both
// periods with the change in cost, largest change (either way) first.
struct Mover
{
    QString key;
    QString name; // a person's name when the key is one; else the key
    ReportTotals current;
    ReportTotals previous;

    qint64 changeMicros() const { return current.costMicros - previous.costMicros; }
    // Percent change against the previous period; none when nothing was spent then.
    std::optional<double> changePercent() const;
};

QList<Mover> topMovers(const QList<GroupSpend> &current, const QList<GroupSpend> &previous,
                       int limit);
