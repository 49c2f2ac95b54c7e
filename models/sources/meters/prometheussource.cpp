#include "prometheussource.h"

#include "core/clock.h"
#include "ledger/ledger.h"
#include "ledger/sqlitedatabase.h"
#include "prometheusmeter.h"

#include <QHash>

using namespace Qt::StringLiterals;

PrometheusSource::PrometheusSource(SourceConfig config, Ledger &ledger,
                                   QNetworkAccessManager *network, const Clock *clock,
                                   PriceTable prices, QObject *parent)
    : NetworkSource(std::move(config), parent)
    , m_ledger(ledger)
    , m_network(network)
    , m_clock(clock)
    , m_prices(std::move(prices))
{ }

PrometheusSource::~PrometheusSource() = default;

bool PrometheusSource::isKind(const QString &kind)
{
    return kind == "llamacpp"_L1 || kind == "vllm"_L1;
}

Result<PrometheusMeterSettings> PrometheusSource::meterSettings(const SourceConfig &config)
{
    QUrl url = config.baseUrl();
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
        return Error {
            ErrorCode::InvalidArgument,
            u"source \"%1\" needs an http(s) base URL of the server, e.g. http://gpu-box:8080"_s
                .arg(config.name)};
    }
    if (!url.path().endsWith("/metrics"_L1)) {
        QString path = url.path();
        if (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path + "/metrics"_L1);
    }
    PrometheusMeterSettings settings;
    settings.metricsUrl = url;
    settings.serverKind
        = config.kind == "vllm"_L1 ? PrometheusServerKind::Vllm : PrometheusServerKind::LlamaCpp;
    settings.modelName = config.settings.value("model"_L1).toString();
    settings.referenceModel = config.settings.value("reference_model"_L1).toString();
    return settings;
}

bool PrometheusSource::isPolling() const
{
    return m_meter && m_meter->isPolling();
}

void PrometheusSource::poll()
{
    if (isPolling())
        return;
    Result<PrometheusMeterSettings> settings = meterSettings(config());
    if (!settings) {
        emit failed(settings.error());
        return;
    }
    if (!m_meter || m_meter->settings().metricsUrl != settings->metricsUrl
        || m_meter->settings().modelName != settings->modelName
        || m_meter->settings().referenceModel != settings->referenceModel
        || m_meter->settings().serverKind != settings->serverKind) {
        m_meter = std::make_unique<PrometheusMeter>(m_network, m_clock, *settings);
        m_meter->setPriceTable(m_prices);
        if (!config().state.isEmpty()) {
            // A state of another URL is ignored by the meter: it then takes a new baseline.
            if (Result<PrometheusMeterState> state = PrometheusMeterState::fromJson(config().state))
                m_meter->setState(*state);
        }
        connect(m_meter.get(), &PrometheusMeter::usageMeasured, this,
                [this](const QList<UsageRecord> &usage) { m_pendingUsage += usage; });
        connect(m_meter.get(), &PrometheusMeter::readingTaken, this,
                [this](const MeterReading &reading) { m_pendingReadings.append(reading); });
        connect(m_meter.get(), &PrometheusMeter::stateChanged, this,
                &PrometheusSource::onStateChanged);
        connect(m_meter.get(), &PrometheusMeter::errorOccurred, this, [this](const Error &error) {
            m_pendingUsage.clear();
            m_pendingReadings.clear();
            emit failed(error);
        });
    }
    m_pendingUsage.clear();
    m_pendingReadings.clear();
    m_meter->poll();
}

void PrometheusSource::onStateChanged(const PrometheusMeterState &state)
{
    qint64 recordsWritten = 0;
    const Status written = write(state, recordsWritten);
    m_pendingUsage.clear();
    m_pendingReadings.clear();
    if (!written) {
        // The meter moved on, the ledger did not: go back to the stored baseline, so the next
        // scrape covers this interval too.
        PrometheusMeterState stored;
        if (Result<PrometheusMeterState> previous = PrometheusMeterState::fromJson(config().state))
            stored = *previous;
        m_meter->setState(stored);
        emit failed(written.error());
        return;
    }
    SourceConfig updated = config();
    updated.state = state.toJson();
    setConfig(std::move(updated));
    emit polled(recordsWritten);
}

Status PrometheusSource::write(const PrometheusMeterState &state, qint64 &recordsWritten)
{
    SqliteTransaction transaction(m_ledger.database());
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    const QString personEmail
        = config().settings.value("person_email"_L1).toString().trimmed().toLower();
    QList<UsageRecord> usage = m_pendingUsage;
    for (UsageRecord &record : usage) {
        if (!personEmail.isEmpty()) {
            record.identityKind = u"email"_s;
            record.identityValue = personEmail;
        }
    }
    QHash<QString, qint64> ids;
    Result<UsageWriteStats> stats
        = m_ledger.writeUsage(config().id, usage, Ledger::WritePolicy::Replace, &ids);
    if (!stats)
        return stats.error();
    recordsWritten = stats->written;
    Result<SqliteStatement *> estimate = m_ledger.database().cached(
        u"INSERT INTO usage_estimates (usage_id, reference_model, cloud_equivalent_micros) VALUES "
        u"(?1, ?2, ?3) "
        u"ON CONFLICT (usage_id) DO UPDATE SET reference_model = excluded.reference_model, "
        u"cloud_equivalent_micros = excluded.cloud_equivalent_micros"_s);
    if (!estimate)
        return estimate.error();
    for (const MeterReading &reading : std::as_const(m_pendingReadings)) {
        const qint64 usageId = ids.value(reading.usage.externalKey);
        if (usageId == 0 || !reading.cloudEquivalentMicros)
            continue;
        if (Status saved = (*estimate)
                               ->bind(1, usageId)
                               .bind(2, reading.referencePriceKey)
                               .bind(3, *reading.cloudEquivalentMicros)
                               .execute();
            !saved)
            return saved;
    }
    SourceStore store(m_ledger);
    if (Status saved = store.saveState(config().id, state.toJson()); !saved)
        return saved;
    return transaction.commit();
}
