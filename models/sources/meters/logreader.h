#pragma once

#include "core/usagerecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One usage record found in an agent's log, with what global de-duplication needs.
struct ParsedUsage
{
    // externalKey is the de-duplication key across every file and root of the agent (Claude:
    // message id; Codex: session id + cumulative total). Identity and device are left empty:
    // the importer attributes everything to the local person and this device.
    UsageRecord record;
    bool isSidechain = false; // on equal size, the non-sidechain copy wins
    // 64-bit hash of record.externalKey (AgentMessageStore::keyHash), set by the importer on the
    // parser threads: de-duplication and the message memory compare integers, not strings.
    qint64 keyHash = 0;
};
// Its members are all relocatable, so lists grow by memcpy instead of moving each record.
Q_DECLARE_TYPEINFO(ParsedUsage, Q_RELOCATABLE_TYPE);

// What one pass over (the new part of) one file gave.
struct FileParseResult
{
    QList<ParsedUsage> usage;
    // Bytes consumed from the start of the data passed in: up to and including the last complete
    // line. A last line without its newline (a file still being written) is left for next time.
    qint64 consumedBytes = 0;
    int malformedLines = 0; // lines that looked like usage but did not parse; never fatal
    // Parser state to carry to the next pass over this file (Codex: previous cumulative totals,
    // current model, session id). Opaque to the importer; empty when the format needs none.
    QByteArray state;
};

// Reads one coding agent's local logs. Implementations are stateless and thread-safe: the importer
// parses many files in parallel with one reader.
class LogReader
{
public:
    enum class FileMode {
        AppendOnlyLines, // JSONL appended to: re-read only the bytes after the cursor
        RewrittenWhole, // a JSON document or database rewritten in place: re-read when it changes
    };

    virtual ~LogReader() = default;

    virtual QString kind() const = 0; // source kind and CLI name: "claude-code", "codex", ...
    virtual FileMode fileMode() const { return FileMode::AppendOnlyLines; }

    // Where the agent keeps its logs by default, honouring its environment overrides
    // (CLAUDE_CONFIG_DIR comma lists, CODEX_HOME, ...). Directories are searched recursively.
    virtual QStringList defaultRoots(const QProcessEnvironment &environment) const = 0;
    // Whether a file found under a root is one of this agent's logs.
    virtual bool acceptsFile(const QString &path) const = 0;

    // Files beside a log whose change is a change of the log: a SQLite store written through a
    // write-ahead log changes only its "-wal" file until the next checkpoint.
    virtual QStringList companionFiles(const QString &path) const
    {
        Q_UNUSED(path);
        return {};
    }
    // Whether a RewrittenWhole reader opens `path` itself (a database) and ignores `data`: the
    // importer then reads only the first bytes, for the cursor's head hash.
    virtual bool opensFileItself(const QString &path) const
    {
        Q_UNUSED(path);
        return false;
    }

    // Parses `data`, which is the file's content from byte `offset` on (for AppendOnlyLines) or the
    // whole file (for RewrittenWhole; a reader of a database may ignore `data` and open `path`).
    // `state` is what the previous pass over this file returned (empty at offset 0).
    virtual FileParseResult parse(const QString &path, QByteArrayView data, qint64 offset,
                                  const QByteArray &state) const = 0;
};
