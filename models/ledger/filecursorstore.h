#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

class Ledger;

// Where a local log file was read up to, and how to recognise it again.
struct FileCursor
{
    QString path;
    qint64 device = 0;
    qint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedMs = 0;
    qint64 offset = 0; // bytes consumed: the end of the last complete line read
    QString headHash; // SHA-1 of the first headLength bytes
    qint64 headLength = 0;
    QByteArray parserState;
    qint64 malformedLines = 0; // since the file was first read (or last replaced)
    qint64 records = 0;
    qint64 readMs = 0;
};

// The file_cursors table: one cursor per (source, path). Deleting a log deletes nothing here nor
// in usage; a cursor only tells the importer what it has already read.
class FileCursorStore
{
public:
    explicit FileCursorStore(Ledger &ledger) : m_ledger(ledger) { }

    Result<QHash<QString, FileCursor>> cursors(qint64 sourceId); // by path
    Status save(qint64 sourceId, const FileCursor &cursor);

private:
    Ledger &m_ledger;
};
