#include "budgetspage.h"

#include "analytics/queryservice.h"
#include "core/clock.h"
#include "itemmodels/budgetsmodel.h"
#include "itemmodels/itemroles.h"
#include "tableviews.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Draws the percentage used as a progress bar, so the budgets near their limit stand out.
class UsedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const double percent = index.data(ItemRole::Sort).toDouble();
        if (percent < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = int(std::min(percent, 100.0));
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        if (percent >= 100)
            bar.palette.setColor(QPalette::Highlight, QColor(0xd6, 0x45, 0x45));
        else if (percent >= 80)
            bar.palette.setColor(QPalette::Highlight, QColor(0xe0, 0x9b, 0x2d));
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

BudgetsPage::BudgetsPage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    QVBoxLayout *layout = setColumnContent();
    QWidget *content = layout->parentWidget();
    layout->addWidget(TableViews::sectionTitle(tr("Budgets in their current period"), content));
    m_budgets = new BudgetsModel(this);
    m_view = TableViews::createTable(m_budgets, tr("Budgets"), content);
    m_view->setItemDelegateForColumn(BudgetsModel::Used, new UsedDelegate(m_view));
    layout->addWidget(m_view);

    connect(m_queries, &QueryService::budgetsReady, this,
            [this](quint64 ticket, const QList<BudgetStatus> &budgets) {
                if (ticket != m_ticket)
                    return;
                m_budgets->setBudgets(budgets);
                m_view->setColumnWidth(BudgetsModel::Used,
                                       std::max(m_view->columnWidth(BudgetsModel::Used), 140));
                if (budgets.isEmpty()) {
                    showEmpty(tr("No budgets yet"),
                              tr("Set one with “burnrate-cli budgets set --scope team:NAME "
                                 "--period month --limit-usd 500”."));
                } else {
                    showContent();
                }
            });
}

void BudgetsPage::reload()
{
    m_ticket = m_queries->requestBudgets(m_clock->nowMs());
    startLoading();
}
