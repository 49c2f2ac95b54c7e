#include "locallogimporter.h"

#include "core/clock.h"
#include "ledger/agentmessagestore.h"
#include "ledger/filecursorstore.h"
#include "ledger/sqlitedatabase.h"
#include "pricing/pricebook.h"
#include "usagededuplicator.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <QScopeGuard>
#include <QSysInfo>
#include <QThreadPool>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <numeric>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

Q_LOGGING_CATEGORY(lcMeters, "burnrate.meters", QtInfoMsg)

namespace {

constexpr qint64 headBytes = 4096; // enough to tell a replaced file from an appended one
// Small enough to stay in the CPU cache between read() and parsing, and reused by each parser
// thread: fresh multi-megabyte buffers cost a page fault per 4 KiB, more than the parsing itself.
constexpr qint64 firstChunkBytes = 1024 * 1024;
constexpr qint64 largestChunkBytes = 256 * 1024 * 1024;

struct FileStat
{
    qint64 device = 0;
    qint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedMs = 0;
};

FileStat fileStatOf(const struct stat &info)
{
    return FileStat {qint64(info.st_dev), qint64(info.st_ino), qint64(info.st_size),
                     qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1'000'000};
}

std::optional<FileStat> statFile(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return std::nullopt;
    return fileStatOf(info);
}

// The file's stat with its companions folded in (a database's -wal file): a change of either is
// a change of the log. Only RewrittenWhole files have companions, so the size is never an offset.
FileStat withCompanions(const LogReader &reader, const QString &path, FileStat stat)
{
    for (const QString &companion : reader.companionFiles(path)) {
        if (const std::optional<FileStat> extra = statFile(companion)) {
            stat.size += extra->size;
            stat.modifiedMs = std::max(stat.modifiedMs, extra->modifiedMs);
        }
    }
    return stat;
}

struct FoundLog
{
    QString path;
    FileStat stat;
};

// In path order, each file once: the order files are merged in never depends on thread timing.
void sortByPathOnce(QList<FoundLog> &files)
{
    std::sort(files.begin(), files.end(),
              [](const FoundLog &a, const FoundLog &b) { return a.path < b.path; });
    files.erase(std::unique(files.begin(), files.end(),
                            [](const FoundLog &a, const FoundLog &b) { return a.path == b.path; }),
                files.end());
}

// Every file under the given directories the reader accepts, with its stat. A re-import with
// nothing new is mostly this walk, so: one directory per pool task (two cores list and stat two
// directories at once, while the caller reads the cursors), entries stat'ed relative to their open
// directory (no second walk of the full path), and readdir's entry types spare a stat for
// everything the reader does not want. Like QDirIterator without FollowSymlinks, symbolic links
// to directories are not entered.
class LogFileSurvey
{
public:
    LogFileSurvey(const LogReader &reader, QThreadPool &pool) : m_reader(reader), m_pool(pool) { }
    ~LogFileSurvey() { waitForScans(); }
    LogFileSurvey(const LogFileSurvey &) = delete;
    LogFileSurvey &operator=(const LogFileSurvey &) = delete;

    void addDirectory(const QByteArray &directory)
    {
        {
            const QMutexLocker lock(&m_mutex);
            ++m_scansRunning;
        }
        m_pool.start([this, directory] { scan(directory); });
    }

    // Waits for the walk to finish; the files in path order.
    QList<FoundLog> take(QList<FoundLog> alsoFound)
    {
        waitForScans();
        QList<FoundLog> found = std::exchange(m_found, {});
        found.append(std::move(alsoFound));
        sortByPathOnce(found);
        return found;
    }

private:
    void scan(const QByteArray &directory)
    {
        QList<FoundLog> found;
        // On every way out, an unreadable directory included: the last scan wakes the waiter.
        const auto reportFound = qScopeGuard([&] {
            const QMutexLocker lock(&m_mutex);
            m_found.append(std::move(found));
            if (--m_scansRunning == 0)
                m_scansDone.wakeAll();
        });
        DIR *stream = ::opendir(directory.constData());
        if (!stream)
            return;
        const int directoryFd = ::dirfd(stream);
        while (const dirent *entry = ::readdir(stream)) {
            const char *name = entry->d_name;
            if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
                continue;
            struct stat info;
            bool haveStat = false;
            unsigned char type = entry->d_type;
            if (type == DT_UNKNOWN || type == DT_LNK) {
                const int flags = type == DT_LNK ? 0 : AT_SYMLINK_NOFOLLOW;
                if (::fstatat(directoryFd, name, &info, flags) != 0)
                    continue;
                haveStat = true;
                type = S_ISREG(info.st_mode)
                    ? DT_REG
                    : (S_ISDIR(info.st_mode) && entry->d_type != DT_LNK ? DT_DIR : DT_UNKNOWN);
            }
            if (type == DT_DIR) {
                addDirectory(directory + '/' + name);
                continue;
            }
            if (type != DT_REG)
                continue;
            QString path = QFile::decodeName(directory + '/' + name);
            if (!m_reader.acceptsFile(path))
                continue;
            if (!haveStat && ::fstatat(directoryFd, name, &info, 0) != 0)
                continue; // vanished between listing and now
            if (S_ISREG(info.st_mode))
                found.append({std::move(path), fileStatOf(info)});
        }
        ::closedir(stream);
    }

    // Not the pool's waitForDone(): the pool may already be parsing.
    void waitForScans()
    {
        QMutexLocker lock(&m_mutex);
        while (m_scansRunning > 0)
            m_scansDone.wait(&m_mutex);
    }

    const LogReader &m_reader;
    QThreadPool &m_pool;
    QMutex m_mutex;
    QWaitCondition m_scansDone;
    int m_scansRunning = 0; // directories queued or being read
    QList<FoundLog> m_found;
};

QString sha1Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

// What to do with one file.
struct FilePlan
{
    QString path;
    FileStat stat;
    FileCursor previous; // offset 0 and empty state when the file is read from the start
    bool hadCursor = false;
    bool isReplaced = false;
};

struct FileOutcome
{
    FileCursor cursor;
    QList<ParsedUsage> usage;
    qint64 bytesRead = 0;
    qint64 malformedLines = 0;
    QString error; // the file could not be read (vanished, permissions): skipped this time
};

using ProgressCallback = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

struct Progress
{
    std::atomic<qint64> bytesDone {0};
    qint64 bytesTotal = 0;
    ProgressCallback callback;

    void add(qint64 bytes)
    {
        const qint64 done = bytesDone += bytes;
        if (callback)
            callback(done, bytesTotal);
    }
};

// On the parser threads, so the merge compares integers only. The key text is not needed after
// this: freeing it here, on the thread that allocated it, lets the next records reuse the memory
// (fresh pages cost a page fault each, more than the allocation).
void setKeyHashes(QList<ParsedUsage> &usage)
{
    for (ParsedUsage &entry : usage) {
        entry.keyHash = AgentMessageStore::keyHash(entry.record.externalKey);
        entry.record.externalKey = QString();
    }
}

// An open file descriptor, closed when it goes out of scope.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString &path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC))
    { }
    ~ReadOnlyFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ReadOnlyFile(const ReadOnlyFile &) = delete;
    ReadOnlyFile &operator=(const ReadOnlyFile &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    // Up to `size` bytes at `offset`; fewer at the end of the file, -1 on an error (see errno).
    qint64 readAt(char *data, qint64 size, qint64 offset) const
    {
        qint64 done = 0;
        while (done < size) {
            const ssize_t got = ::pread(m_fd, data + done, size_t(size - done), offset + done);
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0)
                return -1;
            if (got == 0)
                break;
            done += got;
        }
        return done;
    }

private:
    int m_fd = -1;
};

FileOutcome parseRewrittenFile(const LogReader &reader, const FilePlan &plan, Progress &progress,
                               FileOutcome outcome)
{
    QFile file(plan.path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = file.errorString();
        return outcome;
    }
    // A database is opened by its reader; reading it here would only cost time.
    const bool readerOpensFile = reader.opensFileItself(plan.path);
    const QByteArray content = readerOpensFile ? file.read(headBytes) : file.readAll();
    FileParseResult result
        = reader.parse(plan.path, readerOpensFile ? QByteArrayView() : content, 0, {});
    setKeyHashes(result.usage);
    outcome.usage = std::move(result.usage);
    outcome.malformedLines = result.malformedLines;
    outcome.bytesRead = readerOpensFile ? plan.stat.size : content.size();
    progress.add(outcome.bytesRead);
    outcome.cursor.headLength = std::min<qint64>(headBytes, content.size());
    outcome.cursor.headHash = sha1Hex(QByteArrayView(content).first(outcome.cursor.headLength));
    outcome.cursor.offset = outcome.bytesRead;
    outcome.cursor.parserState.clear();
    return outcome;
}

// Reads an append-only log from its cursor to the size it had when planned. Plain pread() on a
// descriptor: QFile's open and seek cost three more system calls per file, a tenth of the time
// of a re-import with a few changed files.
FileOutcome parseFile(const LogReader &reader, const FilePlan &plan, Progress &progress)
{
    FileOutcome outcome;
    outcome.cursor = plan.previous;
    outcome.cursor.path = plan.path;
    outcome.cursor.device = plan.stat.device;
    outcome.cursor.inode = plan.stat.inode;
    outcome.cursor.size = plan.stat.size;
    outcome.cursor.modifiedMs = plan.stat.modifiedMs;
    if (reader.fileMode() == LogReader::FileMode::RewrittenWhole)
        return parseRewrittenFile(reader, plan, progress, std::move(outcome));

    const ReadOnlyFile file(plan.path);
    if (!file.isOpen()) {
        outcome.error = qt_error_string(errno);
        return outcome;
    }
    qint64 offset = plan.previous.offset;
    QByteArray state = plan.previous.parserState;
    // A new or replaced file, or one that was shorter than the head when first seen: its head
    // is hashed, from the first chunk when reading starts at the beginning.
    bool headPending
        = offset == 0 || outcome.cursor.headLength < std::min<qint64>(headBytes, plan.stat.size);
    if (headPending && offset > 0) {
        QByteArray head(headBytes, Qt::Uninitialized);
        const qint64 got = file.readAt(head.data(), headBytes, 0);
        head.truncate(std::max<qint64>(got, 0));
        outcome.cursor.headLength = head.size();
        outcome.cursor.headHash = sha1Hex(head);
        headPending = false;
    }
    qint64 chunkBytes = firstChunkBytes;
    while (offset < plan.stat.size) {
        thread_local QByteArray buffer;
        const qint64 wanted = std::min(chunkBytes, plan.stat.size - offset);
        if (buffer.size() < wanted)
            buffer.resize(wanted);
        const qint64 bytesRead = file.readAt(buffer.data(), wanted, offset);
        if (bytesRead < 0) {
            outcome.error = qt_error_string(errno);
            break;
        }
        if (bytesRead == 0)
            break; // truncated since it was planned: the next import sees the new size
        const QByteArrayView chunk(buffer.constData(), bytesRead);
        if (headPending) {
            outcome.cursor.headLength = std::min<qint64>(headBytes, bytesRead);
            outcome.cursor.headHash = sha1Hex(chunk.first(outcome.cursor.headLength));
            headPending = false;
        }
        FileParseResult result = reader.parse(plan.path, chunk, offset, state);
        setKeyHashes(result.usage);
        outcome.usage.append(std::move(result.usage));
        outcome.malformedLines += result.malformedLines;
        if (result.consumedBytes == 0) {
            // No complete line in the chunk: a line longer than the chunk, or an unfinished
            // last line. Grow the window for the former; wait for the latter.
            if (offset + chunk.size() >= plan.stat.size || chunkBytes >= largestChunkBytes)
                break;
            chunkBytes *= 2;
            continue;
        }
        offset += result.consumedBytes;
        state = result.state;
        outcome.bytesRead += result.consumedBytes;
        progress.add(result.consumedBytes);
    }
    if (headPending) { // nothing to read: an empty file
        outcome.cursor.headLength = 0;
        outcome.cursor.headHash = sha1Hex({});
    }
    outcome.cursor.offset = offset;
    outcome.cursor.parserState = state;
    return outcome;
}

// Local usage is kept per session, project, model and UTC hour: the views need no finer grain,
// and a gigabyte of logs becomes thousands of rows instead of hundreds of thousands. Consecutive
// records mostly share a bucket, so the key text is built once per run of them.
class BucketKeys
{
public:
    const QString &keyOf(const UsageRecord &record)
    {
        const qint64 hourMs
            = record.startMs - ((record.startMs % 3'600'000) + 3'600'000) % 3'600'000;
        if (m_key.isNull() || hourMs != m_hourMs || record.model != m_model
            || record.session != m_session || record.project != m_project) {
            m_hourMs = hourMs;
            m_model = record.model;
            m_session = record.session;
            m_project = record.project;
            m_key = QStringLiteral("%1|%2|%3|%4").arg(hourMs).arg(m_model, m_session, m_project);
        }
        return m_key;
    }

private:
    qint64 m_hourMs = 0;
    QString m_model;
    QString m_session;
    QString m_project;
    QString m_key;
};

} // namespace

QString LocalLogImporter::deviceKey()
{
    QByteArray machine = QSysInfo::machineUniqueId();
    if (machine.isEmpty())
        machine = QSysInfo::machineHostName().toUtf8();
    return QSysInfo::machineHostName() + u':'
        + QString::fromLatin1(
               QCryptographicHash::hash(machine, QCryptographicHash::Sha256).toHex().left(16));
}

// An import between its halves: its files planned and being parsed on its own pool.
struct LocalLogImporter::Pending
{
    LocalImportOptions options;
    LocalImportSummary summary;
    qint64 sourceId = 0;
    QList<FilePlan> plans;
    QList<FileOutcome> outcomes; // one per plan, filled by the parser tasks
    Progress progress;
    QElapsedTimer phase; // for the burnrate.meters debug log: where an import spends its time
    // Last, so it is destroyed first: its destructor waits for the tasks that use the above.
    std::unique_ptr<QThreadPool> pool;
};

LocalLogImporter::LocalLogImporter(Ledger &ledger, const PriceBook &prices, const Clock &clock)
    : m_ledger(ledger), m_prices(prices), m_clock(clock)
{ }

LocalLogImporter::~LocalLogImporter() = default;

Result<LocalImportSummary> LocalLogImporter::run(const LogReader &reader,
                                                 const LocalImportOptions &options)
{
    Result<std::unique_ptr<Pending>> pending = start(reader, options, threadsOf(options));
    if (!pending)
        return pending.error();
    return finish(**pending);
}

Result<QList<LocalImportSummary>> LocalLogImporter::runAll(const QList<const LogReader *> &readers,
                                                           const LocalImportOptions &options)
{
    // Writing is one thread's work. Once an agent's logs are parsed, the next agent's are parsed
    // while it is written, on one thread fewer so the writer keeps its core; once waited for, the
    // parsing gets them all.
    const int threads = threadsOf(options);
    const auto naming = [](const LogReader &reader, const Error &error) {
        return Error {error.code, reader.kind() + QStringLiteral(": ") + error.detail};
    };
    QList<LocalImportSummary> summaries;
    std::unique_ptr<Pending> next;
    for (qsizetype i = 0; i < readers.size(); ++i) {
        std::unique_ptr<Pending> current = std::move(next);
        if (!current) {
            Result<std::unique_ptr<Pending>> started = start(*readers[i], options, threads);
            if (!started)
                return naming(*readers[i], started.error());
            current = std::move(*started);
        }
        waitUntilParsed(*current);
        if (i + 1 < readers.size()) {
            Result<std::unique_ptr<Pending>> started
                = start(*readers[i + 1], options, std::max(1, threads - 1));
            if (!started)
                return naming(*readers[i + 1], started.error());
            next = std::move(*started);
        }
        Result<LocalImportSummary> summary = finish(*current);
        if (!summary)
            return naming(*readers[i], summary.error());
        summaries.append(*summary);
    }
    return summaries;
}

int LocalLogImporter::threadsOf(const LocalImportOptions &options)
{
    return options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
}

Result<std::unique_ptr<LocalLogImporter::Pending>>
LocalLogImporter::start(const LogReader &reader, const LocalImportOptions &options, int threads)
{
    auto pending = std::make_unique<Pending>();
    pending->options = options;
    pending->phase.start();
    pending->pool = std::make_unique<QThreadPool>();
    // The survey before any parsing gets every core; the parsing then `threads`.
    pending->pool->setMaxThreadCount(threadsOf(options));
    QThreadPool &pool = *pending->pool;
    LocalImportSummary &summary = pending->summary;
    QElapsedTimer &phase = pending->phase;

    // 1. The files: explicit paths must exist; default locations may not (agent not used here).
    // The directories are walked on the pool while this thread reads the cursors.
    const bool explicitPaths = !options.paths.isEmpty();
    const QStringList roots
        = explicitPaths ? options.paths : reader.defaultRoots(options.environment);
    LogFileSurvey survey(reader, pool);
    QList<FoundLog> explicitFiles;
    for (const QString &root : roots) {
        const QFileInfo info(root);
        if (info.isFile()) {
            if (const std::optional<FileStat> stat = statFile(info.absoluteFilePath()))
                explicitFiles.append({info.absoluteFilePath(), *stat});
        } else if (info.isDir()) {
            survey.addDirectory(QFile::encodeName(info.absoluteFilePath()));
        } else if (explicitPaths) {
            return Error {ErrorCode::NotFound,
                          QStringLiteral("no such file or directory: %1").arg(root)};
        }
    }

    Result<qint64> sourceId = m_ledger.ensureSource(reader.kind(), reader.kind());
    if (!sourceId)
        return sourceId.error();
    pending->sourceId = *sourceId;
    Result<QHash<QString, FileCursor>> cursors = FileCursorStore(m_ledger).cursors(*sourceId);
    if (!cursors)
        return cursors.error();

    const QList<FoundLog> files = survey.take(std::move(explicitFiles));
    summary.filesSeen = int(files.size());
    pool.setMaxThreadCount(threads);

    // 2. What changed since the cursors were written.
    QList<FilePlan> &plans = pending->plans;
    qint64 bytesTotal = 0;
    for (const FoundLog &found : std::as_const(files)) {
        const QString &path = found.path;
        const FileStat stat = withCompanions(reader, path, found.stat);
        FilePlan plan;
        plan.path = path;
        plan.stat = stat;
        const auto cursor = cursors->constFind(path);
        plan.hadCursor = cursor != cursors->cend();
        if (plan.hadCursor) {
            const bool sameFile = cursor->device == stat.device && cursor->inode == stat.inode;
            if (sameFile && cursor->size == stat.size && cursor->modifiedMs == stat.modifiedMs)
                continue; // unchanged: not even opened
            bool isAppend = reader.fileMode() == LogReader::FileMode::AppendOnlyLines && sameFile
                && stat.size >= cursor->offset;
            if (isAppend && cursor->headLength > 0) {
                // Same inode and not shorter, but rewritten in place? Compare the first bytes.
                QFile file(path);
                isAppend = file.open(QIODevice::ReadOnly)
                    && sha1Hex(file.read(cursor->headLength)) == cursor->headHash;
            }
            if (isAppend) {
                plan.previous = *cursor;
            } else {
                plan.isReplaced = true;
                ++summary.filesReplaced;
            }
        }
        bytesTotal += plan.stat.size - plan.previous.offset;
        plans.append(plan);
    }

    qCDebug(lcMeters) << "planned" << plans.size() << "of" << files.size() << "files in"
                      << phase.restart() << "ms";
    // 3. Parse in parallel, one pool task per file, each filling its own outcome: merged in
    // path order by finish(), so the result never depends on thread timing.
    Progress &progress = pending->progress;
    progress.bytesTotal = bytesTotal;
    progress.callback = options.progress;
    if (progress.callback)
        progress.callback(0, bytesTotal);
    pending->outcomes.resize(plans.size());
    FileOutcome *const outcomes = pending->outcomes.data();
    const FilePlan *const planned = plans.constData();
    for (qsizetype i = 0; i < plans.size(); ++i) {
        pool.start([&reader, &progress, outcomes, planned, i] {
            outcomes[i] = parseFile(reader, planned[i], progress);
        });
    }
    return pending;
}

void LocalLogImporter::waitUntilParsed(Pending &pending)
{
    pending.pool->setMaxThreadCount(threadsOf(pending.options)); // every core once waited for
    pending.pool->waitForDone();
}

Result<LocalImportSummary> LocalLogImporter::finish(Pending &pending)
{
    waitUntilParsed(pending);
    const LocalImportOptions &options = pending.options;
    LocalImportSummary &summary = pending.summary;
    const qint64 sourceId = pending.sourceId;
    const QList<FilePlan> &plans = pending.plans;
    QList<FileOutcome> &outcomes = pending.outcomes;
    QElapsedTimer &phase = pending.phase;
    FileCursorStore cursorStore(m_ledger);
    qCDebug(lcMeters) << "parsed" << pending.progress.bytesTotal << "bytes in" << phase.restart()
                      << "ms";
    UsageDeduplicator deduplicator;
    deduplicator.reserve(
        std::accumulate(outcomes.cbegin(), outcomes.cend(), qsizetype(0),
                        [](qsizetype sum, const FileOutcome &o) { return sum + o.usage.size(); }));
    QList<FileCursor> newCursors;
    const qint64 nowMs = m_clock.nowMs();
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        FileOutcome &outcome = outcomes[i];
        if (!outcome.error.isEmpty()) {
            qCWarning(lcMeters) << "skipped" << plans[i].path << outcome.error;
            continue;
        }
        if (outcome.bytesRead > 0)
            ++summary.filesRead;
        summary.bytesRead += outcome.bytesRead;
        summary.recordsParsed += outcome.usage.size();
        summary.malformedLines += outcome.malformedLines;
        if (outcome.malformedLines > 0)
            summary.malformedFiles.append({outcome.cursor.path, outcome.malformedLines});
        FileCursor cursor = outcome.cursor;
        cursor.malformedLines
            = (plans[i].isReplaced ? 0 : plans[i].previous.malformedLines) + outcome.malformedLines;
        cursor.records
            = (plans[i].isReplaced ? 0 : plans[i].previous.records) + outcome.usage.size();
        cursor.readMs = nowMs;
        newCursors.append(cursor);
        deduplicator.addAll(outcome.usage); // points into the outcome, which stays put
    }

    // 4. Attribute, price and write.
    QString identityKind = QStringLiteral("email");
    QString identityValue = options.personEmail.trimmed().toLower();
    if (identityValue.isEmpty())
        identityValue = m_ledger.setting(QStringLiteral("me_email")).toLower();
    if (identityValue.isEmpty()) {
        identityKind = QStringLiteral("local");
        identityValue = qEnvironmentVariable("USER", QStringLiteral("user")) + u'@'
            + QSysInfo::machineHostName();
    }
    const QString device = deviceKey();
    const QList<ParsedUsage *> &records = deduplicator.kept();
    summary.recordsKept = records.size();

    SqliteTransaction transaction(m_ledger.database());
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    // Each message is compared with what the ledger already counted for it; only new messages and
    // the growth of known ones (a streamed message read again in full) reach the hourly buckets.
    AgentMessageStore messages(m_ledger);
    Result<bool> isFirstImport = messages.isEmpty(sourceId);
    if (!isFirstImport)
        return isFirstImport.error();
    QHash<QString, qsizetype> bucketIndex; // by bucket key, into buckets
    QList<UsageRecord> buckets;
    // Until the buckets have row ids, a message's usageId is the index of its bucket.
    QList<AgentMessage> counted;
    counted.reserve(records.size());
    BucketKeys bucketKeys;
    for (ParsedUsage *parsed : records) {
        UsageRecord &record = parsed->record;
        m_prices.applyEstimate(record);
        AgentMessage message;
        message.keyHash = parsed->keyHash;
        message.tokens = record.tokens;
        message.costMicros = record.costMicros;
        Result<std::optional<AgentMessage>> known = *isFirstImport
            ? Result<std::optional<AgentMessage>>(std::optional<AgentMessage>())
            : messages.find(sourceId, message.keyHash);
        if (!known)
            return known.error();
        if (*known && (*known)->tokens.total() >= record.tokens.total())
            continue; // already counted this copy or a larger one
        if (*known) {
            UsageRecord previous;
            previous.tokens = (*known)->tokens;
            previous.costMicros = (*known)->costMicros;
            if (Status moved = m_ledger.subtractUsage((*known)->usageId, previous); !moved)
                return moved.error();
        }
        const QString &key = bucketKeys.keyOf(record);
        auto index = bucketIndex.constFind(key);
        if (index == bucketIndex.cend()) {
            UsageRecord fresh;
            fresh.externalKey = key;
            fresh.startMs = fresh.endMs = record.startMs;
            fresh.identityKind = identityKind;
            fresh.identityValue = identityValue;
            fresh.deviceKey = device;
            fresh.provider = record.provider;
            fresh.model = record.model;
            fresh.project = record.project;
            fresh.session = record.session;
            fresh.requests = 0;
            fresh.costKind = record.costKind;
            fresh.priceVersionId = record.priceVersionId;
            index = bucketIndex.insert(key, buckets.size());
            buckets.append(std::move(fresh));
        }
        UsageRecord &bucket = buckets[*index];
        bucket.startMs = std::min(bucket.startMs, record.startMs);
        bucket.endMs = std::max(bucket.endMs, record.endMs);
        bucket.tokens += record.tokens;
        bucket.requests += 1;
        bucket.costMicros += record.costMicros;
        message.usageId = *index;
        counted.append(message);
    }
    qCDebug(lcMeters) << "deduplicated and compared" << records.size() << "records in"
                      << phase.restart() << "ms";
    // Written in key order, so the ledger's row ids never depend on the order files were read.
    QList<qsizetype> order(buckets.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return buckets[a].externalKey < buckets[b].externalKey;
    });
    QList<UsageRecord> sortedBuckets;
    sortedBuckets.reserve(buckets.size());
    for (const qsizetype i : std::as_const(order))
        sortedBuckets.append(buckets[i]);
    QHash<QString, qint64> bucketIds;
    Result<UsageWriteStats> written
        = m_ledger.writeUsage(sourceId, sortedBuckets, Ledger::WritePolicy::Accumulate, &bucketIds);
    if (!written)
        return written.error();
    qCDebug(lcMeters) << "  bucket rows upserted in" << phase.restart() << "ms";
    summary.written = *written;
    summary.messagesCounted = counted.size();
    QList<qint64> usageIdOfBucket(buckets.size());
    for (qsizetype i = 0; i < buckets.size(); ++i)
        usageIdOfBucket[i] = bucketIds.value(buckets[i].externalKey);
    // In hash order, so the message table's B-tree fills from one end instead of at random.
    std::sort(counted.begin(), counted.end(),
              [](const AgentMessage &a, const AgentMessage &b) { return a.keyHash < b.keyHash; });
    for (AgentMessage &message : counted)
        message.usageId = usageIdOfBucket[message.usageId];
    qCDebug(lcMeters) << "  messages sorted in" << phase.restart() << "ms";
    if (Status saved = messages.saveAll(sourceId, counted); !saved)
        return saved.error();
    qCDebug(lcMeters) << "  messages written in" << phase.restart() << "ms";
    for (const FileCursor &cursor : std::as_const(newCursors)) {
        if (Status saved = cursorStore.save(sourceId, cursor); !saved)
            return saved.error();
    }
    if (Status committed = m_ledger.recordSourceOutcome(sourceId, nowMs, QString()); !committed)
        return committed.error();
    qCDebug(lcMeters) << "  cursors written in" << phase.restart() << "ms";
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcMeters) << "wrote" << buckets.size() << "buckets and" << counted.size()
                      << "messages in" << phase.restart() << "ms";
    return summary;
}
