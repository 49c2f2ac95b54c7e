#include "ledger/reportquery.h"
#include "ledger/sourcestore.h"
#include "ledger/sqlitedatabase.h"
#include "pricing/pricetable.h"
#include "sources/meters/prometheusmeter.h"
#include "sources/meters/prometheussource.h"
#include "support/fakeclock.h"
#include "support/fakehttpserver.h"
#include "support/templedger.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;

namespace {

QByteArray llamaCppBody(qint64 prompt, qint64 predicted)
{
    return "# TYPE llamacpp:prompt_tokens_total counter\nllamacpp:prompt_tokens_total "
        + QByteArray::number(prompt) + "\n# TYPE llamacpp:tokens_predicted_total counter\n"
        + "llamacpp:tokens_predicted_total " + QByteArray::number(predicted)
        + "\nllamacpp:requests_processing 0\n";
}

Response metrics(const QByteArray &body)
{
    return Response::reply(200, body, "text/plain; version=0.0.4");
}

// $3 and $15 per million tokens.
PriceTable referencePrices()
{
    return *PriceTable::fromLiteLlmJson(R"({"ref-model": {"input_cost_per_token": 3e-06,
        "output_cost_per_token": 1.5e-05, "litellm_provider": "openai", "mode": "chat"}})"_ba);
}

} // namespace

class tst_PrometheusSource : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void settingsFromTheSource_data();
    void settingsFromTheSource();
    void scrapesBecomeUsageWithCloudEquivalents();
    void aRestartedSourceContinuesFromTheStoredBaseline();
    void aFailedScrapeWritesNothing();
    void aFailedWriteScrapesTheIntervalAgain();

private:
    std::unique_ptr<PrometheusSource> makeSource();
    bool poll(PrometheusSource &source, const QByteArray &body, Error *error = nullptr);
    qint64 count(const QString &sql);

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<FakeHttpServer> m_server;
    QNetworkAccessManager m_network;
    FakeClock m_clock;
    qint64 m_sourceId = 0;
};

void tst_PrometheusSource::init()
{
    m_ledger = std::make_unique<TempLedger>();
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->isListening());
    Result<SourceConfig> added = SourceStore(m_ledger->ledger())
                                     .add(u"llamacpp"_s, u"gpu-box"_s,
                                          {{u"base_url"_s, m_server->url().toString()},
                                           {u"reference_model"_s, u"ref-model"_s},
                                           {u"model"_s, u"llama-3.1-8b"_s},
                                           {u"person_email"_s, u"Ana@Example.com"_s}},
                                          m_clock.nowMs());
    QVERIFY(added);
    m_sourceId = added->id;
}

void tst_PrometheusSource::cleanup()
{
    m_server.reset();
    m_ledger.reset();
}

std::unique_ptr<PrometheusSource> tst_PrometheusSource::makeSource()
{
    return std::make_unique<PrometheusSource>(*SourceStore(m_ledger->ledger()).find(m_sourceId),
                                              m_ledger->ledger(), &m_network, &m_clock,
                                              referencePrices());
}

bool tst_PrometheusSource::poll(PrometheusSource &source, const QByteArray &body, Error *error)
{
    if (!body.isNull())
        m_server->enqueue(u"/metrics"_s, metrics(body));
    QSignalSpy polled(&source, &NetworkSource::polled);
    QSignalSpy failed(&source, &NetworkSource::failed);
    source.poll();
    if (!QTest::qWaitFor([&] { return polled.size() + failed.size() > 0; }, 10'000))
        return false;
    if (!failed.isEmpty() && error)
        *error = failed.constFirst().at(0).value<Error>();
    return failed.isEmpty();
}

qint64 tst_PrometheusSource::count(const QString &sql)
{
    return *m_ledger->ledger().database().queryInt64(sql);
}

void tst_PrometheusSource::settingsFromTheSource_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("metricsUrl"); // empty: the settings are refused

    QTest::newRow("server") << u"llamacpp"_s << u"http://gpu:8080"_s
                            << u"http://gpu:8080/metrics"_s;
    QTest::newRow("slash") << u"vllm"_s << u"http://gpu:8000/"_s << u"http://gpu:8000/metrics"_s;
    QTest::newRow("metrics url") << u"vllm"_s << u"https://gpu/v/metrics"_s
                                 << u"https://gpu/v/metrics"_s;
    QTest::newRow("prefix") << u"llamacpp"_s << u"http://gw/llama"_s
                            << u"http://gw/llama/metrics"_s;
    QTest::newRow("missing") << u"llamacpp"_s << QString() << QString();
    QTest::newRow("no host") << u"llamacpp"_s << u"gpu:8080"_s << QString();
    QTest::newRow("ftp") << u"vllm"_s << u"ftp://gpu/metrics"_s << QString();
}

void tst_PrometheusSource::settingsFromTheSource()
{
    QFETCH(QString, kind);
    QFETCH(QString, baseUrl);
    QFETCH(QString, metricsUrl);
    SourceConfig config;
    config.kind = kind;
    config.name = u"x"_s;
    if (!baseUrl.isNull())
        config.settings.insert(u"base_url"_s, baseUrl);
    const Result<PrometheusMeterSettings> settings = PrometheusSource::meterSettings(config);
    if (metricsUrl.isEmpty()) {
        QVERIFY(!settings);
        QCOMPARE(settings.error().code, ErrorCode::InvalidArgument);
        return;
    }
    QVERIFY(settings);
    QCOMPARE(settings->metricsUrl, QUrl(metricsUrl));
    QCOMPARE(settings->serverKind,
             kind == "vllm"_L1 ? PrometheusServerKind::Vllm : PrometheusServerKind::LlamaCpp);
}

void tst_PrometheusSource::scrapesBecomeUsageWithCloudEquivalents()
{
    auto source = makeSource();
    QVERIFY(poll(*source, llamaCppBody(33065, 7801))); // the baseline
    QCOMPARE(count(u"SELECT count(*) FROM usage"_s), 0);
    QVERIFY(!SourceStore(m_ledger->ledger()).find(m_sourceId)->state.isEmpty());

    m_clock.advanceSecs(15);
    QVERIFY(poll(*source, llamaCppBody(34265, 8146)));
    m_clock.advanceSecs(15);
    QVERIFY(poll(*source, llamaCppBody(34265, 8146))); // idle: nothing to record
    m_clock.advanceSecs(15);
    QVERIFY(poll(*source, llamaCppBody(35265, 8246)));

    const Report report = *ReportQuery(m_ledger->ledger()).run(ReportRequest {});
    QCOMPARE(report.totals.tokens.input, 2200);
    QCOMPARE(report.totals.tokens.output, 445);
    QCOMPARE(report.totals.costMicros, 0); // our own hardware
    QCOMPARE(report.totals.costKind(), AggregateCostKind::Billed);
    QCOMPARE(count(u"SELECT count(*) FROM usage WHERE identity_value = 'ana@example.com'"_s), 2);
    QCOMPARE(count(u"SELECT count(DISTINCT model_id) FROM usage"_s), 1);
    // 1200 × 3 + 345 × 15 and 1000 × 3 + 100 × 15 micro-dollars.
    QCOMPARE(count(u"SELECT sum(cloud_equivalent_micros) FROM usage_estimates"_s), 8775 + 4500);
    QCOMPARE(count(u"SELECT count(*) FROM usage_estimates WHERE reference_model = 'ref-model'"_s),
             2);
}

void tst_PrometheusSource::aRestartedSourceContinuesFromTheStoredBaseline()
{
    {
        auto source = makeSource();
        QVERIFY(poll(*source, llamaCppBody(1000, 100)));
        m_clock.advanceSecs(15);
        QVERIFY(poll(*source, llamaCppBody(1500, 150)));
    }
    m_ledger->reopen(); // the app restarts
    m_clock.advanceSecs(600);
    auto source = makeSource();
    QVERIFY(poll(*source, llamaCppBody(1700, 170))); // counted from 1500, not a new baseline
    const Report report = *ReportQuery(m_ledger->ledger()).run(ReportRequest {});
    QCOMPARE(report.totals.tokens.input, 700);
    QCOMPARE(report.totals.tokens.output, 70);
}

void tst_PrometheusSource::aFailedScrapeWritesNothing()
{
    auto source = makeSource();
    QVERIFY(poll(*source, llamaCppBody(1000, 100)));
    const QByteArray baseline = SourceStore(m_ledger->ledger()).find(m_sourceId)->state;
    m_clock.advanceSecs(15);
    m_server->enqueue(u"/metrics"_s, Response::reply(503, "loading model"));
    Error error;
    QVERIFY(!poll(*source, QByteArray(), &error));
    QCOMPARE(error.code, ErrorCode::Network);
    QCOMPARE(SourceStore(m_ledger->ledger()).find(m_sourceId)->state, baseline);
    QCOMPARE(count(u"SELECT count(*) FROM usage"_s), 0);

    // The next good scrape covers both intervals.
    m_clock.advanceSecs(15);
    QVERIFY(poll(*source, llamaCppBody(1300, 130)));
    QCOMPARE(ReportQuery(m_ledger->ledger()).run(ReportRequest {})->totals.tokens.input, 300);
}

void tst_PrometheusSource::aFailedWriteScrapesTheIntervalAgain()
{
    auto source = makeSource();
    QVERIFY(poll(*source, llamaCppBody(1000, 100)));
    m_clock.advanceSecs(15);
    // A ledger that refuses writes (another process holds the write lock, a full disk...).
    QVERIFY(m_ledger->ledger().database().exec(
        u"CREATE TRIGGER refuse BEFORE INSERT ON usage BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
    Error error;
    QVERIFY(!poll(*source, llamaCppBody(1200, 120), &error));
    QCOMPARE(error.code, ErrorCode::Database);
    QVERIFY(m_ledger->ledger().database().exec(u"DROP TRIGGER refuse"_s));
    m_clock.advanceSecs(15);
    QVERIFY(poll(*source, llamaCppBody(1250, 125)));
    const Report report = *ReportQuery(m_ledger->ledger()).run(ReportRequest {});
    QCOMPARE(report.totals.tokens.input, 250); // from the last stored baseline: nothing lost
    QCOMPARE(report.totals.tokens.output, 25);
}

QTEST_GUILESS_MAIN(tst_PrometheusSource)
#include "tst_prometheussource.moc"
