#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash> // std::hash<QString>
#include <QString>

#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

class SqliteDatabase;

// A prepared statement; reset and re-bound for each use. Move-only, finalised on destruction.
class SqliteStatement
{
public:
    enum class StepResult { Row, Done, Failed };

    SqliteStatement() = default;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    bool isValid() const { return m_statement != nullptr; }

    // Parameters are 1-based, as in SQLite.
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QString &text); // a null QString binds NULL
    SqliteStatement &bind(int index, const QByteArray &blob);
    SqliteStatement &bindNull(int index);

    StepResult step();
    // Steps once, expecting no row; returns the database error otherwise.
    Status execute();
    void reset(); // clears bindings too

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

    Error lastError() const;

private:
    friend class SqliteDatabase;
    SqliteStatement(sqlite3_stmt *statement, sqlite3 *db) : m_statement(statement), m_db(db) { }

    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_db = nullptr;
};

// One SQLite connection (C API). Not thread-safe: each thread opens its own.
class SqliteDatabase
{
public:
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path, OpenMode mode);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    Status exec(const QString &sql); // may hold several statements
    Result<SqliteStatement> prepare(const QString &sql);
    // A prepared statement kept for the connection's lifetime, for hot paths; reset before return.
    Result<SqliteStatement *> cached(const QString &sql);

    Result<qint64> queryInt64(const QString &sql); // first column of the first row
    // Runs `sql` and hands every row to take(const SqliteStatement &); the first error ends it.
    template<typename Take>
    Status forEachRow(const QString &sql, const Take &take)
    {
        Result<SqliteStatement> statement = prepare(sql);
        if (!statement)
            return statement.error();
        for (;;) {
            const SqliteStatement::StepResult step = statement->step();
            if (step == SqliteStatement::StepResult::Done)
                return ok();
            if (step == SqliteStatement::StepResult::Failed)
                return statement->lastError();
            take(*statement);
        }
    }
    qint64 lastInsertRowId() const;
    bool isInTransaction() const;
    int changes() const;
    QString path() const { return m_path; }
    Error lastError(const QString &context = {}) const;

    sqlite3 *handle() const { return m_db; }

private:
    SqliteDatabase(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) { }
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unordered_map<QString, SqliteStatement> m_cache;
};

// BEGIN IMMEDIATE on construction; rolls back unless commit() succeeded. A process killed inside
// the transaction leaves the database as it was before it began (SQLite's journal).
// Inside an open transaction it joins that one, so writes compose into one all-or-nothing unit:
// an inner failure must be returned up so the outer transaction rolls back. (Not a SAVEPOINT:
// SQLite's per-savepoint bookkeeping grows with the database, which made bulk work quadratic.)
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    const Status &beginStatus() const { return m_begin; }
    Status commit();

private:
    SqliteDatabase &m_db;
    bool m_nested = false;
    Status m_begin;
    bool m_open = false;
};
