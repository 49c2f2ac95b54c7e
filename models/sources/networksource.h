#pragma once

#include "core/result.h"
#include "ledger/sourcestore.h"

#include <QObject>

// A source read over the network on a schedule: a provider's usage API or a model server's
// /metrics. Each poll is asynchronous (QNetworkAccessManager on the owner's event loop) and writes
// what it found, with the source's new state, in one ledger transaction: a poll that fails
// half-way leaves the ledger as it was. SourceScheduler decides when to poll.
class NetworkSource : public QObject
{
    Q_OBJECT

public:
    explicit NetworkSource(SourceConfig config, QObject *parent = nullptr)
        : QObject(parent), m_config(std::move(config))
    { }

    const SourceConfig &config() const { return m_config; }
    void setConfig(SourceConfig config) { m_config = std::move(config); }

    // How often to poll when the settings do not say.
    virtual qint64 defaultIntervalMs() const = 0;
    virtual bool isPolling() const = 0;
    // Starts one poll; ends with exactly one of polled() or failed(). Ignored while polling.
    virtual void poll() = 0;

signals:
    // The poll's usage is in the ledger; `recordsWritten` counts rows that are new or changed.
    // Status, last success and schedule are the scheduler's to record.
    void polled(qint64 recordsWritten);
    // Nothing of this poll was written. ErrorCode::Unauthorized stops the source until its
    // settings or key change; anything else is retried with backoff.
    void failed(const Error &error);

private:
    SourceConfig m_config;
};
