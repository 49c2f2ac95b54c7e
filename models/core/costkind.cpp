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
    const int kinds = (estimatedRecords > 0) + (billedRecords > 0) + (unpricedRecords > 0);
    if (kinds > 1)
        return AggregateCostKind::Mixed;
    if (billedRecords > 0)
        return AggregateCostKind::Billed;
    if (unpricedRecords > 0)
        return AggregateCostKind::Unpriced;
    return AggregateCostKind::Estimated;
}
