#pragma once

#include "core/result.h"
#include "ledger/ledger.h"
#include "logreader.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class Clock;
class PriceBook;

struct LocalImportOptions
{
    QStringList paths; // files or directories; empty: the agent's default locations
    QString personEmail; // whose usage it is; empty: the ledger's "me", else user@host
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int threads = 0; // 0: one per core
    // Called as bytes are parsed, from the parser threads: must be thread-safe (queue a signal).
    std::function<void(qint64 bytesDone, qint64 bytesTotal)> progress;
};

struct MalformedFile
{
    QString path;
    qint64 malformedLines = 0; // in this pass
};

struct LocalImportSummary
{
    int filesSeen = 0;
    int filesRead = 0; // had new bytes
    int filesReplaced = 0; // truncated, rotated or rewritten: read again from the start
    qint64 bytesRead = 0;
    qint64 recordsParsed = 0; // before de-duplication
    qint64 recordsKept = 0; // after
    qint64 messagesCounted = 0; // new, or larger than the copy counted before
    UsageWriteStats written; // hourly buckets created or grown
    qint64 malformedLines = 0;
    QList<MalformedFile> malformedFiles;
};

// Imports one agent's local logs into the ledger, incrementally: a per-file cursor (device, inode,
// size, offset, hash of the first bytes, parser state) means a re-import reads only new bytes,
// and a truncated, replaced or rotated file is read again from the start without counting twice:
// every message is remembered (agent_messages) and only a larger copy of it adds anything.
// Usage lands in hourly buckets per session, project and model. Files are parsed in parallel and
// merged in path order, so the result never depends on thread timing. Buckets, messages and
// cursors are written in one transaction.
class LocalLogImporter
{
public:
    LocalLogImporter(Ledger &ledger, const PriceBook &prices, const Clock &clock);
    ~LocalLogImporter();

    Result<LocalImportSummary> run(const LogReader &reader, const LocalImportOptions &options);
    // Several agents, one summary each, the same as run() one after another but faster: each
    // agent's logs are parsed while the one before is written. Stops at the first error; the
    // agents written before it stay written (each agent is its own transaction).
    Result<QList<LocalImportSummary>> runAll(const QList<const LogReader *> &readers,
                                             const LocalImportOptions &options);

    // A stable id of this machine (from the OS machine id), with the host name for people.
    static QString deviceKey();

private:
    struct Pending;
    static int threadsOf(const LocalImportOptions &options);
    // Finds and plans the files to read (on this thread: it reads the ledger) and starts
    // parsing them on `threads` pool threads, every core once waitUntilParsed() is called;
    // finish() waits for them and writes.
    Result<std::unique_ptr<Pending>> start(const LogReader &reader,
                                           const LocalImportOptions &options, int threads);
    static void waitUntilParsed(Pending &pending);
    Result<LocalImportSummary> finish(Pending &pending);

    Ledger &m_ledger;
    const PriceBook &m_prices;
    const Clock &m_clock;
};
