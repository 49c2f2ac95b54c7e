#include "tablemodelbase.h"

int TableModelBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int TableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_headers[section];
    if (role == Qt::TextAlignmentRole && m_numericColumns.contains(section))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TableModelBase::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && m_numericColumns.contains(index.column()))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return cell(index.row(), index.column(), role);
}
