#include "peoplemodel.h"

#include "itemroles.h"

PeopleModel::PeopleModel(QObject *parent) : TableModelBase(parent)
{
    setHeaders({tr("Name"), tr("Email"), tr("Team"), tr("Manager"), tr("Role")});
}

void PeopleModel::setPeople(const QList<Person> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

QString PeopleModel::roleText(Role role)
{
    switch (role) {
    case Role::Employee:
        return tr("Employee");
    case Role::Manager:
        return tr("Manager");
    case Role::Admin:
        return tr("Admin");
    }
    return {};
}

QVariant PeopleModel::cell(int row, int column, int role) const
{
    const Person &person = m_people.at(row);
    if (role == ItemRole::Key)
        return person.email;
    if (role != Qt::DisplayRole && role != ItemRole::Sort && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return person.name;
    case Email:
        return person.email;
    case Team:
        return person.teamName;
    case Manager:
        return person.managerEmail;
    case RoleColumn:
        return roleText(person.role);
    default:
        return {};
    }
}
