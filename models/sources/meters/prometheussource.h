#pragma once

#include "pricing/pricetable.h"
#include "sources/networksource.h"

#include <QList>

class Clock;
class Ledger;
class PrometheusMeter;
class QNetworkAccessManager;
struct MeterReading;
struct PrometheusMeterState;
struct PrometheusMeterSettings;
struct UsageRecord;

// A llama.cpp or vLLM server configured as a source (kind "llamacpp" or "vllm"): its /metrics is
// scraped by a PrometheusMeter, and each scrape's usage, cloud-equivalent estimates and counter
// state are written in one transaction, so a restart neither loses nor repeats an interval.
//
// Settings: "base_url" (the server, or its /metrics URL), "reference_model" (price table key of the
// cloud model to compare with), "model" (overrides the served model's name), "person_email" (whose
// usage it is; unattributed otherwise), "interval_s".
class PrometheusSource final : public NetworkSource
{
    Q_OBJECT

public:
    PrometheusSource(SourceConfig config, Ledger &ledger, QNetworkAccessManager *network,
                     const Clock *clock, PriceTable prices, QObject *parent = nullptr);
    ~PrometheusSource() override;

    static bool isKind(const QString &kind);
    // The meter's settings from a source's; InvalidArgument for a missing or unusable URL.
    static Result<PrometheusMeterSettings> meterSettings(const SourceConfig &config);

    static constexpr qint64 standardIntervalMs = 15'000;
    qint64 defaultIntervalMs() const override { return standardIntervalMs; }
    bool isPolling() const override;
    void poll() override;

private:
    void onStateChanged(const PrometheusMeterState &state);
    Status write(const PrometheusMeterState &state, qint64 &recordsWritten);

    Ledger &m_ledger;
    QNetworkAccessManager *m_network = nullptr;
    const Clock *m_clock = nullptr;
    PriceTable m_prices;
    std::unique_ptr<PrometheusMeter> m_meter; // made on the first poll, from the settings then
    QList<UsageRecord> m_pendingUsage;
    QList<MeterReading> m_pendingReadings;
};
