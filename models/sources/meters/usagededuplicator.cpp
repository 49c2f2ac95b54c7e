#include "usagededuplicator.h"

#include <algorithm>

bool UsageDeduplicator::isBetter(const ParsedUsage &candidate, const ParsedUsage &kept)
{
    const qint64 candidateTotal = candidate.record.tokens.total();
    const qint64 keptTotal = kept.record.tokens.total();
    if (candidateTotal != keptTotal)
        return candidateTotal > keptTotal;
    return kept.isSidechain && !candidate.isSidechain;
}

void UsageDeduplicator::add(ParsedUsage usage)
{
    auto it = m_byKey.find(usage.record.externalKey);
    if (it == m_byKey.end())
        m_byKey.insert(usage.record.externalKey, std::move(usage));
    else if (isBetter(usage, *it))
        *it = std::move(usage);
}

void UsageDeduplicator::addAll(QList<ParsedUsage> usage)
{
    for (ParsedUsage &entry : usage)
        add(std::move(entry));
}

QList<UsageRecord> UsageDeduplicator::records() const
{
    QList<UsageRecord> result;
    result.reserve(m_byKey.size());
    for (const ParsedUsage &usage : m_byKey)
        result.append(usage.record);
    std::sort(result.begin(), result.end(), [](const UsageRecord &a, const UsageRecord &b) {
        return a.externalKey < b.externalKey;
    });
    return result;
}
