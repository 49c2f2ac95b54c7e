#include "personspendmodel.h"

#include "budgetsmodel.h"
#include "displayformat.h"
#include "itemroles.h"
#include "reporttablemodel.h"

#include <QLocale>

using DisplayFormat::TotalsColumn;

PersonSpendModel::PersonSpendModel(QObject *parent) : TableModelBase(parent)
{
    setHeaders({tr("Name"), tr("Email"), tr("Spend"), tr("Tokens"), tr("Requests"), tr("Top model"),
                tr("Budget")});
    setNumericColumns({Spend, Tokens, Requests});
}

void PersonSpendModel::setPeople(const QList<GroupSpend> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

void PersonSpendModel::setBudgets(const QList<BudgetEvaluation> &evaluations)
{
    QHash<QString, BudgetEvaluation> budgetOf;
    for (const BudgetEvaluation &evaluation : evaluations) {
        if (evaluation.budget.scope != BudgetScope::Person || !evaluation.error.isEmpty())
            continue;
        const QString email = evaluation.budget.scopeName;
        const auto known = budgetOf.constFind(email);
        const bool worse = known == budgetOf.cend() || evaluation.state > known->state
            || (evaluation.state == known->state && evaluation.percent() > known->percent());
        if (worse)
            budgetOf.insert(email, evaluation);
    }
    m_budgetOf = budgetOf;
    if (!m_people.isEmpty())
        emit dataChanged(index(0, Budget), index(rowCount() - 1, Budget));
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
    case Budget: {
        const auto budget = m_budgetOf.constFind(person.key);
        if (budget == m_budgetOf.cend()) {
            if (display)
                return tr("none");
            if (sort)
                return -1.0;
            break;
        }
        if (display)
            return tr("%1 % of %2 · %3")
                .arg(QLocale().toString(budget->percent(), 'f', 0),
                     BudgetsModel::amountText(budget->limit, budget->budget.limitsTokens()),
                     BudgetsModel::stateText(budget->state));
        if (sort)
            return budget->percent();
        if (role == ItemRole::State)
            return int(budget->state);
        if (role == Qt::ToolTipRole)
            return BudgetsModel::stateToolTip(*budget);
        break;
    }
    default:
        break;
    }
    return {};
}
