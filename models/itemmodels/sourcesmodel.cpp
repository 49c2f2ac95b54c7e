#include "sourcesmodel.h"

#include "displayformat.h"
#include "itemroles.h"

SourcesModel::SourcesModel(QObject *parent) : TableModelBase(parent)
{
    setHeaders({tr("Kind"), tr("Name"), tr("Records"), tr("Last usage"), tr("Last success"),
                tr("Last error")});
    setNumericColumns({Records});
}

void SourcesModel::setSources(const QList<SourceInfo> &sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

QVariant SourcesModel::cell(int row, int column, int role) const
{
    const SourceInfo &source = m_sources.at(row);
    if (role == ItemRole::Key)
        return source.name;
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRole::Sort;
    switch (column) {
    case Kind:
        if (display || sort)
            return source.kind;
        break;
    case Name:
        if (display || sort)
            return source.name;
        break;
    case Records:
        if (display)
            return DisplayFormat::number(source.records);
        if (sort)
            return source.records;
        break;
    case LastUsage:
        if (display)
            return DisplayFormat::dateTime(source.lastUsageMs);
        if (sort)
            return source.lastUsageMs;
        break;
    case LastSuccess:
        if (display)
            return DisplayFormat::dateTime(source.lastSuccessMs);
        if (sort)
            return source.lastSuccessMs;
        break;
    case LastError:
        if (display || sort || role == Qt::ToolTipRole)
            return source.lastError;
        break;
    default:
        break;
    }
    return {};
}
