#pragma once

#include "dashboardpage.h"

class PeopleModel;
class QLineEdit;
class QTableView;
class UnmatchedIdentityModel;

// The people directory with a filter, and the identities no one has been matched to yet.
class PeoplePage : public DashboardPage
{
    Q_OBJECT
public:
    PeoplePage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    PeopleModel *peopleModel() const { return m_people; }
    UnmatchedIdentityModel *unmatchedModel() const { return m_unmatched; }
    QLineEdit *searchField() const { return m_filter; }
    QTableView *peopleView() const { return m_peopleView; }

protected:
    void reload() override;
    bool followsPeriod() const override { return false; }

public:
    DashboardFilter::Fields filterFields() const override
    {
        return DashboardFilter::Team | DashboardFilter::Person;
    }

protected:
private:
    QLineEdit *m_filter = nullptr;
    PeopleModel *m_people = nullptr;
    UnmatchedIdentityModel *m_unmatched = nullptr;
    QTableView *m_peopleView = nullptr;
    QTableView *m_unmatchedView = nullptr;
};
