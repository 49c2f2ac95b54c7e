#pragma once

#include "dashboardpage.h"
#include "messagelabel.h"

class AlertsModel;
class BudgetAdministration;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;

// The alert history: every warning budgets fired, newest first, with who was told and where it
// stands. The selected alert can be acknowledged or snoozed (once a BudgetAdministration is
// set), and the table exported as CSV.
class AlertsPage : public DashboardPage
{
    Q_OBJECT
public:
    AlertsPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    void setBudgetAdministration(BudgetAdministration *administration);
    // Reads the history again (new alerts fired, or one changed elsewhere).
    void refreshHistory();

    AlertsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *snoozeButton() const { return m_snooze; }
    QMenu *snoozeMenu() const { return m_snoozeMenu; }
    QPushButton *exportButton() const { return m_export; }
    MessageLabel *messageLabel() const { return m_message; }
    qint64 selectedId() const; // 0 when no row is selected
    void selectAlert(qint64 id);

    void acknowledgeSelected();
    void snoozeSelected(qint64 forMs);
    // Writes the table as CSV to `path` (whole or not at all); false with a message on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

signals:
    void alertsEdited(); // one was acknowledged or snoozed

protected:
    void reload() override;
    bool followsPeriod() const override { return false; }

public:
    // The alerts told to the person, or to anyone in the team.
    DashboardFilter::Fields filterFields() const override
    {
        return DashboardFilter::Team | DashboardFilter::Person;
    }

protected:
private:
    void updateButtons();
    void chooseExportFile();
    void showMessage(const QString &text, bool isProblem = false);

    BudgetAdministration *m_administration = nullptr;
    AlertsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_snooze = nullptr;
    QMenu *m_snoozeMenu = nullptr;
    QPushButton *m_export = nullptr;
    MessageLabel *m_message = nullptr;
};
