#pragma once

#include "ledger/ledger.h"
#include "tablemodelbase.h"

// Usage sources: kind, name, records, last usage, last success, last error.
class SourcesModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { Kind, Name, Records, LastUsage, LastSuccess, LastError, ColumnCount };

    explicit SourcesModel(QObject *parent = nullptr);
    void setSources(const QList<SourceInfo> &sources);

protected:
    int rows() const override { return int(m_sources.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<SourceInfo> m_sources;
};
