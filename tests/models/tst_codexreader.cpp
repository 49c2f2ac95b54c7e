#include "sources/meters/codexreader.h"
#include "sources/meters/usagededuplicator.h"
#include "support/readertesting.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ReaderTesting;

namespace {

const QString dataDirectory = QStringLiteral(BURNRATE_TEST_DATA_DIR "/local");
const QString parentSession = u"0196a3f2-7c11-7d20-9e4b-3a5c6d7e8f90"_s;
const QString childSession = u"0196a3f9-1e02-7b44-8c1d-5e6f7a8b9c0d"_s;

QByteArray fixture(const char *name)
{
    return readFile(dataDirectory + u'/' + QLatin1String(name));
}

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// One record on one line, for comparing lists of them.
QString describe(const ParsedUsage &usage)
{
    const UsageRecord &record = usage.record;
    return u"%1 %2 input %3 cached %4 output %5 reasoning %6 at %7%8"_s
        .arg(record.externalKey, record.model)
        .arg(record.tokens.input)
        .arg(record.tokens.cacheRead)
        .arg(record.tokens.output)
        .arg(record.tokens.reasoning)
        .arg(utcText(record.startMs), usage.isSidechain ? u" sidechain"_s : QString());
}

QStringList describeAll(const QList<ParsedUsage> &usage)
{
    QStringList lines;
    for (const ParsedUsage &entry : usage)
        lines.append(describe(entry));
    return lines;
}

// Building blocks of rollouts. Times are seconds after 2026-05-05T08:00:00Z.
QByteArray at(int second, int millisecond = 0)
{
    return QDateTime(QDate(2026, 5, 5), QTime(8, 0), Qt::UTC)
        .addMSecs(second * 1000LL + millisecond)
        .toString(Qt::ISODateWithMs)
        .toLatin1();
}

QByteArray meta(const QByteArray &id, const QByteArray &source = R"("cli")", int second = 0)
{
    return R"({"timestamp":")" + at(second) + R"(","type":"session_meta","payload":{"id":")" + id
        + R"(","timestamp":")" + at(second)
        + R"(","cwd":"/home/dev/widget","originator":"codex_cli_rs","source":)" + source
        + R"(,"model_provider":"openai"}})";
}

QByteArray turn(const QByteArray &model, int second = 0, const QByteArray &cwd = "/home/dev/widget")
{
    return R"({"timestamp":")" + at(second) + R"(","type":"turn_context","payload":{"cwd":")" + cwd
        + R"(","approval_policy":"on-request","model":")" + model
        + R"(","effort":"medium","summary":"auto"}})";
}

struct Usage
{
    qint64 input, cached, output, reasoning;
    QByteArray json() const
    {
        return u"{\"input_tokens\":%1,\"cached_input_tokens\":%2,\"output_tokens\":%3,"
               "\"reasoning_output_tokens\":%4,\"total_tokens\":%5}"_s.arg(input)
                   .arg(cached)
                   .arg(output)
                   .arg(reasoning)
                   .arg(input + output)
                   .toLatin1();
    }
};

// A token_count row; an empty total or last leaves that object out.
QByteArray count(int second, const std::optional<Usage> &total, const std::optional<Usage> &last,
                 const QByteArray &extraInfo = {})
{
    QByteArray info = R"({)";
    if (total)
        info += R"("total_token_usage":)" + total->json() + ',';
    if (last)
        info += R"("last_token_usage":)" + last->json() + ',';
    info += R"("model_context_window":272000)" + extraInfo + '}';
    return R"({"timestamp":")" + at(second)
        + R"(","type":"event_msg","payload":{"type":"token_count","info":)" + info
        + R"(,"rate_limits":{"primary":{"used_percent":12.0,"window_minutes":300}}}})";
}

QByteArray rateLimitsOnly(int second)
{
    return R"({"timestamp":")" + at(second)
        + R"(","type":"event_msg","payload":{"type":"token_count","info":null,)"
          R"("rate_limits":{"primary":{"used_percent":10.0}}}})";
}

QByteArray lines(const QList<QByteArray> &list)
{
    QByteArray data;
    for (const QByteArray &line : list)
        data += line + '\n';
    return data;
}

const QString rolloutPath
    = u"/h/.codex/sessions/2026/05/05/rollout-2026-05-05T08-00-00-0196a3f2-0000-7000-8000-00000000000a.jsonl"_s;

struct Sequence
{
    const char *name;
    QByteArray data;
    QStringList expected;
    int malformed = 0;
};

QString call(const char *key, const char *model, const char *counts, int second,
             bool isSidechain = false)
{
    return u"%1 %2 %3 at %4%5"_s.arg(QLatin1String(key), QLatin1String(model),
                                     QLatin1String(counts), QString::fromLatin1(at(second)),
                                     isSidechain ? u" sidechain"_s : QString());
}

// Rollouts exercising one rule each, with the records they must give.
QList<Sequence> sequenceCases()
{
    const Usage a {1000, 400, 100, 40}; // total_tokens 1100
    const Usage b {1500, 1000, 50, 0};
    const Usage ab {2500, 1400, 150, 40}; // 2650
    const Usage c {300, 0, 30, 10}; // 330
    const Usage abc {2800, 1400, 180, 50}; // 2980
    const char *callA = "input 600 cached 400 output 100 reasoning 40";
    const char *callB = "input 500 cached 1000 output 50 reasoning 0";
    const char *callC = "input 300 cached 0 output 30 reasoning 10";
    const QByteArray threadSpawn = R"({"subagent":{"thread_spawn":{"parent_thread_id":"s1"}}})";

    QList<Sequence> list;
    list.append(
        {"calls and re-emits",
         lines({meta("s1"), turn("gpt-5-codex"), rateLimitsOnly(1), count(2, a, a), count(3, a, a),
                count(5, ab, b), count(6, ab, b)}),
         {call("s1:1100", "gpt-5-codex", callA, 2), call("s1:2650", "gpt-5-codex", callB, 5)}});
    list.append({"model per turn",
                 lines({meta("s1"), turn("gpt-5-codex"), count(2, a, a), turn("gpt-5", 3, "/w/2"),
                        count(5, ab, b)}),
                 {call("s1:1100", "gpt-5-codex", callA, 2), call("s1:2650", "gpt-5", callB, 5)}});
    list.append(
        {"rows wait for the first model",
         lines({meta("s1"), count(2, a, a), count(5, ab, b), turn("gpt-5.1-codex", 6),
                count(7, abc, c)}),
         {call("s1:1100", "gpt-5.1-codex", callA, 2), call("s1:2650", "gpt-5.1-codex", callB, 5),
          call("s1:2980", "gpt-5.1-codex", callC, 7)}});
    list.append({"no model at all",
                 lines({meta("s1"), count(2, a, a)}),
                 {call("s1:1100", "unknown", callA, 2)}});
    list.append({"model on the row",
                 lines({meta("s1"), turn("gpt-5"), count(2, a, a, R"(,"model":"gpt-5.2")"),
                        count(5, ab, b)}),
                 {call("s1:1100", "gpt-5.2", callA, 2), call("s1:2650", "gpt-5.2", callB, 5)}});
    list.append(
        {"totals only",
         lines({meta("s1"), turn("gpt-5"), count(2, a, {}), count(5, ab, {}), count(6, ab, {})}),
         {call("s1:1100", "gpt-5", callA, 2), call("s1:2650", "gpt-5", callB, 5)}});
    list.append({"last only",
                 lines({meta("s1"), turn("gpt-5"), count(2, {}, a), count(5, {}, b)}),
                 {call("s1:1100", "gpt-5", callA, 2), call("s1:2650", "gpt-5", callB, 5)}});
    list.append({"reset: counters restart",
                 lines({meta("s1"), turn("gpt-5"), count(2, a, a), count(5, ab, b), count(9, c, c),
                        count(12, Usage {1300, 400, 130, 50}, a)}),
                 {call("s1:1100", "gpt-5", callA, 2), call("s1:2650", "gpt-5", callB, 5),
                  call("s1:330", "gpt-5", callC, 9), call("s1:1430", "gpt-5", callA, 12)}});
    // An old snapshot logged late has the key of the original call: de-duplication drops it.
    list.append(
        {"stale snapshot keeps its key",
         lines({meta("s1"), turn("gpt-5"), count(2, a, a), count(5, ab, b), count(6, a, a)}),
         {call("s1:1100", "gpt-5", callA, 2), call("s1:2650", "gpt-5", callB, 5),
          call("s1:1100", "gpt-5", callA, 6)}});
    list.append({"zero call skipped",
                 lines({meta("s1"), turn("gpt-5"), count(2, Usage {0, 0, 0, 0}, Usage {0, 0, 0, 0}),
                        count(5, a, a)}),
                 {call("s1:1100", "gpt-5", callA, 5)}});
    list.append({"cached above input is clamped",
                 lines({meta("s1"), turn("gpt-5"), count(2, Usage {100, 150, 10, 20}, {})}),
                 {call("s1:110", "gpt-5", "input 0 cached 100 output 10 reasoning 10", 2)}});
    list.append({"fork by thread_spawn, counters go on",
                 lines({meta("child", threadSpawn), meta("s1"), turn("gpt-5"), count(40, a, a),
                        count(40, ab, b), count(52, abc, c)}),
                 {call("child:2980", "gpt-5", callC, 52, true)}});
    list.append({"fork by a second session_meta, counters restart",
                 lines({meta("child"), meta("s1"), turn("gpt-5"), count(40, a, a), count(40, ab, b),
                        count(52, c, c)}),
                 {call("child:330", "gpt-5", callC, 52, true)}});
    list.append({"same session_meta twice is no fork",
                 lines({meta("s1"), meta("s1"), turn("gpt-5"), count(40, a, a)}),
                 {call("s1:1100", "gpt-5", callA, 40)}});
    list.append({"other subagents do not replay",
                 lines({meta("s1", R"({"subagent":"review"})"), turn("gpt-5"), count(40, a, a)}),
                 {call("s1:1100", "gpt-5", callA, 40)}});
    list.append({"session id from the file name",
                 lines({turn("gpt-5"), count(2, a, a)}),
                 {call("0196a3f2-0000-7000-8000-00000000000a:1100", "gpt-5", callA, 2)}});
    list.append({"other layouts",
                 lines({R"({"type":"session_meta","payload":{"id":"s1","cwd":"/w"}})",
                        R"({"type":"turn_context","timestamp":")" + at(1)
                            + R"(","payload":{"model":"gpt-5"}})",
                        R"({"payload":{"type":"token_count","info":{"last_token_usage":)" + a.json()
                            + R"(}},"type":"event_msg","timestamp":")" + at(2) + R"("})"}),
                 {call("s1:1100", "gpt-5", callA, 2)}});
    list.append({"other lines",
                 lines({meta("s1"), turn("gpt-5"),
                        R"({"timestamp":")" + at(1)
                            + R"(","type":"response_item","payload":{"type":"message",)"
                              "\"content\":\"token_count \\\"token_count\\\" turn_context\"}}",
                        R"({"timestamp":")" + at(1)
                            + R"(","type":"event_msg","payload":{"type":"agent_message",)"
                              R"("message":"done"}})",
                        R"({"timestamp":")" + at(1) + R"(","type":"compacted","payload":{}})",
                        count(2, a, a)}),
                 {call("s1:1100", "gpt-5", callA, 2)}});
    list.append({"malformed rows",
                 lines({meta("s1"), turn("gpt-5"), count(2, a, a).left(150),
                        count(3, a, a).replace(at(3), "yesterday"),
                        count(4, {}, {}).replace(R"("model_context_window":272000)", R"("x":1)"),
                        count(5, ab, b).replace(":1500,", R"(:"1500",)"), count(6, ab, b) + " x",
                        meta("s2").left(80), count(7, ab, b)}),
                 {call("s1:2650", "gpt-5", callB, 7)},
                 6});
    return list;
}

} // namespace

class tst_CodexReader : public QObject
{
    Q_OBJECT

private slots:
    void kindAndFiles_data();
    void kindAndFiles();
    void defaultRoots_data();
    void defaultRoots();
    void fixture();
    void archivedCopy();
    void forkedSubagent();
    void sequences_data();
    void sequences();
    void cutAtEveryByte_data();
    void cutAtEveryByte();
    void partialLastLine();
    void fuzz();
    void trapCorpus_data();
    void trapCorpus();

private:
    CodexReader m_reader;
};

void tst_CodexReader::kindAndFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("rollout") << rolloutPath << true;
    QTest::newRow("archived")
        << u"/h/.codex/archived_sessions/rollout-2026-05-05T08-00-00-x.jsonl"_s << true;
    QTest::newRow("history") << u"/h/.codex/sessions/history.jsonl"_s << false;
    QTest::newRow("not jsonl") << u"/h/.codex/sessions/rollout-x.json"_s << false;
}

void tst_CodexReader::kindAndFiles()
{
    QFETCH(QString, path);
    QFETCH(bool, accepted);
    QCOMPARE(m_reader.kind(), u"codex"_s);
    QCOMPARE(m_reader.fileMode(), LogReader::FileMode::AppendOnlyLines);
    QCOMPARE(m_reader.acceptsFile(path), accepted);
}

void tst_CodexReader::defaultRoots_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("~/.codex") << QStringList {u"HOME=$T/home"_s}
                              << QStringList {u"$T/home/.codex/sessions"_s,
                                              u"$T/home/.codex/archived_sessions"_s};
    QTest::newRow("CODEX_HOME list")
        << QStringList {u"HOME=$T/home"_s, u"CODEX_HOME=$T/a, $T/b,$T/none"_s}
        << QStringList {u"$T/a/sessions"_s, u"$T/b/sessions"_s, u"$T/b/archived_sessions"_s};
    QTest::newRow("CODEX_HOME without sessions")
        << QStringList {u"HOME=$T/home"_s, u"CODEX_HOME=$T/none"_s} << QStringList {};
}

void tst_CodexReader::defaultRoots()
{
    QFETCH(QStringList, variables);
    QFETCH(QStringList, expected);
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const QString root = QDir(temporary.path()).canonicalPath();
    for (const char *path : {"home/.codex/sessions", "home/.codex/archived_sessions", "a/sessions",
                             "b/sessions", "b/archived_sessions", "none"})
        QVERIFY(QDir(root).mkpath(QLatin1String(path)));
    QProcessEnvironment environment;
    for (const QString &variable : std::as_const(variables)) {
        const qsizetype equals = variable.indexOf(u'=');
        environment.insert(variable.left(equals), variable.mid(equals + 1).replace(u"$T"_s, root));
    }
    for (QString &path : expected)
        path.replace(u"$T"_s, root);
    QCOMPARE(m_reader.defaultRoots(environment), expected);
}

void tst_CodexReader::fixture()
{
    const QByteArray data = ::fixture("codex_rollout.jsonl");
    const FileParseResult result = m_reader.parse(rolloutPath, data, 0, {});
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.consumedBytes, data.size());
    QVERIFY(!result.state.isEmpty());
    QCOMPARE(describeAll(result.usage),
             (QStringList {parentSession
                               + u":13352 gpt-5.3-codex input 3624 cached 9216 output 512 "
                                 "reasoning 320 at 2026-05-05T08:13:06.415Z"_s,
                           parentSession
                               + u":28602 gpt-5.3-codex input 2210 cached 12800 output "
                                 "240 reasoning 128 at 2026-05-05T08:14:03.127Z"_s}));

    TokenCounts sum;
    for (const ParsedUsage &usage : result.usage) {
        sum += usage.record.tokens;
        QCOMPARE(usage.record.provider, u"openai"_s);
        QCOMPARE(usage.record.project, u"/home/dev/widget"_s);
        QCOMPARE(usage.record.session, parentSession);
        QCOMPARE(usage.record.requests, 1);
        QCOMPARE(usage.record.costKind, CostKind::Unpriced);
        QCOMPARE(usage.record.tokens.cacheWrite(), 0);
    }
    // Inclusive counts: input 27,850 holds 22,016 cached; output 752 holds 448 reasoning.
    QCOMPARE(sum.input + sum.cacheRead, 27850);
    QCOMPARE(sum.cacheRead, 22016);
    QCOMPARE(sum.input, 5834);
    QCOMPARE(sum.output, 752);
    QCOMPARE(sum.reasoning, 448);
    QCOMPARE(sum.total(), 28602);
}

void tst_CodexReader::archivedCopy()
{
    const QByteArray data = ::fixture("codex_rollout.jsonl");
    const FileParseResult live = m_reader.parse(rolloutPath, data, 0, {});
    const FileParseResult archived = m_reader.parse(
        u"/h/.codex/archived_sessions/rollout-2026-05-05T08-12-40-copy.jsonl"_s, data, 0, {});
    QCOMPARE(deduplicated({live, archived}).size(), 2);
}

void tst_CodexReader::forkedSubagent()
{
    const FileParseResult child
        = m_reader.parse(u"rollout-child.jsonl"_s, ::fixture("codex_fork_subagent.jsonl"), 0, {});
    QCOMPARE(child.malformedLines, 0);
    // The parent's two calls replayed at the fork are not the child's; the re-emit is skipped.
    QCOMPARE(describeAll(child.usage),
             (QStringList {childSession
                               + u":44912 gpt-5.3-codex input 1920 cached 14080 output 310 "
                                 "reasoning 192 at 2026-05-05T08:20:24.918Z sidechain"_s,
                           childSession
                               + u":62107 gpt-5.3-codex input 1228 cached 15872 output 95 "
                                 "reasoning 0 at 2026-05-05T08:20:39.233Z sidechain"_s}));
    const FileParseResult parent
        = m_reader.parse(rolloutPath, ::fixture("codex_rollout.jsonl"), 0, {});
    QCOMPARE(deduplicated({parent, child}).size(), 4);
}

void tst_CodexReader::sequences_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("malformed");
    for (const Sequence &sequence : sequenceCases())
        QTest::newRow(sequence.name) << sequence.data << sequence.expected << sequence.malformed;
}

void tst_CodexReader::sequences()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, expected);
    QFETCH(int, malformed);
    const FileParseResult result = m_reader.parse(rolloutPath, data, 0, {});
    QCOMPARE(describeAll(result.usage), expected);
    QCOMPARE(result.malformedLines, malformed);
    QCOMPARE(result.consumedBytes, data.size());
}

void tst_CodexReader::cutAtEveryByte_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("fixture") << ::fixture("codex_rollout.jsonl");
    QTest::newRow("fork") << ::fixture("codex_fork_subagent.jsonl");
    for (const Sequence &sequence : sequenceCases())
        QTest::newRow(sequence.name) << sequence.data;
}

// The importer reads what was appended since the last pass, with the state the pass before left:
// cutting a file anywhere must give the records, and the final state, of one pass.
void tst_CodexReader::cutAtEveryByte()
{
    QFETCH(QByteArray, data);
    const FileParseResult whole = m_reader.parse(rolloutPath, data, 0, {});
    // The one exception: rows logged before any model are "unknown" when the pass ends before
    // the model comes; then only the model may differ.
    const bool isModelFirst = !data.contains("token_count") || !data.contains("turn_context")
        || data.indexOf("turn_context") < data.indexOf(R"("token_count")");
    const auto describeAll = [&](const QList<ParsedUsage> &usage) {
        QStringList lines;
        for (ParsedUsage entry : usage) {
            if (!isModelFirst)
                entry.record.model.clear();
            lines.append(describe(entry));
        }
        return lines;
    };
    const QStringList expected = describeAll(whole.usage);
    for (qsizetype cut = 0; cut <= data.size(); ++cut) {
        const FileParseResult first
            = m_reader.parse(rolloutPath, QByteArrayView(data).first(cut), 0, {});
        const FileParseResult second
            = m_reader.parse(rolloutPath, QByteArrayView(data).sliced(first.consumedBytes),
                             first.consumedBytes, first.state);
        QCOMPARE(first.consumedBytes + second.consumedBytes, whole.consumedBytes);
        QCOMPARE(first.malformedLines + second.malformedLines, whole.malformedLines);
        QCOMPARE(second.state, whole.state);
        QCOMPARE(describeAll(first.usage + second.usage), expected);
    }
}

void tst_CodexReader::partialLastLine()
{
    const QByteArray complete
        = lines({meta("s1"), turn("gpt-5"), count(2, Usage {1, 0, 1, 0}, {})});
    const QByteArray data = complete + count(3, Usage {2, 0, 2, 0}, {}).left(120);
    const FileParseResult result = m_reader.parse(rolloutPath, data, 0, {});
    QCOMPARE(result.consumedBytes, complete.size());
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.usage.size(), 1);
    QCOMPARE(m_reader.parse(rolloutPath, QByteArrayView(), 0, {}).consumedBytes, 0);
}

void tst_CodexReader::fuzz()
{
    QRandomGenerator random(20260505);
    for (int round = 0; round < 300; ++round) {
        QByteArray data(random.bounded(1, 4000), Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        for (int i = random.bounded(5); i > 0; --i)
            data.insert(random.bounded(data.size()),
                        R"({"timestamp":"x","type":"event_msg","token_count")");
        for (int i = random.bounded(20); i > 0; --i)
            data[random.bounded(data.size())] = '\n';
        // Garbage state, too: it must be survived.
        const FileParseResult result = m_reader.parse(rolloutPath, data, round, data.left(200));
        QVERIFY(result.consumedBytes <= data.size());
        QVERIFY(result.malformedLines >= 0 && result.malformedLines <= data.count('\n'));
    }

    QList<QByteArray> relevant;
    for (const char *name : {"codex_rollout.jsonl", "codex_fork_subagent.jsonl"}) {
        for (const QByteArray &line : ::fixture(name).split('\n')) {
            if (line.contains("token_count") || line.contains("turn_context")
                || line.contains("session_meta"))
                relevant.append(line);
        }
    }
    for (const QByteArray &line : std::as_const(relevant)) {
        // A cut line that still shows its type is an unclosed object: malformed, never a record.
        qsizetype recognisable = 0;
        for (const char *type : {R"("token_count")", R"("turn_context")", R"("session_meta")"}) {
            if (const qsizetype at = line.indexOf(type); at >= 0)
                recognisable = std::max(recognisable, at + qsizetype(strlen(type)));
        }
        for (qsizetype cut = recognisable; cut < line.size(); cut += 5) {
            const FileParseResult result
                = m_reader.parse(rolloutPath, QByteArray(line.left(cut) + '\n'), 0, {});
            QCOMPARE(result.malformedLines, 1);
            QVERIFY(result.usage.isEmpty());
        }
        for (int round = 0; round < 200; ++round) {
            QByteArray mutated = line;
            switch (round % 3) {
            case 0:
                for (int i = random.bounded(1, 4); i > 0; --i)
                    mutated[random.bounded(mutated.size())] ^= char(1 << random.bounded(8));
                break;
            case 1:
                if (const qsizetype quote = mutated.indexOf('"', random.bounded(mutated.size()));
                    quote >= 0)
                    mutated.remove(quote, 1);
                break;
            case 2:
                for (qsizetype i = random.bounded(mutated.size()), n = random.bounded(1, 40);
                     n > 0 && i < mutated.size(); --n, ++i)
                    mutated[i] = char(random.bounded(256));
                break;
            }
            mutated.replace('\n', ' ');
            const QByteArray data = lines({meta("s1"), turn("gpt-5"), mutated});
            const FileParseResult result = m_reader.parse(rolloutPath, data, 0, {});
            QVERIFY(result.malformedLines + result.usage.size() <= 1);
        }
    }
}

void tst_CodexReader::trapCorpus_data()
{
    QTest::addColumn<int>("seed");
    QTest::newRow("seed 1") << 1;
    QTest::newRow("seed 2") << 2;
    QTest::newRow("seed 3") << 3;
    QTest::newRow("seed 5") << 5;
}

// Re-emitted and info:null rows, truncated lines, model changes per turn, and every file also
// archived and read in two passes cut at a random place: the totals must equal the truth.
void tst_CodexReader::trapCorpus()
{
    QFETCH(int, seed);
    QTemporaryDir corpus;
    QVERIFY(corpus.isValid());
    const ReaderTesting::CorpusOutcome generated = ReaderTesting::generateTrapCorpus(
        dataDirectory + u"/gen-agent-logs"_s, corpus.path(), seed);
    if (generated == ReaderTesting::CorpusOutcome::NoPython)
        QSKIP("python3 is needed to generate the corpus");
    QCOMPARE(generated, ReaderTesting::CorpusOutcome::Written);

    QRandomGenerator random(seed);
    QList<FileParseResult> results;
    QDirIterator files(corpus.path() + u"/codex/sessions"_s, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (!m_reader.acceptsFile(path))
            continue;
        const QByteArray data = readFile(path);
        results.append(m_reader.parse(path, data, 0, {}));
        // The archived copy, read in two passes.
        const QString archived
            = corpus.path() + u"/codex/archived_sessions/"_s + QFileInfo(path).fileName();
        const qsizetype cut = random.bounded(data.size() + 1);
        FileParseResult first = m_reader.parse(archived, QByteArrayView(data).first(cut), 0, {});
        FileParseResult second
            = m_reader.parse(archived, QByteArrayView(data).sliced(first.consumedBytes),
                             first.consumedBytes, first.state);
        QCOMPARE(describeAll(first.usage + second.usage), describeAll(results.constLast().usage));
        results.append(std::move(first));
        results.append(std::move(second));
    }
    const QStringList truth = truthRows(corpus.path() + u"/truth.json"_s, u"codex"_s);
    qInfo("seed %d: %lld rollouts, %lld truth rows", seed, qlonglong(results.size() / 3),
          qlonglong(truth.size()));
    QCOMPARE(results.isEmpty(), truth.isEmpty()); // seed 3 has Claude sessions only
    QCOMPARE(dailyRows(deduplicated(results)), truth);
}

QTEST_GUILESS_MAIN(tst_CodexReader)
#include "tst_codexreader.moc"
