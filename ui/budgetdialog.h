#pragma once

#include "analytics/dashboardstate.h"
#include "budgets/budget.h"
#include "messagelabel.h"

#include <QDialog>

#include <variant>

class BudgetAdministration;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Adds a budget or edits one, every field of it: scope (the organisation, a team from the
// directory with or without its nested teams, or a person), period (day, week, month, quarter or
// a custom range of days) in a time zone with its week start and month start day, a limit in USD
// or tokens, thresholds, soft or hard, and optional model and source filters. It saves through
// the BudgetAdministration and shows the store's objection inline, staying open until the budget
// is saved.
class BudgetDialog : public QDialog
{
    Q_OBJECT
public:
    // A new budget; the directory in `state` fills the team and person pickers and its zone is
    // the default time zone.
    BudgetDialog(BudgetAdministration *administration, const DashboardState &state,
                 QWidget *parent = nullptr);
    // Edits `budget`.
    BudgetDialog(BudgetAdministration *administration, const DashboardState &state,
                 const Budget &budget, QWidget *parent = nullptr);

    bool isEditing() const { return m_budget.id != 0; }
    qint64 savedId() const { return m_savedId; } // 0 until saved

    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *teamBox() const { return m_team; }
    QComboBox *personBox() const { return m_person; }
    QCheckBox *includeSubteamsBox() const { return m_includeSubteams; }
    QComboBox *periodBox() const { return m_period; }
    QDateEdit *customFirstEdit() const { return m_customFirst; }
    QDateEdit *customLastEdit() const { return m_customLast; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QComboBox *weekStartBox() const { return m_weekStart; }
    QSpinBox *monthStartDayBox() const { return m_monthStartDay; }
    QComboBox *limitUnitBox() const { return m_limitUnit; }
    QLineEdit *limitEdit() const { return m_limit; }
    QLineEdit *thresholdsEdit() const { return m_thresholds; }
    QComboBox *enforcementBox() const { return m_enforcement; }
    QLineEdit *modelsEdit() const { return m_models; }
    QLineEdit *sourcesEdit() const { return m_sources; }
    MessageLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const;

    // What the fields say, as a budget; an error text for people when a field cannot be read.
    std::variant<Budget, QString> enteredBudget() const;

signals:
    void budgetSaved(qint64 id);

private:
    void build(const DashboardState &state);
    void load(const Budget &budget);
    void updateRows();
    void save();
    void showError(const QString &text);

    BudgetAdministration *m_administration = nullptr;
    Budget m_budget; // id 0 when adding
    qint64 m_savedId = 0;
    QFormLayout *m_form = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_person = nullptr;
    QCheckBox *m_includeSubteams = nullptr;
    QComboBox *m_period = nullptr;
    QLayout *m_customRange = nullptr; // the custom period's first and last day
    QDateEdit *m_customFirst = nullptr;
    QDateEdit *m_customLast = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_weekStart = nullptr;
    QSpinBox *m_monthStartDay = nullptr;
    QComboBox *m_limitUnit = nullptr;
    QLineEdit *m_limit = nullptr;
    QLabel *m_limitCurrencyNote = nullptr; // limits are in US dollars whatever is displayed
    QLineEdit *m_thresholds = nullptr;
    QComboBox *m_enforcement = nullptr;
    QLineEdit *m_models = nullptr;
    QLineEdit *m_sources = nullptr;
    MessageLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
