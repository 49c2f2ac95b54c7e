#pragma once

#include <QtGlobal>

// Token counters of one usage record or of a sum of them, in Anthropic's exclusive semantics:
// input is uncached input only; output includes reasoning, which is also given on its own.
struct TokenCounts
{
    qint64 input = 0;
    qint64 cacheWrite5m = 0;
    qint64 cacheWrite1h = 0;
    qint64 cacheRead = 0;
    qint64 output = 0;
    qint64 reasoning = 0; // subset of output

    qint64 cacheWrite() const { return cacheWrite5m + cacheWrite1h; }
    // Everything the model read for this request: what long-context tiers are measured on.
    qint64 prompt() const { return input + cacheWrite() + cacheRead; }
    // Billable tokens; reasoning is inside output and not added again.
    qint64 total() const { return prompt() + output; }

    TokenCounts &operator+=(const TokenCounts &other)
    {
        input += other.input;
        cacheWrite5m += other.cacheWrite5m;
        cacheWrite1h += other.cacheWrite1h;
        cacheRead += other.cacheRead;
        output += other.output;
        reasoning += other.reasoning;
        return *this;
    }
    friend bool operator==(const TokenCounts &, const TokenCounts &) = default;
};
