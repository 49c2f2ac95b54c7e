#include "unmatchedidentitymodel.h"

#include "core/money.h"
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
    case Cost:
        if (display)
            return Money::formatUsd(identity.costMicros);
        if (sort)
            return identity.costMicros;
        break;
    default:
        break;
    }
    return {};
}
