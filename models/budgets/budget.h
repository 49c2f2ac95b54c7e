#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

enum class BudgetScope { Organisation, Team, Person };
enum class BudgetPeriod { Day, Week, Month, Quarter, Custom };
enum class BudgetEnforcement { Soft, Hard };

QString budgetScopeName(BudgetScope scope); // "org", "team", "person"
QString budgetPeriodName(BudgetPeriod period); // "day", "week", ...
std::optional<BudgetPeriod> budgetPeriodFromName(const QString &name);

// Percentages of the limit at which a budget warns: 50, 80, 100.
QList<int> defaultBudgetThresholds();

// A spending limit on a person, a team (with nested teams) or the whole organisation.
struct Budget
{
    qint64 id = 0;
    qint64 revision = 1; // grows with every edit; alerts of an edited budget start afresh
    BudgetScope scope = BudgetScope::Organisation;
    qint64 scopeId = 0; // team or person id
    QString scopeName; // team name or person email, for display and the command line
    BudgetPeriod period = BudgetPeriod::Month;
    QString timeZone = QStringLiteral("UTC");
    std::optional<qint64> limitMicros;
    std::optional<qint64> limitTokens;
    QList<int> thresholds = defaultBudgetThresholds();
    BudgetEnforcement enforcement = BudgetEnforcement::Soft;
    int weekStart = Qt::Monday; // first day of a week period, 1 = Monday … 7 = Sunday
    // Day of the month a month or quarter period starts on (a payroll month from the 15th, say).
    // A month shorter than this starts on its last day.
    int monthStartDay = 1;
    QDate customFirst {}; // a custom period: these calendar days, inclusive
    QDate customLast {};
    bool includeSubteams = true; // a team budget counts its nested teams too
    QStringList models {}; // only these models (names as the provider reports them); empty: all
    QStringList sources {}; // only these sources (kind or name); empty: all

    // "org", "team:Platform", "person:ana@example.com"
    QString scopeLabel() const;
    bool limitsTokens() const { return limitTokens.has_value(); }
    qint64 limit() const { return limitTokens ? *limitTokens : limitMicros.value_or(0); }
};

Q_DECLARE_METATYPE(Budget)

// One period of a budget: local calendar days [first, last] in the budget's zone and the UTC
// instants [startMs, endMs) they cover (DST days are 23 or 25 hours long).
struct BudgetPeriodSpan
{
    QDate first;
    QDate last;
    qint64 startMs = 0;
    qint64 endMs = 0;

    bool contains(qint64 utcMs) const { return utcMs >= startMs && utcMs < endMs; }
    int dayCount() const { return int(first.daysTo(last)) + 1; }
};

// The calendar days [first, last] of the budget's period that contains the local day `today`,
// honouring its week start, month start day and custom range. A custom period is its range
// whatever `today` is.
std::pair<QDate, QDate> budgetPeriodDays(const Budget &budget, const QDate &today);
// The period that contains the instant nowMs in the budget's zone (UTC when the zone is unknown).
BudgetPeriodSpan budgetPeriodAt(const Budget &budget, qint64 nowMs);
// The budget's zone; UTC when its id is unknown to this system.
QTimeZone budgetTimeZone(const Budget &budget);
