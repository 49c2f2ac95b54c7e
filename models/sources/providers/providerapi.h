#pragma once

#include "core/result.h"
#include "core/usagerecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

// The contract between the generic provider poller and each provider's HTTP API.
//
// A provider (OpenAI, Anthropic, OpenRouter, LiteLLM) is described by a ProviderApi: how to
// authenticate, which endpoints to read for a time window, how to follow their pages and how to
// turn each page into usage, billed cost and identities. A ProviderApi does no I/O: the poller
// (ProviderPoller) sends the requests through QNetworkAccessManager, retries, follows pages, and
// writes everything of one poll in one ledger transaction. That split keeps every provider's
// parsing testable on fixtures and the network behaviour (retries, backoff, timeouts) in one place.

// A half-open UTC time range [startMs, endMs) that one poll covers. The poller aligns it to the
// endpoint's bucket width before asking (OpenAI's first bucket starts at an unaligned start_time).
struct PollWindow
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    friend bool operator==(const PollWindow &, const PollWindow &) = default;
};

// Money a provider says it charged, by whatever dimensions its cost endpoint has (project, line
// item, API key, workspace). Never per person: neither OpenAI's nor Anthropic's cost endpoints can
// group by user. Kept apart from usage so billed and estimated spend are compared, not added.
struct BilledCost
{
    QString externalKey; // stable within the source: bucket start + every grouping value
    qint64 startMs = 0; // bucket start, UTC
    qint64 endMs = 0; // bucket end, UTC
    QString project; // OpenAI project id, Anthropic workspace id; empty when not grouped
    QString lineItem; // OpenAI line_item, Anthropic description; empty when none
    QString apiKeyId; // empty when not grouped
    QString model; // when the provider names one (Anthropic cost_report), else empty
    qint64 amountMicros = 0; // exact: parsed from the JSON number's text or the cents string
    QString currency = QStringLiteral("USD");
    friend bool operator==(const BilledCost &, const BilledCost &) = default;
};

// Who stands behind a provider id: from the users, API-key and member lists. The poller maps it to
// a person of the directory by email; without a match it is listed for an admin to assign.
struct ProviderIdentity
{
    QString kind; // the identityKind used on UsageRecords, e.g. "openai-user", "anthropic-key"
    QString value; // the provider's id
    QString email; // of the user or key owner; empty when unknown
    QString displayName; // user name or key name, for the admin's eye
    // The provider id of the user who owns this key, when the list names one but no email: the
    // poller takes the email of that user's identity (Anthropic's api_keys give created_by.id).
    QString ownerValue {};
    friend bool operator==(const ProviderIdentity &, const ProviderIdentity &) = default;
};

// What one page of one endpoint yielded.
struct ApiPage
{
    QList<UsageRecord> usage;
    QList<BilledCost> costs;
    QList<ProviderIdentity> identities;
    // The next page of the same chain, when there is one (built from next_page, offset, page+1...).
    std::optional<QUrl> nextPage;
};

// One HTTP GET. The poller adds the authentication headers of the ProviderApi.
struct ApiRequest
{
    QUrl url;
    friend bool operator==(const ApiRequest &, const ApiRequest &) = default;
};

// One endpoint of a provider, e.g. OpenAI's /v1/organization/usage/completions.
class ProviderEndpoint
{
public:
    virtual ~ProviderEndpoint() = default;

    // Short and stable, for status lines and errors: "usage/completions", "cost_report".
    virtual QString name() const = 0;
    // Bucket width in milliseconds the endpoint reports in; the window is aligned to it.
    // 0 when it takes no window (lists of users or keys, rolling counters).
    virtual qint64 bucketMs() const { return 86'400'000; }
    // The first request of each page chain that covers `window` (already aligned). Usually one;
    // Anthropic's claude_code report takes one request per day.
    virtual QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &window) const = 0;
    // One successful (2xx) response body. `request` is what was asked, so a page can build the
    // next one from it. A body that is not what the endpoint documents is an InvalidInput error:
    // the poll fails and nothing of it is written.
    virtual Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const = 0;
};

// A provider: its endpoints, authentication and error format.
class ProviderApi
{
public:
    virtual ~ProviderApi() = default;

    virtual QString kind() const = 0; // "openai", "anthropic", "openrouter", "litellm"
    virtual QUrl defaultBaseUrl() const = 0;
    // Headers that carry the secret and API version, e.g. {"Authorization", "Bearer sk-admin-…"}.
    // The secret goes nowhere else: not into URLs, errors or logs.
    virtual QList<std::pair<QByteArray, QByteArray>> authHeaders(const QString &secret) const = 0;
    // Endpoints to read on every poll, in order. Identity lists come first, so usage of a poll
    // meets the identities of the same poll.
    virtual QList<std::shared_ptr<const ProviderEndpoint>> endpoints() const = 0;
    // The human message of an error response body ({"error":{"message":...}} and the like), or
    // an empty string when the body has none. Never echoes request headers.
    virtual QString errorMessage(const QByteArray &body) const = 0;
};
