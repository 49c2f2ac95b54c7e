#include "alertengine.h"

#include "alertstore.h"
#include "core/calendar.h"
#include "core/money.h"
#include "ledger/ledger.h"
#include "ledger/peopledirectory.h"
#include "ledger/sqlitedatabase.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace {

// The people who answer for a team: its members of role manager, else the manager most of its
// members report to.
QList<const Person *> teamOwners(qint64 teamId, const QList<Person> &people)
{
    QList<const Person *> managers;
    QHash<qint64, int> reportsTo;
    for (const Person &person : people) {
        if (person.teamId != teamId)
            continue;
        if (person.role == Role::Manager)
            managers.append(&person);
        if (person.managerId != 0)
            ++reportsTo[person.managerId];
    }
    if (!managers.isEmpty())
        return managers;
    qint64 mostReportedTo = 0;
    int most = 0;
    for (auto it = reportsTo.cbegin(); it != reportsTo.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < mostReportedTo)) {
            most = it.value();
            mostReportedTo = it.key();
        }
    }
    for (const Person &person : people) {
        if (person.id == mostReportedTo)
            return {&person};
    }
    return {};
}

QString amountText(qint64 amount, bool inTokens)
{
    return inTokens ? QLocale(QLocale::English).toString(amount) + QStringLiteral(" tokens")
                    : Money::formatUsd(amount);
}

QString periodAdjective(BudgetPeriod period)
{
    switch (period) {
    case BudgetPeriod::Day:
        return QStringLiteral("daily");
    case BudgetPeriod::Week:
        return QStringLiteral("weekly");
    case BudgetPeriod::Month:
        return QStringLiteral("monthly");
    case BudgetPeriod::Quarter:
        return QStringLiteral("quarterly");
    case BudgetPeriod::Custom:
        break;
    }
    return QStringLiteral("custom-period");
}

QString ordinalDay(int day)
{
    const int lastTwo = day % 100;
    const char *suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        if (day % 10 == 1)
            suffix = "st";
        else if (day % 10 == 2)
            suffix = "nd";
        else if (day % 10 == 3)
            suffix = "rd";
    }
    return QString::number(day) + QLatin1String(suffix);
}

QString alertMessage(const BudgetEvaluation &evaluation, AlertKind kind, int threshold)
{
    const Budget &budget = evaluation.budget;
    const QLocale english(QLocale::English);
    const bool tokens = budget.limitsTokens();
    const QString used
        = QStringLiteral("%1 of %2")
              .arg(amountText(evaluation.spent, tokens), amountText(evaluation.limit, tokens));
    const QString period = QStringLiteral("%1 – %2").arg(
        english.toString(evaluation.period.first, QStringLiteral("MMM d")),
        english.toString(evaluation.period.last, QStringLiteral("MMM d")));
    if (kind == AlertKind::ProjectedExhaustion) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(*evaluation.forecast.exhaustsAtMs,
                                                              budgetTimeZone(budget));
        return QStringLiteral("%1: at this rate the %2 budget runs out on the %3 (%4 %5); %6 used "
                              "so far.")
            .arg(budget.scopeLabel(), periodAdjective(budget.period), ordinalDay(when.date().day()),
                 english.toString(when, QStringLiteral("MMM d, HH:mm")), budget.timeZone, used);
    }
    if (threshold >= 100 && evaluation.spent >= evaluation.limit)
        return QStringLiteral("%1: %2 budget exceeded — %3 (%4).")
            .arg(budget.scopeLabel(), periodAdjective(budget.period), used, period);
    return QStringLiteral("%1: %2 % of the %3 budget used — %4 (%5).")
        .arg(budget.scopeLabel())
        .arg(threshold)
        .arg(periodAdjective(budget.period), used, period);
}

} // namespace

QList<AlertRecipient> alertRecipients(const Budget &budget, int percent,
                                      const QList<Person> &people, const QList<Team> &teams,
                                      const EscalationPolicy &policy)
{
    QList<AlertRecipient> recipients;
    const auto add = [&](const Person &person, RecipientRole role) {
        for (const AlertRecipient &existing : std::as_const(recipients)) {
            if (existing.email.compare(person.email, Qt::CaseInsensitive) == 0)
                return;
        }
        recipients.append(AlertRecipient {person.email, person.name, role});
    };
    const auto personById = [&](qint64 id) -> const Person * {
        for (const Person &person : people) {
            if (person.id == id)
                return &person;
        }
        return nullptr;
    };
    const bool escalateToManager
        = policy.managerFromPercent > 0 && percent >= policy.managerFromPercent;
    switch (budget.scope) {
    case BudgetScope::Person:
        if (const Person *owner = personById(budget.scopeId)) {
            add(*owner, RecipientRole::Owner);
            if (escalateToManager) {
                if (const Person *manager = personById(owner->managerId))
                    add(*manager, RecipientRole::Manager);
            }
        }
        break;
    case BudgetScope::Team: {
        for (const Person *owner : teamOwners(budget.scopeId, people))
            add(*owner, RecipientRole::Owner);
        if (escalateToManager) {
            for (const Team &team : teams) {
                if (team.id == budget.scopeId && team.parentId != 0) {
                    for (const Person *manager : teamOwners(team.parentId, people))
                        add(*manager, RecipientRole::Manager);
                }
            }
        }
        break;
    }
    case BudgetScope::Organisation:
        for (const Person &person : people) {
            if (person.role == Role::Admin)
                add(person, RecipientRole::Owner);
        }
        break;
    }
    if (policy.adminsFromPercent > 0 && percent >= policy.adminsFromPercent) {
        for (const Person &person : people) {
            if (person.role == Role::Admin)
                add(person, RecipientRole::Admin);
        }
    }
    return recipients;
}

Result<AlertEngine::RunResult> AlertEngine::run(qint64 nowMs)
{
    SqliteDatabase &db = m_ledger.database();
    // Evaluation only reads, and at an org in a zone other than the ledger's it reads usage rows
    // for a second or so: it runs before the write transaction, so imports are not held up.
    RunResult result;
    Result<QList<BudgetEvaluation>> evaluations = BudgetEvaluator(m_ledger).evaluateAll(nowMs);
    if (!evaluations)
        return evaluations.error();
    result.evaluations = std::move(evaluations).value();
    PeopleDirectory directory(m_ledger);
    Result<QList<Person>> people = directory.people();
    if (!people)
        return people.error();
    Result<QList<Team>> teams = directory.teams();
    if (!teams)
        return teams.error();
    const EscalationPolicy policy = EscalationPolicy::load(m_ledger);

    SqliteTransaction transaction(db);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();

    Result<SqliteStatement> highestFired = db.prepare(QStringLiteral(
        "SELECT coalesce(max(threshold), 0) FROM budget_alerts WHERE budget_id = ?1 AND "
        "budget_revision = ?2 AND period_first = ?3 AND kind = 'threshold'"));
    if (!highestFired)
        return highestFired.error();
    AlertStore store(m_ledger);

    for (const BudgetEvaluation &evaluation : std::as_const(result.evaluations)) {
        if (!evaluation.error.isEmpty() || evaluation.limit <= 0)
            continue;
        const Budget &budget = evaluation.budget;
        BudgetAlert alert;
        alert.budgetId = budget.id;
        alert.budgetLabel
            = budget.scopeLabel() + QStringLiteral(" · ") + budgetPeriodName(budget.period);
        alert.periodFirst = evaluation.period.first;
        alert.periodLast = evaluation.period.last;
        alert.firedMs = nowMs;
        alert.spent = evaluation.spent;
        alert.limit = evaluation.limit;
        alert.inTokens = budget.limitsTokens();
        const int percent = int(std::min<qint64>(evaluation.wholePercent(), 100'000));

        // Only the highest threshold reached is told, and only when it is above every threshold
        // already told this period: a jump from 40 % to 90 % is one alert, and a dip below 80 %
        // followed by a rise tells nothing new.
        if (evaluation.reachedThreshold > 0) {
            highestFired->reset();
            highestFired->bind(1, budget.id).bind(2, budget.revision);
            highestFired->bind(3, Calendar::dayKey(evaluation.period.first));
            if (highestFired->step() != SqliteStatement::StepResult::Row)
                return highestFired->lastError();
            if (evaluation.reachedThreshold > highestFired->int64(0)) {
                BudgetAlert threshold = alert;
                threshold.kind = AlertKind::Threshold;
                threshold.threshold = evaluation.reachedThreshold;
                threshold.message
                    = alertMessage(evaluation, AlertKind::Threshold, threshold.threshold);
                // Escalation follows where spending is, not the threshold's number: 95 % spent
                // reaches whoever is told from 90 %, even when 80 % is the threshold crossed.
                threshold.recipients = alertRecipients(budget, percent, *people, *teams, policy);
                Result<std::optional<BudgetAlert>> recorded
                    = store.recordOnce(threshold, budget.revision, nowMs);
                if (!recorded)
                    return recorded.error();
                if (*recorded)
                    result.fired.append(**recorded);
            }
        }

        // Running out before the period ends, told once, and only on a forecast worth telling:
        // of at least medium confidence, and running out before the last tenth of the period
        // (a forecast that grazes the limit on the last days flips with every quiet hour).
        const Forecast &forecast = evaluation.forecast;
        const qint64 lastTenth = (evaluation.period.endMs - evaluation.period.startMs) / 10;
        if (evaluation.spent < evaluation.limit && forecast.exhaustsAtMs
            && *forecast.exhaustsAtMs < evaluation.period.endMs - lastTenth
            && forecast.confidence >= ForecastConfidence::Medium) {
            BudgetAlert projected = alert;
            projected.kind = AlertKind::ProjectedExhaustion;
            projected.threshold = 100;
            projected.exhaustsAtMs = forecast.exhaustsAtMs;
            projected.message = alertMessage(evaluation, AlertKind::ProjectedExhaustion, 100);
            projected.recipients = alertRecipients(budget, percent, *people, *teams, policy);
            Result<std::optional<BudgetAlert>> recorded
                = store.recordOnce(projected, budget.revision, nowMs);
            if (!recorded)
                return recorded.error();
            if (*recorded)
                result.fired.append(**recorded);
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}
