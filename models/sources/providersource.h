#pragma once

#include "networksource.h"
#include "pricing/pricebook.h"
#include "providers/providerapi.h"

#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

class Clock;
class Ledger;
class QNetworkAccessManager;
class QNetworkReply;
class SecretStore;

// How a provider poll treats time and failure. The defaults are what finance can trust: a month
// of history on first contact, the last 48 hours fetched again on every poll (providers revise
// recent buckets), patient retries.
struct ProviderPollPolicy
{
    int backfillDays = 30; // first poll; the source's "backfill_days" setting overrides it
    qint64 revisitMs = 48 * 3'600'000LL; // fetched again before the watermark
    int maxAttempts = 5; // per request, for 429, 5xx, timeouts and dropped connections
    qint64 firstRetryMs = 1000; // doubled per attempt, with jitter in [0.5, 1)
    qint64 maxRetryMs = 60'000;
    qint64 maxRetryAfterMs = 15 * 60'000; // a longer Retry-After fails the poll instead of waiting
    std::chrono::milliseconds timeout {30'000}; // per request, without progress
};

// A provider account (OpenAI, Anthropic, OpenRouter, LiteLLM) polled through its ProviderApi: the
// key from the SecretStore, every endpoint's page chains followed one request at a time, 429
// honouring Retry-After, 5xx and timeouts retried with exponential backoff and jitter, 401/403
// stopping the source. Only when every page of every endpoint arrived is anything written, in one
// transaction: usage (priced from the price table where the provider gives no cost), billed costs,
// identities matched to people by email, and the new watermark. Rows of the re-fetched window that
// the provider no longer reports are removed, so any number of re-polls gives the provider's
// latest totals, never more.
class ProviderSource final : public NetworkSource
{
    Q_OBJECT

public:
    ProviderSource(SourceConfig config, Ledger &ledger, QNetworkAccessManager *network,
                   const Clock *clock, std::shared_ptr<const ProviderApi> api, SecretStore *secrets,
                   PriceBook prices, QObject *parent = nullptr);
    ~ProviderSource() override;

    void setPolicy(const ProviderPollPolicy &policy) { m_policy = policy; }
    void setJitter(std::function<double()> unitRandom) { m_unitRandom = std::move(unitRandom); }

    static constexpr qint64 standardIntervalMs = 15 * 60'000;
    qint64 defaultIntervalMs() const override { return standardIntervalMs; }
    bool isPolling() const override { return m_isPolling; }
    void poll() override;

    // The window a poll at `nowMs` covers, before alignment to each endpoint's buckets.
    PollWindow windowAt(qint64 nowMs) const;

private:
    struct PendingRequest
    {
        std::shared_ptr<const ProviderEndpoint> endpoint;
        ApiRequest request;
        int attempt = 1;
    };

    void begin(const QString &secret);
    void sendNext();
    void onReplyFinished();
    void retryLater(qint64 delayMs, const QString &why);
    void fail(const Error &error);
    void finish();
    Status write(qint64 &recordsWritten);
    Status matchIdentities();
    Status removeVanished(const QString &table, const QSet<QString> &keys);

    Ledger &m_ledger;
    QNetworkAccessManager *m_network = nullptr;
    const Clock *m_clock = nullptr;
    std::shared_ptr<const ProviderApi> m_api;
    SecretStore *m_secrets = nullptr;
    PriceBook m_prices;
    ProviderPollPolicy m_policy;
    std::function<double()> m_unitRandom;

    // One poll's state.
    bool m_isPolling = false;
    QString m_secret; // only for the headers of this poll's requests
    qint64 m_nowMs = 0;
    PollWindow m_fetched; // the aligned range the usage endpoints covered
    std::deque<PendingRequest> m_queue;
    PendingRequest m_current;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    ApiPage m_collected;
};
