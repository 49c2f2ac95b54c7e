#include "agentmessagestore.h"

#include "ledger.h"
#include "sqlitedatabase.h"

#include <QCryptographicHash>
#include <QtEndian>

qint64 AgentMessageStore::keyHash(const QString &key)
{
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    return qFromBigEndian<qint64>(digest.constData());
}

Result<std::optional<AgentMessage>> AgentMessageStore::find(qint64 sourceId, qint64 keyHash)
{
    Result<SqliteStatement *> statement = m_ledger.database().cached(QStringLiteral(
        "SELECT usage_id, input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, "
        "cache_read_tokens, output_tokens, reasoning_tokens, cost_micros FROM agent_messages "
        "WHERE source_id = ?1 AND key_hash = ?2"));
    if (!statement)
        return statement.error();
    SqliteStatement &s = **statement;
    s.bind(1, sourceId).bind(2, keyHash);
    const SqliteStatement::StepResult step = s.step();
    if (step == SqliteStatement::StepResult::Failed) {
        Error error = s.lastError();
        s.reset();
        return error;
    }
    if (step == SqliteStatement::StepResult::Done) {
        s.reset();
        return std::optional<AgentMessage>();
    }
    AgentMessage message;
    message.keyHash = keyHash;
    message.usageId = s.int64(0);
    message.tokens = TokenCounts{s.int64(1), s.int64(2), s.int64(3), s.int64(4), s.int64(5), s.int64(6)};
    message.costMicros = s.int64(7);
    s.reset();
    return std::optional<AgentMessage>(message);
}

Status AgentMessageStore::save(qint64 sourceId, const AgentMessage &message)
{
    Result<SqliteStatement *> statement = m_ledger.database().cached(QStringLiteral(R"sql(
INSERT INTO agent_messages (source_id, key_hash, usage_id, input_tokens, cache_write_5m_tokens,
                            cache_write_1h_tokens, cache_read_tokens, output_tokens,
                            reasoning_tokens, cost_micros)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
ON CONFLICT (source_id, key_hash) DO UPDATE SET
    usage_id = excluded.usage_id, input_tokens = excluded.input_tokens,
    cache_write_5m_tokens = excluded.cache_write_5m_tokens,
    cache_write_1h_tokens = excluded.cache_write_1h_tokens,
    cache_read_tokens = excluded.cache_read_tokens, output_tokens = excluded.output_tokens,
    reasoning_tokens = excluded.reasoning_tokens, cost_micros = excluded.cost_micros
)sql"));
    if (!statement)
        return statement.error();
    SqliteStatement &s = **statement;
    s.bind(1, sourceId).bind(2, message.keyHash).bind(3, message.usageId);
    s.bind(4, message.tokens.input).bind(5, message.tokens.cacheWrite5m);
    s.bind(6, message.tokens.cacheWrite1h).bind(7, message.tokens.cacheRead);
    s.bind(8, message.tokens.output).bind(9, message.tokens.reasoning);
    s.bind(10, message.costMicros);
    return s.execute();
}
