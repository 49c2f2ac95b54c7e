#include "filecursorstore.h"

#include "ledger.h"
#include "sqlitedatabase.h"

Result<QHash<QString, FileCursor>> FileCursorStore::cursors(qint64 sourceId)
{
    Result<SqliteStatement> statement = m_ledger.database().prepare(QStringLiteral(
        "SELECT path, device, inode, size, modified_ms, offset, head_hash, head_length, "
        "parser_state, malformed_lines, records, read_ms FROM file_cursors WHERE source_id = ?1"));
    if (!statement)
        return statement.error();
    statement->bind(1, sourceId);
    QHash<QString, FileCursor> result;
    for (;;) {
        const SqliteStatement::StepResult step = statement->step();
        if (step == SqliteStatement::StepResult::Failed)
            return statement->lastError();
        if (step == SqliteStatement::StepResult::Done)
            break;
        FileCursor cursor;
        cursor.path = statement->text(0);
        cursor.device = statement->int64(1);
        cursor.inode = statement->int64(2);
        cursor.size = statement->int64(3);
        cursor.modifiedMs = statement->int64(4);
        cursor.offset = statement->int64(5);
        cursor.headHash = statement->text(6);
        cursor.headLength = statement->int64(7);
        cursor.parserState = statement->blob(8);
        cursor.malformedLines = statement->int64(9);
        cursor.records = statement->int64(10);
        cursor.readMs = statement->int64(11);
        result.insert(cursor.path, cursor);
    }
    return result;
}

Status FileCursorStore::save(qint64 sourceId, const FileCursor &cursor)
{
    Result<SqliteStatement *> statement = m_ledger.database().cached(QStringLiteral(R"sql(
INSERT INTO file_cursors (source_id, path, device, inode, size, modified_ms, offset, head_hash,
                          head_length, parser_state, malformed_lines, records, read_ms)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
ON CONFLICT (source_id, path) DO UPDATE SET
    device = excluded.device, inode = excluded.inode, size = excluded.size,
    modified_ms = excluded.modified_ms, offset = excluded.offset, head_hash = excluded.head_hash,
    head_length = excluded.head_length, parser_state = excluded.parser_state,
    malformed_lines = excluded.malformed_lines, records = excluded.records,
    read_ms = excluded.read_ms
)sql"));
    if (!statement)
        return statement.error();
    SqliteStatement &s = **statement;
    s.bind(1, sourceId).bind(2, cursor.path).bind(3, cursor.device).bind(4, cursor.inode);
    s.bind(5, cursor.size).bind(6, cursor.modifiedMs).bind(7, cursor.offset);
    s.bind(8, cursor.headHash).bind(9, cursor.headLength).bind(10, cursor.parserState);
    s.bind(11, cursor.malformedLines).bind(12, cursor.records).bind(13, cursor.readMs);
    return s.execute();
}
