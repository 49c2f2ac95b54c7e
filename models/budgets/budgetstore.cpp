#include "budgetstore.h"

#include "ledger/ledger.h"
#include "ledger/sqlitedatabase.h"

Result<QList<Budget>> BudgetStore::budgets()
{
    Result<SqliteStatement> statement = m_ledger.database().prepare(QStringLiteral(R"sql(
SELECT b.id, b.scope_kind, coalesce(b.scope_id, 0),
       coalesce(CASE b.scope_kind WHEN 'team' THEN t.name WHEN 'person' THEN p.email END, ''),
       b.period, b.timezone, b.limit_micros, b.limit_tokens, b.thresholds, b.enforcement
FROM budgets b
LEFT JOIN teams t ON b.scope_kind = 'team' AND t.id = b.scope_id
LEFT JOIN people p ON b.scope_kind = 'person' AND p.id = b.scope_id
ORDER BY b.id
)sql"));
    if (!statement)
        return statement.error();
    QList<Budget> result;
    while (statement->step() == SqliteStatement::StepResult::Row) {
        Budget budget;
        budget.id = statement->int64(0);
        const QString scope = statement->text(1);
        budget.scope = scope == QLatin1String("team")
            ? BudgetScope::Team
            : (scope == QLatin1String("person") ? BudgetScope::Person : BudgetScope::Organisation);
        budget.scopeId = statement->int64(2);
        budget.scopeName = statement->text(3);
        budget.period = budgetPeriodFromName(statement->text(4)).value_or(BudgetPeriod::Month);
        budget.timeZone = statement->text(5);
        if (!statement->isNull(6))
            budget.limitMicros = statement->int64(6);
        if (!statement->isNull(7))
            budget.limitTokens = statement->int64(7);
        budget.thresholds.clear();
        for (const QString &part : statement->text(8).split(u',', Qt::SkipEmptyParts))
            budget.thresholds.append(part.toInt());
        budget.enforcement = statement->text(9) == QLatin1String("hard") ? BudgetEnforcement::Hard
                                                                         : BudgetEnforcement::Soft;
        result.append(budget);
    }
    return result;
}

Result<qint64> BudgetStore::add(Budget budget, qint64 nowMs)
{
    SqliteDatabase &db = m_ledger.database();
    if (budget.limitMicros.has_value() == budget.limitTokens.has_value())
        return Error {ErrorCode::InvalidArgument,
                      QStringLiteral("a budget needs exactly one limit: USD or tokens")};
    if ((budget.limitMicros && *budget.limitMicros <= 0)
        || (budget.limitTokens && *budget.limitTokens <= 0))
        return Error {ErrorCode::InvalidArgument,
                      QStringLiteral("a budget limit must be above zero")};
    if (budget.scope != BudgetScope::Organisation) {
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
        budget.scopeId = find->int64(0);
    }
    QStringList thresholds;
    for (const int threshold : std::as_const(budget.thresholds)) {
        if (threshold <= 0 || threshold > 1000)
            return Error {ErrorCode::InvalidArgument,
                          QStringLiteral("threshold %1% is out of range").arg(threshold)};
        thresholds.append(QString::number(threshold));
    }
    Result<SqliteStatement> insert = db.prepare(QStringLiteral(R"sql(
INSERT INTO budgets (scope_kind, scope_id, period, timezone, limit_micros, limit_tokens, thresholds,
                     enforcement, created_ms)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
)sql"));
    if (!insert)
        return insert.error();
    insert->bind(1, budgetScopeName(budget.scope));
    budget.scopeId ? insert->bind(2, budget.scopeId) : insert->bindNull(2);
    insert->bind(3, budgetPeriodName(budget.period)).bind(4, budget.timeZone);
    budget.limitMicros ? insert->bind(5, *budget.limitMicros) : insert->bindNull(5);
    budget.limitTokens ? insert->bind(6, *budget.limitTokens) : insert->bindNull(6);
    insert->bind(7, thresholds.join(u','));
    insert->bind(8,
                 budget.enforcement == BudgetEnforcement::Hard ? QStringLiteral("hard")
                                                               : QStringLiteral("soft"));
    insert->bind(9, nowMs);
    if (Status inserted = insert->execute(); !inserted)
        return inserted.error();
    return db.lastInsertRowId();
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
