#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// The prices of one model. Rates are integer micro-dollars per million tokens, which is the same
// as pico-dollars per token: $3/M is 3'000'000 and $0.005/M is 5'000. Integers keep sums exact.
// An empty optional means the price table does not name that rate; CostCalculator says what it
// charges then.
struct ModelPrice
{
    QString key; // the price table's own key, e.g. "claude-sonnet-4-5-20250929"
    QString provider; // LiteLLM's litellm_provider, e.g. "anthropic", "vertex_ai-language-models"

    qint64 input = 0; // uncached input
    qint64 output = 0; // output, reasoning included
    std::optional<qint64> cacheWrite5m;
    std::optional<qint64> cacheWrite1h;
    std::optional<qint64> cacheRead;

    // Long-context tier: once a request's prompt exceeds the threshold, the provider bills the
    // whole request at these rates. 0 means the model has no tier.
    qint64 tierThresholdTokens = 0;
    qint64 tierInput = 0;
    std::optional<qint64> tierOutput;
    std::optional<qint64> tierCacheWrite5m;
    std::optional<qint64> tierCacheWrite1h;
    std::optional<qint64> tierCacheRead;

    double fastMultiplier = 1.0; // total cost factor of "fast" requests
    qint64 maxInputTokens = 0; // 0 when unknown

    bool hasTier() const { return tierThresholdTokens > 0; }

    friend bool operator==(const ModelPrice &, const ModelPrice &) = default;
};
