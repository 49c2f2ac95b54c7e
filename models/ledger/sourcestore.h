#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <functional>

class Ledger;
class SqliteStatement;

// A source as the admin configured it, with what its poller keeps between polls.
struct SourceConfig
{
    enum class Status {
        Ok,
        Error, // the last poll failed; polls go on with backoff
        Unauthorized, // the provider refused the key: no more polls until the settings change
        Removed, // removed by the admin; its usage stays in the ledger
    };

    qint64 id = 0;
    QString kind; // "openai", "anthropic", "openrouter", "litellm", "llama.cpp", "vllm", ...
    QString name; // unique, chosen by the admin
    // Per kind; common keys: "base_url", "interval_s", "key_env" (environment variable holding
    // the API key where no keychain is available), "backfill_days", "reference_model", "model".
    QJsonObject settings;
    Status status = Status::Ok;
    qint64 createdMs = 0;
    qint64 lastSuccessMs = 0; // 0: never
    QString lastError;
    qint64 nextPollMs = 0; // 0: as soon as possible
    qint64 watermarkMs = 0; // providers: end of the last complete poll; 0: backfill first
    QByteArray state; // the poller's own memory (a meter's counters); empty at first

    QUrl baseUrl() const;
    qint64 intervalMs(qint64 fallbackMs) const;
    QString keyEnvironmentVariable() const;

    static QString statusName(Status status);
    friend bool operator==(const SourceConfig &, const SourceConfig &) = default;
};
Q_DECLARE_METATYPE(SourceConfig)

// The `sources` table for sources that are configured and polled (providers, model servers).
// Local agent logs register themselves on first import and need no settings.
class SourceStore
{
public:
    explicit SourceStore(Ledger &ledger) : m_ledger(ledger) { }

    // A new source, or a removed one of the same kind and name brought back with new settings.
    // Conflict when a source of that name is configured.
    Result<SourceConfig> add(const QString &kind, const QString &name, const QJsonObject &settings,
                             qint64 nowMs);
    // New settings clear an Unauthorized status: a changed key deserves another try.
    Status updateSettings(qint64 id, const QJsonObject &settings);
    // Stops polling the source; its usage, costs and identities stay. NotFound for an unknown name.
    Status remove(const QString &name);

    Result<SourceConfig> find(const QString &name);
    Result<SourceConfig> find(qint64 id);
    // Sources of the given kinds (all when empty), by name; removed ones only when asked.
    Result<QList<SourceConfig>> list(const QStringList &kinds = {}, bool includeRemoved = false);

    // What a poll leaves behind. Run them inside the poll's transaction so the state, watermark and
    // the usage they describe are committed together.
    Status saveState(qint64 id, const QByteArray &state);
    Status saveWatermark(qint64 id, qint64 watermarkMs);
    Status recordSuccess(qint64 id, qint64 whenMs);
    Status recordFailure(qint64 id, SourceConfig::Status status, const QString &error);
    Status setNextPoll(qint64 id, qint64 nextPollMs);

private:
    Result<SourceConfig> findWhere(const QString &condition,
                                   const std::function<void(SqliteStatement &)> &bind,
                                   const QString &what);

    Ledger &m_ledger;
};
