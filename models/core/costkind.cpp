#include "costkind.h"

QString costKindName(CostKind kind)
{
    switch (kind) {
    case CostKind::Estimated:
        return QStringLiteral("estimated");
    case CostKind::Billed:
        return QStringLiteral("billed");
    case CostKind::Unpriced:
        return QStringLiteral("unpriced");
    }
    return {};
}

std::optional<CostKind> costKindFromName(const QString &name)
{
    for (const CostKind kind : {CostKind::Estimated, CostKind::Billed, CostKind::Unpriced}) {
        if (costKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString aggregateCostKindName(AggregateCostKind kind)
{
    switch (kind) {
    case AggregateCostKind::Estimated:
        return QStringLiteral("estimated");
    case AggregateCostKind::Billed:
        return QStringLiteral("billed");
    case AggregateCostKind::Mixed:
        return QStringLiteral("mixed");
    case AggregateCostKind::Unpriced:
        return QStringLiteral("unpriced");
    }
    return {};
}

AggregateCostKind aggregateCostKind(qint64 estimatedRecords, qint64 billedRecords,
                                    qint64 unpricedRecords)
{
    // "mixed" means billed and estimated money added together. Unpriced usage beside priced usage
    // does not change what kind the money is; callers flag it from the unpriced count.
    if (billedRecords > 0 && estimatedRecords > 0)
        return AggregateCostKind::Mixed;
    if (billedRecords > 0)
        return AggregateCostKind::Billed;
    if (estimatedRecords > 0)
        return AggregateCostKind::Estimated;
    return unpricedRecords > 0 ? AggregateCostKind::Unpriced : AggregateCostKind::Estimated;
}
