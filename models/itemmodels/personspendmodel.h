#pragma once

#include "analytics/breakdown.h"
#include "budgets/budgetevaluator.h"
#include "tablemodelbase.h"

#include <QHash>

// People of a team with what they spent: name, email, spend, tokens, requests, top model, and
// where their own budget stands. Fed from collapseReport(report by person × model, Person,
// Model) and the budgets' evaluations.
class PersonSpendModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { Name, Email, Spend, Tokens, Requests, TopModel, Budget, ColumnCount };

    explicit PersonSpendModel(QObject *parent = nullptr);
    void setPeople(const QList<GroupSpend> &people);
    const QList<GroupSpend> &people() const { return m_people; }
    // Every budget's evaluation; a person's own budget (the worst state when they have several)
    // fills the Budget column.
    void setBudgets(const QList<BudgetEvaluation> &evaluations);

protected:
    int rows() const override { return int(m_people.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<GroupSpend> m_people;
    QHash<QString, BudgetEvaluation> m_budgetOf; // by email
};
