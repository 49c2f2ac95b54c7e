#include "usagededuplicator.h"

#include "ledger/agentmessagestore.h"

bool UsageDeduplicator::isBetter(const ParsedUsage &candidate, const ParsedUsage &kept)
{
    const qint64 candidateTotal = candidate.record.tokens.total();
    const qint64 keptTotal = kept.record.tokens.total();
    if (candidateTotal != keptTotal)
        return candidateTotal > keptTotal;
    return kept.isSidechain && !candidate.isSidechain;
}

void UsageDeduplicator::reserve(qsizetype count)
{
    m_byKey.reserve(count);
    m_kept.reserve(count);
}

void UsageDeduplicator::add(ParsedUsage &usage)
{
    if (usage.keyHash == 0)
        usage.keyHash = AgentMessageStore::keyHash(usage.record.externalKey);
    const auto it = m_byKey.constFind(usage.keyHash);
    if (it == m_byKey.cend()) {
        m_byKey.insert(usage.keyHash, m_kept.size());
        m_kept.append(&usage);
    } else if (isBetter(usage, *m_kept[*it])) {
        m_kept[*it] = &usage;
    }
}

void UsageDeduplicator::addAll(QList<ParsedUsage> &usage)
{
    for (ParsedUsage &entry : usage)
        add(entry);
}

QList<UsageRecord> UsageDeduplicator::records() const
{
    QList<UsageRecord> result;
    result.reserve(m_kept.size());
    for (const ParsedUsage *usage : m_kept)
        result.append(usage->record);
    return result;
}
