#include "pricing/costcalculator.h"
#include "pricing/pricetable.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using CostCalculator::Speed;

namespace {

TokenCounts tokens(qint64 input, qint64 cacheWrite5m, qint64 cacheWrite1h, qint64 cacheRead,
                   qint64 output, qint64 reasoning = 0)
{
    TokenCounts counts;
    counts.input = input;
    counts.cacheWrite5m = cacheWrite5m;
    counts.cacheWrite1h = cacheWrite1h;
    counts.cacheRead = cacheRead;
    counts.output = output;
    counts.reasoning = reasoning;
    return counts;
}

ModelPrice price(const QString &provider, qint64 input, qint64 output)
{
    ModelPrice price;
    price.key = u"hand-made"_s;
    price.provider = provider;
    price.input = input;
    price.output = output;
    return price;
}

} // namespace

// Expected costs are worked out by hand: tokens × $/M is micro-dollars.
class tst_CostCalculator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void costMicros_data();
    void costMicros();
    void bucketsCompareTheAveragePromptWithTheTier_data();
    void bucketsCompareTheAveragePromptWithTheTier();

private:
    ModelPrice shipped(const QString &key) const;

    PriceTable m_table;
};

void tst_CostCalculator::initTestCase()
{
    QFile file(QStringLiteral(BURNRATE_DEFAULT_PRICES));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Result<PriceTable> table = PriceTable::fromLiteLlmJson(file.readAll());
    QVERIFY(table);
    m_table = std::move(table).value();
}

ModelPrice tst_CostCalculator::shipped(const QString &key) const
{
    const std::optional<ModelPrice> price = m_table.find(key);
    if (!price || price->key != key)
        qFatal("no price for %s in the shipped table", qPrintable(key));
    return *price;
}

void tst_CostCalculator::costMicros_data()
{
    QTest::addColumn<ModelPrice>("price");
    QTest::addColumn<TokenCounts>("tokens");
    QTest::addColumn<Speed>("speed");
    QTest::addColumn<qint64>("expected");

    const ModelPrice sonnet45 = shipped(u"claude-sonnet-4-5"_s);
    const ModelPrice opus46 = shipped(u"claude-opus-4-6"_s);
    const ModelPrice gpt5 = shipped(u"gpt-5"_s);
    const ModelPrice gpt54 = shipped(u"gpt-5.4"_s);
    const ModelPrice nano = shipped(u"gpt-5-nano"_s); // 0.05 / 0.4, cache read 0.005
    const auto row = [](const char *name, const ModelPrice &price, const TokenCounts &counts,
                        Speed speed, qint64 expected) {
        QTest::newRow(name) << price << counts << speed << expected;
    };

    row("zero tokens", sonnet45, {}, Speed::Standard, 0);
    row("zero tokens, fast", opus46, {}, Speed::Fast, 0);
    // 1000 × 3 + 500 × 15
    row("plain", sonnet45, tokens(1000, 0, 0, 0, 500), Speed::Standard, 10'500);
    row("cache write 5m", sonnet45, tokens(0, 100'000, 0, 0, 0), Speed::Standard, 375'000);
    row("cache write 1h", sonnet45, tokens(0, 0, 100'000, 0, 0), Speed::Standard, 600'000);
    // 10 × 3 + 10000 × 3.75 + 10000 × 6 + 100000 × 0.3 + 1000 × 15
    row("every bucket", sonnet45, tokens(10, 10'000, 10'000, 100'000, 1000), Speed::Standard,
        142'530);
    row("reasoning is inside output", gpt5, tokens(0, 0, 0, 0, 1000, 400), Speed::Standard, 10'000);

    // Claude Sonnet 4.5 above 200k prompt tokens: 6 / 22.5, cache 7.5 / 12 / 0.6.
    row("tier: prompt at threshold", sonnet45, tokens(200'000, 0, 0, 0, 1000), Speed::Standard,
        615'000);
    // 200001 × 6 + 1000 × 22.5: the whole request, output included
    row("tier: prompt above threshold", sonnet45, tokens(200'001, 0, 0, 0, 1000), Speed::Standard,
        1'222'506);
    // 1000 × 3 + 1 × 3.75 + 10 × 6 + 198989 × 0.3 + 2000 × 15 = 92760.45
    row("tier: cache counts, just below", sonnet45, tokens(1000, 1, 10, 198'989, 2000),
        Speed::Standard, 92'760);
    // 1000 × 6 + 1 × 7.5 + 10 × 12 + 198990 × 0.6 + 2000 × 22.5 = 170521.5
    row("tier: cache counts, just above", sonnet45, tokens(1000, 1, 10, 198'990, 2000),
        Speed::Standard, 170'522);
    // 100 × 3 + 300000 × 15
    row("tier: output does not count", sonnet45, tokens(100, 0, 0, 0, 300'000), Speed::Standard,
        4'500'300);
    // GPT-5.4 above 272k: 5 / 22.5, cache read 0.5. 172000 × 2.5 + 100000 × 0.25 + 1000 × 15
    row("gpt-5.4 at 272k", gpt54, tokens(172'000, 0, 0, 100'000, 1000), Speed::Standard, 470'000);
    // 172001 × 5 + 100000 × 0.5 + 1000 × 22.5
    row("gpt-5.4 above 272k", gpt54, tokens(172'001, 0, 0, 100'000, 1000), Speed::Standard,
        932'505);
    // 200001 × 2.5 + 100 × 15 = 501502.5
    row("gemini-2.5-pro above 200k", shipped(u"gemini-2.5-pro"_s), tokens(200'001, 0, 0, 0, 100),
        Speed::Standard, 501'503);

    // (1000 × 5 + 1000 × 25) × 6
    row("fast ×6", opus46, tokens(1000, 0, 0, 0, 1000), Speed::Fast, 180'000);
    row("standard ignores fast", opus46, tokens(1000, 0, 0, 0, 1000), Speed::Standard, 30'000);
    row("fast ×2", shipped(u"claude-opus-4-8"_s), tokens(1000, 0, 0, 0, 1000), Speed::Fast, 60'000);
    row("fast without a multiplier", shipped(u"gpt-5.5"_s), tokens(1000, 0, 0, 0, 1000),
        Speed::Fast, 35'000);
    ModelPrice fastTiered = price(u"anthropic"_s, 3'000'000, 15'000'000);
    fastTiered.tierThresholdTokens = 200'000;
    fastTiered.tierInput = 6'000'000;
    fastTiered.tierOutput = 22'500'000;
    fastTiered.fastMultiplier = 2.5;
    // (200001 × 6 + 1 × 22.5) × 2.5 = 3000071.25
    row("fast on top of the tier", fastTiered, tokens(200'001, 0, 0, 0, 1), Speed::Fast, 3'000'071);

    // Rounding happens once, half away from zero.
    row("half rounds up", nano, tokens(10, 0, 0, 0, 0), Speed::Standard, 1); // 0.5
    row("below half rounds down", nano, tokens(0, 0, 0, 99, 0), Speed::Standard, 0); // 0.495
    row("no rounding per bucket", nano, tokens(9, 0, 0, 0, 1), Speed::Standard, 1); // 0.45 + 0.4
    ModelPrice fastNano = nano;
    fastNano.fastMultiplier = 2.5;
    row("fast multiplies before rounding", fastNano, tokens(30, 0, 0, 0, 0), Speed::Fast,
        4); // 1.5 × 2.5 = 3.75
    row("fast half rounds up", fastNano, tokens(20, 0, 0, 0, 0), Speed::Fast, 3); // 2.5
    // 1234567890123 × 15 + 5e12 × 75: products beyond 64 bits if done naively
    row("huge sums stay exact", shipped(u"claude-opus-4-1"_s),
        tokens(1'234'567'890'123, 0, 0, 0, 5'000'000'000'000), Speed::Standard,
        393'518'518'351'845);
    row("huge sums stay exact, fast", opus46, tokens(0, 0, 0, 0, 1'000'000'000'000), Speed::Fast,
        150'000'000'000'000);

    // Rates the table leaves out.
    const ModelPrice bareClaude = price(u"anthropic"_s, 3'000'000, 15'000'000);
    row("anthropic: missing 5m write is 1.25 × input", bareClaude, tokens(0, 1000, 0, 0, 0),
        Speed::Standard, 3750);
    row("anthropic: missing 1h write is 2 × input", bareClaude, tokens(0, 0, 1000, 0, 0),
        Speed::Standard, 6000);
    row("missing cache read is input", bareClaude, tokens(0, 0, 0, 1000, 0), Speed::Standard, 3000);
    row("openai: cache writes at input", gpt5, tokens(0, 1000, 1000, 0, 0), Speed::Standard, 2500);
    ModelPrice explicit5m = price(u"deepseek"_s, 1'000'000, 2'000'000);
    explicit5m.cacheWrite5m = 1'500'000;
    row("others: missing 1h write is the 5m rate", explicit5m, tokens(0, 0, 1000, 0, 0),
        Speed::Standard, 1500);
    ModelPrice partialTier = price(u"gemini"_s, 1'000'000, 4'000'000);
    partialTier.cacheRead = 100'000;
    partialTier.tierThresholdTokens = 100;
    partialTier.tierInput = 2'000'000;
    // 101 × 2 + 10 × 4: no tier output rate, so the standard one
    row("tier without output rate", partialTier, tokens(101, 0, 0, 0, 10), Speed::Standard, 242);
    // 50 × 2 + 51 × 2: no tier cache-read rate, so the tier input rate
    row("tier without cache-read rate", partialTier, tokens(50, 0, 0, 51, 0), Speed::Standard, 202);
    // 50 × 1 + 50 × 0.1
    row("below that tier", partialTier, tokens(50, 0, 0, 50, 0), Speed::Standard, 55);
}

void tst_CostCalculator::costMicros()
{
    QFETCH(ModelPrice, price);
    QFETCH(TokenCounts, tokens);
    QFETCH(Speed, speed);
    QTEST(CostCalculator::costMicros(price, tokens, speed), "expected");
}

void tst_CostCalculator::bucketsCompareTheAveragePromptWithTheTier_data()
{
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<qint64>("expected");
    // A provider bucket: 10 requests with 1,000,000 input tokens in all. 100k each stays below
    // Sonnet 4.5's 200k tier: 1,000,000 × $3/M.
    QTest::newRow("ten requests, 100k each") << qint64(10) << qint64(3'000'000);
    // Four requests of 250k each are all long-context requests: 1,000,000 × $6/M.
    QTest::newRow("four requests, 250k each") << qint64(4) << qint64(6'000'000);
    // Exactly 200k per request is not above the threshold.
    QTest::newRow("five requests, 200k each") << qint64(5) << qint64(3'000'000);
}

void tst_CostCalculator::bucketsCompareTheAveragePromptWithTheTier()
{
    QFETCH(qint64, requests);
    TokenCounts tokens;
    tokens.input = 1'000'000;
    QTEST(CostCalculator::costMicros(shipped(u"claude-sonnet-4-5"_s), tokens, Speed::Standard,
                                     requests),
          "expected");
}

QTEST_GUILESS_MAIN(tst_CostCalculator)
#include "tst_costcalculator.moc"
