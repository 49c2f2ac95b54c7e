#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

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
    BudgetScope scope = BudgetScope::Organisation;
    qint64 scopeId = 0; // team or person id
    QString scopeName; // team name or person email, for display and the command line
    BudgetPeriod period = BudgetPeriod::Month;
    QString timeZone = QStringLiteral("UTC");
    std::optional<qint64> limitMicros;
    std::optional<qint64> limitTokens;
    QList<int> thresholds = defaultBudgetThresholds();
    BudgetEnforcement enforcement = BudgetEnforcement::Soft;

    // "org", "team:Platform", "person:ana@example.com"
    QString scopeLabel() const;
};

// The calendar days [first, last] of the period that contains `today` (week starts Monday).
std::pair<QDate, QDate> budgetPeriodDays(BudgetPeriod period, const QDate &today);
