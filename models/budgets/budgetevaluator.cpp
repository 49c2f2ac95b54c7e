#include "budgetevaluator.h"

#include "budgetstore.h"
#include "core/calendar.h"
#include "ledger/ledger.h"

#include <QDateTime>

QString budgetStateName(BudgetState state)
{
    switch (state) {
    case BudgetState::Ok:
        return QStringLiteral("ok");
    case BudgetState::Warning:
        return QStringLiteral("warning");
    case BudgetState::Exceeded:
        return QStringLiteral("exceeded");
    }
    return {};
}

bool BudgetEvaluation::forecastExceedsLimit() const
{
    return limit > 0 && forecast.atPeriodEnd >= limit
        && forecast.confidence >= ForecastConfidence::Medium;
}

BudgetState budgetStateOf(const BudgetEvaluation &evaluation)
{
    if (evaluation.limit <= 0)
        return BudgetState::Ok;
    if (evaluation.spent >= evaluation.limit)
        return BudgetState::Exceeded;
    int warnAt = 0; // the highest threshold below 100 %
    for (const int threshold : evaluation.budget.thresholds) {
        if (threshold < 100)
            warnAt = std::max(warnAt, threshold);
    }
    // Exact in integers: spent / limit ≥ warnAt / 100.
    const bool warned = warnAt > 0 && evaluation.spent * 100 >= qint64(warnAt) * evaluation.limit;
    return warned || evaluation.forecastExceedsLimit() ? BudgetState::Warning : BudgetState::Ok;
}

Result<BudgetEvaluation> BudgetEvaluator::evaluate(const Budget &budget, qint64 nowMs)
{
    BudgetEvaluation evaluation;
    evaluation.budget = budget;
    evaluation.limit = budget.limit();
    const QTimeZone zone = budgetTimeZone(budget);
    evaluation.period = budgetPeriodAt(budget, nowMs);

    ForecastInput input;
    input.period = evaluation.period;
    input.zone = zone;
    input.nowMs = nowMs;
    input.limit = evaluation.limit;

    // One query for the period so far and the recent history the forecast learns from, per local
    // day in the budget's zone.
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    ReportRequest request;
    request.groupBy = {ReportKey::Day};
    request.since = std::min(evaluation.period.first, today.addDays(-input.historyDays));
    request.until = today;
    request.zone = zone;
    if (budget.scope == BudgetScope::Person) {
        request.personEmail = budget.scopeName;
    } else if (budget.scope == BudgetScope::Team) {
        request.teamName = budget.scopeName;
        request.nestedTeams = budget.includeSubteams;
    }
    request.models = budget.models;
    request.sources = budget.sources;
    if (budget.scope != BudgetScope::Organisation && budget.scopeName.isEmpty())
        return Error {ErrorCode::NotFound,
                      QStringLiteral("budget %1: its %2 no longer exists")
                          .arg(budget.id)
                          .arg(budgetScopeName(budget.scope))};
    Result<Report> report = ReportQuery(m_ledger).run(request);
    if (!report)
        return Error {report.error().code,
                      QStringLiteral("budget %1: %2").arg(budget.id).arg(report.error().detail)};

    for (const ReportRow &row : std::as_const(report->rows)) {
        const std::optional<QDate> day = Calendar::parseDate(row.keys.value(0));
        if (!day)
            continue;
        input.daily.insert(
            *day, budget.limitsTokens() ? row.totals.tokens.total() : row.totals.costMicros);
        if (*day >= evaluation.period.first && *day <= evaluation.period.last) {
            evaluation.totals += row.totals;
            evaluation.daily.insert(*day, input.daily.value(*day));
        }
    }
    evaluation.forecast = forecastBudget(input);
    evaluation.spent = evaluation.forecast.spent;
    for (const int threshold : std::as_const(budget.thresholds)) {
        if (evaluation.limit > 0 && evaluation.spent * 100 >= qint64(threshold) * evaluation.limit)
            evaluation.reachedThreshold = std::max(evaluation.reachedThreshold, threshold);
    }
    evaluation.state = budgetStateOf(evaluation);
    return evaluation;
}

Result<QList<BudgetEvaluation>> BudgetEvaluator::evaluateAll(qint64 nowMs)
{
    Result<QList<Budget>> budgets = BudgetStore(m_ledger).budgets();
    if (!budgets)
        return budgets.error();
    QList<BudgetEvaluation> evaluations;
    for (const Budget &budget : std::as_const(*budgets))
        evaluations.append(evaluateOrExplain(budget, nowMs));
    return evaluations;
}

BudgetEvaluation BudgetEvaluator::evaluateOrExplain(const Budget &budget, qint64 nowMs)
{
    Result<BudgetEvaluation> evaluation = evaluate(budget, nowMs);
    if (evaluation)
        return std::move(evaluation).value();
    BudgetEvaluation failed;
    failed.budget = budget;
    failed.limit = budget.limit();
    failed.period = budgetPeriodAt(budget, nowMs);
    failed.error = evaluation.error().detail;
    return failed;
}
