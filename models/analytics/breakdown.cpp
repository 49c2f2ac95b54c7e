#include "breakdown.h"

#include <QHash>

#include <algorithm>

namespace {

bool costsMore(const ReportTotals &a, const ReportTotals &b)
{
    if (a.costMicros != b.costMicros)
        return a.costMicros > b.costMicros;
    return a.tokens.total() > b.tokens.total();
}

} // namespace

QList<GroupSpend> collapseReport(const Report &report, ReportKey groupKey,
                                 std::optional<ReportKey> topKey)
{
    const qsizetype groupIndex = report.groupBy.indexOf(groupKey);
    const qsizetype topIndex = topKey ? report.groupBy.indexOf(*topKey) : -1;
    if (groupIndex < 0)
        return {};

    QList<GroupSpend> groups;
    QHash<QString, qsizetype> indexOfKey;
    // Per group: sums per value of the top key.
    QList<QHash<QString, ReportTotals>> topSums;
    for (const ReportRow &row : report.rows) {
        const QString key = row.keys.value(groupIndex);
        // A null key (unknown) and an empty one are the same group.
        const QString hashKey = key.isNull() ? QString() : key;
        auto found = indexOfKey.constFind(hashKey);
        qsizetype index = 0;
        if (found == indexOfKey.constEnd()) {
            index = groups.size();
            indexOfKey.insert(hashKey, index);
            groups.append(GroupSpend {key, row.personName, {}, {}});
            topSums.append(QHash<QString, ReportTotals>());
        } else {
            index = *found;
        }
        groups[index].totals += row.totals;
        if (topIndex >= 0)
            topSums[index][row.keys.value(topIndex)] += row.totals;
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QHash<QString, ReportTotals> &sums = topSums[i];
        const ReportTotals *best = nullptr;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            if (!best || costsMore(it.value(), *best)
                || (!costsMore(*best, it.value()) && it.key() < groups[i].topValue)) {
                best = &it.value();
                groups[i].topValue = it.key();
            }
        }
    }
    std::stable_sort(groups.begin(), groups.end(), [](const GroupSpend &a, const GroupSpend &b) {
        if (costsMore(a.totals, b.totals))
            return true;
        if (costsMore(b.totals, a.totals))
            return false;
        return a.key < b.key;
    });
    return groups;
}

qint64 StackedBreakdown::largestStackMicros() const
{
    qint64 largest = 0;
    for (qsizetype c = 0; c < categories.size(); ++c) {
        qint64 stack = 0;
        for (const QList<qint64> &values : micros)
            stack += values.value(c);
        largest = std::max(largest, stack);
    }
    return largest;
}

StackedBreakdown stackReport(const Report &report, ReportKey categoryKey, ReportKey seriesKey,
                             const StackOptions &options)
{
    StackedBreakdown result;
    const qsizetype categoryIndex = report.groupBy.indexOf(categoryKey);
    const qsizetype seriesIndex = report.groupBy.indexOf(seriesKey);
    if (categoryIndex < 0 || seriesIndex < 0)
        return result;
    const auto label = [&](const QString &value) {
        return value.isEmpty() ? options.unknownLabel : value;
    };

    // Series: the largest by cost keep their own bar segment; the rest become "other".
    QList<GroupSpend> seriesGroups = collapseReport(report, seriesKey);
    QHash<QString, qsizetype> seriesOfValue;
    const int keep = seriesGroups.size() > options.maxSeries ? std::max(options.maxSeries - 1, 1)
                                                             : int(seriesGroups.size());
    for (qsizetype i = 0; i < seriesGroups.size(); ++i) {
        if (i < keep) {
            seriesOfValue.insert(seriesGroups[i].key, i);
            result.series.append(label(seriesGroups[i].key));
        } else {
            seriesOfValue.insert(seriesGroups[i].key, keep);
        }
    }
    if (seriesGroups.size() > keep) {
        result.series.append(options.otherLabel);
        result.hasOther = true;
    }

    // Categories: fixed, or by cost.
    QHash<QString, QString> personNames;
    for (const ReportRow &row : report.rows) {
        if (!row.personName.isEmpty())
            personNames.insert(row.keys.value(categoryIndex), row.personName);
    }
    if (!options.fixedCategories.isEmpty()) {
        result.categories = options.fixedCategories;
    } else {
        for (const GroupSpend &group : collapseReport(report, categoryKey))
            result.categories.append(group.key);
        if (options.maxCategories > 0 && result.categories.size() > options.maxCategories)
            result.categories.resize(options.maxCategories);
    }
    QHash<QString, qsizetype> categoryOfValue;
    for (qsizetype i = 0; i < result.categories.size(); ++i) {
        categoryOfValue.insert(result.categories[i], i);
        const QString &value = result.categories[i];
        if (i < options.fixedCategoryLabels.size())
            result.categoryLabels.append(options.fixedCategoryLabels[i]);
        else if (categoryKey == ReportKey::Person && personNames.contains(value))
            result.categoryLabels.append(personNames.value(value));
        else
            result.categoryLabels.append(label(value));
    }

    result.micros.fill(QList<qint64>(result.categories.size(), 0), result.series.size());
    result.seriesTotals.fill(0, result.series.size());
    for (const ReportRow &row : report.rows) {
        const auto category = categoryOfValue.constFind(row.keys.value(categoryIndex));
        const auto series = seriesOfValue.constFind(row.keys.value(seriesIndex));
        if (category == categoryOfValue.constEnd() || series == seriesOfValue.constEnd())
            continue;
        result.micros[*series][*category] += row.totals.costMicros;
        result.seriesTotals[*series] += row.totals.costMicros;
        result.totalMicros += row.totals.costMicros;
    }
    return result;
}
