#include "networksources.h"

#include "sources/meters/prometheusmeter.h"
#include "sources/meters/prometheussource.h"

using namespace Qt::StringLiterals;

namespace NetworkSources {

QStringList kinds()
{
    return {u"llamacpp"_s, u"vllm"_s};
}

bool isKnownKind(const QString &kind)
{
    return kinds().contains(kind);
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
    }
    return ok();
}

std::unique_ptr<NetworkSource> make(const SourceConfig &config, Ledger &ledger,
                                    QNetworkAccessManager *network, const Clock *clock,
                                    const PriceTable &prices)
{
    if (PrometheusSource::isKind(config.kind))
        return std::make_unique<PrometheusSource>(config, ledger, network, clock, prices);
    return nullptr;
}

} // namespace NetworkSources
