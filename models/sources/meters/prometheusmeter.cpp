#include "prometheusmeter.h"

#include "core/clock.h"
#include "pricing/costcalculator.h"
#include "prometheustext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcPrometheus, "burnrate.sources.prometheus", QtInfoMsg)

constexpr qsizetype maxDetailBodyChars = 200;

enum class CounterRole { PromptTokens, GeneratedTokens, Requests };
enum class Presence { Required, Optional };

// The URL as records and states name it: never with a password in it.
QString urlKey(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

// One string per series, independent of label order: name{a="1",b="2"}.
QString seriesKey(const PrometheusText::Sample &sample)
{
    if (sample.labels.isEmpty())
        return sample.name;
    QList<std::pair<QString, QString>> labels = sample.labels;
    std::sort(labels.begin(), labels.end());
    QStringList parts;
    for (const auto &[name, value] : std::as_const(labels)) {
        QString escaped = value;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
        parts += name + u"=\""_s + escaped + u'"';
    }
    return sample.name + u'{' + parts.join(u',') + u'}';
}

QString serverKindName(PrometheusServerKind kind)
{
    switch (kind) {
    case PrometheusServerKind::LlamaCpp:
        return u"llama.cpp"_s;
    case PrometheusServerKind::Vllm:
        return u"vllm"_s;
    case PrometheusServerKind::AutoDetect:
        break;
    }
    return {};
}

} // namespace

PrometheusCounterNames PrometheusCounterNames::defaults(PrometheusServerKind kind)
{
    PrometheusCounterNames names;
    switch (kind) {
    case PrometheusServerKind::LlamaCpp:
        names.promptTokens = {u"llamacpp:prompt_tokens_total"_s};
        names.generatedTokens = {u"llamacpp:tokens_predicted_total"_s};
        // llamacpp:n_decode_total counts decode batches, not requests: no request counter.
        break;
    case PrometheusServerKind::Vllm:
        names.promptTokens = {u"vllm:prompt_tokens_total"_s, u"vllm:prompt_tokens"_s};
        names.generatedTokens = {u"vllm:generation_tokens_total"_s, u"vllm:generation_tokens"_s};
        names.requests = {u"vllm:request_success_total"_s, u"vllm:request_success"_s};
        names.modelLabel = u"model_name"_s;
        break;
    case PrometheusServerKind::AutoDetect:
        break;
    }
    return names;
}

QByteArray PrometheusMeterState::toJson() const
{
    QJsonObject counterObject;
    for (auto it = counters.cbegin(); it != counters.cend(); ++it)
        counterObject.insert(it.key(), it.value());
    QJsonObject object;
    object.insert(u"metricsUrl"_s, metricsUrl);
    object.insert(u"scrapedAtMs"_s, double(scrapedAtMs));
    object.insert(u"processStartSeconds"_s, processStartSeconds);
    object.insert(u"counters"_s, counterObject);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<PrometheusMeterState> PrometheusMeterState::fromJson(const QByteArray &json)
{
    PrometheusMeterState state;
    if (json.trimmed().isEmpty())
        return state; // a source never scraped
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error {
            ErrorCode::InvalidInput,
            u"prometheus meter state is no JSON object: %1"_s.arg(parseError.errorString())};
    const QJsonObject object = document.object();
    const QJsonValue url = object.value(u"metricsUrl");
    const QJsonValue scrapedAt = object.value(u"scrapedAtMs");
    const QJsonValue processStart = object.value(u"processStartSeconds");
    const QJsonValue counters = object.value(u"counters");
    if (!url.isString() || !scrapedAt.isDouble() || !processStart.isDouble()
        || !counters.isObject())
        return Error {ErrorCode::InvalidInput, u"prometheus meter state lacks a field"_s};
    state.metricsUrl = url.toString();
    state.scrapedAtMs = qint64(scrapedAt.toDouble());
    state.processStartSeconds = processStart.toDouble();
    const QJsonObject counterObject = counters.toObject();
    for (auto it = counterObject.constBegin(); it != counterObject.constEnd(); ++it) {
        if (!it.value().isDouble())
            return Error {ErrorCode::InvalidInput,
                          u"prometheus meter state: counter %1 is no number"_s.arg(it.key())};
        state.counters.insert(it.key(), it.value().toDouble());
    }
    return state;
}

PrometheusMeter::PrometheusMeter(QNetworkAccessManager *network, const Clock *clock,
                                 PrometheusMeterSettings settings, QObject *parent)
    : QObject(parent), m_network(network), m_clock(clock), m_settings(std::move(settings))
{
    Q_ASSERT(m_network);
    Q_ASSERT(m_clock);
}

PrometheusMeter::~PrometheusMeter()
{
    if (m_reply) {
        m_reply->disconnect(this); // no signal from a meter being destroyed
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PrometheusMeter::poll()
{
    if (isPolling()) {
        qCDebug(lcPrometheus) << "scrape of" << urlKey(m_settings.metricsUrl) << "still running";
        return;
    }
    QNetworkRequest request(m_settings.metricsUrl);
    // The classic text format: what the parser reads, and what every exporter still serves.
    request.setRawHeader("Accept", "text/plain; version=0.0.4; q=1, */*; q=0.1");
    request.setTransferTimeout(int(m_settings.timeout.count()));
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &PrometheusMeter::onReplyFinished);
}

void PrometheusMeter::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();

    const QString url = urlKey(m_settings.metricsUrl);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto fail = [this, &url](ErrorCode code, const QString &detail) {
        qCDebug(lcPrometheus) << "scrape of" << url << "failed:" << detail;
        emit errorOccurred(Error {code, detail});
    };

    if (status != 0 && status != 200) {
        const QString body = QString::fromUtf8(reply->read(maxDetailBodyChars)).simplified();
        const ErrorCode code
            = status == 401 || status == 403 ? ErrorCode::Unauthorized : ErrorCode::Network;
        return fail(code, u"HTTP %1 from %2: %3"_s.arg(status).arg(url, body));
    }
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return fail(ErrorCode::Network,
                    u"no answer from %1 within %2 ms"_s.arg(url).arg(m_settings.timeout.count()));
    if (reply->error() != QNetworkReply::NoError)
        return fail(ErrorCode::Network, u"GET %1: %2"_s.arg(url, reply->errorString()));

    Result<Measurement> measurement = measure(reply->readAll(), m_clock->nowMs());
    if (!measurement)
        return fail(measurement.error().code, measurement.error().detail);

    m_state = std::move(measurement->state);
    if (!measurement->usage.isEmpty()) {
        emit usageMeasured(measurement->usage);
        for (const UsageRecord &usage : std::as_const(measurement->usage))
            emit readingTaken(reading(usage));
    }
    emit stateChanged(m_state);
}

std::optional<PrometheusServerKind> PrometheusMeter::detectServerKind(const PrometheusText &text)
{
    for (const PrometheusText::Sample &sample : text.samples()) {
        if (sample.name.startsWith(u"vllm:"))
            return PrometheusServerKind::Vllm;
        if (sample.name.startsWith(u"llamacpp:"))
            return PrometheusServerKind::LlamaCpp;
    }
    return std::nullopt;
}

Result<PrometheusMeter::Measurement> PrometheusMeter::measure(const QByteArray &body,
                                                              qint64 nowMs) const
{
    const QString url = urlKey(m_settings.metricsUrl);
    const auto invalid = [&url](const QString &what) {
        return Error {ErrorCode::InvalidInput, u"metrics of %1: %2"_s.arg(url, what)};
    };

    // A body that does not parse throughout may be cut short or not be metrics at all.
    const PrometheusText text = PrometheusText::parse(body);
    if (text.hasErrors())
        return invalid(u"malformed: "_s + text.errorSummary());

    PrometheusServerKind kind = m_settings.serverKind;
    if (kind == PrometheusServerKind::AutoDetect) {
        const std::optional<PrometheusServerKind> detected = detectServerKind(text);
        if (!detected && !m_settings.counterNames)
            return invalid(u"neither llama.cpp (llamacpp:*) nor vLLM (vllm:*) metrics"_s);
        kind = detected.value_or(PrometheusServerKind::AutoDetect);
    }
    const PrometheusCounterNames names
        = m_settings.counterNames.value_or(PrometheusCounterNames::defaults(kind));

    QSet<QString> presentNames;
    for (const PrometheusText::Sample &sample : text.samples())
        presentNames.insert(sample.name);
    const auto firstPresent = [&presentNames](const QStringList &candidates) {
        const auto found
            = std::find_if(candidates.cbegin(), candidates.cend(),
                           [&](const QString &name) { return presentNames.contains(name); });
        return found == candidates.cend() ? QString() : *found;
    };
    QHash<QString, CounterRole> roles;
    const auto choose = [&](const QStringList &candidates, CounterRole role,
                            Presence presence) -> std::optional<Error> {
        const QString name = firstPresent(candidates);
        if (name.isEmpty())
            return presence == Presence::Required
                ? std::optional(invalid(u"no counter %1"_s.arg(candidates.join(u" or "))))
                : std::nullopt;
        const QString type = text.type(name);
        if (type == u"gauge" || type == u"histogram" || type == u"summary")
            return invalid(u"%1 is a %2, not a counter"_s.arg(name, type));
        roles.insert(name, role);
        return std::nullopt;
    };
    if (auto error = choose(names.promptTokens, CounterRole::PromptTokens, Presence::Required))
        return *error;
    if (auto error
        = choose(names.generatedTokens, CounterRole::GeneratedTokens, Presence::Required))
        return *error;
    if (auto error = choose(names.requests, CounterRole::Requests, Presence::Optional))
        return *error;

    double processStart = 0;
    for (const PrometheusText::Sample &sample : text.samples()) {
        if (sample.name == u"process_start_time_seconds" && sample.labels.isEmpty())
            processStart = sample.value;
    }

    const bool hasBaseline = m_state.hasBaseline() && m_state.metricsUrl == url;
    const bool hasRestarted = hasBaseline && m_state.processStartSeconds > 0 && processStart > 0
        && processStart != m_state.processStartSeconds;
    // Keys must stay unique and intervals positive even if the clock stepped back.
    const qint64 endMs = hasBaseline ? std::max(nowMs, m_state.scrapedAtMs + 1) : nowMs;

    Measurement measurement;
    measurement.state.metricsUrl = url;
    measurement.state.scrapedAtMs = endMs;
    measurement.state.processStartSeconds = processStart;

    struct Totals
    {
        TokenCounts tokens;
        qint64 requests = 0;
    };
    QMap<QString, Totals> byModel; // ordered, so records come in a stable order
    const QString fallbackModel
        = serverKindName(kind).isEmpty() ? m_settings.metricsUrl.host() : serverKindName(kind);

    for (const PrometheusText::Sample &sample : text.samples()) {
        const auto role = roles.constFind(sample.name);
        if (role == roles.constEnd())
            continue;
        if (!std::isfinite(sample.value) || sample.value < 0)
            return invalid(u"counter %1 is %2"_s.arg(sample.name).arg(sample.value));
        const QString key = seriesKey(sample);
        if (measurement.state.counters.contains(key))
            return invalid(u"series %1 given twice"_s.arg(key));
        measurement.state.counters.insert(key, sample.value);

        QString model = m_settings.modelName;
        if (model.isEmpty() && !names.modelLabel.isEmpty())
            model = sample.label(names.modelLabel);
        if (model.isEmpty())
            model = fallbackModel;
        Totals &totals = byModel[model];
        if (!hasBaseline)
            continue;

        // A counter below its last value, or one we have not seen, started again from zero
        // after the last scrape: all of its value is new.
        const auto previous = m_state.counters.constFind(key);
        const bool startedAgain
            = hasRestarted || previous == m_state.counters.constEnd() || sample.value < *previous;
        const qint64 delta = std::llround(startedAgain ? sample.value : sample.value - *previous);
        switch (*role) {
        case CounterRole::PromptTokens:
            totals.tokens.input += delta;
            break;
        case CounterRole::GeneratedTokens:
            totals.tokens.output += delta;
            break;
        case CounterRole::Requests:
            totals.requests += delta;
            break;
        }
    }
    if (!hasBaseline)
        return measurement; // nothing from before we watched

    for (auto it = byModel.cbegin(); it != byModel.cend(); ++it) {
        if (it->tokens.total() == 0 && it->requests == 0)
            continue; // an idle interval is no usage
        UsageRecord usage;
        usage.externalKey = url + u':' + QString::number(endMs);
        if (byModel.size() > 1)
            usage.externalKey += u'#' + it.key();
        usage.startMs = m_state.scrapedAtMs;
        usage.endMs = endMs;
        usage.provider = u"local"_s;
        usage.model = it.key();
        usage.tokens = it->tokens;
        usage.requests = it->requests; // 0 when the server counts no requests
        usage.costKind = CostKind::Billed; // our own hardware: nothing billed
        usage.costMicros = 0;
        measurement.usage.append(usage);
    }
    return measurement;
}

MeterReading PrometheusMeter::reading(const UsageRecord &usage) const
{
    MeterReading reading;
    reading.usage = usage;
    reading.referenceModel = m_settings.referenceModel;
    if (m_settings.referenceModel.isEmpty())
        return reading;
    if (const std::optional<ModelPrice> price = m_prices.find(m_settings.referenceModel)) {
        reading.referencePriceKey = price->key;
        reading.cloudEquivalentMicros = cloudEquivalentMicros(*price, usage.tokens, usage.requests);
    } else {
        qCDebug(lcPrometheus) << "no price for reference model" << m_settings.referenceModel;
    }
    return reading;
}

qint64 PrometheusMeter::cloudEquivalentMicros(const ModelPrice &reference,
                                              const TokenCounts &tokens, qint64 requests)
{
    if (requests > 0)
        return CostCalculator::costMicros(reference, tokens, CostCalculator::Speed::Standard,
                                          requests);
    ModelPrice standard = reference;
    standard.tierThresholdTokens = 0; // request sizes unknown: no long-context tier
    return CostCalculator::costMicros(standard, tokens);
}
