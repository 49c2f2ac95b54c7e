#include "unmatchedidentitymodel.h"

#include "displayformat.h"
#include "itemroles.h"

UnmatchedIdentityModel::UnmatchedIdentityModel(QObject *parent) : TableModelBase(parent)
{
    setHeaders({tr("Kind"), tr("Identity"), tr("Provider says"), tr("Records"), tr("Cost")});
    setNumericColumns({Records, Cost});
}

void UnmatchedIdentityModel::setIdentities(const QList<UnmatchedIdentity> &identities)
{
    beginResetModel();
    m_identities = identities;
    endResetModel();
}

QVariant UnmatchedIdentityModel::cell(int row, int column, int role) const
{
    const UnmatchedIdentity &identity = m_identities.at(row);
    if (role == ItemRole::Key)
        return identity.value;
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRole::Sort;
    switch (column) {
    case Kind:
        if (display || sort)
            return identity.kind;
        break;
    case Identity:
        if (display || sort)
            return identity.value;
        break;
    case ProviderHint:
        if (display || sort)
            return identity.providerHint;
        break;
    case Records:
        if (display)
            return DisplayFormat::number(identity.records);
        if (sort)
            return identity.records;
        break;
    case Cost: {
        // Usage no price is known for has no cost figure: "unpriced", never "$0.00".
        const bool isUnpriced
            = identity.records > 0 && identity.unpricedRecords == identity.records;
        if (display)
            return isUnpriced ? DisplayFormat::costKind(AggregateCostKind::Unpriced)
                              : DisplayFormat::money(identity.costMicros);
        if (sort)
            return isUnpriced ? qint64(-1) : identity.costMicros; // below every priced figure
        if (role == Qt::ToolTipRole && isUnpriced) {
            ReportTotals totals;
            totals.records = identity.records;
            totals.unpricedRecords = identity.unpricedRecords;
            return DisplayFormat::costToolTip(totals);
        }
        break;
    }
    default:
        break;
    }
    return {};
}
