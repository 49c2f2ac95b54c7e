#include "ledger/reportquery.h"
#include "pricing/pricebook.h"
#include "sources/meters/locallogimporter.h"
#include "sources/meters/opencodereader.h"
#include "sources/meters/usagededuplicator.h"
#include "support/fakeclock.h"
#include "support/readertesting.h"
#include "support/templedger.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace ReaderTesting;

namespace {

const QString fixturePath = QStringLiteral(BURNRATE_TEST_DATA_DIR "/local/opencode_message.json");
const QString messageId = u"msg_01JTX3B7Q4ZK9V2W8N5M6P0R1S"_s;
const QString sessionId = u"ses_01JTX3A9C2D4E6F8G0H2J4K6M8"_s;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly)
        && file.write(data) == data.size();
}

TokenCounts fixtureTokens()
{
    TokenCounts tokens;
    tokens.input = 1520;
    tokens.output = 388;
    tokens.cacheRead = 10240;
    tokens.cacheWrite5m = 1800;
    return tokens;
}

QString legacyPath(const QString &root)
{
    return root + u"/storage/message/"_s + sessionId + u'/' + messageId + u".json"_s;
}

// An OpenCode store as the current builds keep it: the message JSON in `data`, its id and session
// in columns of their own. The connection stays open (as OpenCode's would) until destroyed.
class OpenCodeDatabase
{
public:
    explicit OpenCodeDatabase(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK)
            return;
        m_isValid = exec("PRAGMA journal_mode=WAL")
            && exec("CREATE TABLE message (id TEXT PRIMARY KEY, session_id TEXT NOT NULL, "
                    "time_created INTEGER, data TEXT NOT NULL)");
    }
    ~OpenCodeDatabase() { sqlite3_close(m_db); }
    OpenCodeDatabase(const OpenCodeDatabase &) = delete;
    OpenCodeDatabase &operator=(const OpenCodeDatabase &) = delete;

    bool isValid() const { return m_isValid; }

    bool insert(const QString &id, const QString &session, const QByteArray &data)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, "INSERT INTO message (id, session_id, data) VALUES (?, ?, ?)",
                               -1, &statement, nullptr)
            != SQLITE_OK)
            return false;
        const QByteArray idUtf8 = id.toUtf8();
        const QByteArray sessionUtf8 = session.toUtf8();
        sqlite3_bind_text(statement, 1, idUtf8.constData(), int(idUtf8.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(statement, 2, sessionUtf8.constData(), int(sessionUtf8.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_text(statement, 3, data.constData(), int(data.size()), SQLITE_TRANSIENT);
        const bool isDone = sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_finalize(statement);
        return isDone;
    }

private:
    bool exec(const char *sql)
    {
        return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    sqlite3 *m_db = nullptr;
    bool m_isValid = false;
};

QByteArray assistantMessage(const char *id, const QByteArray &tokens)
{
    return R"({"id":")" + QByteArray(id)
        + R"(","sessionID":"ses_x","role":"assistant","time":{"created":1777973400000},)"
          R"("modelID":"gpt-5.1","providerID":"openai","path":{"cwd":"/w"},"tokens":)"
        + tokens + "}";
}

} // namespace

class tst_OpenCodeReader : public QObject
{
    Q_OBJECT

private slots:
    void kindAndMode();
    void defaultRoots_data();
    void defaultRoots();
    void acceptsFile_data();
    void acceptsFile();
    void legacyFixtureFigures();
    void reasoningOnTopOfOutput_data();
    void reasoningOnTopOfOutput();
    void messagesWithoutUsageAreSkipped_data();
    void messagesWithoutUsageAreSkipped();
    void databaseRowAndLegacyCopyCountOnce();
    void importSeesMessagesStillInTheWriteAheadLog();
    void unreadableDatabasesAreCounted();
    void malformedLegacyFilesAreCounted_data();
    void malformedLegacyFilesAreCounted();
    void damagedLegacyFilesNeverCrash();
};

void tst_OpenCodeReader::kindAndMode()
{
    OpenCodeReader reader;
    QCOMPARE(reader.kind(), u"opencode"_s);
    QCOMPARE(reader.fileMode(), LogReader::FileMode::RewrittenWhole);
}

void tst_OpenCodeReader::defaultRoots_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("roots");

    QTest::newRow("home") << QStringList {"HOME=/home/ada"}
                          << QStringList {"/home/ada/.local/share/opencode"};
    QTest::newRow("XDG_DATA_HOME") << QStringList {"HOME=/home/ada", "XDG_DATA_HOME=/xdg/data"}
                                   << QStringList {"/xdg/data/opencode"};
    QTest::newRow("relative XDG_DATA_HOME is ignored")
        << QStringList {"HOME=/home/ada", "XDG_DATA_HOME=data"}
        << QStringList {"/home/ada/.local/share/opencode"};
    QTest::newRow("OPENCODE_DATA_DIR")
        << QStringList {"HOME=/home/ada", "XDG_DATA_HOME=/xdg", "OPENCODE_DATA_DIR=/oc/"}
        << QStringList {"/oc"};
    QTest::newRow("comma list") << QStringList {"OPENCODE_DATA_DIR=/a,/b"}
                                << QStringList {"/a", "/b"};
}

void tst_OpenCodeReader::defaultRoots()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, roots);
    QCOMPARE(OpenCodeReader().defaultRoots(environmentFrom(environment)), roots);
}

void tst_OpenCodeReader::acceptsFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isAccepted");

    const QString root = u"/home/ada/.local/share/opencode"_s;
    QTest::newRow("database") << root + u"/opencode.db"_s << true;
    QTest::newRow("channel database") << root + u"/opencode-beta.db"_s << true;
    QTest::newRow("write-ahead log") << root + u"/opencode.db-wal"_s << false;
    QTest::newRow("shared memory") << root + u"/opencode.db-shm"_s << false;
    QTest::newRow("other database") << root + u"/auth.db"_s << false;
    QTest::newRow("legacy message") << legacyPath(root) << true;
    QTest::newRow("legacy part") << root + u"/storage/part/msg_1/prt_1.json"_s << false;
    QTest::newRow("legacy session") << root + u"/storage/session/info/ses_1.json"_s << false;
    QTest::newRow("message dir outside storage")
        << root + u"/x/message/ses_1/msg_1.json"_s << false;
}

void tst_OpenCodeReader::acceptsFile()
{
    QFETCH(QString, path);
    QFETCH(bool, isAccepted);
    QCOMPARE(OpenCodeReader().acceptsFile(path), isAccepted);
}

void tst_OpenCodeReader::legacyFixtureFigures()
{
    const QByteArray data = readFile(fixturePath);
    const FileParseResult result = OpenCodeReader().parse(legacyPath(u"/oc"_s), data, 0, {});
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.consumedBytes, data.size());
    QCOMPARE(result.usage.size(), 1);
    const UsageRecord &record = result.usage.at(0).record;
    QCOMPARE(record.externalKey, u"opencode:"_s + messageId);
    QCOMPARE(record.tokens, fixtureTokens());
    QCOMPARE(record.tokens.total(), qint64(13948));
    QCOMPARE(record.startMs, qint64(1777973400123));
    QCOMPARE(record.endMs, record.startMs);
    QCOMPARE(record.model, u"claude-sonnet-4-5"_s);
    QCOMPARE(record.provider, u"anthropic"_s);
    QCOMPARE(record.project, u"/home/dev/widget"_s);
    QCOMPARE(record.session, sessionId);
    // OpenCode's own cost (0.021612) is left to the importer, which prices from tokens.
    QCOMPARE(record.costKind, CostKind::Unpriced);
    QCOMPARE(record.costMicros, qint64(0));
}

void tst_OpenCodeReader::reasoningOnTopOfOutput_data()
{
    QTest::addColumn<QByteArray>("tokens");
    QTest::addColumn<TokenCounts>("expected");

    TokenCounts current;
    current.input = 10;
    current.output = 140;
    current.reasoning = 40;
    current.cacheRead = 5;
    TokenCounts older = current;
    older.output = 100;

    QTest::newRow("current build, no total")
        << R"({"input":10,"output":100,"reasoning":40,"cache":{"read":5,"write":0}})"_ba << current;
    QTest::newRow("current build, total counts reasoning apart")
        << R"({"total":155,"input":10,"output":100,"reasoning":40,"cache":{"read":5,"write":0}})"_ba
        << current;
    QTest::newRow("older build, total shows reasoning inside output")
        << R"({"total":115,"input":10,"output":100,"reasoning":40,"cache":{"read":5,"write":0}})"_ba
        << older;
}

void tst_OpenCodeReader::reasoningOnTopOfOutput()
{
    QFETCH(QByteArray, tokens);
    QFETCH(TokenCounts, expected);
    const FileParseResult result
        = OpenCodeReader().parse(legacyPath(u"/oc"_s), assistantMessage("msg_r", tokens), 0, {});
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.usage.size(), 1);
    QCOMPARE(result.usage.at(0).record.tokens, expected);
}

void tst_OpenCodeReader::messagesWithoutUsageAreSkipped_data()
{
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("user")
        << R"({"id":"msg_u","sessionID":"s","role":"user","time":{"created":1}})"_ba;
    QTest::newRow("assistant still streaming") << assistantMessage(
        "msg_a", R"({"input":0,"output":0,"reasoning":0,"cache":{"read":0,"write":0}})"_ba);
    QTest::newRow("assistant without tokens") << assistantMessage("msg_b", "null");
    QTest::newRow("odd token types")
        << assistantMessage("msg_c", R"({"input":"12","output":[1],"cache":7})"_ba);
}

void tst_OpenCodeReader::messagesWithoutUsageAreSkipped()
{
    QFETCH(QByteArray, message);
    const FileParseResult result = OpenCodeReader().parse(legacyPath(u"/oc"_s), message, 0, {});
    QCOMPARE(result.malformedLines, 0);
    QVERIFY(result.usage.isEmpty());
}

void tst_OpenCodeReader::databaseRowAndLegacyCopyCountOnce()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString databasePath = root.filePath(u"opencode.db"_s);
    OpenCodeReader reader;
    QVERIFY(reader.acceptsFile(databasePath));
    QVERIFY(reader.acceptsFile(legacyPath(root.path())));

    const QByteArray fixture = readFile(fixturePath);
    QJsonObject row = QJsonDocument::fromJson(fixture).object();
    row.remove(u"id"_s); // current builds keep these in columns only
    row.remove(u"sessionID"_s);
    OpenCodeDatabase database(databasePath);
    QVERIFY(database.isValid());
    QVERIFY(database.insert(messageId, sessionId, QJsonDocument(row).toJson()));
    QVERIFY(database.insert(u"msg_user"_s, sessionId,
                            R"({"role":"user","time":{"created":1777973390000}})"_ba));
    QVERIFY(database.insert(
        u"msg_other"_s, u"ses_other"_s,
        assistantMessage(
            "msg_other",
            R"({"input":7,"output":3,"reasoning":0,"cache":{"read":0,"write":0}})"_ba)));
    QVERIFY(database.insert(u"msg_broken"_s, sessionId, "{\"role\":\"assistant\",\"tok"_ba));
    QVERIFY(writeFile(legacyPath(root.path()), fixture));

    // Read while OpenCode's connection is still open, as it would be.
    FileParseResult fromDatabase = reader.parse(databasePath, {}, 0, {});
    QCOMPARE(fromDatabase.malformedLines, 1);
    QCOMPARE(fromDatabase.usage.size(), 2);
    FileParseResult fromLegacy
        = reader.parse(legacyPath(root.path()), readFile(legacyPath(root.path())), 0, {});
    QCOMPARE(fromLegacy.usage.size(), 1);
    QCOMPARE(fromDatabase.usage.at(0).record, fromLegacy.usage.at(0).record);

    UsageDeduplicator deduplicator;
    deduplicator.addAll(fromDatabase.usage);
    deduplicator.addAll(fromLegacy.usage);
    const QList<UsageRecord> records = deduplicator.records();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).externalKey, u"opencode:"_s + messageId);
    QCOMPARE(records.at(0).tokens, fixtureTokens());
    QCOMPARE(records.at(0).session, sessionId);
    QCOMPARE(records.at(1).externalKey, u"opencode:msg_other"_s);
    QCOMPARE(records.at(1).session, u"ses_x"_s);
}

// OpenCode keeps its connection open, so new messages sit in opencode.db-wal and the database
// file itself does not change until a checkpoint; a re-import must still see them.
void tst_OpenCodeReader::importSeesMessagesStillInTheWriteAheadLog()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString databasePath = root.filePath(u"opencode.db"_s);
    OpenCodeDatabase database(databasePath);
    QVERIFY(database.isValid());
    const QByteArray tokens
        = R"({"input":7,"output":3,"reasoning":0,"cache":{"read":0,"write":0}})"_ba;
    QVERIFY(database.insert(u"msg_1"_s, u"ses_x"_s, assistantMessage("msg_1", tokens)));

    TempLedger ledger;
    QVERIFY(ledger.isValid());
    FakeClock clock;
    const auto importAndCount = [&]() -> qint64 {
        Result<PriceBook> prices = PriceBook::load(ledger.ledger(), clock.nowMs());
        if (!prices)
            return -1;
        LocalImportOptions options;
        options.paths = {root.path()};
        OpenCodeReader reader;
        if (!LocalLogImporter(ledger.ledger(), *prices, clock).run(reader, options))
            return -1;
        const Result<Report> report = ReportQuery(ledger.ledger()).run(ReportRequest {});
        return report ? report->totals.tokens.total() : -1;
    };
    QCOMPARE(importAndCount(), 10);

    const QFileInfo before(databasePath);
    QVERIFY(database.insert(u"msg_2"_s, u"ses_x"_s, assistantMessage("msg_2", tokens)));
    const QFileInfo after(databasePath);
    QCOMPARE(after.size(), before.size()); // only the -wal file grew
    QVERIFY(QFileInfo(databasePath + u"-wal"_s).size() > 0);
    QCOMPARE(importAndCount(), 20);
    QCOMPARE(importAndCount(), 20); // and nothing counted twice on the next pass
}

void tst_OpenCodeReader::unreadableDatabasesAreCounted()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    OpenCodeReader reader;

    const QString missing = root.filePath(u"opencode.db"_s);
    FileParseResult result = reader.parse(missing, {}, 0, {});
    QCOMPARE(result.malformedLines, 1);
    QVERIFY(result.usage.isEmpty());
    QVERIFY(!QFile::exists(missing)); // read-only: never created

    const QString garbage = root.filePath(u"opencode-garbage.db"_s);
    QByteArray bytes(8192, '\0');
    QRandomGenerator random(7);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    QVERIFY(writeFile(garbage, bytes));
    result = reader.parse(garbage, bytes, 0, {});
    QCOMPARE(result.malformedLines, 1);
    QVERIFY(result.usage.isEmpty());

    const QString otherSchema = root.filePath(u"opencode-other.db"_s);
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(otherSchema).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE session (id TEXT)", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    result = reader.parse(otherSchema, {}, 0, {});
    QCOMPARE(result.malformedLines, 1);
    QVERIFY(result.usage.isEmpty());
}

void tst_OpenCodeReader::malformedLegacyFilesAreCounted_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("malformed");

    const QByteArray fixture = readFile(fixturePath);
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("truncated") << fixture.left(fixture.size() - 20) << 1;
    QTest::newRow("array") << "[]"_ba << 1;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << 1;
    QTest::newRow("usage without a time")
        << R"({"id":"m","role":"assistant","tokens":{"input":1,"output":1}})"_ba << 1;
}

void tst_OpenCodeReader::malformedLegacyFilesAreCounted()
{
    QFETCH(QByteArray, data);
    QFETCH(int, malformed);
    const FileParseResult result = OpenCodeReader().parse(legacyPath(u"/oc"_s), data, 0, {});
    QCOMPARE(result.malformedLines, malformed);
    QVERIFY(result.usage.isEmpty());
}

void tst_OpenCodeReader::damagedLegacyFilesNeverCrash()
{
    // Any cut of the fixture, or a few flipped bytes, is handled without a crash.
    const QByteArray fixture = readFile(fixturePath);
    for (qsizetype length = 0; length < fixture.trimmed().size(); ++length)
        QVERIFY(OpenCodeReader()
                    .parse(legacyPath(u"/oc"_s), fixture.left(length), 0, {})
                    .usage.isEmpty());
    QRandomGenerator random(42);
    for (int round = 0; round < 200; ++round) {
        QByteArray damaged = fixture;
        for (int flip = 0; flip < 3; ++flip)
            damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
        QVERIFY(OpenCodeReader().parse(legacyPath(u"/oc"_s), damaged, 0, {}).usage.size() <= 1);
    }
}

QTEST_GUILESS_MAIN(tst_OpenCodeReader)
#include "tst_opencodereader.moc"
