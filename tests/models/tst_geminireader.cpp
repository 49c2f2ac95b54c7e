#include "sources/meters/geminireader.h"
#include "sources/meters/usagededuplicator.h"
#include "support/readertesting.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ReaderTesting;

namespace {

const QString fixturePath = QStringLiteral(BURNRATE_TEST_DATA_DIR "/local/gemini_session.json");
const QString sessionId = u"5f2d8c41-9a7e-4b10-b6c3-2e8f0a1d7c55"_s;
const QString projectHash = u"e3b1c0a7d9f24e6b8c5a1f0e9d8c7b6a5f4e3d2c1b0a99887766554433221100"_s;
const QString proMessage = u"b7f0e2d1-1c3a-4e5f-8a9b-0c1d2e3f4a02"_s;
const QString flashMessage = u"b7f0e2d1-1c3a-4e5f-8a9b-0c1d2e3f4a03"_s;

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

TokenCounts counts(qint64 input, qint64 cacheRead, qint64 output, qint64 reasoning)
{
    TokenCounts tokens;
    tokens.input = input;
    tokens.cacheRead = cacheRead;
    tokens.output = output;
    tokens.reasoning = reasoning;
    return tokens;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The fixture's session as a newer Gemini CLI writes it: a metadata line, then each message,
// appended again whenever it changes.
QByteArray fixtureAsJsonl()
{
    const QJsonObject document = QJsonDocument::fromJson(readFile(fixturePath)).object();
    QJsonObject metadata = document;
    metadata.remove(u"messages"_s);
    QByteArray lines = compact(metadata) + '\n';
    const QJsonArray messages = document.value(u"messages"_s).toArray();
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        if (message.contains(u"tokens"_s)) {
            QJsonObject firstCopy = message; // recorded before the usage metadata arrived
            firstCopy.remove(u"tokens"_s);
            lines += compact(firstCopy) + '\n';
        }
        lines += compact(message) + '\n';
        lines += R"({"$set":{"lastUpdated":"2026-05-05T09:31:41.000Z"}})"
                 "\n";
    }
    lines += R"({"$rewindTo":")" + flashMessage.toLatin1() + "\"}\n";
    return lines;
}

} // namespace

class tst_GeminiReader : public QObject
{
    Q_OBJECT

private slots:
    void kindAndMode();
    void defaultRoots_data();
    void defaultRoots();
    void acceptsFile_data();
    void acceptsFile();
    void fixtureFigures();
    void jsonlCopyCountsOnce();
    void lastCopyOfAMessageWins();
    void cachedInsideInputUnlessTotalSaysOtherwise_data();
    void cachedInsideInputUnlessTotalSaysOtherwise();
    void sessionAndProjectFallbacks();
    void malformedInputIsCounted_data();
    void malformedInputIsCounted();
    void damagedInputNeverCrashes();
};

void tst_GeminiReader::kindAndMode()
{
    GeminiReader reader;
    QCOMPARE(reader.kind(), u"gemini"_s);
    QCOMPARE(reader.fileMode(), LogReader::FileMode::RewrittenWhole);
}

void tst_GeminiReader::defaultRoots_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("roots");

    QTest::newRow("home") << QStringList {"HOME=/home/ada"}
                          << QStringList {"/home/ada/.gemini/tmp"};
    QTest::newRow("GEMINI_DATA_DIR")
        << QStringList {"HOME=/home/ada", "GEMINI_DATA_DIR=/data/gemini/"}
        << QStringList {"/data/gemini"};
    QTest::newRow("comma list") << QStringList {"HOME=/home/ada", "GEMINI_DATA_DIR=/a, /b/tmp,"}
                                << QStringList {"/a", "/b/tmp"};
    QTest::newRow("empty override") << QStringList {"HOME=/home/ada", "GEMINI_DATA_DIR="}
                                    << QStringList {"/home/ada/.gemini/tmp"};
}

void tst_GeminiReader::defaultRoots()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, roots);
    QCOMPARE(GeminiReader().defaultRoots(environmentFrom(environment)), roots);
}

void tst_GeminiReader::acceptsFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isAccepted");

    const auto chats = [](const char *name) -> QString {
        return u"/home/ada/.gemini/tmp/e3b1c0/chats/"_s + QLatin1StringView(name);
    };
    QTest::newRow("session json") << chats("session-2026-05-05T09-30-5f2d8c41.json") << true;
    QTest::newRow("session jsonl") << chats("session-2026-05-05T09-30-5f2d8c41.jsonl") << true;
    QTest::newRow("subagent jsonl") << chats("5f2d8c41-9a7e/3c2b1a00-1111.jsonl") << true;
    QTest::newRow("subagent json") << chats("5f2d8c41-9a7e/3c2b1a00-1111.json") << false;
    QTest::newRow("other chat file") << chats("notes.json") << false;
    QTest::newRow("backup") << chats("session-x.json.bak") << false;
    QTest::newRow("project logs") << u"/home/ada/.gemini/tmp/e3b1c0/logs.json"_s << false;
    QTest::newRow("checkpoint") << u"/home/ada/.gemini/tmp/e3b1c0/checkpoint-a.json"_s << false;
    QTest::newRow("settings") << u"/home/ada/.gemini/settings.json"_s << false;
}

void tst_GeminiReader::acceptsFile()
{
    QFETCH(QString, path);
    QFETCH(bool, isAccepted);
    QCOMPARE(GeminiReader().acceptsFile(path), isAccepted);
}

void tst_GeminiReader::fixtureFigures()
{
    const QByteArray data = readFile(fixturePath);
    const FileParseResult result = GeminiReader().parse(fixturePath, data, 0, {});
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.consumedBytes, data.size());
    QCOMPARE(result.usage.size(), 2);

    const UsageRecord &pro = result.usage.at(0).record;
    QCOMPARE(pro.externalKey, u"gemini:"_s + sessionId + u':' + proMessage);
    QCOMPARE(pro.tokens, counts(1979, 6144, 412 + 230, 230));
    QCOMPARE(pro.model, u"gemini-2.5-pro"_s);
    QCOMPARE(pro.provider, u"google"_s);
    QCOMPARE(pro.session, sessionId);
    QCOMPARE(pro.project, projectHash);
    QCOMPARE(pro.startMs, utcMs("2026-05-05T09:30:19.552Z"));
    QCOMPARE(pro.endMs, pro.startMs);
    QCOMPARE(pro.costKind, CostKind::Unpriced);
    QCOMPARE(pro.requests, qint64(1));

    const UsageRecord &flash = result.usage.at(1).record;
    QCOMPARE(flash.externalKey, u"gemini:"_s + sessionId + u':' + flashMessage);
    QCOMPARE(flash.tokens, counts(956 + 310, 8064, 96, 0));
    QCOMPARE(flash.model, u"gemini-2.5-flash"_s);
    QCOMPARE(flash.startMs, utcMs("2026-05-05T09:31:40.870Z"));

    QCOMPARE(pro.tokens.total() + flash.tokens.total(), qint64(18191));
}

void tst_GeminiReader::jsonlCopyCountsOnce()
{
    // A resumed session is migrated from session-x.json to session-x.jsonl with every message.
    GeminiReader reader;
    const QByteArray partialLine = R"({"id":"b7f0e2d1-1c3a-4e5f-8a9b-0c1d2e3f4a04","type":"gem)";
    const QByteArray jsonl = fixtureAsJsonl() + partialLine;
    const QString jsonlPath = u"/home/ada/.gemini/tmp/e3b1c0/chats/session-a.jsonl"_s;
    FileParseResult lines = reader.parse(jsonlPath, jsonl, 0, {});
    QCOMPARE(lines.malformedLines, 0);
    QCOMPARE(lines.consumedBytes, jsonl.size() - partialLine.size());
    FileParseResult document = reader.parse(fixturePath, readFile(fixturePath), 0, {});

    QCOMPARE(lines.usage.size(), 2); // the rewind does not refund spent tokens
    for (qsizetype i = 0; i < 2; ++i)
        QCOMPARE(lines.usage.at(i).record, document.usage.at(i).record);

    UsageDeduplicator deduplicator;
    deduplicator.addAll(document.usage);
    deduplicator.addAll(lines.usage);
    const QList<UsageRecord> records = deduplicator.records();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).tokens.total() + records.at(1).tokens.total(), qint64(18191));
}

void tst_GeminiReader::lastCopyOfAMessageWins()
{
    const QByteArray jsonl
        = R"({"sessionId":"s1","projectHash":"p1","startTime":"2026-05-05T09:00:00Z"}
{"id":"m1","timestamp":"2026-05-05T09:00:01Z","type":"gemini","model":"gemini-2.5-pro","tokens":{"input":500,"output":90,"cached":0,"thoughts":0,"tool":0,"total":590}}
{"id":"m1","timestamp":"2026-05-05T09:00:01Z","type":"gemini","model":"gemini-2.5-pro","tokens":{"input":400,"output":80,"cached":0,"thoughts":0,"tool":0,"total":480}}
{"id":"m1","timestamp":"2026-05-05T09:00:01Z","type":"gemini","model":"gemini-2.5-pro"}
)"_ba;
    const FileParseResult result
        = GeminiReader().parse(u"/t/p1/chats/session-s1.jsonl"_s, jsonl, 0, {});
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.usage.size(), 1);
    QCOMPARE(result.usage.at(0).record.externalKey, u"gemini:s1:m1"_s);
    QCOMPARE(result.usage.at(0).record.tokens, counts(400, 0, 80, 0));
}

void tst_GeminiReader::cachedInsideInputUnlessTotalSaysOtherwise_data()
{
    QTest::addColumn<QByteArray>("tokens");
    QTest::addColumn<TokenCounts>("expected");

    QTest::newRow("inclusive total")
        << R"({"input":100,"output":10,"cached":60,"total":110})"_ba << counts(40, 60, 10, 0);
    QTest::newRow("no total: inclusive, as the API counts")
        << R"({"input":100,"output":10,"cached":60})"_ba << counts(40, 60, 10, 0);
    QTest::newRow("total adds cached: input excludes it")
        << R"({"input":100,"output":10,"cached":60,"total":170})"_ba << counts(100, 60, 10, 0);
    QTest::newRow("cached above input")
        << R"({"input":50,"output":10,"cached":60})"_ba << counts(0, 60, 10, 0);
    QTest::newRow("thoughts and tool")
        << R"({"input":100,"output":10,"cached":0,"thoughts":7,"tool":5,"total":122})"_ba
        << counts(105, 0, 17, 7);
    QTest::newRow("fractions and strings")
        << R"({"input":100.9,"output":"10","cached":-4})"_ba << counts(100, 0, 0, 0);
}

void tst_GeminiReader::cachedInsideInputUnlessTotalSaysOtherwise()
{
    QFETCH(QByteArray, tokens);
    QFETCH(TokenCounts, expected);
    const QByteArray document = R"({"sessionId":"s","messages":[{"id":"m","type":"gemini",)"
                                R"("timestamp":"2026-05-05T09:00:00Z","model":"x","tokens":)"
        + tokens + "}]}";
    const FileParseResult result
        = GeminiReader().parse(u"/t/p/chats/session-s.json"_s, document, 0, {});
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.usage.size(), 1);
    QCOMPARE(result.usage.at(0).record.tokens, expected);
}

void tst_GeminiReader::sessionAndProjectFallbacks()
{
    GeminiReader reader;
    // No sessionId, projectHash or message timestamp: the file name, the directory above chats
    // and the session's start stand in.
    const QByteArray document = R"({"startTime":"2026-05-05T08:00:00Z","messages":[)"
                                R"({"id":"m","type":"gemini","model":"gemini-2.5-flash",)"
                                R"("tokens":{"input":10,"output":2,"total":12}}]})"_ba;
    FileParseResult result
        = reader.parse(u"/t/tmp/widget/chats/session-2026-05-05T08-00-abc.json"_s, document, 0, {});
    QCOMPARE(result.usage.size(), 1);
    const UsageRecord &record = result.usage.at(0).record;
    QCOMPARE(record.session, u"session-2026-05-05T08-00-abc"_s);
    QCOMPARE(record.externalKey, u"gemini:session-2026-05-05T08-00-abc:m"_s);
    QCOMPARE(record.project, u"widget"_s);
    QCOMPARE(record.startMs, utcMs("2026-05-05T08:00:00Z"));

    // A subagent's file, with its own session id and the model named on an earlier message.
    const QByteArray subagent = R"({"sessionId":"child","projectHash":"p9","kind":"subagent"}
{"id":"a","timestamp":"2026-05-05T08:00:01Z","type":"gemini","model":"gemini-2.5-pro","tokens":{"input":1,"output":1}}
{"id":"b","timestamp":"2026-05-05T08:00:02Z","type":"gemini","tokens":{"input":3,"output":1}}
)"_ba;
    result = reader.parse(u"/t/tmp/widget/chats/parent/child.jsonl"_s, subagent, 0, {});
    QCOMPARE(result.usage.size(), 2);
    QCOMPARE(result.usage.at(1).record.externalKey, u"gemini:child:b"_s);
    QCOMPARE(result.usage.at(1).record.model, u"gemini-2.5-pro"_s);
    QCOMPARE(result.usage.at(1).record.project, u"p9"_s);
}

void tst_GeminiReader::malformedInputIsCounted_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("usage");

    const QByteArray fixture = readFile(fixturePath);
    QTest::newRow("empty document") << "session-a.json" << QByteArray() << 0 << 0;
    QTest::newRow("not json") << "session-a.json"
                              << "hello"_ba << 1 << 0;
    QTest::newRow("array") << "session-a.json"
                           << "[1,2]"_ba << 1 << 0;
    QTest::newRow("truncated mid-rewrite")
        << "session-a.json" << fixture.left(fixture.size() / 2) << 1 << 0;
    QTest::newRow("binary") << "session-a.json" << QByteArray("\x00\xff\xfe{\x01", 5) << 1 << 0;
    QTest::newRow("no time anywhere")
        << "session-a.json"
        << R"({"sessionId":"s","messages":[{"id":"m","type":"gemini","tokens":{"input":1}}]})"_ba
        << 1 << 0;
    QTest::newRow("odd types are not usage")
        << "session-a.json"
        << R"({"sessionId":7,"messages":[1,"x",null,{"type":"gemini","tokens":[1]}]})"_ba << 0 << 0;
    QTest::newRow("jsonl with a broken usage line")
        << "session-a.jsonl"
        << R"({"sessionId":"s","startTime":"2026-05-05T08:00:00Z"}
{"id":"m1","type":"gemini","tokens":{"input":5,
{"id":"m2","type":"gemini","tokens":{"input":5,"output":1}}
garbage without keys
)"_ba << 1
        << 1;
}

void tst_GeminiReader::malformedInputIsCounted()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(int, malformed);
    QFETCH(int, usage);
    const FileParseResult result
        = GeminiReader().parse(u"/t/tmp/p/chats/"_s + fileName, data, 0, {});
    QCOMPARE(result.malformedLines, malformed);
    QCOMPARE(result.usage.size(), usage);
}

void tst_GeminiReader::damagedInputNeverCrashes()
{
    GeminiReader reader;
    const QByteArray document = readFile(fixturePath);
    const QByteArray lines = fixtureAsJsonl();
    for (qsizetype length = 0; length < document.trimmed().size(); ++length) {
        const FileParseResult result = reader.parse(fixturePath, document.left(length), 0, {});
        QVERIFY(result.usage.isEmpty());
        QCOMPARE(result.malformedLines, length == 0 ? 0 : 1);
    }
    for (qsizetype length = 0; length <= lines.size(); ++length) {
        const FileParseResult result
            = reader.parse(u"/t/p/chats/session-a.jsonl"_s, lines.left(length), 0, {});
        QVERIFY(result.usage.size() <= 2);
        QVERIFY(result.consumedBytes <= length);
    }
    QRandomGenerator random(20260505);
    for (int round = 0; round < 500; ++round) {
        QByteArray damaged = (round % 2 ? document : lines);
        for (int flip = 0; flip < 4; ++flip)
            damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
        const FileParseResult result = reader.parse(
            round % 2 ? fixturePath : u"/t/p/chats/session-a.jsonl"_s, damaged, 0, {});
        QVERIFY(result.usage.size() <= 2);
        QVERIFY(result.malformedLines >= 0);
    }
}

QTEST_GUILESS_MAIN(tst_GeminiReader)
#include "tst_geminireader.moc"
