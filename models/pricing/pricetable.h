#pragma once

#include "core/result.h"
#include "modelprice.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Model prices read from LiteLLM's model_prices_and_context_window.json, and the mapping from the
// model names that logs and APIs report to the table's keys.
//
// A table is immutable once built: every index is made in fromLiteLlmJson, find() only reads, so
// copies are cheap (implicitly shared) and one table can serve several threads at once.
class PriceTable
{
public:
    PriceTable() = default; // empty: finds nothing

    // Accepts the full LiteLLM file or any subset of it. Keys that are no model ("sample_spec",
    // a mirror's "last_updated") and entries without both input_cost_per_token and
    // output_cost_per_token (image, audio, github_copilot/ subscription entries) are skipped.
    // InvalidInput when the text is not a JSON object or holds no usable entry.
    static Result<PriceTable> fromLiteLlmJson(const QByteArray &json);

    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    QList<ModelPrice> entries() const { return m_entries; } // sorted by key

    // The price of a model as a log or an API names it, or nothing when no key matches it safely.
    // Tries, in order: the exact key; the name in lower case; without a provider prefix
    // ("anthropic/", "openrouter/anthropic/", "us.anthropic.", ...); then without, one at a time
    // from the end, a Vertex "@date", a Bedrock "-v1:0", a "-fast"/"-thinking" mode and a date
    // ("-20250929", "-2025-08-07"). Only when all of that fails, the same names with version
    // separators swapped ("claude-sonnet-4.5" ↔ "claude-sonnet-4-5"). An undated name also finds
    // a dated key when the dated keys of that name agree on price. Never a looser match: a near
    // miss ("claude-sonnet-4" when only "claude-sonnet-4-5" exists) finds nothing.
    std::optional<ModelPrice> find(const QString &model) const;

private:
    qsizetype indexOf(const QString &model) const;
    qsizetype lookUp(const QString &form) const;

    QList<ModelPrice> m_entries;
    QHash<QString, qsizetype> m_byKey; // exact key → entry
    QHash<QString, qsizetype> m_byForm; // lower-case key and its reduced forms → entry
};
