#pragma once

#include "providerapi.h"

// OpenAI's Administration API, read with an admin key (sk-admin-…): usage per type, costs, the
// organisation's users and its projects' API keys.
//
// The base URL is the host without "/v1" (default https://api.openai.com); every endpoint path
// starts with "/v1/organization/…" and is appended to the base URL's own path, so a gateway or a
// test server with a prefix (http://127.0.0.1:PORT/openai) keeps it.
//
// Endpoints, in poll order (identities first):
//   users               /v1/organization/users                       → "openai-user" identities
//   projects/api_keys   /v1/organization/projects, then each project's api_keys, chained through
//                       nextPage (see openaiapi.cpp)                 → "openai-key" identities
//   usage/<type>        /v1/organization/usage/<type> for completions, embeddings, images,
//                       audio_speeches, audio_transcriptions, web_search_calls → UsageRecords
//   costs               /v1/organization/costs                       → BilledCosts
class OpenAiApi : public ProviderApi
{
public:
    // identityKind of UsageRecords and ProviderIdentities: OpenAI user ids ("user-…") and project
    // API key ids ("key_…").
    static QString userIdentityKind() { return QStringLiteral("openai-user"); }
    static QString keyIdentityKind() { return QStringLiteral("openai-key"); }

    QString kind() const override;
    QUrl defaultBaseUrl() const override;
    QList<std::pair<QByteArray, QByteArray>> authHeaders(const QString &secret) const override;
    QList<std::shared_ptr<const ProviderEndpoint>> endpoints() const override;
    QString errorMessage(const QByteArray &body) const override;
};
