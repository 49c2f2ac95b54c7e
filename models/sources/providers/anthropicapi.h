#pragma once

#include "sources/providers/providerapi.h"

#include <QHash>

// Anthropic's Admin API (https://api.anthropic.com, an sk-ant-admin key): the organisation's users
// and API keys, the Messages usage report, the Claude Code usage report and the cost report.
//
// Identity kinds: "anthropic-user" (user_… ids, from /v1/organizations/users and the usage
// report's account_id), "anthropic-service-account", "anthropic-key" (apikey_… ids) and, from
// the Claude Code report, "email" for people and "anthropic-key-name" for API keys, which that
// report names but does not identify.
class AnthropicApi : public ProviderApi
{
public:
    AnthropicApi();

    QString kind() const override;
    QUrl defaultBaseUrl() const override;
    QList<std::pair<QByteArray, QByteArray>> authHeaders(const QString &secret) const override;
    // users, api_keys, usage_report/messages, usage_report/claude_code, cost_report.
    QList<std::shared_ptr<const ProviderEndpoint>> endpoints() const override;
    QString errorMessage(const QByteArray &body) const override;

private:
    QList<std::shared_ptr<const ProviderEndpoint>> m_endpoints;
};

// GET /v1/organizations/users → "anthropic-user" identities with email and name.
class AnthropicUsersEndpoint : public ProviderEndpoint
{
public:
    QString name() const override;
    qint64 bucketMs() const override { return 0; }
    QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &window) const override;
    Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const override;
};

// GET /v1/organizations/api_keys → "anthropic-key" identities named after the key (no email).
class AnthropicApiKeysEndpoint : public ProviderEndpoint
{
public:
    QString name() const override;
    qint64 bucketMs() const override { return 0; }
    QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &window) const override;
    Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const override;
};

// GET /v1/organizations/usage_report/messages in daily buckets, grouped by API key, workspace,
// model, user account and service account → unpriced UsageRecords.
class AnthropicMessagesUsageEndpoint : public ProviderEndpoint
{
public:
    QString name() const override;
    QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &window) const override;
    Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const override;
};

// GET /v1/organizations/usage_report/claude_code, one request per UTC day → UsageRecords per
// actor, terminal and model with Anthropic's estimated cost.
class AnthropicClaudeCodeEndpoint : public ProviderEndpoint
{
public:
    QString name() const override;
    QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &window) const override;
    Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const override;
};

// GET /v1/organizations/cost_report grouped by workspace and description → BilledCosts.
class AnthropicCostReportEndpoint : public ProviderEndpoint
{
public:
    QString name() const override;
    QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &window) const override;
    Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const override;
};
