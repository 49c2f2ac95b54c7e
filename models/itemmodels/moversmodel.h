#pragma once

#include "analytics/movers.h"
#include "tablemodelbase.h"

// Top movers: name, spend this period, the period before, the change in dollars and percent.
class MoversModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { Name, Current, Previous, Change, ChangePercent, ColumnCount };

    explicit MoversModel(QObject *parent = nullptr);
    void setMovers(const QList<Mover> &movers);
    const QList<Mover> &movers() const { return m_movers; }

protected:
    int rows() const override { return int(m_movers.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Mover> m_movers;
};
