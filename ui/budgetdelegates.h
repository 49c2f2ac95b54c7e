#pragma once

#include <QStyledItemDelegate>

// How a budget's state shows in a table, wherever budgets are listed (the Budgets page, the
// Organisation page's team budgets, the Team page's people). Both read ItemRole::State (a
// BudgetState, or BudgetsModel::ErrorState) and take their colours from Theme.

// The percentage used (ItemRole::Sort; negative: no bar) as a progress bar in the state's colour,
// so budgets near their limit stand out.
class BudgetUsedDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

// The state in words, amber and bold for a warning, red and bold once exceeded or not evaluated.
class BudgetStateDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
