#include "budgetsmodel.h"

#include "displayformat.h"
#include "itemroles.h"

#include <QDateTime>
#include <QLocale>

#include <limits>

namespace {

QString dash()
{
    return QStringLiteral("—");
}

QString dayText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace

BudgetsModel::BudgetsModel(QObject *parent) : TableModelBase(parent)
{
    setHeaders({tr("Scope"), tr("Period"), tr("Limit"), tr("Spent"), tr("Remaining"), tr("Used"),
                tr("Forecast at period end"), tr("Runs out"), tr("State")});
    setNumericColumns({Limit, Spent, Remaining, Used, Forecast});
}

void BudgetsModel::setEvaluations(const QList<BudgetEvaluation> &evaluations)
{
    beginResetModel();
    m_evaluations = evaluations;
    endResetModel();
}

int BudgetsModel::rowOf(qint64 budgetId) const
{
    for (qsizetype row = 0; row < m_evaluations.size(); ++row) {
        if (m_evaluations[row].budget.id == budgetId)
            return int(row);
    }
    return -1;
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

QString BudgetsModel::stateText(BudgetState state)
{
    switch (state) {
    case BudgetState::Ok:
        return tr("OK");
    case BudgetState::Warning:
        return tr("Warning");
    case BudgetState::Exceeded:
        return tr("Exceeded");
    }
    return {};
}

QString BudgetsModel::confidenceText(ForecastConfidence confidence)
{
    switch (confidence) {
    case ForecastConfidence::None:
        return tr("no confidence");
    case ForecastConfidence::Low:
        return tr("low confidence");
    case ForecastConfidence::Medium:
        return tr("medium confidence");
    case ForecastConfidence::High:
        return tr("high confidence");
    }
    return {};
}

QString BudgetsModel::shortConfidenceText(ForecastConfidence confidence)
{
    switch (confidence) {
    case ForecastConfidence::None:
        return tr("none");
    case ForecastConfidence::Low:
        return tr("low");
    case ForecastConfidence::Medium:
        return tr("medium");
    case ForecastConfidence::High:
        return tr("high");
    }
    return {};
}

QString BudgetsModel::amountText(qint64 amount, bool inTokens)
{
    if (inTokens)
        return tr("%1 tokens").arg(DisplayFormat::number(amount));
    return DisplayFormat::money(amount);
}

QString BudgetsModel::periodToolTip(const Budget &budget)
{
    QStringList lines;
    lines.append(tr("Time zone %1").arg(budget.timeZone));
    if (budget.period == BudgetPeriod::Week)
        lines.append(tr("Weeks start on %1").arg(QLocale().dayName(budget.weekStart)));
    if ((budget.period == BudgetPeriod::Month || budget.period == BudgetPeriod::Quarter)
        && budget.monthStartDay != 1)
        lines.append(tr("Months start on day %1").arg(budget.monthStartDay));
    return lines.join(u'\n');
}

QString BudgetsModel::stateToolTip(const BudgetEvaluation &evaluation)
{
    if (!evaluation.error.isEmpty())
        return tr("Cannot be evaluated: %1").arg(evaluation.error);
    switch (evaluation.state) {
    case BudgetState::Exceeded:
        return tr("The limit is reached");
    case BudgetState::Warning:
        if (evaluation.reachedThreshold > 0 && evaluation.reachedThreshold < 100)
            return tr("%1 % of the limit is used").arg(evaluation.reachedThreshold);
        return tr("At this pace the limit is reached before the period ends");
    case BudgetState::Ok:
        break;
    }
    return tr("Within the limit");
}

QVariant BudgetsModel::cell(int row, int column, int role) const
{
    const BudgetEvaluation &evaluation = m_evaluations.at(row);
    const Budget &budget = evaluation.budget;
    const bool tokens = budget.limitsTokens();
    const bool failed = !evaluation.error.isEmpty();
    if (role == ItemRole::Key)
        return budget.id;
    if (role == ItemRole::State)
        return failed ? ErrorState : int(evaluation.state);
    if (role == ItemRole::CostKind && !tokens
        && (column == Spent || column == Remaining || column == Forecast))
        return int(evaluation.totals.costKind());
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRole::Sort;
    const bool toolTip = role == Qt::ToolTipRole;
    switch (column) {
    case Scope:
        if (display || sort)
            return scopeText(budget);
        if (toolTip) {
            QStringList lines;
            if (budget.scope == BudgetScope::Team)
                lines.append(budget.includeSubteams ? tr("Nested teams included")
                                                    : tr("Nested teams not included"));
            if (!budget.models.isEmpty())
                lines.append(
                    tr("Only the models %1").arg(budget.models.join(QStringLiteral(", "))));
            if (!budget.sources.isEmpty())
                lines.append(
                    tr("Only the sources %1").arg(budget.sources.join(QStringLiteral(", "))));
            lines.append(budget.enforcement == BudgetEnforcement::Hard ? tr("Hard limit")
                                                                       : tr("Soft limit"));
            return lines.join(u'\n');
        }
        break;
    case Period:
        if (display) {
            const BudgetPeriodSpan &span = evaluation.period;
            if (!span.first.isValid())
                return periodText(budget.period);
            const QLocale locale;
            const QString last = locale.toString(span.last, QStringLiteral("d MMM yyyy"));
            if (span.first == span.last)
                return tr("%1, %2").arg(periodText(budget.period), last);
            // The year once when both days share it: "Monthly, 1 Dec – 31 Dec 2026".
            const QString first = locale.toString(span.first,
                                                  span.first.year() == span.last.year()
                                                      ? QStringLiteral("d MMM")
                                                      : QStringLiteral("d MMM yyyy"));
            return tr("%1, %2 – %3").arg(periodText(budget.period), first, last);
        }
        if (sort)
            return evaluation.period.first;
        if (toolTip)
            return periodToolTip(budget);
        break;
    case Limit:
        if (display)
            return amountText(budget.limit(), tokens);
        if (sort)
            return budget.limit();
        if (toolTip && !tokens)
            return tr("Compared with the estimated and billed cost of the usage");
        break;
    case Spent:
        if (failed)
            return display ? QVariant(dash()) : (sort ? QVariant(qint64(-1)) : QVariant());
        if (display)
            return tokens ? amountText(evaluation.spent, true)
                          : DisplayFormat::cost(evaluation.totals);
        if (sort)
            return evaluation.spent;
        if (toolTip && !tokens)
            return DisplayFormat::costToolTip(evaluation.totals);
        break;
    case Remaining:
        if (failed)
            return display ? QVariant(dash()) : (sort ? QVariant(qint64(-1)) : QVariant());
        if (display)
            return amountText(evaluation.remaining(), tokens);
        if (sort)
            return evaluation.remaining();
        if (toolTip && evaluation.spent > evaluation.limit)
            return tr("%1 over the limit")
                .arg(amountText(evaluation.spent - evaluation.limit, tokens));
        break;
    case Used:
        if (failed)
            return display ? QVariant(QString()) : (sort ? QVariant(-1.0) : QVariant());
        if (display)
            return tr("%1 %").arg(QLocale().toString(evaluation.percent(), 'f', 0));
        if (sort)
            return evaluation.percent();
        break;
    case Forecast: {
        const ::Forecast &forecast = evaluation.forecast;
        const bool hasForecast = !failed && forecast.confidence != ForecastConfidence::None;
        if (display) {
            if (!hasForecast)
                return dash();
            return tr("%1 (%2)").arg(amountText(forecast.atPeriodEnd, tokens),
                                     shortConfidenceText(forecast.confidence));
        }
        if (sort)
            return hasForecast ? forecast.atPeriodEnd : qint64(-1);
        if (toolTip) {
            if (failed)
                return {};
            if (!hasForecast)
                return tr("Not enough usage history for a forecast yet");
            QString text = tr("At the recent pace of %1 a day; %2")
                               .arg(amountText(forecast.dailyRate, tokens),
                                    confidenceText(forecast.confidence));
            if (!forecast.basis.isEmpty())
                text += u'\n' + forecast.basis;
            return text;
        }
        break;
    }
    case RunsOut: {
        const std::optional<qint64> exhausts
            = failed ? std::nullopt : evaluation.forecast.exhaustsAtMs;
        const QDateTime at = exhausts
            ? QDateTime::fromMSecsSinceEpoch(*exhausts, budgetTimeZone(budget))
            : QDateTime();
        if (display)
            return exhausts ? dayText(at.date()) : dash();
        if (sort)
            return exhausts.value_or(std::numeric_limits<qint64>::max());
        if (toolTip) {
            if (exhausts)
                return tr("At this pace the limit is reached on %1 (%2)")
                    .arg(QLocale().toString(at, QLocale::LongFormat), budget.timeZone);
            if (!failed && evaluation.limit > 0 && evaluation.spent >= evaluation.limit)
                return tr("The limit is already reached");
            if (!failed)
                return tr("Not expected to run out before the period ends");
        }
        break;
    }
    case State:
        if (display)
            return failed ? tr("Error") : stateText(evaluation.state);
        if (sort) // by severity, a budget that cannot be evaluated first among the worst
            return failed ? int(BudgetState::Exceeded) + 1 : int(evaluation.state);
        if (toolTip)
            return stateToolTip(evaluation);
        break;
    default:
        break;
    }
    return {};
}
