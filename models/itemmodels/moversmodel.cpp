#include "moversmodel.h"

#include "displayformat.h"
#include "itemroles.h"

#include <QLocale>

#include <cmath>

MoversModel::MoversModel(QObject *parent) : TableModelBase(parent)
{
    setHeaders({tr("Name"), tr("This period"), tr("Period before"), tr("Change"), tr("Change %")});
    setNumericColumns({Current, Previous, Change, ChangePercent});
}

void MoversModel::setMovers(const QList<Mover> &movers)
{
    beginResetModel();
    m_movers = movers;
    endResetModel();
}

QVariant MoversModel::cell(int row, int column, int role) const
{
    const Mover &mover = m_movers.at(row);
    if (role == ItemRole::Key)
        return mover.key;
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRole::Sort;
    switch (column) {
    case Name:
        if (display || sort)
            return mover.name;
        break;
    case Current:
    case Previous: {
        const ReportTotals &totals = column == Current ? mover.current : mover.previous;
        if (display)
            return DisplayFormat::cost(totals);
        if (sort)
            return totals.costMicros;
        if (role == Qt::ToolTipRole)
            return DisplayFormat::costToolTip(totals);
        break;
    }
    case Change:
        if (display)
            return DisplayFormat::signedMoney(mover.changeMicros());
        if (sort)
            return mover.changeMicros();
        if (role == Qt::ToolTipRole)
            return tr("%1 in the period before, %2 in this one")
                .arg(DisplayFormat::cost(mover.previous), DisplayFormat::cost(mover.current));
        break;
    case ChangePercent: {
        const std::optional<double> percent = mover.changePercent();
        if (display) {
            if (!percent)
                return tr("new");
            // A fall of less than half a percent reads "0 %", not "-0 %".
            const double rounded = std::round(*percent) == 0.0 ? 0.0 : std::round(*percent);
            return QString(QLocale().toString(rounded, 'f', 0) + QStringLiteral(" %"));
        }
        if (sort)
            return percent.value_or(std::numeric_limits<double>::max());
        break;
    }
    default:
        break;
    }
    return {};
}
