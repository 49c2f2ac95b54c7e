#include "sources/meters/prometheusmeter.h"
#include "support/fakeclock.h"
#include "support/fakehttpserver.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Response = FakeHttpServer::Response;

Q_DECLARE_METATYPE(PrometheusServerKind)
Q_DECLARE_METATYPE(ErrorCode)

namespace {

const QString metricsPath = u"/metrics"_s;
const QString llamaModel = u"meta-llama/Llama-3.1-8B-Instruct"_s;
constexpr double vllmStart = 1763810480;

// What llama-server --metrics serves, with the two token counters set.
QByteArray llamaCppBody(qint64 prompt, qint64 predicted)
{
    return QStringLiteral(R"(# HELP llamacpp:prompt_tokens_total Number of prompt tokens processed.
# TYPE llamacpp:prompt_tokens_total counter
llamacpp:prompt_tokens_total %1
# HELP llamacpp:prompt_seconds_total Prompt process time
# TYPE llamacpp:prompt_seconds_total counter
llamacpp:prompt_seconds_total 235.743
# HELP llamacpp:tokens_predicted_total Number of generation tokens processed.
# TYPE llamacpp:tokens_predicted_total counter
llamacpp:tokens_predicted_total %2
# HELP llamacpp:n_decode_total Total number of llama_decode() calls
# TYPE llamacpp:n_decode_total counter
llamacpp:n_decode_total 7823
# HELP llamacpp:requests_processing Number of requests processing.
# TYPE llamacpp:requests_processing gauge
llamacpp:requests_processing 1
# HELP llamacpp:requests_deferred Number of requests deferred.
# TYPE llamacpp:requests_deferred gauge
llamacpp:requests_deferred 0
)")
        .arg(prompt)
        .arg(predicted)
        .toUtf8();
}

struct VllmCounters
{
    qint64 prompt = 0;
    qint64 generated = 0;
    qint64 stopped = 0; // requests finished by a stop condition
    qint64 truncated = 0; // requests finished by max_tokens
    double processStart = vllmStart;
    QString model = llamaModel;
    QString engine = u"0"_s;
};

// The series of one vLLM engine (prometheus_client, V1 engine labels).
QByteArray vllmSeries(const VllmCounters &counters)
{
    return QStringLiteral(R"(vllm:num_requests_running{engine="%6",model_name="%5"} 2.0
vllm:prompt_tokens_total{engine="%6",model_name="%5"} %1.0
vllm:prompt_tokens_created{engine="%6",model_name="%5"} 1.7638104911e+09
vllm:generation_tokens_total{engine="%6",model_name="%5"} %2.0
vllm:request_success_total{engine="%6",finished_reason="stop",model_name="%5"} %3.0
vllm:request_success_total{engine="%6",finished_reason="length",model_name="%5"} %4.0
vllm:time_to_first_token_seconds_bucket{engine="%6",le="+Inf",model_name="%5"} 123.0
vllm:time_to_first_token_seconds_count{engine="%6",model_name="%5"} 123.0
)")
        .arg(counters.prompt)
        .arg(counters.generated)
        .arg(counters.stopped)
        .arg(counters.truncated)
        .arg(counters.model, counters.engine)
        .toUtf8();
}

QByteArray vllmBody(const QList<VllmCounters> &engines)
{
    QByteArray body = R"(# HELP python_gc_objects_collected_total Objects collected during gc
# TYPE python_gc_objects_collected_total counter
python_gc_objects_collected_total{generation="0"} 12873.0
# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.
# TYPE process_start_time_seconds gauge
process_start_time_seconds )"_ba
        + QByteArray::number(engines.value(0).processStart, 'g', 12) + "\n"
        + R"(# HELP vllm:prompt_tokens_total Number of prefill tokens processed.
# TYPE vllm:prompt_tokens_total counter
# HELP vllm:generation_tokens_total Number of generation tokens processed.
# TYPE vllm:generation_tokens_total counter
# HELP vllm:request_success_total Count of successfully processed requests.
# TYPE vllm:request_success_total counter
# TYPE vllm:time_to_first_token_seconds histogram
)"_ba;
    for (const VllmCounters &engine : engines)
        body += vllmSeries(engine);
    return body;
}

QByteArray vllmBody(qint64 prompt, qint64 generated, qint64 stopped, qint64 truncated)
{
    return vllmBody({VllmCounters {prompt, generated, stopped, truncated}});
}

Response metrics(const QByteArray &body)
{
    return Response::reply(200, body, "text/plain; version=0.0.4; charset=utf-8");
}

TokenCounts tokens(qint64 input, qint64 output)
{
    TokenCounts counts;
    counts.input = input;
    counts.output = output;
    return counts;
}

// What one poll gave, gathered from the meter's signals.
struct Outcome
{
    bool isFinished = false;
    QList<QList<UsageRecord>> usageSignals;
    QList<UsageRecord> usage;
    QList<MeterReading> readings;
    std::optional<Error> error;
    int stateSignals = 0;
};

Outcome pollOnce(PrometheusMeter &meter)
{
    QSignalSpy usageSpy(&meter, &PrometheusMeter::usageMeasured);
    QSignalSpy readingSpy(&meter, &PrometheusMeter::readingTaken);
    QSignalSpy stateSpy(&meter, &PrometheusMeter::stateChanged);
    QSignalSpy errorSpy(&meter, &PrometheusMeter::errorOccurred);
    meter.poll();

    Outcome outcome;
    outcome.isFinished
        = QTest::qWaitFor([&] { return stateSpy.size() + errorSpy.size() > 0; }, 10'000);
    for (const QList<QVariant> &arguments : std::as_const(usageSpy)) {
        outcome.usageSignals.append(arguments.at(0).value<QList<UsageRecord>>());
        outcome.usage += outcome.usageSignals.constLast();
    }
    for (const QList<QVariant> &arguments : std::as_const(readingSpy))
        outcome.readings.append(arguments.at(0).value<MeterReading>());
    if (!errorSpy.isEmpty())
        outcome.error = errorSpy.constFirst().at(0).value<Error>();
    outcome.stateSignals = int(stateSpy.size());
    if (!stateSpy.isEmpty()
        && stateSpy.constLast().at(0).value<PrometheusMeterState>() != meter.state())
        outcome.isFinished = false; // the state signalled must be the state kept
    return outcome;
}

} // namespace

class tst_PrometheusMeter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void baselineScrapeGivesNoUsage();
    void secondScrapeGivesExactDeltas_data();
    void secondScrapeGivesExactDeltas();
    void counterResetCountsTheNewValue();
    void processRestartCountsEverySeriesAgain();
    void newSeriesCountsFromZero();
    void idleIntervalGivesNoRecordButMovesTheBaseline();
    void severalModelsGiveOneRecordEach();
    void autoDetect_data();
    void autoDetect();
    void configuredCounterNames();
    void errorsLeaveTheStateUnchanged_data();
    void errorsLeaveTheStateUnchanged();
    void unreachableServer();
    void pollWhileRunningIsIgnored();
    void destroyedWhilePolling();
    void keepsOneConnectionAlive();
    void stateSurvivesARestartOfTheMeter();
    void stateFromAnotherUrlIsNoBaseline();
    void stateFromJsonRejectsGarbage_data();
    void stateFromJsonRejectsGarbage();
    void cloudEquivalentMicros_data();
    void cloudEquivalentMicros();
    void readingCarriesTheCloudEquivalent();
    void readingWithoutAReferencePrice();

private:
    PrometheusMeterSettings settings(PrometheusServerKind kind
                                     = PrometheusServerKind::AutoDetect) const;
    std::unique_ptr<PrometheusMeter> meter(const PrometheusMeterSettings &meterSettings);
    std::unique_ptr<PrometheusMeter> meter() { return meter(settings()); }
    // Polls once against `body` and checks that the scrape was taken without error.
    bool scrape(PrometheusMeter &meter, const QByteArray &body, Outcome *outcome = nullptr);
    QString expectedKey(qint64 endMs) const
    {
        return settings().metricsUrl.toString() + u':' + QString::number(endMs);
    }

    FakeClock m_clock;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void tst_PrometheusMeter::init()
{
    m_clock = FakeClock();
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->isListening());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void tst_PrometheusMeter::cleanup()
{
    m_network.reset();
    m_server.reset();
}

PrometheusMeterSettings tst_PrometheusMeter::settings(PrometheusServerKind kind) const
{
    PrometheusMeterSettings meterSettings;
    meterSettings.metricsUrl = m_server->url(metricsPath);
    meterSettings.serverKind = kind;
    meterSettings.referenceModel = u"ref-model"_s;
    return meterSettings;
}

std::unique_ptr<PrometheusMeter>
tst_PrometheusMeter::meter(const PrometheusMeterSettings &meterSettings)
{
    return std::make_unique<PrometheusMeter>(m_network.get(), &m_clock, meterSettings);
}

bool tst_PrometheusMeter::scrape(PrometheusMeter &meter, const QByteArray &body, Outcome *outcome)
{
    m_server->enqueue(metricsPath, metrics(body));
    const Outcome result = pollOnce(meter);
    if (outcome)
        *outcome = result;
    if (result.error)
        qWarning("unexpected error: %s", qPrintable(result.error->detail));
    return result.isFinished && !result.error && result.stateSignals == 1;
}

void tst_PrometheusMeter::baselineScrapeGivesNoUsage()
{
    auto prometheusMeter = meter();
    QVERIFY(!prometheusMeter->state().hasBaseline());
    Outcome outcome;
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(33065, 7801), &outcome));

    QVERIFY(outcome.usageSignals.isEmpty());
    QVERIFY(outcome.readings.isEmpty());
    const PrometheusMeterState &state = prometheusMeter->state();
    QVERIFY(state.hasBaseline());
    QCOMPARE(state.scrapedAtMs, m_clock.nowMs());
    QCOMPARE(state.metricsUrl, settings().metricsUrl.toString());
    QCOMPARE(state.counters,
             (QMap<QString, double> {{u"llamacpp:prompt_tokens_total"_s, 33065},
                                     {u"llamacpp:tokens_predicted_total"_s, 7801}}));
}

void tst_PrometheusMeter::secondScrapeGivesExactDeltas_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<PrometheusServerKind>("kind");
    QTest::addColumn<QString>("modelName");
    QTest::addColumn<QString>("expectedModel");
    QTest::addColumn<TokenCounts>("expectedTokens");
    QTest::addColumn<qint64>("expectedRequests");

    const auto autoDetect = PrometheusServerKind::AutoDetect;
    // llama.cpp counts no requests: 0, not a guess.
    QTest::newRow("llama.cpp") << llamaCppBody(33065, 7801) << llamaCppBody(34265, 8146)
                               << autoDetect << QString() << u"llama.cpp"_s << tokens(1200, 345)
                               << qint64(0);
    QTest::newRow("llama.cpp, kind and model configured")
        << llamaCppBody(33065, 7801) << llamaCppBody(34265, 8146) << PrometheusServerKind::LlamaCpp
        << u"qwen2.5-coder-32b"_s << u"qwen2.5-coder-32b"_s << tokens(1200, 345) << qint64(0);
    QTest::newRow("vLLM") << vllmBody(1'234'567, 45'678, 120, 3)
                          << vllmBody(1'240'000, 46'000, 130, 4) << autoDetect << QString()
                          << llamaModel << tokens(5433, 322) << qint64(11);
    QTest::newRow("vLLM, kind given, model configured")
        << vllmBody(1'234'567, 45'678, 120, 3) << vllmBody(1'240'000, 46'000, 130, 4)
        << PrometheusServerKind::Vllm << u"llama-8b"_s << u"llama-8b"_s << tokens(5433, 322)
        << qint64(11);
    QTest::newRow("vLLM, data-parallel engines summed")
        << vllmBody({VllmCounters {1000, 100, 10, 1},
                     VllmCounters {2000, 200, 20, 2, vllmStart, llamaModel, u"1"_s}})
        << vllmBody({VllmCounters {1500, 150, 15, 1},
                     VllmCounters {2600, 290, 26, 2, vllmStart, llamaModel, u"1"_s}})
        << autoDetect << QString() << llamaModel << tokens(1100, 140) << qint64(11);
    // Older builds name some counters without "_total".
    QTest::newRow("vLLM, names without _total")
        << "vllm:prompt_tokens{model_name=\"m\"} 10\nvllm:generation_tokens{model_name=\"m\"} 5\n"
           "vllm:request_success{finished_reason=\"stop\",model_name=\"m\"} 1\n"_ba
        << "vllm:prompt_tokens{model_name=\"m\"} 25\nvllm:generation_tokens{model_name=\"m\"} 9\n"
           "vllm:request_success{finished_reason=\"stop\",model_name=\"m\"} 3\n"_ba
        << autoDetect << QString() << u"m"_s << tokens(15, 4) << qint64(2);
}

void tst_PrometheusMeter::secondScrapeGivesExactDeltas()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(PrometheusServerKind, kind);
    QFETCH(QString, modelName);
    QFETCH(QString, expectedModel);
    QFETCH(TokenCounts, expectedTokens);
    QFETCH(qint64, expectedRequests);

    PrometheusMeterSettings meterSettings = settings(kind);
    meterSettings.modelName = modelName;
    auto prometheusMeter = meter(meterSettings);

    const qint64 startMs = m_clock.nowMs();
    QVERIFY(scrape(*prometheusMeter, first));
    m_clock.advanceSecs(15);
    const qint64 endMs = m_clock.nowMs();
    Outcome outcome;
    QVERIFY(scrape(*prometheusMeter, second, &outcome));

    QCOMPARE(outcome.usageSignals.size(), 1);
    QCOMPARE(outcome.usage.size(), 1);
    const UsageRecord &usage = outcome.usage.constFirst();
    UsageRecord expected;
    expected.externalKey = expectedKey(endMs);
    expected.startMs = startMs;
    expected.endMs = endMs;
    expected.provider = u"local"_s;
    expected.model = expectedModel;
    expected.tokens = expectedTokens;
    expected.requests = expectedRequests;
    expected.costKind = CostKind::Billed; // zero billed: our own hardware
    expected.costMicros = 0;
    QCOMPARE(usage.tokens, expected.tokens);
    QCOMPARE(usage.requests, expected.requests);
    QCOMPARE(usage.model, expected.model);
    QCOMPARE(usage.externalKey, expected.externalKey);
    QCOMPARE(usage, expected);

    QCOMPARE(outcome.readings.size(), 1);
    QCOMPARE(outcome.readings.constFirst().usage, usage);
    QCOMPARE(prometheusMeter->state().scrapedAtMs, endMs);
}

void tst_PrometheusMeter::counterResetCountsTheNewValue()
{
    auto prometheusMeter = meter();
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(1000, 200)));

    Outcome outcome;
    m_clock.advanceSecs(60);
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(1500, 300), &outcome));
    QCOMPARE(outcome.usage.size(), 1);
    QCOMPARE(outcome.usage.constFirst().tokens, tokens(500, 100));

    // The server restarted in between: what it counted since then is all new.
    m_clock.advanceSecs(60);
    const qint64 restartScrapeMs = m_clock.nowMs();
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(40, 10), &outcome));
    QCOMPARE(outcome.usage.size(), 1);
    QCOMPARE(outcome.usage.constFirst().tokens, tokens(40, 10));

    m_clock.advanceSecs(60);
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(100, 30), &outcome));
    QCOMPARE(outcome.usage.size(), 1);
    QCOMPARE(outcome.usage.constFirst().tokens, tokens(60, 20));
    QCOMPARE(outcome.usage.constFirst().startMs, restartScrapeMs);

    // Only the counter that went down was reset.
    m_clock.advanceSecs(60);
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(7, 50), &outcome));
    QCOMPARE(outcome.usage.constFirst().tokens, tokens(7, 20));
}

void tst_PrometheusMeter::processRestartCountsEverySeriesAgain()
{
    auto prometheusMeter = meter();
    QVERIFY(scrape(*prometheusMeter, vllmBody(1000, 100, 10, 0)));

    // Restarted and already past the old values by the next scrape: only the start time tells.
    VllmCounters restarted {5000, 500, 50, 1};
    restarted.processStart = vllmStart + 3600;
    m_clock.advanceSecs(3600 * 2);
    Outcome outcome;
    QVERIFY(scrape(*prometheusMeter, vllmBody({restarted}), &outcome));
    QCOMPARE(outcome.usage.size(), 1);
    QCOMPARE(outcome.usage.constFirst().tokens, tokens(5000, 500));
    QCOMPARE(outcome.usage.constFirst().requests, 51);
    QCOMPARE(prometheusMeter->state().processStartSeconds, vllmStart + 3600);
}

void tst_PrometheusMeter::newSeriesCountsFromZero()
{
    auto prometheusMeter = meter();
    QVERIFY(scrape(*prometheusMeter, vllmBody(1000, 100, 10, 0)));

    // A finish reason seen for the first time since the baseline: its series starts from zero.
    QByteArray second = vllmBody(1100, 120, 11, 0);
    second += "vllm:request_success_total{engine=\"0\",finished_reason=\"abort\",model_name=\""
        + llamaModel.toUtf8() + "\"} 2.0\n";
    m_clock.advanceSecs(30);
    Outcome outcome;
    QVERIFY(scrape(*prometheusMeter, second, &outcome));
    QCOMPARE(outcome.usage.size(), 1);
    QCOMPARE(outcome.usage.constFirst().tokens, tokens(100, 20));
    QCOMPARE(outcome.usage.constFirst().requests, 3);
}

void tst_PrometheusMeter::idleIntervalGivesNoRecordButMovesTheBaseline()
{
    auto prometheusMeter = meter();
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(1000, 200)));

    m_clock.advanceSecs(60);
    const qint64 idleScrapeMs = m_clock.nowMs();
    Outcome outcome;
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(1000, 200), &outcome));
    QVERIFY(outcome.usageSignals.isEmpty());
    QVERIFY(outcome.readings.isEmpty());
    QCOMPARE(prometheusMeter->state().scrapedAtMs, idleScrapeMs);

    m_clock.advanceSecs(60);
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(1010, 205), &outcome));
    QCOMPARE(outcome.usage.size(), 1);
    QCOMPARE(outcome.usage.constFirst().startMs, idleScrapeMs);
    QCOMPARE(outcome.usage.constFirst().tokens, tokens(10, 5));
}

void tst_PrometheusMeter::severalModelsGiveOneRecordEach()
{
    auto prometheusMeter = meter();
    const QString small = u"Qwen/Qwen2.5-0.5B"_s;
    QVERIFY(scrape(*prometheusMeter,
                   vllmBody({VllmCounters {100, 10, 1, 0},
                             VllmCounters {200, 20, 2, 0, vllmStart, small, u"1"_s}})));
    m_clock.advanceSecs(10);
    Outcome outcome;
    QVERIFY(scrape(*prometheusMeter,
                   vllmBody({VllmCounters {150, 15, 2, 0},
                             VllmCounters {260, 29, 3, 1, vllmStart, small, u"1"_s}}),
                   &outcome));

    QCOMPARE(outcome.usageSignals.size(), 1);
    QCOMPARE(outcome.usage.size(), 2);
    QCOMPARE(outcome.readings.size(), 2);
    // In model order, keys unique per model.
    const QString key = expectedKey(m_clock.nowMs());
    QCOMPARE(outcome.usage.at(0).model, small);
    QCOMPARE(outcome.usage.at(0).externalKey, key + u'#' + small);
    QCOMPARE(outcome.usage.at(0).tokens, tokens(60, 9));
    QCOMPARE(outcome.usage.at(0).requests, 2);
    QCOMPARE(outcome.usage.at(1).model, llamaModel);
    QCOMPARE(outcome.usage.at(1).externalKey, key + u'#' + llamaModel);
    QCOMPARE(outcome.usage.at(1).tokens, tokens(50, 5));
    QCOMPARE(outcome.usage.at(1).requests, 1);
}

void tst_PrometheusMeter::autoDetect_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<PrometheusServerKind>("kind");
    QTest::addColumn<QString>("detail"); // part of the error; empty: a baseline is taken

    const auto autoDetect = PrometheusServerKind::AutoDetect;
    QTest::newRow("llama.cpp") << llamaCppBody(1, 1) << autoDetect << QString();
    QTest::newRow("vLLM") << vllmBody(1, 1, 1, 1) << autoDetect << QString();
    QTest::newRow("neither") << "# TYPE up gauge\nup 1\nprocess_start_time_seconds 1e9\n"_ba
                             << autoDetect << u"neither llama.cpp"_s;
    QTest::newRow("empty body") << QByteArray() << autoDetect << u"neither llama.cpp"_s;
    QTest::newRow("vLLM configured, llama.cpp served")
        << llamaCppBody(1, 1) << PrometheusServerKind::Vllm
        << u"no counter vllm:prompt_tokens_total or vllm:prompt_tokens"_s;
    QTest::newRow("llama.cpp configured, vLLM served")
        << vllmBody(1, 1, 1, 1) << PrometheusServerKind::LlamaCpp
        << u"no counter llamacpp:prompt_tokens_total"_s;
    QTest::newRow("a counter served as a gauge")
        << "# TYPE llamacpp:prompt_tokens_total gauge\nllamacpp:prompt_tokens_total 5\n"
           "llamacpp:tokens_predicted_total 5\n"_ba
        << autoDetect << u"llamacpp:prompt_tokens_total is a gauge, not a counter"_s;
}

void tst_PrometheusMeter::autoDetect()
{
    QFETCH(QByteArray, body);
    QFETCH(PrometheusServerKind, kind);
    QFETCH(QString, detail);

    auto prometheusMeter = meter(settings(kind));
    m_server->enqueue(metricsPath, metrics(body));
    const Outcome outcome = pollOnce(*prometheusMeter);
    QVERIFY(outcome.isFinished);
    if (detail.isEmpty()) {
        QVERIFY(!outcome.error);
        QVERIFY(prometheusMeter->state().hasBaseline());
        return;
    }
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::InvalidInput);
    QVERIFY2(outcome.error->detail.contains(detail), qPrintable(outcome.error->detail));
    QVERIFY(!prometheusMeter->state().hasBaseline());
}

void tst_PrometheusMeter::configuredCounterNames()
{
    // Another server with the same idea: the names are configuration, not code.
    PrometheusMeterSettings meterSettings = settings();
    meterSettings.counterNames = PrometheusCounterNames {{u"sglang:prompt_tokens_total"_s},
                                                         {u"sglang:generation_tokens_total"_s},
                                                         {u"sglang:num_requests_total"_s},
                                                         u"model_name"_s};
    auto prometheusMeter = meter(meterSettings);
    const auto body = [](int prompt, int generated, int requests) {
        return QStringLiteral("sglang:prompt_tokens_total{model_name=\"qwen\"} %1\n"
                              "sglang:generation_tokens_total{model_name=\"qwen\"} %2\n"
                              "sglang:num_requests_total{model_name=\"qwen\"} %3\n")
            .arg(prompt)
            .arg(generated)
            .arg(requests)
            .toUtf8();
    };
    QVERIFY(scrape(*prometheusMeter, body(10, 20, 1)));
    m_clock.advanceSecs(5);
    Outcome outcome;
    QVERIFY(scrape(*prometheusMeter, body(30, 25, 3), &outcome));
    QCOMPARE(outcome.usage.size(), 1);
    QCOMPARE(outcome.usage.constFirst().model, u"qwen"_s);
    QCOMPARE(outcome.usage.constFirst().tokens, tokens(20, 5));
    QCOMPARE(outcome.usage.constFirst().requests, 2);
}

void tst_PrometheusMeter::errorsLeaveTheStateUnchanged_data()
{
    QTest::addColumn<Response>("failure");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("detail");

    const auto row = [](const char *name, const Response &failure, ErrorCode code,
                        const QString &detail, int timeoutMs = 10'000) {
        QTest::newRow(name) << failure << timeoutMs << code << detail;
    };
    row("HTTP 500", Response::reply(500, "engine dead"), ErrorCode::Network, u"HTTP 500 from "_s);
    row("HTTP 503 after a delay", Response::reply(503, "loading model").withDelay(50ms),
        ErrorCode::Network, u"HTTP 503 from"_s);
    row("HTTP 404", Response::reply(404, "not found"), ErrorCode::Network, u"HTTP 404"_s);
    row("HTTP 401", Response::reply(401, "no key"), ErrorCode::Unauthorized, u"HTTP 401"_s);
    row("connection closed without an answer", Response::closeWithoutAnswer(), ErrorCode::Network,
        u"GET http://127.0.0.1"_s);
    Response cut = metrics(llamaCppBody(150, 30).first(40)).withHeader("Content-Length", "5000");
    cut.closeAfterAnswer = true;
    row("body cut short", cut, ErrorCode::Network, u"GET http://127.0.0.1"_s);
    row("no answer in time", Response::neverAnswer(), ErrorCode::Network, u"within 300 ms"_s, 300);
    row("malformed body",
        metrics("llamacpp:prompt_tokens_total 150\nllamacpp:tokens_predicted_total {oops\n"),
        ErrorCode::InvalidInput, u"malformed: line 2"_s);
    row("HTML instead of metrics", metrics("<html><body>It works!</body></html>\n"),
        ErrorCode::InvalidInput, u"malformed: line 1"_s);
    row("counter missing", metrics("llamacpp:prompt_tokens_total 150\n"), ErrorCode::InvalidInput,
        u"no counter llamacpp:tokens_predicted_total"_s);
    row("negative counter",
        metrics("llamacpp:prompt_tokens_total -5\nllamacpp:tokens_predicted_total 30\n"),
        ErrorCode::InvalidInput, u"counter llamacpp:prompt_tokens_total is -5"_s);
    row("counter not a number",
        metrics("llamacpp:prompt_tokens_total NaN\nllamacpp:tokens_predicted_total 30\n"),
        ErrorCode::InvalidInput, u"is nan"_s);
    row("series twice",
        metrics("llamacpp:prompt_tokens_total 150\nllamacpp:prompt_tokens_total 150\n"
                "llamacpp:tokens_predicted_total 30\n"),
        ErrorCode::InvalidInput, u"series llamacpp:prompt_tokens_total given twice"_s);
}

void tst_PrometheusMeter::errorsLeaveTheStateUnchanged()
{
    QFETCH(Response, failure);
    QFETCH(int, timeoutMs);
    QFETCH(ErrorCode, code);
    QFETCH(QString, detail);

    PrometheusMeterSettings meterSettings = settings();
    meterSettings.timeout = std::chrono::milliseconds(timeoutMs);
    auto prometheusMeter = meter(meterSettings);
    const qint64 baselineMs = m_clock.nowMs();
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(100, 10)));
    const PrometheusMeterState before = prometheusMeter->state();

    m_clock.advanceSecs(60);
    m_server->setFallback(metricsPath, failure); // the server keeps failing, retries included
    const Outcome failed = pollOnce(*prometheusMeter);
    m_server->clearFallback(metricsPath);
    QVERIFY(failed.isFinished);
    QVERIFY(failed.error);
    QCOMPARE(failed.error->code, code);
    QVERIFY2(failed.error->detail.contains(detail), qPrintable(failed.error->detail));
    QVERIFY(failed.usageSignals.isEmpty());
    QCOMPARE(failed.stateSignals, 0);
    QCOMPARE(prometheusMeter->state(), before);
    QVERIFY(!prometheusMeter->isPolling());

    // The next good scrape covers both intervals.
    m_clock.advanceSecs(60);
    Outcome outcome;
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(150, 30), &outcome));
    QCOMPARE(outcome.usage.size(), 1);
    QCOMPARE(outcome.usage.constFirst().tokens, tokens(50, 20));
    QCOMPARE(outcome.usage.constFirst().startMs, baselineMs);
    QCOMPARE(outcome.usage.constFirst().endMs, m_clock.nowMs());
}

void tst_PrometheusMeter::unreachableServer()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    PrometheusMeterSettings meterSettings = settings();
    meterSettings.metricsUrl = QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(closedPort));
    auto prometheusMeter = meter(meterSettings);
    const Outcome outcome = pollOnce(*prometheusMeter);
    QVERIFY(outcome.isFinished);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::Network);
    QVERIFY2(outcome.error->detail.contains(meterSettings.metricsUrl.toString()),
             qPrintable(outcome.error->detail));
    QVERIFY(!prometheusMeter->state().hasBaseline());
}

void tst_PrometheusMeter::pollWhileRunningIsIgnored()
{
    auto prometheusMeter = meter();
    m_server->enqueue(metricsPath, metrics(llamaCppBody(1, 1)).withDelay(100ms));
    QSignalSpy stateSpy(prometheusMeter.get(), &PrometheusMeter::stateChanged);
    prometheusMeter->poll();
    QVERIFY(prometheusMeter->isPolling());
    prometheusMeter->poll();
    QVERIFY(stateSpy.wait());
    QVERIFY(!prometheusMeter->isPolling());
    QCOMPARE(m_server->requests(metricsPath).size(), 1);
    QCOMPARE(stateSpy.size(), 1);
}

void tst_PrometheusMeter::destroyedWhilePolling()
{
    auto prometheusMeter = meter();
    m_server->enqueue(metricsPath, Response::neverAnswer());
    QSignalSpy requestSpy(m_server.get(), &FakeHttpServer::requestReceived);
    prometheusMeter->poll();
    QVERIFY(requestSpy.wait());
    prometheusMeter.reset(); // aborts the request; nothing left behind to call back
    QTest::qWait(0);
}

void tst_PrometheusMeter::keepsOneConnectionAlive()
{
    PrometheusMeterSettings meterSettings = settings();
    meterSettings.metricsUrl = m_server->url(u"/metrics?name%5B%5D=vllm&name%5B%5D=a%20b"_s);
    auto prometheusMeter = meter(meterSettings);
    for (int i = 0; i < 3; ++i) {
        m_clock.advanceSecs(15);
        QVERIFY(scrape(*prometheusMeter, vllmBody(100 * i, 10 * i, i, 0)));
    }
    QCOMPARE(m_server->connectionCount(), 1);
    const QList<FakeHttpServer::Request> requests = m_server->requests(metricsPath);
    QCOMPARE(requests.size(), 3);
    for (const FakeHttpServer::Request &request : requests) {
        QCOMPARE(request.method, "GET"_ba);
        QCOMPARE(request.connection, 1);
        QCOMPARE(request.queryValue(u"name[]"_s), u"vllm"_s);
        QCOMPARE(request.queryValues(u"name[]"_s), (QStringList {u"vllm"_s, u"a b"_s}));
        QVERIFY(request.header("accept").contains("version=0.0.4"));
    }
}

void tst_PrometheusMeter::stateSurvivesARestartOfTheMeter()
{
    QByteArray saved;
    const qint64 baselineMs = m_clock.nowMs();
    {
        auto first = meter();
        QVERIFY(scrape(*first, vllmBody(1000, 100, 10, 1)));
        saved = first->state().toJson();
        const Result<PrometheusMeterState> restored = PrometheusMeterState::fromJson(saved);
        QVERIFY(restored);
        QCOMPARE(*restored, first->state());
    }

    auto second = meter();
    const Result<PrometheusMeterState> restored = PrometheusMeterState::fromJson(saved);
    QVERIFY(restored);
    second->setState(*restored);
    m_clock.advanceSecs(600);
    Outcome outcome;
    QVERIFY(scrape(*second, vllmBody(1400, 160, 14, 1), &outcome));
    QCOMPARE(outcome.usage.size(), 1);
    QCOMPARE(outcome.usage.constFirst().tokens, tokens(400, 60));
    QCOMPARE(outcome.usage.constFirst().requests, 4);
    QCOMPARE(outcome.usage.constFirst().startMs, baselineMs);
}

void tst_PrometheusMeter::stateFromAnotherUrlIsNoBaseline()
{
    PrometheusMeterState elsewhere;
    elsewhere.metricsUrl = u"http://gpu-box:8080/metrics"_s;
    elsewhere.scrapedAtMs = m_clock.nowMs() - 60'000;
    elsewhere.counters
        = {{u"llamacpp:prompt_tokens_total"_s, 10}, {u"llamacpp:tokens_predicted_total"_s, 1}};
    auto prometheusMeter = meter();
    prometheusMeter->setState(elsewhere);

    Outcome outcome;
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(5000, 900), &outcome));
    QVERIFY(outcome.usage.isEmpty());
    QCOMPARE(prometheusMeter->state().metricsUrl, settings().metricsUrl.toString());
    QCOMPARE(prometheusMeter->state().counters.value(u"llamacpp:prompt_tokens_total"_s), 5000.0);
}

void tst_PrometheusMeter::stateFromJsonRejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << "counters: 5"_ba;
    QTest::newRow("array") << "[1, 2]"_ba;
    QTest::newRow("fields missing") << "{}"_ba;
    QTest::newRow("counter not a number")
        << R"({"metricsUrl":"u","scrapedAtMs":1,"processStartSeconds":0,"counters":{"a":"x"}})"_ba;
}

void tst_PrometheusMeter::stateFromJsonRejectsGarbage()
{
    QFETCH(QByteArray, json);
    const Result<PrometheusMeterState> state = PrometheusMeterState::fromJson(json);
    QVERIFY(!state);
    QCOMPARE(state.error().code, ErrorCode::InvalidInput);

    const Result<PrometheusMeterState> fresh = PrometheusMeterState::fromJson({});
    QVERIFY(fresh);
    QVERIFY(!fresh->hasBaseline());
}

void tst_PrometheusMeter::cloudEquivalentMicros_data()
{
    QTest::addColumn<ModelPrice>("price");
    QTest::addColumn<TokenCounts>("tokens");
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<qint64>("expected");

    ModelPrice plain;
    plain.key = u"hand-made"_s;
    plain.provider = u"openai"_s;
    plain.input = 3'000'000; // $3 per million tokens
    plain.output = 15'000'000; // $15 per million tokens
    ModelPrice tiered = plain;
    tiered.tierThresholdTokens = 200'000;
    tiered.tierInput = 6'000'000;
    tiered.tierOutput = 22'500'000;

    QTest::newRow("nothing") << plain << TokenCounts {} << qint64(0) << qint64(0);
    // 1200 × 3 + 345 × 15 = 3600 + 5175
    QTest::newRow("plain") << plain << tokens(1200, 345) << qint64(0) << qint64(8775);
    // 1 × 3 + 1 × 15
    QTest::newRow("one token each") << plain << tokens(1, 1) << qint64(0) << qint64(18);
    // 1'000'000 × 3 + 1'000'000 × 15
    QTest::newRow("a million each")
        << plain << tokens(1'000'000, 1'000'000) << qint64(3) << qint64(18'000'000);
    // Requests unknown: an interval's sum says nothing about one request's prompt.
    // 300'000 × 3 + 1000 × 15 = 900'000 + 15'000
    QTest::newRow("tier, requests unknown")
        << tiered << tokens(300'000, 1000) << qint64(0) << qint64(915'000);
    // One request with a 300k prompt: 300'000 × 6 + 1000 × 22.5 = 1'800'000 + 22'500
    QTest::newRow("tier, one request")
        << tiered << tokens(300'000, 1000) << qint64(1) << qint64(1'822'500);
    // Two requests of 150k on average: standard rates
    QTest::newRow("tier, two requests")
        << tiered << tokens(300'000, 1000) << qint64(2) << qint64(915'000);
}

void tst_PrometheusMeter::cloudEquivalentMicros()
{
    QFETCH(ModelPrice, price);
    QFETCH(TokenCounts, tokens);
    QFETCH(qint64, requests);
    QFETCH(qint64, expected);

    QCOMPARE(PrometheusMeter::cloudEquivalentMicros(price, tokens, requests), expected);
    if (requests == 0)
        QCOMPARE(PrometheusMeter::cloudEquivalentMicros(price, tokens), expected);
}

void tst_PrometheusMeter::readingCarriesTheCloudEquivalent()
{
    // $3 and $15 per million tokens, in LiteLLM's dollars per token.
    const Result<PriceTable> prices = PriceTable::fromLiteLlmJson(R"({
        "ref-model": {"input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05,
                      "litellm_provider": "openai", "mode": "chat"}})"_ba);
    QVERIFY(prices);
    auto prometheusMeter = meter();
    prometheusMeter->setPriceTable(*prices);

    QVERIFY(scrape(*prometheusMeter, llamaCppBody(33065, 7801)));
    m_clock.advanceSecs(15);
    Outcome outcome;
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(34265, 8146), &outcome));

    QCOMPARE(outcome.readings.size(), 1);
    const MeterReading &reading = outcome.readings.constFirst();
    QCOMPARE(reading.usage, outcome.usage.constFirst());
    QCOMPARE(reading.usage.costMicros, 0); // billed: nothing
    QCOMPARE(reading.referenceModel, u"ref-model"_s);
    QCOMPARE(reading.referencePriceKey, u"ref-model"_s);
    // 1200 × 3 + 345 × 15
    QCOMPARE(reading.cloudEquivalentMicros, std::optional<qint64>(8775));
}

void tst_PrometheusMeter::readingWithoutAReferencePrice()
{
    auto prometheusMeter = meter(); // no price table: nothing matches "ref-model"
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(100, 10)));
    m_clock.advanceSecs(15);
    Outcome outcome;
    QVERIFY(scrape(*prometheusMeter, llamaCppBody(200, 20), &outcome));

    QCOMPARE(outcome.readings.size(), 1);
    QCOMPARE(outcome.readings.constFirst().referenceModel, u"ref-model"_s);
    QCOMPARE(outcome.readings.constFirst().referencePriceKey, QString());
    QVERIFY(!outcome.readings.constFirst().cloudEquivalentMicros.has_value());
    QCOMPARE(outcome.usage.constFirst().tokens, tokens(100, 10));
}

QTEST_GUILESS_MAIN(tst_PrometheusMeter)
#include "tst_prometheusmeter.moc"
