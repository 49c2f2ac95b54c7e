#include "ledger/peopledirectory.h"
#include "ledger/reportquery.h"
#include "ledger/sqlitedatabase.h"
#include "pricing/pricebook.h"
#include "sources/meters/locallogimporter.h"
#include "sources/meters/logreaders.h"
#include "support/fakeclock.h"
#include "support/readertesting.h"
#include "support/templedger.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

namespace {

// A log format small enough to write by hand: "key utc-seconds model input output\n".
class ToyReader final : public LogReader
{
public:
    explicit ToyReader(QString kind = QStringLiteral("toy-agent"),
                       QString homeVariable = QStringLiteral("TOY_HOME"))
        : m_kind(std::move(kind)), m_homeVariable(std::move(homeVariable))
    { }
    QString kind() const override { return m_kind; }
    QStringList defaultRoots(const QProcessEnvironment &environment) const override
    {
        return {environment.value(m_homeVariable)};
    }
    bool acceptsFile(const QString &path) const override
    {
        return path.endsWith(QLatin1String(".log"));
    }
    FileParseResult parse(const QString &, QByteArrayView data, qint64,
                          const QByteArray &) const override
    {
        FileParseResult result;
        qsizetype start = 0;
        for (;;) {
            const qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                break;
            const QList<QByteArray> fields
                = data.sliced(start, end - start).toByteArray().split(' ');
            result.consumedBytes = end + 1;
            start = end + 1;
            bool ok = fields.size() == 5;
            ParsedUsage usage;
            if (ok) {
                usage.record.externalKey = QString::fromUtf8(fields[0]);
                usage.record.startMs = usage.record.endMs = fields[1].toLongLong(&ok) * 1000;
                usage.record.model = QString::fromUtf8(fields[2]);
                usage.record.tokens.input = fields[3].toLongLong();
                usage.record.tokens.output = fields[4].toLongLong();
            }
            if (ok)
                result.usage.append(usage);
            else
                ++result.malformedLines;
        }
        return result;
    }

private:
    QString m_kind;
    QString m_homeVariable;
};

const qint64 nov2 = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();

QByteArray line(const char *key, qint64 input, qint64 output, qint64 at = nov2)
{
    return QByteArray(key) + ' ' + QByteArray::number(at) + " claude-sonnet-4-5 "
        + QByteArray::number(input) + ' ' + QByteArray::number(output) + '\n';
}

} // namespace

class tst_LocalLogImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsThenReadsNothingWhenUnchanged();
    void appendedLinesAreReadOnce();
    void unfinishedLastLineWaitsUntilComplete();
    void truncatedOrReplacedFileIsReadAgainWithoutDoubleCounting();
    void rewrittenInPlaceIsDetectedByItsFirstBytes();
    void largerCopyOfAMessageWinsAcrossRuns();
    void largerCopyInAnotherHourMovesBetweenBuckets();
    void deletedLogKeepsItsUsage();
    void malformedLinesAreCountedNotFatal();
    void explicitMissingPathIsAnError();
    void findsNestedLogsOnceAndSkipsLinkedDirectories();
    void runAllEqualsOneAgentAfterAnother();
    void runAllNamesTheAgentThatFailed();
    void attributesToMeAndThisDevice();
    void trapCorpusEqualsTruth_data();
    void trapCorpusEqualsTruth();

private:
    Result<LocalImportSummary> import(const QStringList &paths = {});
    ReportTotals totals();
    void write(const QString &name, const QByteArray &content, bool append = false);

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<QTemporaryDir> m_logs;
    FakeClock m_clock;
    ToyReader m_reader;
};

void tst_LocalLogImporter::init()
{
    m_ledger = std::make_unique<TempLedger>();
    m_logs = std::make_unique<QTemporaryDir>();
}

void tst_LocalLogImporter::cleanup()
{
    m_ledger.reset();
    m_logs.reset();
}

void tst_LocalLogImporter::write(const QString &name, const QByteArray &content, bool append)
{
    QFile file(m_logs->filePath(name));
    QVERIFY(file.open(append ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

Result<LocalImportSummary> tst_LocalLogImporter::import(const QStringList &paths)
{
    Result<PriceBook> prices = PriceBook::load(m_ledger->ledger(), m_clock.nowMs());
    if (!prices)
        return prices.error();
    LocalImportOptions options;
    options.paths = paths;
    options.environment.insert(QStringLiteral("TOY_HOME"), m_logs->path());
    options.threads = 2;
    return LocalLogImporter(m_ledger->ledger(), *prices, m_clock).run(m_reader, options);
}

ReportTotals tst_LocalLogImporter::totals()
{
    Result<Report> report = ReportQuery(m_ledger->ledger()).run(ReportRequest {});
    return report ? report->totals : ReportTotals {};
}

void tst_LocalLogImporter::importsThenReadsNothingWhenUnchanged()
{
    write(QStringLiteral("a.log"), line("m1", 100, 10) + line("m2", 200, 20));
    write(QStringLiteral("b.log"), line("m3", 300, 30));
    write(QStringLiteral("ignored.txt"), line("m9", 999, 99));
    Result<LocalImportSummary> first = import();
    QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
    QCOMPARE(first->filesSeen, 2);
    QCOMPARE(first->recordsKept, 3);
    QCOMPARE(first->messagesCounted, 3);
    QCOMPARE(first->written.written, 1); // one hourly bucket of one session and model
    QCOMPARE(totals().tokens.input, 600);
    QCOMPARE(totals().costKind(), AggregateCostKind::Estimated);

    Result<LocalImportSummary> again = import();
    QVERIFY(again);
    QCOMPARE(again->filesRead, 0);
    QCOMPARE(again->bytesRead, 0);
    QCOMPARE(again->messagesCounted, 0);
    QCOMPARE(again->written.written, 0);
    QCOMPARE(totals().tokens.input, 600);
}

void tst_LocalLogImporter::appendedLinesAreReadOnce()
{
    write(QStringLiteral("a.log"), line("m1", 100, 10));
    QVERIFY(import());
    const QByteArray more = line("m2", 200, 20);
    write(QStringLiteral("a.log"), more, true);
    Result<LocalImportSummary> second = import();
    QVERIFY(second);
    QCOMPARE(second->bytesRead, more.size()); // only the new bytes
    QCOMPARE(second->recordsParsed, 1);
    QCOMPARE(totals().tokens.input, 300);
    QCOMPARE(totals().requests, 2);
}

void tst_LocalLogImporter::unfinishedLastLineWaitsUntilComplete()
{
    const QByteArray full = line("m2", 200, 20);
    write(QStringLiteral("a.log"), line("m1", 100, 10) + full.left(10));
    QVERIFY(import());
    QCOMPARE(totals().requests, 1);
    write(QStringLiteral("a.log"), full.mid(10), true);
    Result<LocalImportSummary> second = import();
    QVERIFY(second);
    QCOMPARE(second->malformedLines, 0);
    QCOMPARE(totals().requests, 2);
    QCOMPARE(totals().tokens.input, 300);
}

void tst_LocalLogImporter::truncatedOrReplacedFileIsReadAgainWithoutDoubleCounting()
{
    write(QStringLiteral("a.log"), line("m1", 100, 10) + line("m2", 200, 20));
    QVERIFY(import());
    // Truncated: shorter than the cursor.
    write(QStringLiteral("a.log"), line("m1", 100, 10));
    Result<LocalImportSummary> truncated = import();
    QVERIFY(truncated);
    QCOMPARE(truncated->filesReplaced, 1);
    QCOMPARE(totals().requests, 2); // m2 stays: a shorter log never deletes usage
    QCOMPARE(totals().tokens.input, 300);
    // Rotated: a new file (new inode) under the same name, repeating old lines and adding one.
    QVERIFY(QFile::rename(m_logs->filePath(QStringLiteral("a.log")),
                          m_logs->filePath(QStringLiteral("a.log.1"))));
    write(QStringLiteral("a.log"), line("m1", 100, 10) + line("m2", 200, 20) + line("m3", 300, 30));
    Result<LocalImportSummary> rotated = import();
    QVERIFY(rotated);
    QCOMPARE(rotated->filesReplaced, 1);
    QCOMPARE(totals().requests, 3);
    QCOMPARE(totals().tokens.input, 600);
}

void tst_LocalLogImporter::rewrittenInPlaceIsDetectedByItsFirstBytes()
{
    write(QStringLiteral("a.log"), line("m1", 100, 10));
    QVERIFY(import());
    // Same inode, longer, but the first bytes differ: not an append.
    write(QStringLiteral("a.log"), line("m7", 700, 70) + line("m8", 800, 80));
    Result<LocalImportSummary> second = import();
    QVERIFY(second);
    QCOMPARE(second->filesReplaced, 1);
    QCOMPARE(totals().tokens.input, 100 + 700 + 800);
}

void tst_LocalLogImporter::largerCopyOfAMessageWinsAcrossRuns()
{
    // A streamed message: an early line with partial output, the final line in a later run,
    // then a sidechain replay of the same message in another file with the smaller numbers.
    write(QStringLiteral("a.log"), line("msg", 100, 9));
    QVERIFY(import());
    QCOMPARE(totals().tokens.output, 9);
    write(QStringLiteral("a.log"), line("msg", 100, 287), true);
    QVERIFY(import());
    QCOMPARE(totals().tokens.output, 287);
    write(QStringLiteral("b.log"), line("msg", 100, 9));
    QVERIFY(import());
    QCOMPARE(totals().tokens.output, 287);
    QCOMPARE(totals().requests, 1);
}

void tst_LocalLogImporter::largerCopyInAnotherHourMovesBetweenBuckets()
{
    write(QStringLiteral("a.log"), line("msg", 100, 9, nov2) + line("other", 50, 5, nov2));
    QVERIFY(import());
    write(QStringLiteral("a.log"), line("msg", 100, 287, nov2 + 5400), true); // 10:30
    QVERIFY(import());
    QCOMPARE(totals().requests, 2);
    QCOMPARE(totals().tokens.output, 292);
    Result<SqliteStatement> rows = m_ledger->ledger().database().prepare(
        QStringLiteral("SELECT count(*), sum(requests) FROM usage"));
    QVERIFY(rows && rows->step() == SqliteStatement::StepResult::Row);
    QCOMPARE(rows->int64(0), 2); // the 09:00 bucket keeps "other"; "msg" moved to 10:00
    QCOMPARE(rows->int64(1), 2);
    Result<QStringList> problems = m_ledger->ledger().rollupDiscrepancies();
    QVERIFY(problems && problems->isEmpty());
    // Moving the only message out of a bucket removes the bucket.
    write(QStringLiteral("b.log"), line("other", 50, 500, nov2 + 7200));
    QVERIFY(import());
    rows = m_ledger->ledger().database().prepare(QStringLiteral("SELECT count(*) FROM usage"));
    QVERIFY(rows && rows->step() == SqliteStatement::StepResult::Row);
    QCOMPARE(rows->int64(0), 2);
    QCOMPARE(totals().tokens.output, 787);
}

void tst_LocalLogImporter::deletedLogKeepsItsUsage()
{
    write(QStringLiteral("a.log"), line("m1", 100, 10));
    QVERIFY(import());
    QVERIFY(QFile::remove(m_logs->filePath(QStringLiteral("a.log"))));
    Result<LocalImportSummary> after = import();
    QVERIFY(after);
    QCOMPARE(after->filesSeen, 0);
    QCOMPARE(totals().tokens.input, 100);
}

void tst_LocalLogImporter::malformedLinesAreCountedNotFatal()
{
    write(QStringLiteral("a.log"),
          line("m1", 100, 10) + "garbage\n" + line("m2", 200, 20) + "x y z\n");
    Result<LocalImportSummary> summary = import();
    QVERIFY(summary);
    QCOMPARE(summary->malformedLines, 2);
    QCOMPARE(summary->malformedFiles.size(), 1);
    QCOMPARE(summary->malformedFiles.first().malformedLines, 2);
    QCOMPARE(totals().requests, 2);
    Result<SqliteStatement> stored = m_ledger->ledger().database().prepare(
        QStringLiteral("SELECT malformed_lines, records FROM file_cursors"));
    QVERIFY(stored && stored->step() == SqliteStatement::StepResult::Row);
    QCOMPARE(stored->int64(0), 2);
    QCOMPARE(stored->int64(1), 2);
}

void tst_LocalLogImporter::explicitMissingPathIsAnError()
{
    Result<LocalImportSummary> summary = import({m_logs->filePath(QStringLiteral("nope"))});
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, ErrorCode::NotFound);
    QVERIFY(summary.error().detail.contains(QLatin1String("nope")));
}

void tst_LocalLogImporter::findsNestedLogsOnceAndSkipsLinkedDirectories()
{
    // Many directories, so the walk runs on both pool threads; the result must not depend on it.
    int expectedInput = 0;
    for (int project = 0; project < 40; ++project) {
        const QString directory = QStringLiteral("p%1/s%1/subagents").arg(project);
        QVERIFY(QDir(m_logs->path()).mkpath(directory));
        const QByteArray mainKey = "main" + QByteArray::number(project);
        const QByteArray agentKey = "agent" + QByteArray::number(project);
        write(QStringLiteral("p%1/main.log").arg(project), line(mainKey.constData(), project, 1));
        write(directory + QStringLiteral("/agent.log"), line(agentKey.constData(), 1000, 1));
        expectedInput += project + 1000;
    }
    // A link to a directory is not entered (its files would be read twice under two names).
    QVERIFY(QFile::link(m_logs->filePath(QStringLiteral("p0")),
                        m_logs->filePath(QStringLiteral("linked"))));
    // A link to a file is read: that is how some people keep logs of another disk in view.
    QTemporaryDir elsewhere;
    QFile outside(elsewhere.filePath(QStringLiteral("outside.log")));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.write(line("outside", 7, 1));
    outside.close();
    QVERIFY(QFile::link(outside.fileName(), m_logs->filePath(QStringLiteral("outside.log"))));
    expectedInput += 7;

    // A file named on its own and again inside a named directory is one file.
    const QString named = m_logs->filePath(QStringLiteral("p3/main.log"));
    Result<LocalImportSummary> summary = import({m_logs->path(), named});
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().detail));
    QCOMPARE(summary->filesSeen, 81);
    QCOMPARE(summary->filesRead, 81);
    QCOMPARE(totals().tokens.input, expectedInput);
    QCOMPARE(totals().requests, 81);

    Result<LocalImportSummary> again = import({m_logs->path(), named});
    QVERIFY(again);
    QCOMPARE(again->filesSeen, 81);
    QCOMPARE(again->filesRead, 0);
}

void tst_LocalLogImporter::runAllEqualsOneAgentAfterAnother()
{
    // Two agents with their own folders; the second is parsed while the first is written.
    QTemporaryDir otherLogs;
    QVERIFY(QDir(m_logs->path()).mkpath(QStringLiteral("deep/er")));
    for (int i = 0; i < 30; ++i) {
        const QByteArray key = "a" + QByteArray::number(i);
        write(QStringLiteral("deep/er/%1.log").arg(i),
              line(key.constData(), 10 + i, 1, nov2 + i * 600));
        QFile other(otherLogs.filePath(QStringLiteral("%1.log").arg(i)));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(line(key.constData(), 1000 + i, 2, nov2 + i * 900)); // same keys: other source
    }
    const ToyReader first(QStringLiteral("toy-a"), QStringLiteral("TOY_HOME"));
    const ToyReader second(QStringLiteral("toy-b"), QStringLiteral("OTHER_HOME"));
    LocalImportOptions options;
    options.environment.insert(QStringLiteral("TOY_HOME"), m_logs->path());
    options.environment.insert(QStringLiteral("OTHER_HOME"), otherLogs.path());
    options.threads = 2;
    const auto dump = [](Ledger &ledger) {
        QStringList rows;
        Result<SqliteStatement> statement = ledger.database().prepare(QStringLiteral(
            "SELECT s.name, u.external_key, u.input_tokens, u.output_tokens, u.requests "
            "FROM usage u JOIN sources s ON s.id = u.source_id ORDER BY u.id"));
        while (statement && statement->step() == SqliteStatement::StepResult::Row) {
            rows.append(QStringLiteral("%1 %2 %3 %4 %5")
                            .arg(statement->text(0), statement->text(1))
                            .arg(statement->int64(2))
                            .arg(statement->int64(3))
                            .arg(statement->int64(4)));
        }
        return rows;
    };

    Result<PriceBook> prices = PriceBook::load(m_ledger->ledger(), m_clock.nowMs());
    QVERIFY(prices);
    Result<QList<LocalImportSummary>> together
        = LocalLogImporter(m_ledger->ledger(), *prices, m_clock).runAll({&first, &second}, options);
    QVERIFY2(together, qPrintable(together ? QString() : together.error().detail));
    QCOMPARE(together->size(), 2);

    TempLedger separately;
    Result<PriceBook> separatePrices = PriceBook::load(separately.ledger(), m_clock.nowMs());
    QVERIFY(separatePrices);
    LocalLogImporter importer(separately.ledger(), *separatePrices, m_clock);
    Result<LocalImportSummary> firstAlone = importer.run(first, options);
    Result<LocalImportSummary> secondAlone = importer.run(second, options);
    QVERIFY(firstAlone && secondAlone);

    QCOMPARE(together->at(0).filesRead, 30);
    QCOMPARE(together->at(1).filesRead, 30);
    QCOMPARE(together->at(0).messagesCounted, firstAlone->messagesCounted);
    QCOMPARE(together->at(1).messagesCounted, secondAlone->messagesCounted);
    QCOMPARE(together->at(1).written.written, secondAlone->written.written);
    const QStringList rows = dump(m_ledger->ledger());
    QCOMPARE(rows.size(), 5 + 8); // hourly buckets: 30 lines 10 and 15 minutes apart
    QCOMPARE(rows, dump(separately.ledger()));
    QCOMPARE(totals().tokens.input, (10 + 39) * 15 + (1000 + 1029) * 15);

    // Both remembered their files: nothing is read again.
    Result<QList<LocalImportSummary>> again
        = LocalLogImporter(m_ledger->ledger(), *prices, m_clock).runAll({&first, &second}, options);
    QVERIFY(again);
    QCOMPARE(again->at(0).filesRead + again->at(1).filesRead, 0);
}

void tst_LocalLogImporter::runAllNamesTheAgentThatFailed()
{
    const ToyReader first(QStringLiteral("toy-a"));
    const ToyReader second(QStringLiteral("toy-b"));
    LocalImportOptions options;
    options.paths = {m_logs->filePath(QStringLiteral("missing"))};
    Result<PriceBook> prices = PriceBook::load(m_ledger->ledger(), m_clock.nowMs());
    QVERIFY(prices);
    Result<QList<LocalImportSummary>> summaries
        = LocalLogImporter(m_ledger->ledger(), *prices, m_clock).runAll({&first, &second}, options);
    QVERIFY(!summaries);
    QCOMPARE(summaries.error().code, ErrorCode::NotFound);
    QVERIFY2(summaries.error().detail.startsWith(QLatin1String("toy-a: no such file")),
             qPrintable(summaries.error().detail));
}

void tst_LocalLogImporter::attributesToMeAndThisDevice()
{
    PeopleDirectory directory(m_ledger->ledger());
    QVERIFY(directory.importCsv("email,name\nme@example.com,Me\n"));
    QVERIFY(m_ledger->ledger().setSetting(QStringLiteral("me_email"),
                                          QStringLiteral("me@example.com")));
    write(QStringLiteral("a.log"), line("m1", 100, 10));
    QVERIFY(import());
    ReportRequest byPerson;
    byPerson.groupBy = {ReportKey::Person, ReportKey::Source};
    Result<Report> report = ReportQuery(m_ledger->ledger()).run(byPerson);
    QVERIFY(report);
    QCOMPARE(report->rows.size(), 1);
    QCOMPARE(report->rows.first().keys, (QStringList {"me@example.com", "toy-agent"}));
    Result<SqliteStatement> device = m_ledger->ledger().database().prepare(
        QStringLiteral("SELECT d.device_key FROM usage u JOIN devices d ON d.id = u.device_id"));
    QVERIFY(device && device->step() == SqliteStatement::StepResult::Row);
    QCOMPARE(device->text(0), LocalLogImporter::deviceKey());
}

void tst_LocalLogImporter::trapCorpusEqualsTruth_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<bool>("inTwoPasses"); // half the files first, the rest in a second import
    QTest::newRow("seed 1") << 1 << false;
    QTest::newRow("seed 2") << 2 << false;
    QTest::newRow("seed 3, two passes") << 3 << true;
}

// The shared generator writes Claude Code and Codex logs with the pitfalls of real ones and the
// exact totals a correct reader must report per UTC day and model.
void tst_LocalLogImporter::trapCorpusEqualsTruth()
{
    QFETCH(int, seed);
    QFETCH(bool, inTwoPasses);
    // The shared generator when the checkout sits beside shared/ (as in CI), else the copy kept
    // with the reader tests.
    QString generator = QStringLiteral(BURNRATE_SHARED_DIR "/tools/gen-agent-logs");
    if (!QFile::exists(generator))
        generator = QStringLiteral(BURNRATE_TEST_DATA_DIR "/local/gen-agent-logs");
    if (!QFile::exists(generator))
        QSKIP("no copy of the log generator");
    QTemporaryDir corpus;
    const ReaderTesting::CorpusOutcome generated
        = ReaderTesting::generateTrapCorpus(generator, corpus.path(), seed);
    if (generated == ReaderTesting::CorpusOutcome::NoPython)
        QSKIP("python3 is not installed");
    QCOMPARE(generated, ReaderTesting::CorpusOutcome::Written);

    Result<PriceBook> prices = PriceBook::load(m_ledger->ledger(), m_clock.nowMs());
    QVERIFY(prices);
    for (const auto &[kind, folder] :
         {std::pair {QStringLiteral("claude-code"), QStringLiteral("claude")},
          std::pair {QStringLiteral("codex"), QStringLiteral("codex")}}) {
        const std::unique_ptr<LogReader> reader = LogReaders::create(kind);
        QVERIFY(reader);
        const QString root = corpus.filePath(folder);
        if (!QFileInfo::exists(root))
            continue;
        LocalImportOptions options;
        options.paths = {root};
        if (inTwoPasses) {
            // First pass: every file cut at a line in its middle, as if still being written.
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            QHash<QString, QByteArray> rest;
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadWrite));
                const QByteArray content = file.readAll();
                const qsizetype cut = content.indexOf('\n', content.size() / 2);
                if (cut < 0)
                    continue;
                rest.insert(path, content.mid(cut + 1));
                QVERIFY(file.resize(cut + 1));
            }
            QVERIFY(LocalLogImporter(m_ledger->ledger(), *prices, m_clock).run(*reader, options));
            for (auto file = rest.cbegin(); file != rest.cend(); ++file) {
                QFile appended(file.key());
                QVERIFY(appended.open(QIODevice::Append));
                appended.write(file.value());
            }
        }
        Result<LocalImportSummary> imported
            = LocalLogImporter(m_ledger->ledger(), *prices, m_clock).run(*reader, options);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().detail));
        // Importing again changes nothing.
        Result<LocalImportSummary> again
            = LocalLogImporter(m_ledger->ledger(), *prices, m_clock).run(*reader, options);
        QVERIFY(again);
        QCOMPARE(again->messagesCounted, 0);
    }

    QFile truthFile(corpus.filePath(QStringLiteral("truth.json")));
    QVERIFY(truthFile.open(QIODevice::ReadOnly));
    const QJsonArray truthRows
        = QJsonDocument::fromJson(truthFile.readAll())[QStringLiteral("rows")].toArray();
    QMap<QStringList, QList<qint64>> expected;
    for (const QJsonValue &row : truthRows) {
        QList<qint64> &sums = expected[{row[QStringLiteral("date")].toString(),
                                        row[QStringLiteral("model")].toString()}];
        sums.resize(6);
        const char *fields[]
            = {"input", "cache_write", "cache_read", "output", "reasoning", "calls"};
        for (int i = 0; i < 6; ++i)
            sums[i] += row[QLatin1String(fields[i])].toInteger();
    }
    ReportRequest byDayModel;
    byDayModel.groupBy = {ReportKey::Day, ReportKey::Model};
    Result<Report> report = ReportQuery(m_ledger->ledger()).run(byDayModel);
    QVERIFY(report);
    QMap<QStringList, QList<qint64>> actual;
    for (const ReportRow &row : report->rows) {
        const ReportTotals &t = row.totals;
        actual.insert(row.keys,
                      {t.tokens.input, t.tokens.cacheWrite(), t.tokens.cacheRead, t.tokens.output,
                       t.tokens.reasoning, t.requests});
    }
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(tst_LocalLogImporter)
#include "tst_locallogimporter.moc"
