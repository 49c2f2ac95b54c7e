#include "costcalculator.h"

#include "core/money.h"

#include <algorithm>
#include <cmath>

namespace CostCalculator {

namespace {

constexpr qint64 tokensPerMillion = 1'000'000;

struct Rates
{
    qint64 input = 0;
    qint64 output = 0;
    qint64 cacheWrite5m = 0;
    qint64 cacheWrite1h = 0;
    qint64 cacheRead = 0;
};

bool isAnthropicModel(const ModelPrice &price)
{
    // Claude is also sold through Bedrock, Vertex and OpenRouter, under other provider names.
    return price.provider.contains(u"anthropic") || price.key.contains(u"claude");
}

Rates effectiveRates(const ModelPrice &price, bool isLongContext)
{
    const bool isAnthropic = isAnthropicModel(price);
    Rates rates;
    rates.input = isLongContext ? price.tierInput : price.input;
    rates.output = isLongContext ? price.tierOutput.value_or(price.output) : price.output;
    rates.cacheWrite5m = (isLongContext ? price.tierCacheWrite5m : price.cacheWrite5m)
                             .value_or(isAnthropic ? rates.input * 5 / 4 : rates.input);
    rates.cacheWrite1h = (isLongContext ? price.tierCacheWrite1h : price.cacheWrite1h)
                             .value_or(isAnthropic ? rates.input * 2 : rates.cacheWrite5m);
    rates.cacheRead = (isLongContext ? price.tierCacheRead : price.cacheRead).value_or(rates.input);
    return rates;
}

// An exact amount as whole micro-dollars plus millionths of one, so that tokens × rate never
// overflows, not even for sums of billions of tokens, and rounding happens once at the end.
struct ExactAmount
{
    qint64 micros = 0;
    qint64 millionths = 0;

    void add(qint64 tokens, qint64 ratePerMillion)
    {
        micros += tokens / tokensPerMillion * ratePerMillion;
        millionths += tokens % tokensPerMillion * ratePerMillion;
        micros += millionths / tokensPerMillion;
        millionths %= tokensPerMillion;
    }
    // Both parts with one sign, so that rounding the fraction rounds the whole.
    void alignSigns()
    {
        if (micros > 0 && millionths < 0) {
            --micros;
            millionths += tokensPerMillion;
        } else if (micros < 0 && millionths > 0) {
            ++micros;
            millionths -= tokensPerMillion;
        }
    }
};

} // namespace

qint64 costMicros(const ModelPrice &price, const TokenCounts &tokens, Speed speed, qint64 requests)
{
    const bool isLongContext = price.hasTier()
        && tokens.prompt() > price.tierThresholdTokens * std::max<qint64>(requests, 1);
    const Rates rates = effectiveRates(price, isLongContext);

    ExactAmount amount;
    amount.add(tokens.input, rates.input);
    amount.add(tokens.cacheWrite5m, rates.cacheWrite5m);
    amount.add(tokens.cacheWrite1h, rates.cacheWrite1h);
    amount.add(tokens.cacheRead, rates.cacheRead);
    amount.add(tokens.output, rates.output); // reasoning is part of output
    amount.alignSigns();

    const qint64 thousandths = std::llround(price.fastMultiplier * 1000);
    if (speed == Speed::Standard || thousandths == 1000)
        return amount.micros + Money::divideRounded(amount.millionths, tokensPerMillion);

    // × thousandths / 1000, still exact: whole micro-dollars × 1000 plus billionths of one.
    const qint64 scaledMicros = amount.micros * thousandths;
    const qint64 billionths
        = scaledMicros % 1000 * tokensPerMillion + amount.millionths * thousandths;
    return scaledMicros / 1000 + Money::divideRounded(billionths, 1000 * tokensPerMillion);
}

} // namespace CostCalculator
