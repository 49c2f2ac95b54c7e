#include "budgetspage.h"

#include "analytics/queryservice.h"
#include "budgetdelegates.h"
#include "budgetdialog.h"
#include "budgets/budgetadministration.h"
#include "core/clock.h"
#include "errortext.h"
#include "itemmodels/budgetsmodel.h"
#include "itemmodels/itemroles.h"
#include "messagelabel.h"
#include "periodtext.h"
#include "tableviews.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

BudgetsPage::BudgetsPage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    // Above the table's loading and empty states: with no budget, Add is what matters.
    auto *header = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setAccessibleName(tr("Add a budget"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setAccessibleName(tr("Edit the selected budget"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setAccessibleName(tr("Remove the selected budget"));
    m_message = new MessageLabel(this);
    m_message->setAccessibleName(tr("Result"));
    header->addWidget(TableViews::sectionTitle(tr("Budgets in their current period"), this));
    header->addWidget(m_message, 1);
    for (QPushButton *button : {m_add, m_edit, m_remove})
        header->addWidget(button);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_budgets = new BudgetsModel(this);
    m_view = TableViews::createTable(m_budgets, tr("Budgets"), content);
    m_view->setItemDelegateForColumn(BudgetsModel::Used, new BudgetUsedDelegate(m_view));
    m_view->setItemDelegateForColumn(BudgetsModel::State, new BudgetStateDelegate(m_view));
    // The figures fit their contents; the scope takes what is left (long emails elide).
    TableViews::stretchColumn(m_view, BudgetsModel::Scope);
    m_view->horizontalHeader()->setSectionResizeMode(BudgetsModel::Used, QHeaderView::Fixed);
    m_view->setColumnWidth(BudgetsModel::Used, 110);
    layout->addWidget(m_view);
    auto *note = new QLabel(
        tr("Each budget counts its own period in its own time zone, whatever period the window "
           "shows. The forecast follows the recent daily pace, with quieter weekends."),
        content);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    setContent(content, header);

    connect(m_add, &QPushButton::clicked, this, &BudgetsPage::addBudget);
    connect(m_edit, &QPushButton::clicked, this, &BudgetsPage::editBudget);
    connect(m_remove, &QPushButton::clicked, this, &BudgetsPage::removeBudget);
    // Not `activated`: styles that activate on a single click would open a dialog on every click.
    connect(m_view, &QTableView::doubleClicked, this, &BudgetsPage::editBudget);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *editKey = new QShortcut(key, m_view);
        editKey->setContext(Qt::WidgetShortcut);
        connect(editKey, &QShortcut::activated, this, &BudgetsPage::editBudget);
    }
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_view);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &BudgetsPage::removeBudget);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BudgetsPage::updateButtons);

    connect(m_queries, &QueryService::budgetsReady, this,
            [this](quint64 ticket, const QList<BudgetEvaluation> &budgets) {
                if (ticket != m_ticket)
                    return;
                const qint64 selected = m_selectAfterReload ? m_selectAfterReload : selectedId();
                m_selectAfterReload = 0;
                QList<BudgetEvaluation> shown = budgets;
                shown.removeIf([this](const BudgetEvaluation &evaluation) {
                    return !state().budgetMatchesFilter(evaluation.budget);
                });
                m_budgets->setEvaluations(shown);
                selectBudget(selected);
                updateButtons();
                if (budgets.isEmpty()) {
                    showEmpty(tr("No budgets yet"),
                              m_administration
                                  ? tr("Add one above, or with “burnrate-cli budgets set --scope "
                                       "team:NAME --period month --limit-usd 500”.")
                                  : tr("Set one with “burnrate-cli budgets set --scope team:NAME "
                                       "--period month --limit-usd 500”."));
                } else if (shown.isEmpty()) {
                    showEmpty(tr("No budget for %1").arg(PeriodText::filterText(filter())),
                              tr("None of the %n budget(s) is for this team or person. Choose "
                                 "another in the tool bar, or clear the filter.",
                                 nullptr, int(budgets.size())));
                } else {
                    showContent();
                }
            });
    updateButtons();
}

void BudgetsPage::setBudgetAdministration(BudgetAdministration *administration)
{
    m_administration = administration;
    updateButtons();
}

void BudgetsPage::reload()
{
    m_ticket = m_queries->requestBudgets(m_clock->nowMs());
    startLoading();
}

qint64 BudgetsPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(ItemRole::Key).toLongLong();
}

void BudgetsPage::selectBudget(qint64 id)
{
    const int row = m_budgets->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = TableViews::proxyOf(m_view)->mapFromSource(m_budgets->index(row, 0));
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
}

void BudgetsPage::updateButtons()
{
    const bool canChange = m_administration != nullptr;
    const bool hasSelection = selectedId() != 0;
    m_add->setEnabled(canChange);
    m_edit->setEnabled(canChange && hasSelection);
    m_remove->setEnabled(canChange && hasSelection);
    const QString why = canChange ? QString() : tr("Budgets cannot be changed in this window.");
    for (QPushButton *button : {m_add, m_edit, m_remove})
        button->setToolTip(why);
}

BudgetDialog *BudgetsPage::openDialog(BudgetDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BudgetDialog::budgetSaved, this, &BudgetsPage::onBudgetSaved);
    dialog->open();
    return dialog;
}

void BudgetsPage::addBudget()
{
    if (m_administration)
        openDialog(new BudgetDialog(m_administration, state(), this));
}

void BudgetsPage::editBudget()
{
    const int row = m_budgets->rowOf(selectedId());
    if (!m_administration || row < 0)
        return;
    openDialog(
        new BudgetDialog(m_administration, state(), m_budgets->evaluations()[row].budget, this));
}

void BudgetsPage::removeBudget()
{
    const int row = m_budgets->rowOf(selectedId());
    if (!m_administration || row < 0)
        return;
    const Budget budget = m_budgets->evaluations()[row].budget;
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Remove budget"),
        tr("Remove the budget %1? Its alert history stays.").arg(budget.scopeLabel()),
        QMessageBox::Cancel, this);
    QPushButton *remove = question->addButton(tr("Remove"), QMessageBox::AcceptRole);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, budget] {
        if (!m_administration)
            return;
        if (Status removed = m_administration->remove(budget.id); !removed) {
            showMessage(errorText(removed.error()), true);
            return;
        }
        showMessage(tr("Removed the budget %1.").arg(budget.scopeLabel()));
        emit budgetsEdited();
        reloadNow();
    });
    question->open();
}

void BudgetsPage::onBudgetSaved(qint64 id)
{
    showMessage(tr("Saved."));
    m_selectAfterReload = id;
    emit budgetsEdited();
    reloadNow();
}

void BudgetsPage::showMessage(const QString &text, bool isProblem)
{
    m_message->showMessage(
        text, isProblem ? MessageLabel::Kind::Problem : MessageLabel::Kind::Information);
}
