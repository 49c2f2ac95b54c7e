#pragma once

#include "dashboardpage.h"

class QComboBox;
class QLabel;
class QPushButton;

// Who "me" is (kept in the user's settings: the app never writes to the ledger), the reporting
// time zone and where the data lives.
class SettingsPage : public DashboardPage
{
    Q_OBJECT
public:
    SettingsPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    QComboBox *meSelector() const { return m_me; }

signals:
    // An empty email means: follow the ledger's own choice.
    void meOverrideChanged(const QString &email);

protected:
    void reload() override;
    bool followsPeriod() const override { return false; }

private:
    QComboBox *m_me = nullptr;
    QPushButton *m_useLedgerDefault = nullptr;
    QLabel *m_ledgerDefault = nullptr;
    QLabel *m_zone = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_organisation = nullptr;
};
