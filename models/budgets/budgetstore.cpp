#include "budgetstore.h"

#include "core/calendar.h"
#include "ledger/ledger.h"
#include "ledger/sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace {

const QString selectBudgets = QStringLiteral(R"sql(
SELECT b.id, b.scope_kind, coalesce(b.scope_id, 0),
       coalesce(CASE b.scope_kind WHEN 'team' THEN t.name WHEN 'person' THEN p.email END, ''),
       b.period, b.timezone, b.limit_micros, b.limit_tokens, b.thresholds, b.enforcement,
       b.revision, b.week_start, b.month_start_day, b.custom_first, b.custom_last,
       b.include_subteams, b.models, b.sources
FROM budgets b
LEFT JOIN teams t ON b.scope_kind = 'team' AND t.id = b.scope_id
LEFT JOIN people p ON b.scope_kind = 'person' AND p.id = b.scope_id
)sql");

QString toJsonList(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QString &text)
{
    QStringList values;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        values.append(value.toString());
    return values;
}

Budget budgetFromRow(SqliteStatement &row)
{
    Budget budget;
    budget.id = row.int64(0);
    const QString scope = row.text(1);
    budget.scope = scope == QLatin1String("team")
        ? BudgetScope::Team
        : (scope == QLatin1String("person") ? BudgetScope::Person : BudgetScope::Organisation);
    budget.scopeId = row.int64(2);
    budget.scopeName = row.text(3);
    budget.period = budgetPeriodFromName(row.text(4)).value_or(BudgetPeriod::Month);
    budget.timeZone = row.text(5);
    if (!row.isNull(6))
        budget.limitMicros = row.int64(6);
    if (!row.isNull(7))
        budget.limitTokens = row.int64(7);
    budget.thresholds.clear();
    for (const QString &part : row.text(8).split(u',', Qt::SkipEmptyParts))
        budget.thresholds.append(part.toInt());
    budget.enforcement
        = row.text(9) == QLatin1String("hard") ? BudgetEnforcement::Hard : BudgetEnforcement::Soft;
    budget.revision = row.int64(10);
    budget.weekStart = int(row.int64(11));
    budget.monthStartDay = int(row.int64(12));
    if (!row.isNull(13))
        budget.customFirst = Calendar::parseDate(row.text(13)).value_or(QDate());
    if (!row.isNull(14))
        budget.customLast = Calendar::parseDate(row.text(14)).value_or(QDate());
    budget.includeSubteams = row.int64(15) != 0;
    budget.models = fromJsonList(row.text(16));
    budget.sources = fromJsonList(row.text(17));
    return budget;
}

Status invalid(const QString &why)
{
    return Error {ErrorCode::InvalidArgument, why};
}

// Everything about a budget that can be wrong without looking at the ledger.
Status checkSettings(const Budget &budget)
{
    if (budget.limitMicros.has_value() == budget.limitTokens.has_value())
        return invalid(QStringLiteral("a budget needs exactly one limit: USD or tokens"));
    if (budget.limit() <= 0)
        return invalid(QStringLiteral("a budget limit must be above zero"));
    if (budget.thresholds.isEmpty())
        return invalid(QStringLiteral("a budget needs at least one threshold"));
    for (const int threshold : std::as_const(budget.thresholds)) {
        if (threshold <= 0 || threshold > 1000)
            return invalid(QStringLiteral("threshold %1% is out of range (1–1000)").arg(threshold));
    }
    if (!QTimeZone(budget.timeZone.toUtf8()).isValid())
        return invalid(QStringLiteral("unknown time zone \"%1\"").arg(budget.timeZone));
    if (budget.weekStart < 1 || budget.weekStart > 7)
        return invalid(QStringLiteral("the week start must be a weekday 1–7 (Monday–Sunday)"));
    if (budget.monthStartDay < 1 || budget.monthStartDay > 31)
        return invalid(QStringLiteral("the month start day must be 1–31"));
    if (budget.period == BudgetPeriod::Custom) {
        if (!budget.customFirst.isValid() || !budget.customLast.isValid())
            return invalid(QStringLiteral("a custom period needs a first and a last day"));
        if (budget.customLast < budget.customFirst)
            return invalid(QStringLiteral("a custom period cannot end before it starts"));
    }
    if (budget.scope != BudgetScope::Organisation && budget.scopeName.trimmed().isEmpty())
        return invalid(QStringLiteral("a team or person budget needs the team or person"));
    return ok();
}

// The team's or person's id for the budget's scope name.
Result<qint64> resolveScope(SqliteDatabase &db, const Budget &budget)
{
    if (budget.scope == BudgetScope::Organisation)
        return qint64(0);
    Result<SqliteStatement> find
        = db.prepare(budget.scope == BudgetScope::Team
                         ? QStringLiteral("SELECT id FROM teams WHERE name = ?1")
                         : QStringLiteral("SELECT id FROM people WHERE email = ?1"));
    if (!find)
        return find.error();
    find->bind(1, budget.scopeName);
    if (find->step() != SqliteStatement::StepResult::Row) {
        return Error {ErrorCode::NotFound,
                      QStringLiteral("no %1 named %2")
                          .arg(budget.scope == BudgetScope::Team ? QStringLiteral("team")
                                                                 : QStringLiteral("person"),
                               budget.scopeName)};
    }
    return find->int64(0);
}

// Binds the settings columns shared by INSERT and UPDATE at ?1 … ?15.
void bindSettings(SqliteStatement &statement, const Budget &budget, qint64 scopeId)
{
    QStringList thresholds;
    for (const int threshold : std::as_const(budget.thresholds))
        thresholds.append(QString::number(threshold));
    statement.bind(1, budgetScopeName(budget.scope));
    scopeId ? statement.bind(2, scopeId) : statement.bindNull(2);
    statement.bind(3, budgetPeriodName(budget.period)).bind(4, budget.timeZone);
    budget.limitMicros ? statement.bind(5, *budget.limitMicros) : statement.bindNull(5);
    budget.limitTokens ? statement.bind(6, *budget.limitTokens) : statement.bindNull(6);
    statement.bind(7, thresholds.join(u','));
    statement.bind(8,
                   budget.enforcement == BudgetEnforcement::Hard ? QStringLiteral("hard")
                                                                 : QStringLiteral("soft"));
    statement.bind(9, qint64(budget.weekStart)).bind(10, qint64(budget.monthStartDay));
    const bool custom = budget.period == BudgetPeriod::Custom;
    custom ? statement.bind(11, Calendar::dayKey(budget.customFirst)) : statement.bindNull(11);
    custom ? statement.bind(12, Calendar::dayKey(budget.customLast)) : statement.bindNull(12);
    statement.bind(13, qint64(budget.includeSubteams ? 1 : 0));
    statement.bind(14, toJsonList(budget.models)).bind(15, toJsonList(budget.sources));
}

} // namespace

Result<QList<Budget>> BudgetStore::budgets()
{
    QList<Budget> result;
    const Status read = m_ledger.database().forEachRow(
        selectBudgets + QStringLiteral(" ORDER BY b.id"),
        [&](SqliteStatement &row) { result.append(budgetFromRow(row)); });
    if (!read)
        return read.error();
    return result;
}

Result<Budget> BudgetStore::find(qint64 id)
{
    Result<SqliteStatement> statement
        = m_ledger.database().prepare(selectBudgets + QStringLiteral(" WHERE b.id = ?1"));
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    if (statement->step() != SqliteStatement::StepResult::Row)
        return Error {ErrorCode::NotFound, QStringLiteral("no budget with id %1").arg(id)};
    return budgetFromRow(*statement);
}

Result<qint64> BudgetStore::add(Budget budget, qint64 nowMs)
{
    SqliteDatabase &db = m_ledger.database();
    if (Status checked = checkSettings(budget); !checked)
        return checked.error();
    Result<qint64> scopeId = resolveScope(db, budget);
    if (!scopeId)
        return scopeId.error();
    Result<SqliteStatement> insert = db.prepare(QStringLiteral(R"sql(
INSERT INTO budgets (scope_kind, scope_id, period, timezone, limit_micros, limit_tokens, thresholds,
                     enforcement, week_start, month_start_day, custom_first, custom_last,
                     include_subteams, models, sources, created_ms)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
)sql"));
    if (!insert)
        return insert.error();
    bindSettings(*insert, budget, *scopeId);
    insert->bind(16, nowMs);
    if (Status inserted = insert->execute(); !inserted)
        return inserted.error();
    return db.lastInsertRowId();
}

Status BudgetStore::update(Budget budget)
{
    SqliteDatabase &db = m_ledger.database();
    if (Status checked = checkSettings(budget); !checked)
        return checked;
    Result<qint64> scopeId = resolveScope(db, budget);
    if (!scopeId)
        return scopeId.error();
    Result<SqliteStatement> update = db.prepare(QStringLiteral(R"sql(
UPDATE budgets SET scope_kind = ?1, scope_id = ?2, period = ?3, timezone = ?4, limit_micros = ?5,
                   limit_tokens = ?6, thresholds = ?7, enforcement = ?8, week_start = ?9,
                   month_start_day = ?10, custom_first = ?11, custom_last = ?12,
                   include_subteams = ?13, models = ?14, sources = ?15, revision = revision + 1
WHERE id = ?16
)sql"));
    if (!update)
        return update.error();
    bindSettings(*update, budget, *scopeId);
    update->bind(16, budget.id);
    if (Status updated = update->execute(); !updated)
        return updated;
    if (db.changes() == 0)
        return Error {ErrorCode::NotFound, QStringLiteral("no budget with id %1").arg(budget.id)};
    return ok();
}

Status BudgetStore::remove(qint64 id)
{
    SqliteDatabase &db = m_ledger.database();
    Result<SqliteStatement> statement
        = db.prepare(QStringLiteral("DELETE FROM budgets WHERE id = ?1"));
    if (!statement)
        return statement.error();
    if (Status removed = statement->bind(1, id).execute(); !removed)
        return removed;
    if (db.changes() == 0)
        return Error {ErrorCode::NotFound, QStringLiteral("no budget with id %1").arg(id)};
    return ok();
}

Status BudgetStore::removeAll()
{
    return m_ledger.database().exec(QStringLiteral("DELETE FROM budgets"));
}
