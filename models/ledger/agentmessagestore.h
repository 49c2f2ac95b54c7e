#pragma once

#include "core/result.h"
#include "core/tokencounts.h"

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
// 64-bit hashes (the first 8 bytes of SHA-1 of the message key); two distinct keys collide with a
// probability of about n²/2⁶⁵, i.e. 3·10⁻⁸ at a million messages.
class AgentMessageStore
{
public:
    explicit AgentMessageStore(Ledger &ledger) : m_ledger(ledger) { }

    static qint64 keyHash(const QString &key);

    Result<std::optional<AgentMessage>> find(qint64 sourceId, qint64 keyHash);
    Status save(qint64 sourceId, const AgentMessage &message);

private:
    Ledger &m_ledger;
};
