#pragma once

#include "sources/providers/providerapi.h"

// OpenRouter's management API (https://openrouter.ai/api + /v1/...), read with a management key.
//
// Endpoints, in order:
// - "keys": GET /v1/keys?include_disabled=true&offset=N → one identity per key (kind
//   "openrouter-key", the key's hash, its name). The keys' rolling usage counters (daily, weekly,
//   monthly) are not bucketed, so they are not read as usage.
// - "activity": per key, GET /v1/activity?api_key_hash=H → daily rows per model endpoint with the
//   credits OpenRouter charged (CostKind::Billed) and tokens, attributed to the key. The rows of
//   /activity carry no key, so the chain first lists the keys and then asks once per key; it
//   leaves out `date` (a dated request for the current, unfinished UTC day is refused with 400)
//   and keeps the rows of the window's days. The contract's page chain has no state of its own,
//   so the keys still to ask and the window travel in the URL fragment, which is never sent.
// GET /v1/key is not read: it describes the management key the poll runs with, which is nobody's
// spend and carries no hash to match.
class OpenRouterApi : public ProviderApi
{
public:
    OpenRouterApi();

    QString kind() const override;
    QUrl defaultBaseUrl() const override;
    QList<std::pair<QByteArray, QByteArray>> authHeaders(const QString &secret) const override;
    QList<std::shared_ptr<const ProviderEndpoint>> endpoints() const override;
    QString errorMessage(const QByteArray &body) const override;

private:
    QList<std::shared_ptr<const ProviderEndpoint>> m_endpoints;
};
