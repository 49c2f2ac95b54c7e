#pragma once

#include "dashboardpage.h"
#include "messagelabel.h"

class BudgetAdministration;
class BudgetDialog;
class BudgetsModel;
class QLabel;
class QPushButton;
class QTableView;

// Budgets evaluated in their own current period (not the selected one): scope, period, limit,
// spent, remaining, percent used, forecast, when they run out, and their state. Once a
// BudgetAdministration is set, budgets can be added, edited and removed here.
class BudgetsPage : public DashboardPage
{
    Q_OBJECT
public:
    BudgetsPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    void setBudgetAdministration(BudgetAdministration *administration);

    BudgetsModel *budgetsModel() const { return m_budgets; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    MessageLabel *messageLabel() const { return m_message; }
    qint64 selectedId() const; // 0 when no row is selected
    void selectBudget(qint64 id);

signals:
    void budgetsEdited(); // one was added, edited or removed

protected:
    void reload() override;
    bool followsPeriod() const override { return false; }

public:
    // The budgets about the tool bar's person or team.
    DashboardFilter::Fields filterFields() const override
    {
        return DashboardFilter::Team | DashboardFilter::Person;
    }

protected:
private:
    void updateButtons();
    BudgetDialog *openDialog(BudgetDialog *dialog);
    void addBudget();
    void editBudget();
    void removeBudget();
    void onBudgetSaved(qint64 id);
    void showMessage(const QString &text, bool isProblem = false);

    BudgetAdministration *m_administration = nullptr;
    BudgetsModel *m_budgets = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    MessageLabel *m_message = nullptr;
    qint64 m_selectAfterReload = 0;
};
