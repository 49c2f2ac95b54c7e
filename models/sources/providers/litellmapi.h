#pragma once

#include "sources/providers/providerapi.h"

// A self-hosted LiteLLM proxy, read with its master key (or a key allowed the spend routes).
// There is no default base URL: the user gives the proxy's address.
//
// Endpoints, in order:
// - "user/list": GET /user/list?page=N&page_size=100 → one identity per internal user (kind
//   "litellm-user", the user_id, user_email, user_alias).
// - "user/daily/activity": one chain per UTC day of the window,
//   GET /user/daily/activity?start_date=D&end_date=D&page=N&page_size=1000, following
//   metadata.has_more (or page < total_pages). Each day's breakdown.models[model].api_key_breakdown
//   becomes one record per (day, model, API key hash) with the key's user and team; a model without
//   a key breakdown (older proxies) becomes one unattributed record per (day, model). `spend` is
//   what the proxy debited against the key's, user's and team's budgets from its price table:
//   CostKind::Billed, the figure the organisation charges back. Rows without a model (e.g. MCP
//   tool calls) are in no model's breakdown and are not read.
// Team names (/team/list) are not read: ProviderIdentity describes people and keys, not teams;
// records carry the team_id as their project.
class LiteLlmApi : public ProviderApi
{
public:
    LiteLlmApi();

    QString kind() const override;
    QUrl defaultBaseUrl() const override;
    QList<std::pair<QByteArray, QByteArray>> authHeaders(const QString &secret) const override;
    QList<std::shared_ptr<const ProviderEndpoint>> endpoints() const override;
    QString errorMessage(const QByteArray &body) const override;

private:
    QList<std::shared_ptr<const ProviderEndpoint>> m_endpoints;
};
