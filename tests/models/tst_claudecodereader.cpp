#include "sources/meters/claudecodereader.h"
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

QByteArray fixture(const char *name)
{
    return readFile(dataDirectory + u'/' + QLatin1String(name));
}

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

TokenCounts tokens(qint64 input, qint64 cacheWrite5m, qint64 cacheWrite1h, qint64 cacheRead,
                   qint64 output)
{
    TokenCounts counts;
    counts.input = input;
    counts.cacheWrite5m = cacheWrite5m;
    counts.cacheWrite1h = cacheWrite1h;
    counts.cacheRead = cacheRead;
    counts.output = output;
    return counts;
}

// Line boundaries of `data`: 0, then the position after each '\n'.
QList<qsizetype> lineBoundaries(const QByteArray &data)
{
    QList<qsizetype> boundaries {0};
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\n')
            boundaries.append(i + 1);
    }
    return boundaries;
}

// A transcript line with the usage given; `extra` goes at the end of the top-level object.
QByteArray assistantLine(const QByteArray &usage, const QByteArray &extra = {},
                         const QByteArray &timestamp = "2026-05-06T10:00:00.250Z")
{
    return R"({"parentUuid":"p0","isSidechain":false,"cwd":"/home/dev/widget","sessionId":"s1",)"
           R"("type":"assistant","uuid":"u1","timestamp":")"
        + timestamp + R"(","requestId":"req_1","message":{"model":"claude-sonnet-4-5-20250929",)"
        + R"("id":"msg_1","role":"assistant","content":[{"type":"text","text":"ok"}],"usage":)"
        + usage + "}" + extra + "}";
}

const QByteArray splitUsage
    = R"({"input_tokens":3,"cache_creation_input_tokens":40,"cache_read_input_tokens":500,)"
      R"("cache_creation":{"ephemeral_5m_input_tokens":10,"ephemeral_1h_input_tokens":30},)"
      R"("output_tokens":70,"service_tier":"standard"})";

} // namespace

class tst_ClaudeCodeReader : public QObject
{
    Q_OBJECT

private slots:
    void kindAndMode();
    void acceptsFile_data();
    void acceptsFile();
    void defaultRoots_data();
    void defaultRoots();
    void fixturesTogether();
    void fixtureMessages();
    void legacyLine();
    void lineVariants_data();
    void lineVariants();
    void cutAtEveryByte_data();
    void cutAtEveryByte();
    void partialLastLine();
    void fuzz();
    void trapCorpus_data();
    void trapCorpus();

private:
    ClaudeCodeReader m_reader;
};

void tst_ClaudeCodeReader::kindAndMode()
{
    QCOMPARE(m_reader.kind(), u"claude-code"_s);
    QCOMPARE(m_reader.fileMode(), LogReader::FileMode::AppendOnlyLines);
}

void tst_ClaudeCodeReader::acceptsFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("session") << u"/h/.claude/projects/-home-dev-w/7c1e.jsonl"_s << true;
    QTest::newRow("subagent") << u"/h/.claude/projects/-w/7c1e/subagents/agent-b3.jsonl"_s << true;
    QTest::newRow("subagent meta")
        << u"/h/.claude/projects/-w/7c1e/subagents/agent-b3.meta.json"_s << false;
    QTest::newRow("other") << u"/h/.claude/projects/-w/notes.txt"_s << false;
}

void tst_ClaudeCodeReader::acceptsFile()
{
    QFETCH(QString, path);
    QFETCH(bool, accepted);
    QCOMPARE(m_reader.acceptsFile(path), accepted);
}

void tst_ClaudeCodeReader::defaultRoots_data()
{
    // "$T" stands for the temporary directory; the tree is made in defaultRoots().
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("both defaults")
        << QStringList {u"HOME=$T/home"_s}
        << QStringList {u"$T/home/.config/claude/projects"_s, u"$T/home/.claude/projects"_s};
    QTest::newRow("XDG_CONFIG_HOME")
        << QStringList {u"HOME=$T/home"_s, u"XDG_CONFIG_HOME=$T/xdg"_s}
        << QStringList {u"$T/xdg/claude/projects"_s, u"$T/home/.claude/projects"_s};
    QTest::newRow("config dir, projects dir, missing dir")
        << QStringList {u"HOME=$T/home"_s,
                        u"CLAUDE_CONFIG_DIR=$T/custom/a, $T/custom/b/projects ,$T/none"_s}
        << QStringList {u"$T/custom/a/projects"_s, u"$T/custom/b/projects"_s};
    QTest::newRow("only the configured dirs")
        << QStringList {u"HOME=$T/home"_s, u"CLAUDE_CONFIG_DIR=$T/none"_s} << QStringList {};
    QTest::newRow("same dir twice")
        << QStringList {u"HOME=$T/home"_s, u"CLAUDE_CONFIG_DIR=$T/custom/a,$T/custom/a/projects"_s}
        << QStringList {u"$T/custom/a/projects"_s};
    QTest::newRow("no projects dir") << QStringList {u"HOME=$T/custom"_s} << QStringList {};
}

void tst_ClaudeCodeReader::defaultRoots()
{
    QFETCH(QStringList, variables);
    QFETCH(QStringList, expected);
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const QString root = QDir(temporary.path()).canonicalPath();
    for (const char *path : {"home/.claude/projects", "home/.config/claude/projects",
                             "xdg/claude/projects", "custom/a/projects", "custom/b/projects"})
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

void tst_ClaudeCodeReader::fixturesTogether()
{
    const FileParseResult session
        = m_reader.parse(u"claude_session.jsonl"_s, fixture("claude_session.jsonl"), 0, {});
    const FileParseResult subagent
        = m_reader.parse(u"claude_subagent.jsonl"_s, fixture("claude_subagent.jsonl"), 0, {});
    QCOMPARE(session.malformedLines, 0);
    QCOMPARE(subagent.malformedLines, 0);
    QVERIFY(session.state.isEmpty());
    QCOMPARE(session.consumedBytes, fixture("claude_session.jsonl").size());

    const QList<UsageRecord> records = deduplicated({session, subagent});
    QCOMPARE(records.size(), 3);
    TokenCounts sum;
    qint64 requests = 0;
    for (const UsageRecord &record : records) {
        sum += record.tokens;
        requests += record.requests;
        QCOMPARE(record.costKind, CostKind::Unpriced);
        QCOMPARE(record.costMicros, 0);
        QCOMPARE(record.provider, u"anthropic"_s);
    }
    QCOMPARE(requests, 3);
    QCOMPARE(sum.input, 13);
    QCOMPARE(sum.output, 1391);
    QCOMPARE(sum.cacheWrite(), 11022);
    QCOMPARE(sum.cacheRead, 40208);
    QCOMPARE(sum.cacheWrite1h, 3120 + 2890);
    QCOMPARE(sum.cacheWrite5m, 5012);
}

void tst_ClaudeCodeReader::fixtureMessages()
{
    QList<ParsedUsage> all = m_reader.parse({}, fixture("claude_session.jsonl"), 0, {}).usage;
    all += m_reader.parse({}, fixture("claude_subagent.jsonl"), 0, {}).usage;
    // The de-duplication rule, by hand, to see which copy (and its sidechain flag) wins.
    QHash<QString, ParsedUsage> byKey;
    for (const ParsedUsage &usage : std::as_const(all)) {
        auto it = byKey.find(usage.record.externalKey);
        if (it == byKey.end())
            byKey.insert(usage.record.externalKey, usage);
        else if (UsageDeduplicator::isBetter(usage, *it))
            *it = usage;
    }
    QCOMPARE(byKey.size(), 3);

    // Streamed over two lines (output 9, then 287), replayed by the subagent: the final,
    // main-thread copy counts.
    const ParsedUsage a = byKey.value(u"msg_01AbCdEfGhJkLmNoPqRsTuVw"_s);
    QCOMPARE(a.record.tokens, tokens(4, 0, 3120, 18544, 287));
    QVERIFY(!a.isSidechain);
    QCOMPARE(a.record.startMs, utcMs("2026-05-04T23:58:17.220Z"));
    QCOMPARE(a.record.endMs, a.record.startMs);
    QCOMPARE(a.record.model, u"claude-sonnet-4-5-20250929"_s);
    QCOMPARE(a.record.project, u"/home/dev/widget"_s);
    QCOMPARE(a.record.session, u"7c1e0b9a-44d2-4c3e-9f0e-5a2b81d6e3f4"_s);
    QCOMPARE(a.record.requests, 1);
    QVERIFY(a.record.identityKind.isEmpty() && a.record.deviceKey.isEmpty());

    const ParsedUsage b = byKey.value(u"msg_01QrStUvWxYz0123456789Ab"_s);
    QCOMPARE(b.record.tokens, tokens(6, 0, 2890, 21664, 1043));
    QCOMPARE(b.record.startMs, utcMs("2026-05-05T00:03:41.077Z")); // the next UTC day

    const ParsedUsage haiku = byKey.value(u"msg_01HaIkUsUbAgEnT000000001"_s);
    QCOMPARE(haiku.record.tokens, tokens(3, 5012, 0, 0, 61)); // 5-minute write
    QVERIFY(haiku.isSidechain);
    QCOMPARE(haiku.record.model, u"claude-haiku-4-5-20251001"_s);

    // The copies of message A within the session file collapse to the largest one already.
    const QList<ParsedUsage> session
        = m_reader.parse({}, fixture("claude_session.jsonl"), 0, {}).usage;
    QCOMPARE(session.size(), 2);
    QCOMPARE(session.at(0).record.tokens.output, 287);
}

void tst_ClaudeCodeReader::legacyLine()
{
    const FileParseResult result
        = m_reader.parse({}, fixture("claude_legacy_costusd.jsonl"), 0, {});
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.usage.size(), 1);
    const UsageRecord &record = result.usage.at(0).record;
    QCOMPARE(record.externalKey, u"msg_01LeGaCy0000000000000001"_s);
    QCOMPARE(record.tokens, tokens(12, 0, 0, 40110, 233));
    QCOMPARE(record.model, u"claude-opus-4-20250514"_s);
    QCOMPARE(record.costKind, CostKind::Unpriced); // costUSD is not taken over
}

void tst_ClaudeCodeReader::lineVariants_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<QString>("key"); // empty: no record
    QTest::addColumn<TokenCounts>("expectedTokens");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<bool>("isSidechain");

    const qint64 at = utcMs("2026-05-06T10:00:00.250Z");
    const TokenCounts split = tokens(3, 10, 30, 500, 70);
    const TokenCounts none;

    QTest::newRow("CRLF line end")
        << QByteArray(assistantLine(splitUsage) + '\r') << 0 << u"msg_1"_s << split << at << false;
    QTest::newRow("5m and 1h split")
        << assistantLine(splitUsage) << 0 << u"msg_1"_s << split << at << false;
    QTest::newRow("flat cache write is 5m")
        << assistantLine(R"({"input_tokens":3,"cache_creation_input_tokens":40,)"
                         R"("cache_read_input_tokens":500,"output_tokens":70})")
        << 0 << u"msg_1"_s << tokens(3, 40, 0, 500, 70) << at << false;
    QTest::newRow("empty split object")
        << assistantLine(R"({"input_tokens":3,"cache_creation_input_tokens":40,)"
                         R"("cache_creation":{},"output_tokens":70})")
        << 0 << u"msg_1"_s << tokens(3, 40, 0, 0, 70) << at << false;
    QTest::newRow("null count is zero")
        << assistantLine(R"({"input_tokens":3,"cache_read_input_tokens":null,)"
                         R"("output_tokens":70})")
        << 0 << u"msg_1"_s << tokens(3, 0, 0, 0, 70) << at << false;
    QTest::newRow("offset timestamp")
        << assistantLine(splitUsage, {}, "2026-05-06T12:00:00.250+02:00") << 0 << u"msg_1"_s
        << split << at << false;
    QTest::newRow("whole seconds") << assistantLine(splitUsage, {}, "2026-05-06T10:00:00Z") << 0
                                   << u"msg_1"_s << split << at - 250 << false;
    QTest::newRow("sidechain") << QByteArray(
        assistantLine(splitUsage).replace(R"("isSidechain":false)", R"("isSidechain":true)"))
                               << 0 << u"msg_1"_s << split << at << true;
    QTest::newRow("gateway: no requestId") << QByteArray(assistantLine(splitUsage)
                                                             .replace(R"("requestId":"req_1",)", "")
                                                             .replace("msg_1", "chatcmpl-9"))
                                           << 0 << u"chatcmpl-9"_s << split << at << false;
    QTest::newRow("no message id: requestId")
        << QByteArray(assistantLine(splitUsage).replace(R"("id":"msg_1",)", "")) << 0 << u"req_1"_s
        << split << at << false;
    QTest::newRow("no ids: uuid") << QByteArray(assistantLine(splitUsage)
                                                    .replace(R"("id":"msg_1",)", "")
                                                    .replace(R"("requestId":"req_1",)", ""))
                                  << 0 << u"uuid:u1"_s << split << at << false;
    QTest::newRow("agent progress wrapper")
        << QByteArray(
               R"({"parentUuid":"p0","isSidechain":false,"cwd":"/home/dev/widget",)"
               R"("sessionId":"s1","type":"progress","data":{"type":"agent_progress",)"
               R"("message":{"type":"assistant","timestamp":"2026-05-06T10:00:00.250Z",)"
               R"("requestId":"req_P","isSidechain":true,"message":{"id":"msg_P",)"
               R"("model":"claude-haiku-4-5-20251001","usage":{"input_tokens":5,)"
               R"("cache_creation_input_tokens":100,"cache_read_input_tokens":200,)"
               R"("output_tokens":50}}}},"uuid":"u9","timestamp":"2026-05-06T10:00:09.000Z"})")
        << 0 << u"msg_P"_s << tokens(5, 100, 0, 200, 50) << at << true;

    QTest::newRow("<synthetic> is ignored") << QByteArray(
        assistantLine(splitUsage).replace("claude-sonnet-4-5-20250929", "<synthetic>"))
                                            << 0 << QString() << none << qint64(0) << false;
    QTest::newRow("zero usage is ignored")
        << assistantLine(R"({"input_tokens":0,"output_tokens":0})") << 0 << QString() << none
        << qint64(0) << false;
    QTest::newRow("usage of a tool result is not a call")
        << QByteArray(R"({"type":"user","message":{"role":"user","content":"done"},)"
                      R"("toolUseResult":{"totalTokens":900,"usage":{"input_tokens":4,)"
                      R"("output_tokens":896}},"timestamp":"2026-05-06T10:00:00.250Z"})")
        << 0 << QString() << none << qint64(0) << false;
    QTest::newRow("no marker: not looked at")
        << QByteArray(R"({"type":"file-history-snapshot","snapshot":{"a":)") << 0 << QString()
        << none << qint64(0) << false;
    QTest::newRow("escaped marker in text")
        << QByteArray("{\"type\":\"user\",\"message\":{\"content\":\"see \\\"usage\\\":{ here") << 0
        << QString() << none << qint64(0) << false;

    QTest::newRow("truncated") << assistantLine(splitUsage).left(300) << 1 << QString() << none
                               << qint64(0) << false;
    QTest::newRow("no model") << QByteArray(
        assistantLine(splitUsage).replace(R"("model":"claude-sonnet-4-5-20250929",)", ""))
                              << 1 << QString() << none << qint64(0) << false;
    QTest::newRow("no output count")
        << assistantLine(R"({"input_tokens":3})") << 1 << QString() << none << qint64(0) << false;
    QTest::newRow("count is a string")
        << assistantLine(R"({"input_tokens":"3","output_tokens":70})") << 1 << QString() << none
        << qint64(0) << false;
    QTest::newRow("negative count") << assistantLine(R"({"input_tokens":-3,"output_tokens":70})")
                                    << 1 << QString() << none << qint64(0) << false;
    QTest::newRow("unparseable timestamp") << assistantLine(splitUsage, {}, "yesterday") << 1
                                           << QString() << none << qint64(0) << false;
    QTest::newRow("no zone in timestamp")
        << assistantLine(splitUsage, {}, "2026-05-06T10:00:00.250") << 1 << QString() << none
        << qint64(0) << false;
    QTest::newRow("impossible date") << assistantLine(splitUsage, {}, "2026-02-30T10:00:00.250Z")
                                     << 1 << QString() << none << qint64(0) << false;
    QTest::newRow("no timestamp") << QByteArray(
        assistantLine(splitUsage).replace(R"("timestamp":"2026-05-06T10:00:00.250Z",)", ""))
                                  << 1 << QString() << none << qint64(0) << false;
    QTest::newRow("trailing garbage")
        << assistantLine(splitUsage) + " }x" << 1 << QString() << none << qint64(0) << false;
    QTest::newRow("not an object") << QByteArray(R"([{"usage":{"input_tokens":1}}])") << 1
                                   << QString() << none << qint64(0) << false;
}

void tst_ClaudeCodeReader::lineVariants()
{
    QFETCH(QByteArray, line);
    QFETCH(int, malformed);
    QFETCH(QString, key);
    QFETCH(TokenCounts, expectedTokens);
    QFETCH(qint64, timestamp);
    QFETCH(bool, isSidechain);

    const QByteArray data = line + '\n';
    const FileParseResult result = m_reader.parse(u"x.jsonl"_s, data, 0, {});
    QCOMPARE(result.malformedLines, malformed);
    QCOMPARE(result.consumedBytes, data.size());
    QCOMPARE(result.usage.size(), key.isEmpty() ? 0 : 1);
    if (key.isEmpty())
        return;
    const ParsedUsage &usage = result.usage.constFirst();
    QCOMPARE(usage.record.externalKey, key);
    QCOMPARE(usage.record.tokens, expectedTokens);
    QCOMPARE(usage.record.startMs, timestamp);
    QCOMPARE(usage.isSidechain, isSidechain);
    QCOMPARE(usage.record.project, u"/home/dev/widget"_s);
    QCOMPARE(usage.record.session, u"s1"_s);
}

void tst_ClaudeCodeReader::cutAtEveryByte_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("session") << fixture("claude_session.jsonl");
    QTest::newRow("subagent") << fixture("claude_subagent.jsonl");
    QByteArray variants;
    for (const QByteArray &line :
         {assistantLine(splitUsage), assistantLine(splitUsage).left(200),
          assistantLine(R"({"input_tokens":3,"output_tokens":9})"),
          assistantLine(R"({"input_tokens":3,"output_tokens":70})"),
          QByteArray(R"({"type":"summary","summary":"x"})"), assistantLine(splitUsage, {}, "x")})
        variants += line + '\n';
    QTest::newRow("variants and malformed lines") << variants;
}

// The importer reads what was appended since the last pass: cutting the file anywhere, then
// reading on from what the first pass consumed, must give what one pass gives.
void tst_ClaudeCodeReader::cutAtEveryByte()
{
    QFETCH(QByteArray, data);
    const FileParseResult whole = m_reader.parse({}, data, 0, {});
    const QList<UsageRecord> expected = deduplicated({whole});
    const QList<qsizetype> boundaries = lineBoundaries(data);
    for (qsizetype cut = 0; cut <= data.size(); ++cut) {
        const FileParseResult first = m_reader.parse({}, QByteArrayView(data).first(cut), 0, {});
        QCOMPARE(first.consumedBytes,
                 *std::prev(std::upper_bound(boundaries.cbegin(), boundaries.cend(), cut)));
        const FileParseResult second = m_reader.parse(
            {}, QByteArrayView(data).sliced(first.consumedBytes), first.consumedBytes, first.state);
        QCOMPARE(first.consumedBytes + second.consumedBytes, whole.consumedBytes);
        QCOMPARE(first.malformedLines + second.malformedLines, whole.malformedLines);
        QCOMPARE(deduplicated({first, second}), expected);
    }
}

void tst_ClaudeCodeReader::partialLastLine()
{
    const QByteArray complete = assistantLine(splitUsage) + '\n';
    // A line still being written, with the marker: neither consumed nor malformed.
    const QByteArray data = complete + assistantLine(splitUsage).left(250);
    const FileParseResult result = m_reader.parse({}, data, 0, {});
    QCOMPARE(result.consumedBytes, complete.size());
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.usage.size(), 1);

    const FileParseResult nothing = m_reader.parse({}, assistantLine(splitUsage), 0, {});
    QCOMPARE(nothing.consumedBytes, 0);
    QVERIFY(nothing.usage.isEmpty());
    QCOMPARE(m_reader.parse({}, QByteArrayView(), 0, {}).consumedBytes, 0);
}

void tst_ClaudeCodeReader::fuzz()
{
    QRandomGenerator random(20260506);
    // Random bytes, with newlines and the marker sprinkled in.
    for (int round = 0; round < 300; ++round) {
        QByteArray data(random.bounded(1, 4000), Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        for (int i = random.bounded(5); i > 0; --i)
            data.insert(random.bounded(data.size()), R"("usage":{)");
        for (int i = random.bounded(20); i > 0; --i)
            data[random.bounded(data.size())] = '\n';
        const FileParseResult result = m_reader.parse({}, data, 0, {});
        QVERIFY(result.consumedBytes <= data.size());
        QVERIFY(result.malformedLines >= 0 && result.malformedLines <= data.count('\n'));
    }

    // Mutated usage lines.
    QList<QByteArray> lines;
    for (const char *name :
         {"claude_session.jsonl", "claude_subagent.jsonl", "claude_legacy_costusd.jsonl"}) {
        for (const QByteArray &line : fixture(name).split('\n')) {
            if (line.contains(R"("usage":{)"))
                lines.append(line);
        }
    }
    lines.append(assistantLine(splitUsage));
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype markerEnd = line.indexOf(R"("usage":{)") + 9;
        // A cut after the marker leaves an unclosed object: always malformed, never a record.
        for (qsizetype cut = markerEnd; cut < line.size(); cut += 3) {
            const FileParseResult result
                = m_reader.parse({}, QByteArray(line.left(cut) + '\n'), 0, {});
            QCOMPARE(result.malformedLines, 1);
            QVERIFY(result.usage.isEmpty());
        }
        for (int round = 0; round < 200; ++round) {
            QByteArray mutated = line;
            switch (round % 4) {
            case 0: // flip bytes
                for (int i = random.bounded(1, 4); i > 0; --i)
                    mutated[random.bounded(mutated.size())] ^= char(1 << random.bounded(8));
                break;
            case 1: // delete one quote
                if (const qsizetype quote = mutated.indexOf('"', random.bounded(mutated.size()));
                    quote >= 0)
                    mutated.remove(quote, 1);
                break;
            case 2: // delete every quote after some point
                mutated
                    = mutated.left(markerEnd) + mutated.mid(markerEnd).replace('"', QByteArray());
                break;
            case 3: // random bytes over a stretch
                for (qsizetype i = random.bounded(mutated.size()), n = random.bounded(1, 40);
                     n > 0 && i < mutated.size(); --n, ++i)
                    mutated[i] = char(random.bounded(256));
                break;
            }
            mutated.replace('\n', ' ');
            const FileParseResult result = m_reader.parse({}, QByteArray(mutated + '\n'), 0, {});
            QVERIFY(result.malformedLines + result.usage.size() <= 1);
            if (round % 4 == 2)
                QCOMPARE(result.malformedLines, 1);
        }
    }
}

void tst_ClaudeCodeReader::trapCorpus_data()
{
    QTest::addColumn<int>("seed");
    QTest::newRow("seed 1") << 1;
    QTest::newRow("seed 2") << 2;
    QTest::newRow("seed 3") << 3;
}

// Partial streaming copies, sidechain replays, missing requestIds, <synthetic> lines, malformed
// and truncated lines, huge snapshot lines: the totals must equal the generator's truth exactly.
void tst_ClaudeCodeReader::trapCorpus()
{
    QFETCH(int, seed);
    QTemporaryDir corpus;
    QVERIFY(corpus.isValid());
    const ReaderTesting::CorpusOutcome generated = ReaderTesting::generateTrapCorpus(
        dataDirectory + u"/gen-agent-logs"_s, corpus.path(), seed);
    if (generated == ReaderTesting::CorpusOutcome::NoPython)
        QSKIP("python3 is needed to generate the corpus");
    QCOMPARE(generated, ReaderTesting::CorpusOutcome::Written);

    QList<FileParseResult> results;
    QDirIterator files(corpus.path() + u"/claude"_s, QDir::Files, QDirIterator::Subdirectories);
    int malformed = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        if (!m_reader.acceptsFile(path))
            continue;
        const QByteArray data = readFile(path);
        FileParseResult result = m_reader.parse(path, data, 0, {});
        QVERIFY(result.consumedBytes == data.size() || !data.endsWith('\n'));
        malformed += result.malformedLines;
        results.append(std::move(result));
    }
    const QStringList truth = truthRows(corpus.path() + u"/truth.json"_s, u"claude"_s);
    qInfo("seed %d: %lld files, %lld truth rows, %d malformed lines", seed,
          qlonglong(results.size()), qlonglong(truth.size()), malformed);
    QVERIFY(!results.isEmpty());
    QVERIFY(!truth.isEmpty());
    QCOMPARE(dailyRows(deduplicated(results)), truth);
}

QTEST_GUILESS_MAIN(tst_ClaudeCodeReader)
#include "tst_claudecodereader.moc"
