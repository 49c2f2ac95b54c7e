#include "pricetablemodel.h"

#include "displayformat.h"
#include "itemroles.h"

PriceTableModel::PriceTableModel(QObject *parent) : TableModelBase(parent)
{
    setHeaders({tr("Model"), tr("Provider"), tr("Input /1M"), tr("Output /1M"),
                tr("Cache write 5m /1M"), tr("Cache write 1h /1M"), tr("Cache read /1M"),
                tr("Long context")});
    setNumericColumns({Input, Output, CacheWrite5m, CacheWrite1h, CacheRead});
}

void PriceTableModel::setPrices(const QList<ModelPrice> &prices)
{
    beginResetModel();
    m_prices = prices;
    endResetModel();
}

QVariant PriceTableModel::cell(int row, int column, int role) const
{
    const ModelPrice &price = m_prices.at(row);
    if (role == ItemRole::Key)
        return price.key;
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRole::Sort;
    const auto rate = [&](std::optional<qint64> micros) -> QVariant {
        if (display)
            return DisplayFormat::ratePerMillion(micros);
        if (sort)
            return micros.value_or(-1);
        return {};
    };
    switch (column) {
    case Model:
        return display || sort ? QVariant(price.key) : QVariant();
    case Provider:
        return display || sort ? QVariant(price.provider) : QVariant();
    case Input:
        return rate(price.input);
    case Output:
        return rate(price.output);
    case CacheWrite5m:
        return rate(price.cacheWrite5m);
    case CacheWrite1h:
        return rate(price.cacheWrite1h);
    case CacheRead:
        return rate(price.cacheRead);
    case LongContext:
        if (!price.hasTier())
            return display ? QVariant(QStringLiteral("—"))
                : sort     ? QVariant(qint64(0))
                           : QVariant();
        if (display) {
            return tr("> %1: %2 in, %3 out")
                .arg(DisplayFormat::compactNumber(price.tierThresholdTokens),
                     DisplayFormat::ratePerMillion(price.tierInput),
                     DisplayFormat::ratePerMillion(price.tierOutput));
        }
        if (sort)
            return price.tierThresholdTokens;
        if (role == Qt::ToolTipRole) {
            return tr("Once a request's prompt exceeds %1 tokens, the whole request is billed at "
                      "the long-context rates.")
                .arg(DisplayFormat::number(price.tierThresholdTokens));
        }
        break;
    default:
        break;
    }
    return {};
}
