#pragma once

#include "ledger/reportquery.h"

#include <QList>
#include <QString>
#include <QStringList>

// One value of a report key with its sums, e.g. one person over all models.
struct GroupSpend
{
    QString key; // null when the report did not know the value (no team, unmatched identity)
    QString personName; // when the key is a person
    ReportTotals totals;
    QString topValue; // the value of the "top" key that cost most within this group
};

// Sums a report's rows by one of its keys. `topKey`, when the report has it, names the value of
// that key with the largest cost in each group (tokens break ties: unpriced usage has no cost).
// Groups come out by cost, largest first, then by tokens and key.
QList<GroupSpend> collapseReport(const Report &report, ReportKey groupKey,
                                 std::optional<ReportKey> topKey = std::nullopt);

// A report turned into stacked bars: categories along one key, one series per value of another.
struct StackedBreakdown
{
    QStringList categories; // key values, e.g. day keys or person emails
    QStringList categoryLabels; // what to show: person names for people, else the key
    QStringList series; // largest total first; the folded rest last
    QList<QList<qint64>> micros; // [series][category]
    QList<qint64> seriesTotals; // micros per series
    qint64 totalMicros = 0;
    bool hasOther = false; // the last series folds the smaller ones

    bool isEmpty() const { return totalMicros == 0; }
    qint64 largestStackMicros() const;
};

struct StackOptions
{
    int maxSeries = 6; // the largest series; the rest are folded into one
    QString otherLabel = QStringLiteral("other");
    QString unknownLabel = QStringLiteral("unknown"); // label of a null key value
    // Categories in this order, including those without usage (every day of a period). When
    // empty, the report's categories sorted by cost, largest first.
    QStringList fixedCategories;
    QStringList fixedCategoryLabels; // labels of the fixed categories; the keys when empty
    int maxCategories = 0; // 0: all; else the largest, the rest dropped (not folded)
};

StackedBreakdown stackReport(const Report &report, ReportKey categoryKey, ReportKey seriesKey,
                             const StackOptions &options = {});
