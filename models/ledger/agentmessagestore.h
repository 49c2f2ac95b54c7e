#pragma once

#include "core/result.h"
#include "core/tokencounts.h"

#include <QList>
#include <QString>

#include <optional>

class Ledger;

// What one local agent message counted, and in which usage row (its hourly bucket).
struct AgentMessage
{
    qint64 keyHash = 0;
    qint64 usageId = 0;
    TokenCounts tokens;
    qint64 costMicros = 0;
};

// The agent_messages table: the de-duplication memory of local meters across runs. Keys are
// 64-bit hashes of the message key; two distinct keys collide with a probability of about
// n²/2⁶⁵, i.e. 3·10⁻⁸ at a million messages.
class AgentMessageStore
{
public:
    explicit AgentMessageStore(Ledger &ledger) : m_ledger(ledger) { }

    static qint64 keyHash(const QString &key);

    Result<std::optional<AgentMessage>> find(qint64 sourceId, qint64 keyHash);
    // True before a source's first import: nothing to compare with, no lookups needed.
    Result<bool> isEmpty(qint64 sourceId);
    Status save(qint64 sourceId, const AgentMessage &message);
    // Many at once, a hundred rows a statement (an import writes a hundred thousand).
    Status saveAll(qint64 sourceId, const QList<AgentMessage> &messages);

private:
    Ledger &m_ledger;
};
