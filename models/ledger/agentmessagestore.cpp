#include "agentmessagestore.h"

#include "ledger.h"
#include "sqlitedatabase.h"

#include <QStringList>

qint64 AgentMessageStore::keyHash(const QString &key)
{
    // 64-bit FNV-1a over the UTF-16 code units, then a final avalanche (splitmix64) so similar
    // keys spread over the whole range. Stable across Qt versions, unlike qHash.
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : key) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    hash ^= hash >> 30;
    hash *= 0xbf58476d1ce4e5b9ULL;
    hash ^= hash >> 27;
    hash *= 0x94d049bb133111ebULL;
    hash ^= hash >> 31;
    return qint64(hash);
}

Result<bool> AgentMessageStore::isEmpty(qint64 sourceId)
{
    Result<SqliteStatement *> statement = m_ledger.database().cached(
        QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM agent_messages WHERE source_id = ?1)"));
    if (!statement)
        return statement.error();
    (*statement)->bind(1, sourceId);
    const bool empty
        = (*statement)->step() == SqliteStatement::StepResult::Row && (*statement)->int64(0);
    (*statement)->reset();
    return empty;
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
    message.tokens
        = TokenCounts {s.int64(1), s.int64(2), s.int64(3), s.int64(4), s.int64(5), s.int64(6)};
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

namespace {

QString insertSql(int rows)
{
    QStringList values;
    for (int row = 0; row < rows; ++row) {
        const int base = row * 10;
        QStringList parameters;
        for (int column = 1; column <= 10; ++column)
            parameters.append(u'?' + QString::number(base + column));
        values.append(u'(' + parameters.join(u',') + u')');
    }
    return QStringLiteral(
               "INSERT INTO agent_messages (source_id, key_hash, usage_id, input_tokens, "
               "cache_write_5m_tokens, cache_write_1h_tokens, cache_read_tokens, "
               "output_tokens, reasoning_tokens, cost_micros) VALUES ")
        + values.join(u',')
        + QStringLiteral(
               " ON CONFLICT (source_id, key_hash) DO UPDATE SET "
               "usage_id = excluded.usage_id, input_tokens = excluded.input_tokens, "
               "cache_write_5m_tokens = excluded.cache_write_5m_tokens, "
               "cache_write_1h_tokens = excluded.cache_write_1h_tokens, "
               "cache_read_tokens = excluded.cache_read_tokens, "
               "output_tokens = excluded.output_tokens, "
               "reasoning_tokens = excluded.reasoning_tokens, cost_micros = excluded.cost_micros");
}

} // namespace

Status AgentMessageStore::saveAll(qint64 sourceId, const QList<AgentMessage> &messages)
{
    constexpr int rowsPerStatement = 100;
    // Built once: the text is also the key of the statement cache, hashed on every lookup.
    static const QString batchSql = insertSql(rowsPerStatement);
    qsizetype next = 0;
    while (next < messages.size()) {
        const int rows = int(std::min<qsizetype>(rowsPerStatement, messages.size() - next));
        if (rows < rowsPerStatement) {
            for (; next < messages.size(); ++next) {
                if (Status saved = save(sourceId, messages[next]); !saved)
                    return saved;
            }
            break;
        }
        Result<SqliteStatement *> statement = m_ledger.database().cached(batchSql);
        if (!statement)
            return statement.error();
        SqliteStatement &s = **statement;
        for (int row = 0; row < rows; ++row, ++next) {
            const AgentMessage &message = messages[next];
            const int base = row * 10;
            s.bind(base + 1, sourceId)
                .bind(base + 2, message.keyHash)
                .bind(base + 3, message.usageId);
            s.bind(base + 4, message.tokens.input).bind(base + 5, message.tokens.cacheWrite5m);
            s.bind(base + 6, message.tokens.cacheWrite1h).bind(base + 7, message.tokens.cacheRead);
            s.bind(base + 8, message.tokens.output).bind(base + 9, message.tokens.reasoning);
            s.bind(base + 10, message.costMicros);
        }
        if (Status saved = s.execute(); !saved)
            return saved;
    }
    return ok();
}
