#pragma once

#include "core/result.h"
#include "core/tokencounts.h"
#include "core/usagerecord.h"
#include "pricing/modelprice.h"
#include "pricing/pricetable.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

class Clock;
class PrometheusText;
class QNetworkAccessManager;
class QNetworkReply;

enum class PrometheusServerKind {
    AutoDetect, // from the metric names of each scrape: "vllm:" or "llamacpp:"
    LlamaCpp, // llama-server --metrics
    Vllm,
};

// Which counters hold the usage. Each list is tried in order and the first name present in a
// scrape is used, so a newer name can come first without counting an older alias twice.
struct PrometheusCounterNames
{
    QStringList promptTokens;
    QStringList generatedTokens;
    QStringList requests; // empty: the server counts no requests (llama.cpp)
    QString modelLabel; // label naming the served model; empty: none

    // llama.cpp: llamacpp:prompt_tokens_total, llamacpp:tokens_predicted_total, no requests.
    // vLLM: vllm:prompt_tokens_total, vllm:generation_tokens_total, vllm:request_success_total
    // (each also without "_total", as older builds name them), model label "model_name".
    static PrometheusCounterNames defaults(PrometheusServerKind kind);

    friend bool operator==(const PrometheusCounterNames &, const PrometheusCounterNames &)
        = default;
};

struct PrometheusMeterSettings
{
    QUrl metricsUrl; // e.g. http://gpu-box:8080/metrics
    PrometheusServerKind serverKind = PrometheusServerKind::AutoDetect;
    // The model name recorded; overrides the server's model label. Without either, the records
    // name the server kind ("llama.cpp", "vllm"), as llama.cpp labels no model.
    QString modelName;
    // The price table key of the cloud model to compare with, e.g. "claude-sonnet-4-5".
    QString referenceModel;
    std::optional<PrometheusCounterNames> counterNames; // replaces the defaults of the kind
    std::chrono::milliseconds timeout {10'000};
};

// What the meter remembers between scrapes. The caller persists it (toJson) together with the
// usage of the same poll and hands it back after a restart, so no interval is counted twice.
struct PrometheusMeterState
{
    QString metricsUrl; // a state taken from another URL is no baseline
    qint64 scrapedAtMs = 0; // 0: no scrape yet
    QMap<QString, double> counters; // series ("name{label=\"value\",...}") → counter value
    double processStartSeconds = 0; // process_start_time_seconds when exposed; 0 otherwise

    bool hasBaseline() const { return scrapedAtMs > 0; }
    QByteArray toJson() const;
    static Result<PrometheusMeterState> fromJson(const QByteArray &json);

    friend bool operator==(const PrometheusMeterState &, const PrometheusMeterState &) = default;
};

// One interval of one model's usage with its cloud-equivalent estimate, which the usage record
// itself cannot carry (the record's cost is what we paid: nothing).
struct MeterReading
{
    UsageRecord usage;
    QString referenceModel; // as configured
    QString referencePriceKey; // the price table entry used; empty when none matched
    std::optional<qint64> cloudEquivalentMicros; // none without a reference price

    friend bool operator==(const MeterReading &, const MeterReading &) = default;
};

// Polls the Prometheus /metrics of a llama.cpp or vLLM server and turns the growth of its token
// counters into usage: zero billed cost (our own hardware), with what the same tokens would have
// cost at a reference cloud model on the side.
//
// The first scrape only sets the baseline; nothing from before we watched is counted. A counter
// that went down (server restart) counts its new value as the growth since the restart; so does a
// series that is new since the last scrape, and every series when process_start_time_seconds
// changed. A failed poll leaves the state as it was, so the next good scrape covers both intervals.
class PrometheusMeter : public QObject
{
    Q_OBJECT

public:
    PrometheusMeter(QNetworkAccessManager *network, const Clock *clock,
                    PrometheusMeterSettings settings, QObject *parent = nullptr);
    ~PrometheusMeter() override;

    const PrometheusMeterSettings &settings() const { return m_settings; }
    // Where reference prices come from; an empty table gives readings without an estimate.
    void setPriceTable(PriceTable prices) { m_prices = std::move(prices); }

    const PrometheusMeterState &state() const { return m_state; }
    void setState(PrometheusMeterState state) { m_state = std::move(state); }

    bool isPolling() const { return !m_reply.isNull(); }
    // Starts one asynchronous scrape; does nothing while one is under way.
    void poll();

    // What `tokens` would cost at `reference`. requests > 0 lets a long-context tier apply by the
    // average prompt per request; with requests unknown (0) standard rates apply, as the sum of
    // an interval says nothing about the size of any one request.
    static qint64 cloudEquivalentMicros(const ModelPrice &reference, const TokenCounts &tokens,
                                        qint64 requests = 0);

    // The kind whose metrics a scrape holds, or nothing when it holds neither.
    static std::optional<PrometheusServerKind> detectServerKind(const PrometheusText &text);

signals:
    // After a successful scrape, in this order and synchronously: usageMeasured and readingTaken
    // (only when something was used), then stateChanged. A caller that stores the records and
    // the state in one transaction on stateChanged never counts an interval twice.
    void usageMeasured(const QList<UsageRecord> &usage);
    void readingTaken(const MeterReading &reading);
    void stateChanged(const PrometheusMeterState &state);
    void errorOccurred(const Error &error);

private:
    struct Measurement
    {
        QList<UsageRecord> usage;
        PrometheusMeterState state;
    };

    void onReplyFinished();
    Result<Measurement> measure(const QByteArray &body, qint64 nowMs) const;
    MeterReading reading(const UsageRecord &usage) const;

    QNetworkAccessManager *m_network = nullptr;
    const Clock *m_clock = nullptr;
    PrometheusMeterSettings m_settings;
    PriceTable m_prices;
    PrometheusMeterState m_state;
    QPointer<QNetworkReply> m_reply;
};

Q_DECLARE_METATYPE(PrometheusMeterState)
Q_DECLARE_METATYPE(MeterReading)
