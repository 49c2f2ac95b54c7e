#pragma once

#include "ledger/peopledirectory.h"
#include "tablemodelbase.h"

// Identities seen in usage that map to nobody yet: kind, value, records, cost.
class UnmatchedIdentityModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { Kind, Identity, ProviderHint, Records, Cost, ColumnCount };

    explicit UnmatchedIdentityModel(QObject *parent = nullptr);
    void setIdentities(const QList<UnmatchedIdentity> &identities);

protected:
    int rows() const override { return int(m_identities.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<UnmatchedIdentity> m_identities;
};
