#include "sources/meters/copilotreader.h"
#include "support/readertesting.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ReaderTesting;

namespace {

const QString fixturePath = QStringLiteral(BURNRATE_TEST_DATA_DIR "/local/copilot_otel.jsonl");

TokenCounts counts(qint64 input, qint64 cacheWrite, qint64 cacheRead, qint64 output,
                   qint64 reasoning)
{
    TokenCounts tokens;
    tokens.input = input;
    tokens.cacheWrite5m = cacheWrite;
    tokens.cacheRead = cacheRead;
    tokens.output = output;
    tokens.reasoning = reasoning;
    return tokens;
}

// A chat span line with the given usage attributes.
QByteArray chatSpan(const QByteArray &usageAttributes,
                    const QByteArray &spanId = "00000000000000a1")
{
    return R"({"type":"span","traceId":"11112222333344445555666677778888","spanId":")" + spanId
        + R"(","name":"chat gpt-5.1","kind":2,"startTime":[1777973460,500000000],)"
          R"("endTime":[1777973461,0],"attributes":{"gen_ai.operation.name":"chat",)"
          R"("gen_ai.request.model":"gpt-5.1","gen_ai.conversation.id":"conv-1",)"
        + usageAttributes + "}}\n";
}

} // namespace

class tst_CopilotReader : public QObject
{
    Q_OBJECT

private slots:
    void kindAndMode();
    void defaultRoots_data();
    void defaultRoots();
    void acceptsFile_data();
    void acceptsFile();
    void fixtureFigures();
    void unfinishedLineWaitsForTheNextPass();
    void cacheAndReasoningSemantics_data();
    void cacheAndReasoningSemantics();
    void chatSpanFoundByNameWithFallbacks();
    void agentAndToolSpansAreIgnored();
    void malformedLinesAreCounted_data();
    void malformedLinesAreCounted();
    void damagedInputNeverCrashes();
};

void tst_CopilotReader::kindAndMode()
{
    CopilotReader reader;
    QCOMPARE(reader.kind(), u"copilot"_s);
    QCOMPARE(reader.fileMode(), LogReader::FileMode::AppendOnlyLines);
}

void tst_CopilotReader::defaultRoots_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("roots");

    QTest::newRow("home") << QStringList {"HOME=/home/ada"}
                          << QStringList {"/home/ada/.copilot/otel"};
    QTest::newRow("exporter path")
        << QStringList {"HOME=/home/ada", "COPILOT_OTEL_FILE_EXPORTER_PATH=/tmp/otel/copilot.json"}
        << QStringList {"/tmp/otel/copilot.json", "/home/ada/.copilot/otel"};
    QTest::newRow("empty exporter path")
        << QStringList {"HOME=/home/ada", "COPILOT_OTEL_FILE_EXPORTER_PATH="}
        << QStringList {"/home/ada/.copilot/otel"};
}

void tst_CopilotReader::defaultRoots()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, roots);
    QCOMPARE(CopilotReader().defaultRoots(environmentFrom(environment)), roots);
}

void tst_CopilotReader::acceptsFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isAccepted");

    QTest::newRow("jsonl") << u"/home/ada/.copilot/otel/copilot-otel-2026-05-05.jsonl"_s << true;
    QTest::newRow("ndjson") << u"/home/ada/.copilot/otel/traces.ndjson"_s << true;
    QTest::newRow("config") << u"/home/ada/.copilot/otel/config.json"_s << false;
    QTest::newRow("rotated") << u"/home/ada/.copilot/otel/traces.jsonl.1"_s << false;
}

void tst_CopilotReader::acceptsFile()
{
    QFETCH(QString, path);
    QFETCH(bool, isAccepted);
    QCOMPARE(CopilotReader().acceptsFile(path), isAccepted);
}

void tst_CopilotReader::fixtureFigures()
{
    const QByteArray data = readFile(fixturePath);
    const FileParseResult result = CopilotReader().parse(fixturePath, data, 0, {});
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.consumedBytes, data.size());
    QVERIFY(result.state.isEmpty());
    QCOMPARE(result.usage.size(), 1);
    const UsageRecord &record = result.usage.at(0).record;
    QCOMPARE(record.externalKey, u"copilot:4bf92f3577b34da6a3ce929d0e0e4736:00f067aa0ba902b7"_s);
    QCOMPARE(record.tokens, counts(1532, 0, 17920, 281, 0));
    QCOMPARE(record.tokens.total(), qint64(19452 + 281));
    QCOMPARE(record.model, u"claude-sonnet-4.5"_s); // as reported; the price table maps it
    QCOMPARE(record.provider, u"github-copilot"_s);
    QCOMPARE(record.session, u"c0ffee00-1111-4222-8333-444455556666"_s);
    QCOMPARE(record.startMs, qint64(1777973460133));
    QCOMPARE(record.endMs, record.startMs);
    QCOMPARE(record.costKind, CostKind::Unpriced);
}

void tst_CopilotReader::unfinishedLineWaitsForTheNextPass()
{
    CopilotReader reader;
    const QByteArray data = readFile(fixturePath);
    const qsizetype firstLineEnd = data.indexOf('\n') + 1;
    const qsizetype cut = data.indexOf("gen_ai.usage.output_tokens"); // inside the chat span

    const FileParseResult first = reader.parse(fixturePath, data.left(cut), 0, {});
    QCOMPARE(first.consumedBytes, firstLineEnd);
    QCOMPARE(first.malformedLines, 0);
    QVERIFY(first.usage.isEmpty());

    const FileParseResult second
        = reader.parse(fixturePath, QByteArrayView(data).sliced(first.consumedBytes),
                       first.consumedBytes, first.state);
    QCOMPARE(second.malformedLines, 0);
    QCOMPARE(second.consumedBytes, data.size() - first.consumedBytes);
    QCOMPARE(second.usage.size(), 1);
    QCOMPARE(second.usage.at(0).record.tokens.input, qint64(1532));

    // Without its newline even a complete line waits: the writer may not be done with it.
    const QByteArray chatLine = chatSpan(R"("gen_ai.usage.input_tokens":10)");
    const FileParseResult unterminated = reader.parse(fixturePath, chatLine.chopped(1), 0, {});
    QCOMPARE(unterminated.consumedBytes, 0);
    QVERIFY(unterminated.usage.isEmpty());
}

void tst_CopilotReader::cacheAndReasoningSemantics_data()
{
    QTest::addColumn<QByteArray>("usage");
    QTest::addColumn<TokenCounts>("expected");

    QTest::newRow("cache read inside input")
        << R"("gen_ai.usage.input_tokens":19452,"gen_ai.usage.output_tokens":281,)"
           R"("gen_ai.usage.cache_read.input_tokens":17920)"_ba
        << counts(1532, 0, 17920, 281, 0);
    QTest::newRow("cache read and write inside input")
        << R"("gen_ai.usage.input_tokens":1000,"gen_ai.usage.output_tokens":50,)"
           R"("gen_ai.usage.cache_read.input_tokens":200,"gen_ai.usage.cache_write.input_tokens":300)"_ba
        << counts(500, 300, 200, 50, 0);
    QTest::newRow("input too small to hold the writes")
        << R"("gen_ai.usage.input_tokens":100,"gen_ai.usage.output_tokens":5,)"
           R"("gen_ai.usage.cache_read.input_tokens":50,"gen_ai.usage.cache_write.input_tokens":300)"_ba
        << counts(50, 300, 50, 5, 0);
    QTest::newRow("older cache_creation name")
        << R"("gen_ai.usage.input_tokens":1000,"gen_ai.usage.output_tokens":50,)"
           R"("gen_ai.usage.cache_creation.input_tokens":300)"_ba
        << counts(700, 300, 0, 50, 0);
    QTest::newRow("reasoning inside output")
        << R"("gen_ai.usage.input_tokens":1000,"gen_ai.usage.output_tokens":200,)"
           R"("gen_ai.usage.reasoning.output_tokens":120)"_ba
        << counts(1000, 0, 0, 200, 120);
    QTest::newRow("total shows reasoning on top")
        << R"("gen_ai.usage.input_tokens":1000,"gen_ai.usage.output_tokens":200,)"
           R"("gen_ai.usage.reasoning.output_tokens":120,"gen_ai.usage.total_tokens":1320)"_ba
        << counts(1000, 0, 0, 320, 120);
    QTest::newRow("numbers as strings and floats")
        << R"("gen_ai.usage.input_tokens":"1000","gen_ai.usage.output_tokens":20.0)"_ba
        << counts(1000, 0, 0, 20, 0);
}

void tst_CopilotReader::cacheAndReasoningSemantics()
{
    QFETCH(QByteArray, usage);
    QFETCH(TokenCounts, expected);
    const FileParseResult result = CopilotReader().parse(fixturePath, chatSpan(usage), 0, {});
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.usage.size(), 1);
    QCOMPARE(result.usage.at(0).record.tokens, expected);
}

void tst_CopilotReader::chatSpanFoundByNameWithFallbacks()
{
    // No operation name, no model attribute, no conversation id; CRLF line ending; keys in
    // another order.
    const QByteArray line
        = R"({"attributes":{"gen_ai.usage.input_tokens":40,"gen_ai.usage.output_tokens":2,)"
          R"("github.copilot.interaction_id":"turn-7"},"name":"chat gpt-5.1-codex",)"
          R"("spanId":"0a","traceId":"0b","startTime":[1777973460,0],"type":"span"})"
          "\r\n"_ba;
    const FileParseResult result = CopilotReader().parse(fixturePath, line, 0, {});
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.usage.size(), 1);
    const UsageRecord &record = result.usage.at(0).record;
    QCOMPARE(record.externalKey, u"copilot:0b:0a"_s);
    QCOMPARE(record.model, u"gpt-5.1-codex"_s);
    QCOMPARE(record.session, u"turn-7"_s);
    QCOMPARE(record.startMs, qint64(1777973460000));
}

void tst_CopilotReader::agentAndToolSpansAreIgnored()
{
    QByteArray data = readFile(fixturePath);
    const qsizetype chatStart = data.indexOf('\n') + 1;
    data.remove(chatStart, data.indexOf('\n', chatStart) + 1 - chatStart);
    // invoke_agent repeats the chat totals; a span named "chat ..." with another operation is
    // not a chat either.
    data
        += R"({"type":"span","traceId":"t","spanId":"s","name":"chat summary","startTime":[1777973460,0],)"
           R"("attributes":{"gen_ai.operation.name":"invoke_agent","gen_ai.usage.input_tokens":5}})"
           "\n";
    const FileParseResult result = CopilotReader().parse(fixturePath, data, 0, {});
    QCOMPARE(result.malformedLines, 0);
    QVERIFY(result.usage.isEmpty());
    QCOMPARE(result.consumedBytes, data.size());
}

void tst_CopilotReader::malformedLinesAreCounted_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("usage");

    const QByteArray good = chatSpan(R"("gen_ai.usage.input_tokens":10)");
    QTest::newRow("empty") << QByteArray() << 0 << 0;
    QTest::newRow("blank lines") << "\n\r\n  \n"_ba << 0 << 0;
    QTest::newRow("garbage without usage") << "not json at all\n"_ba << 0 << 0;
    QTest::newRow("garbage with usage") << "oops \"gen_ai.usage.input_tokens\": 3\n"_ba << 1 << 0;
    QTest::newRow("truncated chat span then a good one") << good.chopped(5) + '\n' + good << 1 << 1;
    QTest::newRow("two objects on one line") << good.chopped(1) + good << 1 << 0;
    QTest::newRow("broken attribute value")
        << chatSpan(R"("gen_ai.usage.input_tokens":1x2)") << 1 << 0;
    QTest::newRow("no span ids") << R"({"type":"span","name":"chat m","startTime":[1777973460,0],)"
                                    R"("attributes":{"gen_ai.usage.input_tokens":3}})"
                                    "\n"_ba
                                 << 1 << 0;
    QTest::newRow("no time") << R"({"type":"span","traceId":"t","spanId":"s","name":"chat m",)"
                                R"("attributes":{"gen_ai.usage.input_tokens":3}})"
                                "\n"_ba
                             << 1 << 0;
    QTest::newRow("zero usage is no usage")
        << chatSpan(R"("gen_ai.usage.input_tokens":0,"gen_ai.usage.output_tokens":0)") << 0 << 0;
}

void tst_CopilotReader::malformedLinesAreCounted()
{
    QFETCH(QByteArray, data);
    QFETCH(int, malformed);
    QFETCH(int, usage);
    const FileParseResult result = CopilotReader().parse(fixturePath, data, 0, {});
    QCOMPARE(result.malformedLines, malformed);
    QCOMPARE(result.usage.size(), usage);
}

void tst_CopilotReader::damagedInputNeverCrashes()
{
    CopilotReader reader;
    const QByteArray data = readFile(fixturePath);
    const qsizetype chatStart = data.indexOf('\n') + 1;
    const QByteArray chatLine = data.mid(chatStart, data.indexOf('\n', chatStart) - chatStart);
    // Every cut of the chat span, as a line of its own: never usage, malformed once it shows usage.
    for (qsizetype length = 0; length < chatLine.size(); ++length) {
        const QByteArray cut = chatLine.left(length) + '\n';
        const FileParseResult result = reader.parse(fixturePath, cut, 0, {});
        QVERIFY2(result.usage.isEmpty(), cut.constData());
        QCOMPARE(result.malformedLines, cut.contains("\"gen_ai.usage.") ? 1 : 0);
    }
    QRandomGenerator random(1777973460);
    for (int round = 0; round < 1000; ++round) {
        QByteArray damaged = data;
        for (int flip = 0; flip < 3; ++flip)
            damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
        const FileParseResult result = reader.parse(fixturePath, damaged, 0, {});
        QVERIFY(result.usage.size() <= 1);
        QVERIFY(result.consumedBytes <= damaged.size());
    }
    QByteArray noise(64 * 1024, '\0');
    for (char &byte : noise)
        byte = char(random.bounded(256));
    const FileParseResult result = reader.parse(fixturePath, noise, 0, {});
    QVERIFY(result.usage.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CopilotReader)
#include "tst_copilotreader.moc"
