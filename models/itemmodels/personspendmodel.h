#pragma once

#include "analytics/breakdown.h"
#include "tablemodelbase.h"

// People of a team with what they spent: name, email, spend, tokens, requests, top model.
// Fed from collapseReport(report by person × model, Person, Model).
class PersonSpendModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { Name, Email, Spend, Tokens, Requests, TopModel, ColumnCount };

    explicit PersonSpendModel(QObject *parent = nullptr);
    void setPeople(const QList<GroupSpend> &people);
    const QList<GroupSpend> &people() const { return m_people; }

protected:
    int rows() const override { return int(m_people.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<GroupSpend> m_people;
};
