#pragma once

#include "pricing/modelprice.h"
#include "tablemodelbase.h"

// The price table: model, provider, rates per million tokens and the long-context tier.
class PriceTableModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column {
        Model,
        Provider,
        Input,
        Output,
        CacheWrite5m,
        CacheWrite1h,
        CacheRead,
        LongContext,
        ColumnCount
    };

    explicit PriceTableModel(QObject *parent = nullptr);
    void setPrices(const QList<ModelPrice> &prices);

protected:
    int rows() const override { return int(m_prices.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<ModelPrice> m_prices;
};
