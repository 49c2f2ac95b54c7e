#include "sqlitedatabase.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace {

Error errorFrom(sqlite3 *db, int code, const QString &context)
{
    const int primary = code & 0xff;
    const ErrorCode errorCode = (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        ? ErrorCode::DatabaseCorrupt
        : (primary == SQLITE_CANTOPEN ? ErrorCode::Io : ErrorCode::Database);
    QString message
        = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    if (!context.isEmpty())
        message = context + QStringLiteral(": ") + message;
    return Error {errorCode, message};
}

} // namespace

// --- SqliteStatement ---------------------------------------------------------------------------

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)), m_db(other.m_db)
{ }

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_db = other.m_db;
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &text)
{
    if (text.isNull())
        return bindNull(index);
    // UTF-8, the database's encoding: UTF-16 would be re-translated at every comparison.
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_statement, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

SqliteStatement::StepResult SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return StepResult::Row;
    if (rc == SQLITE_DONE)
        return StepResult::Done;
    return StepResult::Failed;
}

Status SqliteStatement::execute()
{
    const StepResult result = step();
    if (result == StepResult::Failed) {
        Error error = lastError();
        reset();
        return error;
    }
    reset();
    return ok();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

Error SqliteStatement::lastError() const
{
    return errorFrom(m_db, sqlite3_errcode(m_db),
                     QString::fromUtf8(sqlite3_sql(m_statement)).simplified().left(80));
}

// --- SqliteDatabase ----------------------------------------------------------------------------

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path, OpenMode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    if (mode != OpenMode::ReadWriteCreate && !QFileInfo::exists(path))
        return Error {ErrorCode::NotFound, QStringLiteral("no database at %1").arg(path)};

    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = errorFrom(db, rc, path);
        sqlite3_close(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    // Another connection (the GUI's reader, a CLI run) may hold the write lock briefly.
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<SqliteDatabase>(new SqliteDatabase(db, path));
}

SqliteDatabase::~SqliteDatabase()
{
    m_cache.clear(); // finalise statements before closing
    sqlite3_close(m_db);
}

Status SqliteDatabase::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error error = errorFrom(m_db, rc, sql.simplified().left(80));
        sqlite3_free(message);
        return error;
    }
    return ok();
}

Result<SqliteStatement> SqliteDatabase::prepare(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        return errorFrom(m_db, rc, sql.simplified().left(80));
    return SqliteStatement(statement, m_db);
}

Result<SqliteStatement *> SqliteDatabase::cached(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        Result<SqliteStatement> prepared = prepare(sql);
        if (!prepared)
            return prepared.error();
        it = m_cache.emplace(sql, std::move(prepared).value()).first;
    }
    it->second.reset();
    return &it->second;
}

Result<qint64> SqliteDatabase::queryInt64(const QString &sql)
{
    Result<SqliteStatement> statement = prepare(sql);
    if (!statement)
        return statement.error();
    switch (statement->step()) {
    case SqliteStatement::StepResult::Row:
        return statement->int64(0);
    case SqliteStatement::StepResult::Done:
        return Error {ErrorCode::NotFound, sql};
    case SqliteStatement::StepResult::Failed:
        break;
    }
    return statement->lastError();
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool SqliteDatabase::isInTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

Error SqliteDatabase::lastError(const QString &context) const
{
    return errorFrom(m_db, sqlite3_errcode(m_db), context);
}

// --- SqliteTransaction -------------------------------------------------------------------------

SqliteTransaction::SqliteTransaction(SqliteDatabase &db)
    : m_db(db)
    , m_nested(db.isInTransaction())
    , m_begin(m_nested ? ok() : db.exec(QStringLiteral("BEGIN IMMEDIATE")))
{
    m_open = m_begin.hasValue() && !m_nested;
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Status SqliteTransaction::commit()
{
    if (m_nested)
        return ok(); // the outer transaction commits
    if (!m_open)
        return m_begin.hasValue()
            ? Status(Error {ErrorCode::Database, QStringLiteral("transaction already ended")})
            : m_begin;
    Status status = m_db.exec(QStringLiteral("COMMIT"));
    if (status)
        m_open = false;
    return status;
}
