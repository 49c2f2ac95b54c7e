#include "alertspage.h"

#include "analytics/queryservice.h"
#include "budgets/budgetadministration.h"
#include "csvexport.h"
#include "errortext.h"
#include "itemmodels/alertsmodel.h"
#include "itemmodels/itemroles.h"
#include "messagelabel.h"
#include "periodtext.h"
#include "snoozemenu.h"
#include "tableviews.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Active alerts stand out; handled ones and those of past periods read quietly.
class StatusDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        switch (AlertsModel::AlertStatus(index.data(ItemRole::State).toInt())) {
        case AlertsModel::AlertStatus::Active:
            option->palette.setColor(QPalette::Text,
                                     Theme::colours(Theme::Tone::Problem, option->palette).text);
            option->font.setBold(true);
            break;
        case AlertsModel::AlertStatus::Snoozed:
        case AlertsModel::AlertStatus::Acknowledged:
        case AlertsModel::AlertStatus::PeriodOver:
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
            break;
        }
    }
};

} // namespace

AlertsPage::AlertsPage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    auto *header = new QHBoxLayout;
    m_acknowledge = new QPushButton(tr("&Acknowledge"), this);
    m_acknowledge->setAccessibleName(tr("Acknowledge the selected alert"));
    m_acknowledge->setToolTip(tr("Mark the alert as seen: it leaves the banner and the tray."));
    m_snooze = new QPushButton(tr("&Snooze"), this);
    m_snooze->setAccessibleName(tr("Snooze the selected alert"));
    m_snooze->setToolTip(tr("Hide the alert from the banner and the tray for a while."));
    m_snoozeMenu = SnoozeMenu::create(this, [this](qint64 forMs) { snoozeSelected(forMs); });
    m_snooze->setMenu(m_snoozeMenu);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setAccessibleName(tr("Export the alert history as CSV"));
    m_export->setEnabled(false);
    m_message = new MessageLabel(this);
    m_message->setAccessibleName(tr("Result"));
    header->addWidget(TableViews::sectionTitle(tr("Alert history"), this));
    header->addWidget(m_message, 1);
    for (QPushButton *button : {m_acknowledge, m_snooze, m_export})
        header->addWidget(button);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new AlertsModel(clock, this);
    m_view = TableViews::createTable(m_model, tr("Alert history"), content);
    TableViews::stretchColumn(m_view, AlertsModel::Message);
    m_view->setTextElideMode(Qt::ElideRight); // the figures come last in a message
    m_view->setItemDelegateForColumn(AlertsModel::Status, new StatusDelegate(m_view));
    layout->addWidget(m_view);
    setContent(content, header);

    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPage::acknowledgeSelected);
    connect(m_export, &QPushButton::clicked, this, &AlertsPage::chooseExportFile);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateButtons);
    connect(m_queries, &QueryService::alertHistoryReady, this,
            [this](quint64 ticket, const QList<BudgetAlert> &history) {
                if (ticket != m_ticket)
                    return;
                QList<BudgetAlert> alerts = history;
                alerts.removeIf([this](const BudgetAlert &alert) {
                    return !state().alertMatchesFilter(alert);
                });
                const qint64 selected = selectedId();
                m_model->setAlerts(alerts);
                selectAlert(selected);
                m_export->setEnabled(!alerts.isEmpty());
                updateButtons();
                if (alerts.isEmpty() && !history.isEmpty()) {
                    showEmpty(tr("No alerts for %1").arg(PeriodText::filterText(filter())),
                              tr("None of the %n alert(s) is about this team or person. Choose "
                                 "another in the tool bar, or clear the filter.",
                                 nullptr, int(history.size())));
                } else if (alerts.isEmpty()) {
                    showEmpty(tr("No alerts yet"),
                              tr("Budgets warn here when their spend reaches a threshold or is "
                                 "projected to run out before the period ends."));
                } else {
                    showContent();
                }
            });
    updateButtons();
}

void AlertsPage::setBudgetAdministration(BudgetAdministration *administration)
{
    m_administration = administration;
    updateButtons();
}

void AlertsPage::refreshHistory()
{
    markStale();
}

void AlertsPage::reload()
{
    m_ticket = m_queries->requestAlertHistory();
    startLoading();
}

qint64 AlertsPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(ItemRole::Key).toLongLong();
}

void AlertsPage::selectAlert(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = TableViews::proxyOf(m_view)->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
}

void AlertsPage::updateButtons()
{
    const int row = m_model->rowOf(selectedId());
    const bool canChange
        = m_administration != nullptr && row >= 0 && !m_model->alerts()[row].isAcknowledged();
    m_acknowledge->setEnabled(canChange);
    m_snooze->setEnabled(canChange);
}

void AlertsPage::acknowledgeSelected()
{
    const qint64 id = selectedId();
    if (!m_administration || id == 0)
        return;
    if (Status acknowledged = m_administration->acknowledge(id); !acknowledged) {
        showMessage(errorText(acknowledged.error()), true);
        return;
    }
    showMessage(tr("Acknowledged."));
    emit alertsEdited();
    reloadNow();
}

void AlertsPage::snoozeSelected(qint64 forMs)
{
    const qint64 id = selectedId();
    if (!m_administration || id == 0)
        return;
    if (Status snoozed = m_administration->snooze(id, forMs); !snoozed) {
        showMessage(errorText(snoozed.error()), true);
        return;
    }
    showMessage(tr("Snoozed."));
    emit alertsEdited();
    reloadNow();
}

bool AlertsPage::exportCsv(const QString &path, QString *error) const
{
    return CsvExport::save(m_model->toCsv(), path, error);
}

void AlertsPage::chooseExportFile()
{
    CsvExport::chooseAndSave(
        this, tr("Export alert history"),
        tr("alerts-%1.csv").arg(state().today.toString(Qt::ISODate)),
        [this](const QString &path, QString *error) { return exportCsv(path, error); });
}

void AlertsPage::showMessage(const QString &text, bool isProblem)
{
    m_message->showMessage(
        text, isProblem ? MessageLabel::Kind::Problem : MessageLabel::Kind::Information);
}
