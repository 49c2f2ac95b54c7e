#include "personspendmodel.h"

#include "displayformat.h"
#include "itemroles.h"
#include "reporttablemodel.h"

using DisplayFormat::TotalsColumn;

PersonSpendModel::PersonSpendModel(QObject *parent) : TableModelBase(parent)
{
    setHeaders(
        {tr("Name"), tr("Email"), tr("Spend"), tr("Tokens"), tr("Requests"), tr("Top model")});
    setNumericColumns({Spend, Tokens, Requests});
}

void PersonSpendModel::setPeople(const QList<GroupSpend> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

QVariant PersonSpendModel::cell(int row, int column, int role) const
{
    const GroupSpend &person = m_people.at(row);
    const ReportTotals &totals = person.totals;
    if (role == ItemRole::Key)
        return person.key;
    if (role == ItemRole::CostKind)
        return int(totals.costKind());
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRole::Sort;
    const auto figure = [&](TotalsColumn figureColumn) {
        return DisplayFormat::totalsCell(figureColumn, totals, {}, role); // no Share column
    };
    switch (column) {
    case Name: {
        const QString name = person.personName.isEmpty()
            ? ReportTableModel::keyText(ReportKey::Person, person.key)
            : person.personName;
        if (display || sort)
            return name;
        break;
    }
    case Email:
        if (display || sort)
            return person.key;
        break;
    case Spend:
        return figure(TotalsColumn::Cost);
    case Tokens:
        return figure(TotalsColumn::Tokens);
    case Requests:
        return figure(TotalsColumn::Requests);
    case TopModel:
        if (display || sort)
            return ReportTableModel::keyText(ReportKey::Model, person.topValue);
        break;
    default:
        break;
    }
    return {};
}
