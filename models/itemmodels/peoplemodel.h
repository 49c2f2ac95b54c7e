#pragma once

#include "ledger/peopledirectory.h"
#include "tablemodelbase.h"

// The people directory: name, email, team, manager, role.
class PeopleModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { Name, Email, Team, Manager, RoleColumn, ColumnCount };

    explicit PeopleModel(QObject *parent = nullptr);
    void setPeople(const QList<Person> &people);
    const QList<Person> &people() const { return m_people; }

    static QString roleText(Role role);

protected:
    int rows() const override { return int(m_people.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Person> m_people;
};
