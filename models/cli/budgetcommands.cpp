// burnrate-cli budgets and alerts: budgets set/list/remove/check, and the alert history with
// acknowledge and snooze.

#include "budgets/alertstore.h"
#include "budgets/budgetevaluator.h"
#include "budgets/budgetstore.h"
#include "clioutput.h"
#include "commandline.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "core/money.h"
#include "ledger/ledger.h"

#include <QCommandLineParser>
#include <QDateTime>

using namespace CliOutput;
using namespace Qt::StringLiterals;

namespace {

QString amountText(qint64 amount, bool inTokens)
{
    return inTokens ? groupedNumber(amount) + u" tokens"_s : Money::formatUsd(amount);
}

QString instantText(std::optional<qint64> ms, const QTimeZone &zone)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, zone).toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

QString jsonInstant(std::optional<qint64> ms)
{
    return ms
        ? jsonString(QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).toString(Qt::ISODate))
        : u"null"_s;
}

QString weekdayName(int weekday)
{
    static const QStringList names {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                                    u"fri"_s, u"sat"_s, u"sun"_s};
    return names.value(weekday - 1);
}

std::optional<int> weekdayFromText(const QString &text)
{
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= 7 ? std::optional<int>(number) : std::nullopt;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (text.left(3).compare(weekdayName(weekday), Qt::CaseInsensitive) == 0
            && text.size() >= 3)
            return weekday;
    }
    return std::nullopt;
}

QStringList commaList(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            values.append(part.trimmed());
    }
    return values;
}

QString periodText(const Budget &budget)
{
    QString text = budgetPeriodName(budget.period);
    if (budget.period == BudgetPeriod::Custom)
        text += u' ' + Calendar::dayKey(budget.customFirst) + u".."
            + Calendar::dayKey(budget.customLast);
    if (budget.period == BudgetPeriod::Week && budget.weekStart != Qt::Monday)
        text += u" from "_s + weekdayName(budget.weekStart);
    if ((budget.period == BudgetPeriod::Month || budget.period == BudgetPeriod::Quarter)
        && budget.monthStartDay != 1)
        text += u" from day "_s + QString::number(budget.monthStartDay);
    return text;
}

QString filterText(const Budget &budget)
{
    QStringList parts;
    if (budget.scope == BudgetScope::Team && !budget.includeSubteams)
        parts.append(u"no sub-teams"_s);
    if (!budget.models.isEmpty())
        parts.append(u"models "_s + budget.models.join(u','));
    if (!budget.sources.isEmpty())
        parts.append(u"sources "_s + budget.sources.join(u','));
    return parts.isEmpty() ? u"-"_s : parts.join(u"; "_s);
}

QString thresholdText(const Budget &budget)
{
    QStringList thresholds;
    for (const int threshold : budget.thresholds)
        thresholds.append(QString::number(threshold));
    return thresholds.join(u',');
}

} // namespace

int CommandLine::budgetsCommand(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("list") && arguments.size() == 1) {
        Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
        if (!ledger)
            return failure(ledger.error().detail);
        Result<QList<Budget>> budgets = BudgetStore(**ledger).budgets();
        if (!budgets)
            return failure(budgets.error().detail);
        if (m_json) {
            QStringList items;
            for (const Budget &budget : std::as_const(*budgets)) {
                items.append(
                    u"{\"id\":%1,\"scope\":%2,\"period\":%3,\"timezone\":%4,%5,\"thresholds\":[%6],"
                    "\"enforcement\":%7,\"week_start\":%8,\"month_start_day\":%9,"
                    "\"include_subteams\":%10,\"models\":[%11],\"sources\":[%12]}"_s.arg(budget.id)
                        .arg(jsonString(budget.scopeLabel()),
                             jsonString(budgetPeriodName(budget.period)),
                             jsonString(budget.timeZone),
                             budget.limitsTokens() ? u"\"limit_tokens\":%1"_s.arg(budget.limit())
                                                   : u"\"limit_usd\":"_s + jsonUsd(budget.limit()),
                             thresholdText(budget),
                             jsonString(budget.enforcement == BudgetEnforcement::Hard ? u"hard"_s
                                                                                      : u"soft"_s))
                        .arg(budget.weekStart)
                        .arg(budget.monthStartDay)
                        .arg(budget.includeSubteams ? u"true"_s : u"false"_s)
                        .arg([&] {
                            QStringList quoted;
                            for (const QString &model : budget.models)
                                quoted.append(jsonString(model));
                            return quoted.join(u',');
                        }())
                        .arg([&] {
                            QStringList quoted;
                            for (const QString &source : budget.sources)
                                quoted.append(jsonString(source));
                            return quoted.join(u',');
                        }()));
            }
            m_out << u"{\"budgets\":["_s << items.join(u',') << u"]}\n"_s;
            return 0;
        }
        QList<QStringList> rows;
        for (const Budget &budget : std::as_const(*budgets)) {
            rows.append({QString::number(budget.id), budget.scopeLabel(), periodText(budget),
                         budget.timeZone, amountText(budget.limit(), budget.limitsTokens()),
                         thresholdText(budget),
                         budget.enforcement == BudgetEnforcement::Hard ? u"hard"_s : u"soft"_s,
                         filterText(budget)});
        }
        m_out << renderTable({u"id"_s, u"scope"_s, u"period"_s, u"zone"_s, u"limit"_s,
                              u"thresholds %"_s, u"kind"_s, u"filters"_s},
                             rows, 4);
        return 0;
    }
    if (action == QLatin1String("remove") && arguments.size() == 2) {
        Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
        if (!ledger)
            return failure(ledger.error().detail);
        BudgetStore store(**ledger);
        if (arguments[1] == QLatin1String("--all")) {
            const Status removed = store.removeAll();
            return removed ? 0 : failure(removed.error().detail);
        }
        bool ok = false;
        const qint64 id = arguments[1].toLongLong(&ok);
        if (!ok)
            return usageError(u"budgets remove: \"%1\" is not a budget id"_s.arg(arguments[1]));
        const Status removed = store.remove(id);
        return removed ? 0 : failure(u"budgets remove: "_s + removed.error().detail);
    }
    if (action == QLatin1String("set"))
        return budgetsSet(arguments);
    if (action == QLatin1String("check"))
        return budgetsCheck(arguments);
    return usageError(u"budgets: use list, set, remove or check"_s);
}

int CommandLine::budgetsSet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"id"_s, QString(), u"id"_s},
        {u"scope"_s, QString(), u"scope"_s},
        {u"period"_s, QString(), u"period"_s},
        {u"from"_s, QString(), u"date"_s},
        {u"to"_s, QString(), u"date"_s},
        {u"tz"_s, QString(), u"zone"_s},
        {u"week-start"_s, QString(), u"day"_s},
        {u"month-start-day"_s, QString(), u"n"_s},
        {u"limit-usd"_s, QString(), u"usd"_s},
        {u"limit-tokens"_s, QString(), u"n"_s},
        {u"thresholds"_s, QString(), u"list"_s},
        {u"models"_s, QString(), u"list"_s},
        {u"sources"_s, QString(), u"list"_s},
        {u"no-subteams"_s, QString()},
        {u"subteams"_s, QString()},
        {u"hard"_s, QString()},
        {u"soft"_s, QString()},
    });
    if (!parser.parse(QStringList {u"budgets"_s} + arguments))
        return usageError(u"budgets set: "_s + parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(u"budgets set: unexpected argument \"%1\""_s.arg(
            parser.positionalArguments().value(1)));
    const auto given = [&](const QString &name) {
        return parser.isSet(name);
    };
    const auto value = [&](const QString &name) {
        return parser.value(name);
    };

    // A new budget starts from the defaults; --id N edits budget N, changing only what is given.
    std::optional<qint64> editId;
    if (given(u"id"_s)) {
        bool ok = false;
        editId = value(u"id"_s).toLongLong(&ok);
        if (!ok)
            return usageError(u"budgets set: --id \"%1\" is not a budget id"_s.arg(value(u"id"_s)));
    } else {
        if (!given(u"scope"_s))
            return usageError(u"budgets set: --scope is required for a new budget"_s);
        if (given(u"limit-usd"_s) == given(u"limit-tokens"_s))
            return usageError(u"budgets set: give exactly one of --limit-usd and --limit-tokens"_s);
    }
    if (given(u"limit-usd"_s) && given(u"limit-tokens"_s))
        return usageError(u"budgets set: give only one of --limit-usd and --limit-tokens"_s);
    if ((given(u"subteams"_s) && given(u"no-subteams"_s)) || (given(u"hard"_s) && given(u"soft"_s)))
        return usageError(u"budgets set: contradicting options"_s);

    Budget changes; // only the given fields are applied below
    std::optional<BudgetScope> scope;
    if (given(u"scope"_s)) {
        const QString text = value(u"scope"_s);
        if (text == QLatin1String("org")) {
            scope = BudgetScope::Organisation;
        } else if (text.startsWith(QLatin1String("team:")) && text.size() > 5) {
            scope = BudgetScope::Team;
            changes.scopeName = text.mid(5);
        } else if (text.startsWith(QLatin1String("person:")) && text.size() > 7) {
            scope = BudgetScope::Person;
            changes.scopeName = text.mid(7);
        } else {
            return usageError(u"budgets set: --scope must be org, team:NAME or person:EMAIL"_s);
        }
    }
    std::optional<BudgetPeriod> period;
    if (given(u"period"_s)) {
        period = budgetPeriodFromName(value(u"period"_s));
        if (!period)
            return usageError(
                u"budgets set: --period must be day, week, month, quarter or custom"_s);
    }
    std::optional<QDate> from;
    std::optional<QDate> to;
    if (given(u"from"_s) && !(from = Calendar::parseDate(value(u"from"_s))))
        return usageError(u"budgets set: --from must be a date like 2026-11-01"_s);
    if (given(u"to"_s) && !(to = Calendar::parseDate(value(u"to"_s))))
        return usageError(u"budgets set: --to must be a date like 2026-11-30"_s);
    if (given(u"tz"_s) && !QTimeZone(value(u"tz"_s).toUtf8()).isValid())
        return usageError(u"budgets set: unknown time zone \"%1\" (use an IANA name such as "
                          "Europe/Berlin)"_s.arg(value(u"tz"_s)));
    std::optional<int> weekStart;
    if (given(u"week-start"_s) && !(weekStart = weekdayFromText(value(u"week-start"_s))))
        return usageError(u"budgets set: --week-start must be a weekday (mon … sun or 1–7)"_s);
    std::optional<int> monthStartDay;
    if (given(u"month-start-day"_s)) {
        bool ok = false;
        monthStartDay = value(u"month-start-day"_s).toInt(&ok);
        if (!ok)
            return usageError(u"budgets set: --month-start-day must be a day 1–31"_s);
    }
    if (given(u"limit-usd"_s)) {
        changes.limitMicros = Money::parseDecimalUsd(value(u"limit-usd"_s));
        if (!changes.limitMicros)
            return usageError(
                u"budgets set: --limit-usd \"%1\" is not an amount"_s.arg(value(u"limit-usd"_s)));
    }
    if (given(u"limit-tokens"_s)) {
        bool ok = false;
        changes.limitTokens = value(u"limit-tokens"_s).toLongLong(&ok);
        if (!ok)
            return usageError(u"budgets set: --limit-tokens must be a whole number"_s);
    }
    if (given(u"thresholds"_s)) {
        changes.thresholds.clear();
        for (const QString &part : value(u"thresholds"_s).split(u',')) {
            bool ok = false;
            changes.thresholds.append(part.trimmed().toInt(&ok));
            if (!ok)
                return usageError(
                    u"budgets set: --thresholds must be percentages like 50,80,100"_s);
        }
    }

    Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
    if (!ledger)
        return failure(ledger.error().detail);
    BudgetStore store(**ledger);
    Budget budget;
    budget.timeZone = QString::fromUtf8((*ledger)->reportingTimeZone().id());
    if (editId) {
        Result<Budget> existing = store.find(*editId);
        if (!existing)
            return failure(u"budgets set: "_s + existing.error().detail);
        budget = *existing;
    }
    if (scope) {
        budget.scope = *scope;
        budget.scopeName = changes.scopeName;
    }
    if (period)
        budget.period = *period;
    if (from)
        budget.customFirst = *from;
    if (to)
        budget.customLast = *to;
    if (given(u"tz"_s))
        budget.timeZone = value(u"tz"_s);
    if (weekStart)
        budget.weekStart = *weekStart;
    if (monthStartDay)
        budget.monthStartDay = *monthStartDay;
    if (changes.limitMicros || changes.limitTokens) {
        budget.limitMicros = changes.limitMicros;
        budget.limitTokens = changes.limitTokens;
    }
    if (given(u"thresholds"_s))
        budget.thresholds = changes.thresholds;
    if (given(u"models"_s))
        budget.models = commaList(value(u"models"_s));
    if (given(u"sources"_s))
        budget.sources = commaList(value(u"sources"_s));
    if (given(u"subteams"_s) || given(u"no-subteams"_s))
        budget.includeSubteams = given(u"subteams"_s);
    if (given(u"hard"_s) || given(u"soft"_s))
        budget.enforcement = given(u"hard"_s) ? BudgetEnforcement::Hard : BudgetEnforcement::Soft;

    const auto storeError = [&](const Error &error) {
        return error.code == ErrorCode::InvalidArgument
            ? usageError(u"budgets set: "_s + error.detail)
            : failure(u"budgets set: "_s + error.detail);
    };
    if (editId) {
        if (Status updated = store.update(budget); !updated)
            return storeError(updated.error());
        m_out << u"Budget %1 updated.\n"_s.arg(*editId);
        return 0;
    }
    Result<qint64> id = store.add(budget, m_clock.nowMs());
    if (!id)
        return storeError(id.error());
    m_out << u"Budget %1 set.\n"_s.arg(*id);
    return 0;
}

// Exit status as monitoring plugins use it: 0 ok, 1 warning, 2 exceeded, 3 could not tell.
int CommandLine::budgetsCheck(const QStringList &arguments)
{
    constexpr int unknown = 3;
    if (arguments.size() != 1) {
        m_err << u"burnrate-cli: budgets check: unexpected argument \"%1\" (usage: budgets check "
                 "[--json])\n"_s.arg(arguments.value(1));
        m_err.flush();
        return unknown;
    }
    Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
    if (!ledger) {
        m_err << u"burnrate-cli: budgets check: "_s << ledger.error().detail << u"\n"_s;
        m_err.flush();
        return unknown;
    }
    const qint64 nowMs = m_clock.nowMs();
    Result<QList<BudgetEvaluation>> evaluations = BudgetEvaluator(**ledger).evaluateAll(nowMs);
    if (!evaluations) {
        m_err << u"burnrate-cli: budgets check: "_s << evaluations.error().detail << u"\n"_s;
        m_err.flush();
        return unknown;
    }
    int status = 0;
    for (const BudgetEvaluation &evaluation : std::as_const(*evaluations)) {
        if (!evaluation.error.isEmpty()) {
            m_err << u"burnrate-cli: budgets check: "_s << evaluation.error << u"\n"_s;
            status = unknown;
        } else if (status != unknown) {
            status = std::max(status,
                              evaluation.state == BudgetState::Exceeded      ? 2
                                  : evaluation.state == BudgetState::Warning ? 1
                                                                             : 0);
        }
    }
    m_err.flush();

    if (m_json) {
        QStringList items;
        for (const BudgetEvaluation &evaluation : std::as_const(*evaluations)) {
            const Budget &budget = evaluation.budget;
            const bool tokens = budget.limitsTokens();
            const QString unit = tokens ? u"tokens"_s : u"usd"_s;
            const auto amount = [&](qint64 value) -> QString {
                return tokens ? QString::number(value) : jsonUsd(value);
            };
            items.append(
                u"{\"id\":%1,\"scope\":%2,\"period\":%3,\"timezone\":%4,\"period_start\":%5,"
                "\"period_end\":%6,\"limit_%7\":%8,\"spent_usd\":%9,\"spent_tokens\":%10,"
                "\"percent\":%11,\"forecast_%7\":%12,\"forecast_confidence\":%13,"
                "\"exhausts_at\":%14,\"state\":%15%16}"_s.arg(budget.id)
                    .arg(jsonString(budget.scopeLabel()),
                         jsonString(budgetPeriodName(budget.period)), jsonString(budget.timeZone),
                         jsonString(Calendar::dayKey(evaluation.period.first)),
                         jsonString(Calendar::dayKey(evaluation.period.last)), unit,
                         amount(evaluation.limit), jsonUsd(evaluation.totals.costMicros))
                    .arg(evaluation.totals.tokens.total())
                    .arg(QString::number(evaluation.percent(), 'f', 1),
                         amount(evaluation.forecast.atPeriodEnd),
                         jsonString(forecastConfidenceName(evaluation.forecast.confidence)),
                         jsonInstant(evaluation.forecast.exhaustsAtMs),
                         jsonString(evaluation.error.isEmpty() ? budgetStateName(evaluation.state)
                                                               : u"error"_s),
                         evaluation.error.isEmpty()
                             ? QString()
                             : u",\"error\":"_s + jsonString(evaluation.error)));
        }
        m_out << u"{\"budgets\":["_s << items.join(u',') << u"]}\n"_s;
        return status;
    }
    QList<QStringList> rows;
    for (const BudgetEvaluation &evaluation : std::as_const(*evaluations)) {
        const Budget &budget = evaluation.budget;
        const bool tokens = budget.limitsTokens();
        if (!evaluation.error.isEmpty()) {
            rows.append({QString::number(budget.id), budget.scopeLabel(), periodText(budget),
                         amountText(evaluation.limit, tokens), u"-"_s, u"-"_s, u"-"_s, u"-"_s,
                         u"error"_s});
            continue;
        }
        rows.append({QString::number(budget.id), budget.scopeLabel(),
                     Calendar::dayKey(evaluation.period.first) + u".."
                         + Calendar::dayKey(evaluation.period.last),
                     amountText(evaluation.limit, tokens), amountText(evaluation.spent, tokens),
                     QString::number(evaluation.percent(), 'f', 1) + u" %"_s,
                     amountText(evaluation.forecast.atPeriodEnd, tokens) + u" ("_s
                         + forecastConfidenceName(evaluation.forecast.confidence) + u')',
                     instantText(evaluation.forecast.exhaustsAtMs, budgetTimeZone(budget)),
                     budgetStateName(evaluation.state)});
    }
    m_out << renderTable({u"id"_s, u"scope"_s, u"period"_s, u"limit"_s, u"spent"_s, u"used"_s,
                          u"forecast (confidence)"_s, u"runs out"_s, u"state"_s},
                         rows, 3);
    return status;
}

int CommandLine::alertsCommand(const QStringList &arguments)
{
    const QString action = arguments.value(0, u"list"_s);
    if (action == QLatin1String("list")
        && (arguments.size() <= 1
            || (arguments.size() == 2 && arguments[1] == QLatin1String("--all")))) {
        Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
        if (!ledger)
            return failure(ledger.error().detail);
        AlertStore store(**ledger);
        const bool all = arguments.size() == 2;
        Result<QList<BudgetAlert>> alerts = all ? store.history() : store.active(m_clock.nowMs());
        if (!alerts)
            return failure(alerts.error().detail);
        const auto status = [&](const BudgetAlert &alert) -> QString {
            if (alert.isAcknowledged())
                return u"acknowledged "_s + instantText(alert.acknowledgedMs, QTimeZone::utc());
            if (alert.snoozedUntilMs > m_clock.nowMs())
                return u"snoozed until "_s + instantText(alert.snoozedUntilMs, QTimeZone::utc());
            return u"active"_s;
        };
        const auto recipients = [](const BudgetAlert &alert) -> QStringList {
            QStringList emails;
            for (const AlertRecipient &recipient : alert.recipients)
                emails.append(recipient.email + u" ("_s + recipientRoleName(recipient.role) + u')');
            return emails;
        };
        if (m_json) {
            QStringList items;
            for (const BudgetAlert &alert : std::as_const(*alerts)) {
                QStringList quoted;
                for (const AlertRecipient &recipient : alert.recipients)
                    quoted.append(u"{\"email\":%1,\"role\":%2}"_s.arg(
                        jsonString(recipient.email),
                        jsonString(recipientRoleName(recipient.role))));
                items.append(
                    u"{\"id\":%1,\"budget_id\":%2,\"budget\":%3,\"kind\":%4,"
                    "\"threshold\":%5,\"fired_at\":%6,\"period_start\":%7,"
                    "\"period_end\":%8,\"message\":%9,\"recipients\":[%10],"
                    "\"status\":%11}"_s.arg(alert.id)
                        .arg(alert.budgetId)
                        .arg(jsonString(alert.budgetLabel), jsonString(alertKindName(alert.kind)))
                        .arg(alert.threshold)
                        .arg(jsonInstant(alert.firedMs),
                             jsonString(Calendar::dayKey(alert.periodFirst)),
                             jsonString(Calendar::dayKey(alert.periodLast)),
                             jsonString(alert.message), quoted.join(u','),
                             jsonString(status(alert))));
            }
            m_out << u"{\"alerts\":["_s << items.join(u',') << u"]}\n"_s;
            return 0;
        }
        QList<QStringList> rows;
        for (const BudgetAlert &alert : std::as_const(*alerts))
            rows.append({QString::number(alert.id), instantText(alert.firedMs, QTimeZone::utc()),
                         alert.message, recipients(alert).join(u", "_s), status(alert)});
        m_out << renderTable({u"id"_s, u"fired (UTC)"_s, u"alert"_s, u"to"_s, u"status"_s}, rows,
                             5);
        return 0;
    }
    if ((action == QLatin1String("ack") && arguments.size() == 2)
        || (action == QLatin1String("snooze") && arguments.size() == 3)) {
        bool ok = false;
        const qint64 id = arguments[1].toLongLong(&ok);
        if (!ok)
            return usageError(u"alerts %1: \"%2\" is not an alert id"_s.arg(action, arguments[1]));
        std::optional<qint64> seconds;
        if (action == QLatin1String("snooze") && !(seconds = parseDurationSeconds(arguments[2])))
            return usageError(
                u"alerts snooze: \"%1\" is not a duration (30m, 4h, 1d)"_s.arg(arguments[2]));
        Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
        if (!ledger)
            return failure(ledger.error().detail);
        AlertStore store(**ledger);
        const Status changed = seconds ? store.snooze(id, m_clock.nowMs() + *seconds * 1000)
                                       : store.acknowledge(id, m_clock.nowMs());
        return changed ? 0 : failure(u"alerts %1: "_s.arg(action) + changed.error().detail);
    }
    return usageError(u"alerts: use 'alerts [list] [--all]', 'alerts ack ID' or "
                      "'alerts snooze ID DURATION'"_s);
}
