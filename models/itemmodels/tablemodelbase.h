#pragma once

#include <QAbstractTableModel>
#include <QStringList>

// The flat-table plumbing the list models share: fixed headers, no children, read-only cells.
class TableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    explicit TableModelBase(QObject *parent) : QAbstractTableModel(parent) { }
    void setHeaders(const QStringList &headers) { m_headers = headers; }
    virtual int rows() const = 0;
    virtual QVariant cell(int row, int column, int role) const = 0;
    // Right-aligned numeric columns.
    void setNumericColumns(QList<int> columns) { m_numericColumns = std::move(columns); }

private:
    QStringList m_headers;
    QList<int> m_numericColumns;
};
