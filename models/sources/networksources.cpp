#include "networksources.h"

#include "pricing/pricebook.h"
#include "providers/anthropicapi.h"
#include "providers/litellmapi.h"
#include "providers/openaiapi.h"
#include "providers/openrouterapi.h"
#include "providersource.h"
#include "sources/meters/prometheusmeter.h"
#include "sources/meters/prometheussource.h"

using namespace Qt::StringLiterals;

namespace NetworkSources {

namespace {

std::shared_ptr<const ProviderApi> providerApi(const QString &kind)
{
    if (kind == "openai"_L1)
        return std::make_shared<OpenAiApi>();
    if (kind == "anthropic"_L1)
        return std::make_shared<AnthropicApi>();
    if (kind == "openrouter"_L1)
        return std::make_shared<OpenRouterApi>();
    if (kind == "litellm"_L1)
        return std::make_shared<LiteLlmApi>();
    return nullptr;
}

} // namespace

QStringList kinds()
{
    return {u"openai"_s, u"anthropic"_s, u"openrouter"_s, u"litellm"_s, u"llamacpp"_s, u"vllm"_s};
}

bool isKnownKind(const QString &kind)
{
    return kinds().contains(kind);
}

bool needsKey(const QString &kind)
{
    return providerApi(kind) != nullptr;
}

QUrl defaultBaseUrl(const QString &kind)
{
    const std::shared_ptr<const ProviderApi> api = providerApi(kind);
    return api ? api->defaultBaseUrl() : QUrl();
}

qint64 defaultIntervalMs(const QString &kind)
{
    return needsKey(kind) ? ProviderSource::standardIntervalMs
                          : PrometheusSource::standardIntervalMs;
}

Status validate(const SourceConfig &config)
{
    if (!isKnownKind(config.kind)) {
        return Error {
            ErrorCode::InvalidArgument,
            u"unknown source kind \"%1\" (known: %2)"_s.arg(config.kind, kinds().join(u", "_s))};
    }
    if (PrometheusSource::isKind(config.kind)) {
        if (Result<PrometheusMeterSettings> settings = PrometheusSource::meterSettings(config);
            !settings)
            return settings.error();
        return ok();
    }
    const std::shared_ptr<const ProviderApi> api = providerApi(config.kind);
    const QUrl base
        = config.settings.contains("base_url"_L1) ? config.baseUrl() : api->defaultBaseUrl();
    if (!base.isValid() || base.host().isEmpty()
        || (base.scheme() != "http"_L1 && base.scheme() != "https"_L1)) {
        return Error {
            ErrorCode::InvalidArgument,
            config.settings.contains("base_url"_L1)
                ? u"\"%1\" is not an http(s) base URL"_s.arg(
                    config.settings.value("base_url"_L1).toString())
                : u"a %1 source needs --base-url (the proxy's address)"_s.arg(config.kind)};
    }
    return ok();
}

std::unique_ptr<NetworkSource> make(const SourceConfig &config, Ledger &ledger,
                                    QNetworkAccessManager *network, const Clock *clock,
                                    const PriceBook &prices, SecretStore *secrets)
{
    if (PrometheusSource::isKind(config.kind))
        return std::make_unique<PrometheusSource>(config, ledger, network, clock, prices.table());
    if (std::shared_ptr<const ProviderApi> api = providerApi(config.kind))
        return std::make_unique<ProviderSource>(config, ledger, network, clock, std::move(api),
                                                secrets, prices);
    return nullptr;
}

} // namespace NetworkSources
