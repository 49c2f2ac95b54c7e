#include "budgetdelegates.h"

#include "itemmodels/budgetsmodel.h"
#include "itemmodels/itemroles.h"
#include "theme.h"

#include <QApplication>
#include <QPainter>

void BudgetUsedDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
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
    const auto state = BudgetState(index.data(ItemRole::State).toInt());
    if (state == BudgetState::Warning || state == BudgetState::Exceeded) {
        const Theme::ToneColours colours = Theme::colours(Theme::toneOf(state), bar.palette);
        bar.palette.setColor(QPalette::Highlight, colours.fill);
        bar.palette.setColor(QPalette::HighlightedText, colours.onFill);
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

void BudgetStateDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int state = index.data(ItemRole::State).toInt();
    std::optional<Theme::Tone> tone;
    if (state == int(BudgetState::Warning))
        tone = Theme::Tone::Warning;
    else if (state == int(BudgetState::Exceeded) || state == BudgetsModel::ErrorState)
        tone = Theme::Tone::Problem;
    if (!tone)
        return;
    option->palette.setColor(QPalette::Text, Theme::colours(*tone, option->palette).text);
    option->font.setBold(true);
}
