#include "pricing/pricetable.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString testData(const QString &relativePath)
{
    return QStringLiteral(BURNRATE_TEST_DATA_DIR) + u'/' + relativePath;
}

// A table of the given keys; "key=3" gives the key an input price of $3/M, otherwise every key has
// a price of its own ($1/M, $2/M, ...) so that a wrong match shows.
PriceTable tableOf(const QStringList &keys)
{
    QJsonObject root;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const qsizetype equals = keys[i].indexOf(u'=');
        const QString key = equals < 0 ? keys[i] : keys[i].first(equals);
        const double dollarsPerMillion
            = equals < 0 ? double(i + 1) : keys[i].sliced(equals + 1).toDouble();
        root.insert(key,
                    QJsonObject {{u"input_cost_per_token"_s, dollarsPerMillion / 1e6},
                                 {u"output_cost_per_token"_s, 5 * dollarsPerMillion / 1e6},
                                 {u"litellm_provider"_s, u"test"_s}});
    }
    Result<PriceTable> table = PriceTable::fromLiteLlmJson(QJsonDocument(root).toJson());
    return table ? std::move(table).value() : PriceTable();
}

} // namespace

class tst_PriceTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parsesShippedTable();
    void shippedPrices_data();
    void shippedPrices();
    void parsesSharedFixture();
    void skipsEntriesThatAreNoModelPrices();
    void convertsPerTokenDollarsExactly_data();
    void convertsPerTokenDollarsExactly();
    void rejectsBadInput_data();
    void rejectsBadInput();

    void findsModel_data();
    void findsModel();
    void nearMissFindsNothing_data();
    void nearMissFindsNothing();
    void findsInSmallTable_data();
    void findsInSmallTable();
    void findsProviderSpecificKeys_data();
    void findsProviderSpecificKeys();

    void copiesAndThreadsShareOneTable();

private:
    PriceTable m_shipped;
    PriceTable m_shapes;
};

void tst_PriceTable::initTestCase()
{
    Result<PriceTable> shipped
        = PriceTable::fromLiteLlmJson(readFile(QStringLiteral(BURNRATE_DEFAULT_PRICES)));
    QVERIFY2(shipped, qPrintable(shipped ? QString() : shipped.error().detail));
    m_shipped = std::move(shipped).value();

    Result<PriceTable> shapes
        = PriceTable::fromLiteLlmJson(readFile(testData(u"pricing/litellm_shapes.json"_s)));
    QVERIFY2(shapes, qPrintable(shapes ? QString() : shapes.error().detail));
    m_shapes = std::move(shapes).value();
}

void tst_PriceTable::parsesShippedTable()
{
    QCOMPARE(m_shipped.size(), 35);
    const QList<ModelPrice> entries = m_shipped.entries();
    QCOMPARE(entries.size(), 35);
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY2(entries[i - 1].key < entries[i].key, qPrintable(entries[i].key));
    QVERIFY(!m_shipped.find(u"last_updated"_s));
    for (const ModelPrice &price : entries) {
        QVERIFY2(price.input > 0 && price.output > price.input, qPrintable(price.key));
        QVERIFY2(!price.provider.isEmpty(), qPrintable(price.key));
    }
}

void tst_PriceTable::shippedPrices_data()
{
    // Micro-dollars per million tokens, from local-logs.md §5.3; -1 for "not in the table".
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<qint64>("cacheWrite5m");
    QTest::addColumn<qint64>("cacheWrite1h");
    QTest::addColumn<qint64>("cacheRead");
    QTest::addColumn<qint64>("tierThreshold");
    QTest::addColumn<qint64>("tierInput");
    QTest::addColumn<qint64>("tierOutput");
    QTest::addColumn<qint64>("tierCacheRead");
    QTest::addColumn<double>("fast");
    QTest::addColumn<qint64>("maxInput");

    const auto row
        = [](const char *key, const char *provider, qint64 input, qint64 output, qint64 write5m,
             qint64 write1h, qint64 read, qint64 threshold, qint64 tierInput, qint64 tierOutput,
             qint64 tierRead, double fast, qint64 maxInput) {
              QTest::newRow(key) << QString::fromLatin1(key) << QString::fromLatin1(provider)
                                 << input << output << write5m << write1h << read << threshold
                                 << tierInput << tierOutput << tierRead << fast << maxInput;
          };
    row("claude-opus-4-8", "anthropic", 5'000'000, 25'000'000, 6'250'000, 10'000'000, 500'000, 0, 0,
        -1, -1, 2.0, 1'000'000);
    row("claude-opus-4-7-20260416", "anthropic", 5'000'000, 25'000'000, 6'250'000, 10'000'000,
        500'000, 0, 0, -1, -1, 6.0, 1'000'000);
    row("claude-opus-4-1", "anthropic", 15'000'000, 75'000'000, 18'750'000, 30'000'000, 1'500'000,
        0, 0, -1, -1, 1.0, 200'000);
    row("claude-sonnet-4-5", "anthropic", 3'000'000, 15'000'000, 3'750'000, 6'000'000, 300'000,
        200'000, 6'000'000, 22'500'000, 600'000, 1.0, 200'000);
    row("claude-sonnet-4-20250514", "anthropic", 3'000'000, 15'000'000, 3'750'000, 6'000'000,
        300'000, 200'000, 6'000'000, 22'500'000, 600'000, 1.0, 1'000'000);
    row("claude-haiku-4-5-20251001", "anthropic", 1'000'000, 5'000'000, 1'250'000, 2'000'000,
        100'000, 0, 0, -1, -1, 1.0, 200'000);
    row("claude-sonnet-5", "anthropic", 2'000'000, 10'000'000, 2'500'000, 4'000'000, 200'000, 0, 0,
        -1, -1, 1.0, 0);
    row("gpt-5", "openai", 1'250'000, 10'000'000, -1, -1, 125'000, 0, 0, -1, -1, 1.0, 272'000);
    row("gpt-5-nano", "openai", 50'000, 400'000, -1, -1, 5'000, 0, 0, -1, -1, 1.0, 272'000);
    row("gpt-5.4", "openai", 2'500'000, 15'000'000, -1, -1, 250'000, 272'000, 5'000'000, 22'500'000,
        500'000, 1.0, 1'050'000);
    row("gpt-5.5-2026-04-23", "openai", 5'000'000, 30'000'000, -1, -1, 500'000, 272'000, 10'000'000,
        45'000'000, 1'000'000, 1.0, 1'050'000);
    row("o4-mini", "openai", 1'100'000, 4'400'000, -1, -1, 275'000, 0, 0, -1, -1, 1.0, 200'000);
    row("gemini-2.5-pro", "vertex_ai-language-models", 1'250'000, 10'000'000, -1, -1, 125'000,
        200'000, 2'500'000, 15'000'000, 250'000, 1.0, 1'048'576);
    row("gemini/gemini-2.5-pro", "gemini", 1'250'000, 10'000'000, -1, -1, 125'000, 200'000,
        2'500'000, 15'000'000, 250'000, 1.0, 1'048'576);
    row("gemini-3.1-pro-preview", "vertex_ai-language-models", 2'000'000, 12'000'000, -1, -1,
        200'000, 200'000, 4'000'000, 18'000'000, 400'000, 1.0, 1'048'576);
}

void tst_PriceTable::shippedPrices()
{
    QFETCH(QString, key);
    const std::optional<ModelPrice> price = m_shipped.find(key);
    QVERIFY(price);
    const auto orMinusOne = [](std::optional<qint64> rate) {
        return rate.value_or(-1);
    };
    QCOMPARE(price->key, key);
    QTEST(price->provider, "provider");
    QTEST(price->input, "input");
    QTEST(price->output, "output");
    QTEST(orMinusOne(price->cacheWrite5m), "cacheWrite5m");
    QTEST(orMinusOne(price->cacheWrite1h), "cacheWrite1h");
    QTEST(orMinusOne(price->cacheRead), "cacheRead");
    QTEST(price->tierThresholdTokens, "tierThreshold");
    QTEST(price->tierInput, "tierInput");
    QTEST(orMinusOne(price->tierOutput), "tierOutput");
    QTEST(orMinusOne(price->tierCacheRead), "tierCacheRead");
    QTEST(price->fastMultiplier, "fast");
    QTEST(price->maxInputTokens, "maxInput");
}

void tst_PriceTable::parsesSharedFixture()
{
    Result<PriceTable> table
        = PriceTable::fromLiteLlmJson(readFile(testData(u"pricing/prices_sample.json"_s)));
    QVERIFY(table);
    QCOMPARE(table->size(), 25);
    // Every fixture model is in the shipped table with the same prices.
    for (const ModelPrice &price : table->entries())
        QCOMPARE(m_shipped.find(price.key), price);
}

void tst_PriceTable::skipsEntriesThatAreNoModelPrices()
{
    QCOMPARE(m_shapes.size(), 8);
    QStringList keys;
    for (const ModelPrice &price : m_shapes.entries())
        keys.append(price.key);
    for (const QString &skipped :
         {u"sample_spec"_s, u"last_updated"_s, u"github_copilot/gpt-5"_s, u"1024-x-1024/dall-e-2"_s,
          u"test-embedding-only-input"_s, u"test-price-as-text"_s, u"test-not-an-object"_s}) {
        QVERIFY2(!keys.contains(skipped), qPrintable(skipped));
    }
    // A skipped subscription entry's name still finds the model's API price.
    QCOMPARE(m_shapes.find(u"github_copilot/gpt-5"_s)->key, u"azure/gpt-5"_s);

    // Zero is a price (a local model), not a missing one.
    const std::optional<ModelPrice> local = m_shapes.find(u"test-free-local"_s);
    QVERIFY(local);
    QCOMPARE(local->input, 0);
    QCOMPARE(local->output, 0);

    const std::optional<ModelPrice> zeroWrite = m_shapes.find(u"test-explicit-zero-cache-write"_s);
    QVERIFY(zeroWrite);
    QCOMPARE(zeroWrite->cacheWrite5m, std::optional<qint64>(0));
    QVERIFY(!zeroWrite->cacheWrite1h);
    QCOMPARE(zeroWrite->maxInputTokens, 65'536); // given as text

    const std::optional<ModelPrice> tiered = m_shapes.find(u"test-tier-128k"_s);
    QVERIFY(tiered);
    QCOMPARE(tiered->tierThresholdTokens, 128'000);
    QCOMPARE(tiered->tierInput, 2'500'000);
    QCOMPARE(tiered->tierOutput, std::optional<qint64>(10'000'000));
    QVERIFY(!tiered->tierCacheRead);
}

void tst_PriceTable::convertsPerTokenDollarsExactly_data()
{
    QTest::addColumn<QByteArray>("dollarsPerToken");
    QTest::addColumn<qint64>("microsPerMillion");
    QTest::newRow("$3/M") << "3e-06"_ba << qint64(3'000'000);
    QTest::newRow("$0.005/M") << "5e-09"_ba << qint64(5'000);
    QTest::newRow("$18.75/M") << "1.875e-05"_ba << qint64(18'750'000);
    QTest::newRow("$0.275/M") << "2.75e-07"_ba << qint64(275'000);
    QTest::newRow("$2.1875/M") << "2.1875e-06"_ba << qint64(2'187'500);
    QTest::newRow("$0.546875/M") << "5.46875e-07"_ba << qint64(546'875);
    QTest::newRow("plain decimal") << "0.0000011"_ba << qint64(1'100'000);
    QTest::newRow("integer zero") << "0"_ba << qint64(0);
}

void tst_PriceTable::convertsPerTokenDollarsExactly()
{
    QFETCH(QByteArray, dollarsPerToken);
    const QByteArray json = R"({"m": {"input_cost_per_token": )"_ba + dollarsPerToken
        + R"(, "output_cost_per_token": )"_ba + dollarsPerToken + "}}"_ba;
    Result<PriceTable> table = PriceTable::fromLiteLlmJson(json);
    QVERIFY(table);
    QTEST(table->find(u"m"_s)->input, "microsPerMillion");
    QTEST(table->find(u"m"_s)->output, "microsPerMillion");
}

void tst_PriceTable::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty") << QByteArray() << u"not JSON: "_s;
    QTest::newRow("truncated") << R"({"gpt-5": {"input_cost_per_token": 1e-06)"_ba
                               << u"not JSON: "_s;
    QTest::newRow("garbage") << "<html>rate limited</html>"_ba << u"illegal value at offset"_s;
    QTest::newRow("array") << "[{\"input_cost_per_token\": 1e-06}]"_ba
                           << u"top level is not a JSON object"_s;
    QTest::newRow("empty object") << "{}"_ba << u"none of 0 keys"_s;
    QTest::newRow("only non-models")
        << R"({"sample_spec": {"input_cost_per_token": 0.0, "output_cost_per_token": 0.0},
               "last_updated": "2026-07-24", "github_copilot/gpt-5": {"mode": "chat"}})"_ba
        << u"none of 3 keys"_s;
}

void tst_PriceTable::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detail);
    const Result<PriceTable> table = PriceTable::fromLiteLlmJson(json);
    QVERIFY(!table);
    QCOMPARE(table.error().code, ErrorCode::InvalidInput);
    QVERIFY2(table.error().detail.contains(detail), qPrintable(table.error().detail));
}

void tst_PriceTable::findsModel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("key");
    const auto row = [](const char *model, const char *key) {
        QTest::newRow(model) << QString::fromLatin1(model) << QString::fromLatin1(key);
    };
    row("claude-sonnet-4-5", "claude-sonnet-4-5");
    row("claude-sonnet-4-5-20250929", "claude-sonnet-4-5-20250929");
    row("Claude-Sonnet-4-5", "claude-sonnet-4-5");
    row("  claude-sonnet-4-5 ", "claude-sonnet-4-5");
    row("anthropic/claude-sonnet-4-5", "claude-sonnet-4-5");
    row("anthropic/claude-sonnet-4-5-20250929", "claude-sonnet-4-5-20250929");
    row("claude-opus-4-1-20250805", "claude-opus-4-1"); // date not in the table
    row("claude-sonnet-4", "claude-sonnet-4-20250514"); // only the dated key exists
    row("claude-sonnet-4.5", "claude-sonnet-4-5");
    row("claude-sonnet-4.5-20250929", "claude-sonnet-4-5-20250929");
    row("openrouter/anthropic/claude-sonnet-4.5", "claude-sonnet-4-5");
    row("claude-sonnet-4-5@20250929", "claude-sonnet-4-5-20250929");
    row("vertex_ai/claude-opus-4-1@20250805", "claude-opus-4-1");
    row("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-4-5-20250929");
    row("global.anthropic.claude-opus-4-5-20251101-v1:0", "claude-opus-4-5-20251101");
    row("bedrock/anthropic.claude-haiku-4-5-20251001-v1:0", "claude-haiku-4-5-20251001");
    row("claude-opus-4-6-fast", "claude-opus-4-6");
    row("claude-sonnet-4-5-20250929-thinking", "claude-sonnet-4-5-20250929");
    row("claude-sonnet-5", "claude-sonnet-5");
    row("gpt-5", "gpt-5");
    row("gpt-5-2025-08-07", "gpt-5-2025-08-07");
    row("gpt-5.4-2026-09-01", "gpt-5.4"); // unknown snapshot of a known model
    row("openai/gpt-5.4-2026-03-05", "gpt-5.4-2026-03-05");
    row("GPT-5.3-Codex", "gpt-5.3-codex");
    row("gpt-5-2", "gpt-5.2"); // separator swap, only as a fallback
    row("gpt-4-1", "gpt-4.1");
    row("azure/gpt-4.1-mini", "gpt-4.1-mini");
    row("o4-mini", "o4-mini");
    row("gemini-2.5-pro", "gemini-2.5-pro"); // the unprefixed key beats gemini/
    row("gemini/gemini-2.5-pro", "gemini/gemini-2.5-pro");
    row("google/gemini-2.5-flash", "gemini-2.5-flash");
    row("models/gemini-2.5-flash", "gemini-2.5-flash");
    row("vertex_ai/gemini-2.5-pro", "gemini-2.5-pro");
    row("gemini-2-5-pro", "gemini-2.5-pro");
}

void tst_PriceTable::findsModel()
{
    QFETCH(QString, model);
    const std::optional<ModelPrice> price = m_shipped.find(model);
    QVERIFY2(price, qPrintable(model));
    QTEST(price->key, "key");
}

void tst_PriceTable::nearMissFindsNothing_data()
{
    QTest::addColumn<QString>("model");
    for (const char *model : {"claude-opus-4",
                              "claude-haiku-4",
                              "claude-sonnet-4-7",
                              "claude-sonnet",
                              "claude",
                              "claude-sonnet-4-5-v2",
                              "gpt-5-mini-xyz",
                              "gpt-5-codex-mini",
                              "gpt-5.1",
                              "gpt-5.6",
                              "gpt-4",
                              "gemini-2.5",
                              "gemini-2.5-flash-lite",
                              "deepseek-v4",
                              "totally-unknown",
                              "<synthetic>",
                              "",
                              "   ",
                              "-fast",
                              "anthropic/",
                              "20250929"}) {
        QTest::newRow(*model ? model : "(empty)") << QString::fromLatin1(model);
    }
}

void tst_PriceTable::nearMissFindsNothing()
{
    QFETCH(QString, model);
    const std::optional<ModelPrice> price = m_shipped.find(model);
    QVERIFY2(!price, qPrintable(price ? price->key : QString()));
}

void tst_PriceTable::findsInSmallTable_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("key"); // empty: nothing

    const QStringList sonnet45 = {u"claude-sonnet-4-5"_s};
    QTest::newRow("4 is not 4-5") << sonnet45 << u"claude-sonnet-4"_s << QString();
    QTest::newRow("dated 4 is not 4-5") << sonnet45 << u"claude-sonnet-4-20250514"_s << QString();
    QTest::newRow("gpt-5 is not gpt-5-mini")
        << QStringList {u"gpt-5-mini"_s} << u"gpt-5"_s << QString();
    QTest::newRow("dated gpt-5 is not gpt-5.2")
        << QStringList {u"gpt-5"_s, u"gpt-5.2"_s} << u"gpt-5-2025-08-07"_s << u"gpt-5"_s;
    QTest::newRow("exact dash key beats the swap")
        << QStringList {u"gpt-5-2"_s, u"gpt-5.2"_s} << u"gpt-5-2"_s << u"gpt-5-2"_s;
    QTest::newRow("exact dot key beats the swap")
        << QStringList {u"gpt-5-2"_s, u"gpt-5.2"_s} << u"gpt-5.2"_s << u"gpt-5.2"_s;
    QTest::newRow("dated keys that disagree")
        << QStringList {u"foo-2024-05-13=5"_s, u"foo-2024-08-06=2.5"_s} << u"foo"_s << QString();
    QTest::newRow("dated keys that agree")
        << QStringList {u"foo-20240513=3"_s, u"foo-20241022=3"_s} << u"foo"_s << u"foo-20240513"_s;
    QTest::newRow("maker's prefix beats a reseller")
        << QStringList {u"azure/foo"_s, u"openai/foo"_s} << u"foo"_s << u"openai/foo"_s;
    QTest::newRow("resellers that disagree")
        << QStringList {u"azure/foo"_s, u"openrouter/x/foo"_s} << u"foo"_s << QString();
    QTest::newRow("mode suffix only on queries")
        << QStringList {u"grok-4-fast"_s} << u"grok-4"_s << QString();
    QTest::newRow("model version is no bedrock revision")
        << QStringList {u"deepseek-v3"_s} << u"deepseek"_s << QString();
    QTest::newRow("vertex revision")
        << QStringList {u"gemini-1.5-pro"_s} << u"gemini-1.5-pro@002"_s << u"gemini-1.5-pro"_s;
}

void tst_PriceTable::findsInSmallTable()
{
    QFETCH(QStringList, keys);
    QFETCH(QString, model);
    QFETCH(QString, key);
    const PriceTable table = tableOf(keys);
    QVERIFY(!table.isEmpty());
    const std::optional<ModelPrice> price = table.find(model);
    QCOMPARE(price ? price->key : QString(), key);
}

void tst_PriceTable::findsProviderSpecificKeys_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("key");
    QTest::newRow("bedrock, exact") << u"us.anthropic.claude-sonnet-4-5-20250929-v1:0"_s
                                    << u"us.anthropic.claude-sonnet-4-5-20250929-v1:0"_s;
    QTest::newRow("bedrock, case") << u"US.Anthropic.Claude-Sonnet-4-5-20250929-V1:0"_s
                                   << u"us.anthropic.claude-sonnet-4-5-20250929-v1:0"_s;
    QTest::newRow("vertex, exact")
        << u"vertex_ai/claude-sonnet-4-5@20250929"_s << u"vertex_ai/claude-sonnet-4-5@20250929"_s;
    QTest::newRow("vertex name without prefix")
        << u"claude-sonnet-4-5@20250929"_s << u"vertex_ai/claude-sonnet-4-5@20250929"_s;
    QTest::newRow("openrouter, exact") << u"openrouter/anthropic/claude-sonnet-4.5"_s
                                       << u"openrouter/anthropic/claude-sonnet-4.5"_s;
    QTest::newRow("vertex beats bedrock")
        << u"claude-sonnet-4-5-20250929"_s << u"vertex_ai/claude-sonnet-4-5@20250929"_s;
    QTest::newRow("azure, exact") << u"azure/gpt-5"_s << u"azure/gpt-5"_s;
    QTest::newRow("reseller key for a bare name") << u"gpt-5"_s << u"azure/gpt-5"_s;
}

void tst_PriceTable::findsProviderSpecificKeys()
{
    QFETCH(QString, model);
    const std::optional<ModelPrice> price = m_shapes.find(model);
    QVERIFY2(price, qPrintable(model));
    QTEST(price->key, "key");
}

void tst_PriceTable::copiesAndThreadsShareOneTable()
{
    const QStringList models = {u"claude-sonnet-4-5-20250929"_s, u"Claude-Opus-4.6-fast"_s,
                                u"us.anthropic.claude-haiku-4-5-20251001-v1:0"_s,
                                u"gpt-5-2025-08-07"_s, u"unknown-model"_s};
    QList<std::optional<ModelPrice>> expected;
    for (const QString &model : models)
        expected.append(m_shipped.find(model));

    PriceTable copy = m_shipped;
    m_shipped = PriceTable(); // the copy must not depend on the original
    std::vector<std::thread> threads;
    std::atomic<int> mismatches = 0;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int round = 0; round < 2000; ++round) {
                for (qsizetype i = 0; i < models.size(); ++i) {
                    if (copy.find(models[i]) != expected[i])
                        ++mismatches;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
    QVERIFY(!m_shipped.find(u"claude-sonnet-4-5"_s));
    m_shipped = copy;
}

QTEST_GUILESS_MAIN(tst_PriceTable)
#include "tst_pricetable.moc"
