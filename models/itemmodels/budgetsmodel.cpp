#include "budgetsmodel.h"

#include "core/money.h"
#include "displayformat.h"
#include "itemroles.h"

#include <QLocale>

BudgetsModel::BudgetsModel(QObject *parent) : TableModelBase(parent)
{
    setHeaders({tr("Scope"), tr("Period"), tr("Limit"), tr("Spent"), tr("Used"), tr("Dates"),
                tr("Enforcement")});
    setNumericColumns({Limit, Spent, Used});
}

void BudgetsModel::setBudgets(const QList<BudgetStatus> &budgets)
{
    beginResetModel();
    m_budgets = budgets;
    endResetModel();
}

QString BudgetsModel::scopeText(const Budget &budget)
{
    switch (budget.scope) {
    case BudgetScope::Organisation:
        return tr("Organisation");
    case BudgetScope::Team:
        return tr("Team %1").arg(budget.scopeName);
    case BudgetScope::Person:
        return tr("Person %1").arg(budget.scopeName);
    }
    return {};
}

QString BudgetsModel::periodText(BudgetPeriod period)
{
    switch (period) {
    case BudgetPeriod::Day:
        return tr("Daily");
    case BudgetPeriod::Week:
        return tr("Weekly");
    case BudgetPeriod::Month:
        return tr("Monthly");
    case BudgetPeriod::Quarter:
        return tr("Quarterly");
    case BudgetPeriod::Custom:
        return tr("Custom");
    }
    return {};
}

QVariant BudgetsModel::cell(int row, int column, int role) const
{
    const BudgetStatus &status = m_budgets.at(row);
    const Budget &budget = status.budget;
    const bool tokens = !budget.limitMicros && budget.limitTokens;
    if (role == ItemRole::Key)
        return budget.id;
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRole::Sort;
    switch (column) {
    case Scope:
        if (display || sort)
            return scopeText(budget);
        break;
    case Period:
        if (display || sort)
            return periodText(budget.period);
        break;
    case Limit:
        if (display) {
            if (budget.limitMicros)
                return Money::formatUsd(*budget.limitMicros);
            if (budget.limitTokens)
                return tr("%1 tokens").arg(DisplayFormat::number(*budget.limitTokens));
            return tr("none");
        }
        if (sort)
            return budget.limitMicros.value_or(budget.limitTokens.value_or(0));
        break;
    case Spent:
        if (display) {
            return tokens ? tr("%1 tokens").arg(DisplayFormat::number(status.spent.tokens.total()))
                          : DisplayFormat::cost(status.spent);
        }
        if (sort)
            return tokens ? status.spent.tokens.total() : status.spent.costMicros;
        if (role == Qt::ToolTipRole)
            return DisplayFormat::costToolTip(status.spent);
        break;
    case Used: {
        const std::optional<double> percent = status.percent();
        if (display)
            return percent ? tr("%1 %").arg(QLocale().toString(*percent, 'f', 0)) : QString();
        if (sort)
            return percent.value_or(-1.0);
        break;
    }
    case Dates:
        if (display || sort) {
            return tr("%1 – %2").arg(QLocale().toString(status.periodStart, QLocale::ShortFormat),
                                     QLocale().toString(status.periodEnd, QLocale::ShortFormat));
        }
        if (role == Qt::ToolTipRole)
            return tr("Time zone %1").arg(budget.timeZone);
        break;
    case Enforcement:
        if (display || sort)
            return budget.enforcement == BudgetEnforcement::Hard ? tr("hard") : tr("soft");
        break;
    default:
        break;
    }
    return {};
}
