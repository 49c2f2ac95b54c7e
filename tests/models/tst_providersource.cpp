// The generic provider poller against a local fake server, driving the real network code with the
// real OpenAI and Anthropic API descriptions and their fixtures.
#include "ledger/peopledirectory.h"
#include "ledger/reportquery.h"
#include "ledger/sourcestore.h"
#include "ledger/sqlitedatabase.h"
#include "pricing/pricebook.h"
#include "sources/providers/anthropicapi.h"
#include "sources/providers/openaiapi.h"
#include "sources/providersource.h"
#include "sources/secretstore.h"
#include "support/fakeclock.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/templedger.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Response = FakeHttpServer::Response;

namespace {

using ProviderTesting::fixture;

const QString secret = u"sk-admin-test-0123456789"_s;

const QStringList openAiUsageTypes
    = {u"completions"_s,    u"embeddings"_s,           u"images"_s,
       u"audio_speeches"_s, u"audio_transcriptions"_s, u"web_search_calls"_s};

// Independent of the parser: sums read straight from the fixture JSON.
struct FixtureSums
{
    qint64 output = 0;
    qint64 requests = 0;
    int rows = 0;
};

FixtureSums openAiUsageSums(const QStringList &files)
{
    FixtureSums sums;
    for (const QString &file : files) {
        for (const QJsonValue bucket :
             QJsonDocument::fromJson(fixture(file)).object().value(u"data"_s).toArray()) {
            for (const QJsonValue result : bucket.toObject().value(u"results"_s).toArray()) {
                sums.output += result.toObject().value(u"output_tokens"_s).toInteger();
                sums.requests += result.toObject().value(u"num_model_requests"_s).toInteger();
                ++sums.rows;
            }
        }
    }
    return sums;
}

qint64 openAiCostMicros(const QStringList &files)
{
    qint64 micros = 0;
    for (const QString &file : files) {
        for (const QJsonValue bucket :
             QJsonDocument::fromJson(fixture(file)).object().value(u"data"_s).toArray()) {
            for (const QJsonValue result : bucket.toObject().value(u"results"_s).toArray())
                micros += qRound64(
                    result.toObject().value(u"amount"_s).toObject().value(u"value"_s).toDouble()
                    * 1e6);
        }
    }
    return micros;
}

} // namespace

class tst_ProviderSource : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void backfillFollowsEveryPageWithTheRightRequests();
    void identitiesAreMatchedToPeopleByEmail();
    void repeatedPollsAreIdempotent();
    void aRepollTakesTheProvidersRevision();
    void laterPollsStartFortyEightHoursBeforeTheWatermark();
    void rateLimitHonoursRetryAfter();
    void aLongRetryAfterFailsThePoll();
    void serverErrorThenSuccess();
    void timeoutsAreRetriedThenFail();
    void unauthorizedStopsWithTheProvidersMessage();
    void malformedPageWritesNothing();
    void missingKeySaysWhereToPutIt();
    void anthropicUsesBracketedGroupByAndItsHeaders();
    void anthropicKeysTakeTheirCreatorsEmail();

private:
    std::unique_ptr<ProviderSource> makeSource(std::shared_ptr<const ProviderApi> api,
                                               const QString &kind);
    bool poll(ProviderSource &source, Error *error = nullptr);
    void serveEmptyOpenAi();
    void serveEmptyAnthropic();
    void enqueueOpenAiFixtures();
    Report totals();
    qint64 count(const QString &sql) { return *m_ledger->ledger().database().queryInt64(sql); }

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_network;
    FakeClock m_clock;
};

void tst_ProviderSource::init()
{
    m_ledger = std::make_unique<TempLedger>();
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->isListening());
    QProcessEnvironment environment;
    environment.insert(u"PROVIDER_KEY"_s, secret);
    m_secrets = std::make_unique<SecretStore>(environment);
    m_secrets->setKeychainEnabled(false);
    m_clock.set(QDateTime(QDate(2025, 11, 10), QTime(12, 0), Qt::UTC));
}

void tst_ProviderSource::cleanup()
{
    m_server.reset();
    m_ledger.reset();
}

std::unique_ptr<ProviderSource>
tst_ProviderSource::makeSource(std::shared_ptr<const ProviderApi> api, const QString &kind)
{
    SourceStore store(m_ledger->ledger());
    Result<SourceConfig> config = store.find(kind);
    if (!config)
        config = store.add(
            kind, kind,
            {{u"base_url"_s, m_server->url().toString()}, {u"key_env"_s, u"PROVIDER_KEY"_s}},
            m_clock.nowMs());
    Result<PriceBook> prices = PriceBook::load(m_ledger->ledger(), m_clock.nowMs());
    if (!config || !prices)
        return nullptr;
    auto source
        = std::make_unique<ProviderSource>(*config, m_ledger->ledger(), &m_network, &m_clock,
                                           std::move(api), m_secrets.get(), *prices);
    ProviderPollPolicy policy;
    policy.firstRetryMs = 20;
    policy.maxRetryMs = 100;
    policy.timeout = 500ms;
    source->setPolicy(policy);
    source->setJitter([] { return 0.0; });
    return source;
}

bool tst_ProviderSource::poll(ProviderSource &source, Error *error)
{
    QSignalSpy polled(&source, &NetworkSource::polled);
    QSignalSpy failed(&source, &NetworkSource::failed);
    source.poll();
    if (!QTest::qWaitFor([&] { return polled.size() + failed.size() > 0; }, 20'000))
        return false;
    if (!failed.isEmpty() && error)
        *error = failed.constFirst().at(0).value<Error>();
    if (polled.isEmpty())
        return false;
    // What the scheduler would do: the next poll starts from the new watermark.
    source.setConfig(*SourceStore(m_ledger->ledger()).find(source.config().id));
    return true;
}

void tst_ProviderSource::serveEmptyOpenAi()
{
    const QByteArray emptyList
        = R"({"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false})";
    const QByteArray emptyPage = R"({"object":"page","data":[],"has_more":false,"next_page":null})";
    m_server->setFallback(u"/v1/organization/users"_s, Response::json(emptyList));
    m_server->setFallback(u"/v1/organization/projects"_s, Response::json(emptyList));
    m_server->setFallback(u"/v1/organization/costs"_s, Response::json(emptyPage));
    for (const QString &type : openAiUsageTypes)
        m_server->setFallback(u"/v1/organization/usage/"_s + type, Response::json(emptyPage));
}

void tst_ProviderSource::enqueueOpenAiFixtures()
{
    m_server->enqueue(u"/v1/organization/users"_s,
                      Response::json(fixture(u"openai/users_page1.json"_s)));
    m_server->enqueue(u"/v1/organization/users"_s,
                      Response::json(fixture(u"openai/users_page2.json"_s)));
    m_server->enqueue(u"/v1/organization/usage/completions"_s,
                      Response::json(fixture(u"openai/usage_completions_page1.json"_s)));
    m_server->enqueue(u"/v1/organization/usage/completions"_s,
                      Response::json(fixture(u"openai/usage_completions_page2.json"_s)));
    m_server->enqueue(u"/v1/organization/costs"_s,
                      Response::json(fixture(u"openai/costs_page1.json"_s)));
    m_server->enqueue(u"/v1/organization/costs"_s,
                      Response::json(fixture(u"openai/costs_page2.json"_s)));
}

Report tst_ProviderSource::totals()
{
    return *ReportQuery(m_ledger->ledger()).run(ReportRequest {});
}

void tst_ProviderSource::backfillFollowsEveryPageWithTheRightRequests()
{
    serveEmptyOpenAi();
    enqueueOpenAiFixtures();
    auto source = makeSource(std::make_shared<OpenAiApi>(), u"openai"_s);
    QVERIFY(source);
    QVERIFY(poll(*source));

    const FixtureSums sums = openAiUsageSums(
        {u"openai/usage_completions_page1.json"_s, u"openai/usage_completions_page2.json"_s});
    const Report report = totals();
    QCOMPARE(report.totals.records, sums.rows);
    QCOMPARE(report.totals.tokens.output, sums.output);
    QCOMPARE(report.totals.requests, sums.requests);
    QVERIFY(report.totals.costMicros > 0); // estimated from the price table
    QCOMPARE(report.totals.billedMicros, 0); // the account's billed money is kept apart
    QCOMPARE(count(u"SELECT sum(amount_micros) FROM billed_costs"_s),
             openAiCostMicros({u"openai/costs_page1.json"_s, u"openai/costs_page2.json"_s}));

    const QList<FakeHttpServer::Request> usage
        = m_server->requests(u"/v1/organization/usage/completions"_s);
    QCOMPARE(usage.size(), 2);
    const FakeHttpServer::Request &first = usage.at(0);
    QCOMPARE(first.header("Authorization"), "Bearer " + secret.toUtf8());
    QVERIFY(first.header("User-Agent").startsWith("Burnrate/"));
    QCOMPARE(first.queryValues(u"group_by"_s),
             (QStringList {u"user_id"_s, u"project_id"_s, u"api_key_id"_s, u"model"_s}));
    QCOMPARE(first.queryValue(u"bucket_width"_s), u"1d"_s);
    // Thirty days back, aligned to midnight UTC; the end takes in today's bucket.
    QCOMPARE(first.queryValue(u"start_time"_s).toLongLong(),
             QDateTime(QDate(2025, 10, 11), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(first.queryValue(u"end_time"_s).toLongLong(),
             QDateTime(QDate(2025, 11, 11), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QVERIFY(first.queryValue(u"page"_s).isEmpty());
    QCOMPARE(usage.at(1).queryValue(u"page"_s), u"page_AAAAAGkKwQA0ntJvAAAAAGkMEoA="_s);
    QCOMPARE(usage.at(1).queryValue(u"start_time"_s), first.queryValue(u"start_time"_s));
    for (const QString &type : openAiUsageTypes)
        QVERIFY2(!m_server->requests(u"/v1/organization/usage/"_s + type).isEmpty(),
                 qPrintable(type));
    QCOMPARE(m_server->requests(u"/v1/organization/users"_s).size(), 2);
    QCOMPARE(SourceStore(m_ledger->ledger()).find(u"openai"_s)->watermarkMs, m_clock.nowMs());
}

void tst_ProviderSource::identitiesAreMatchedToPeopleByEmail()
{
    PeopleDirectory people(m_ledger->ledger());
    QVERIFY(people.importCsv(
        "email,name,team,manager,role,identities\nada@example.com,Ada,Core,,employee,\n"));
    serveEmptyOpenAi();
    enqueueOpenAiFixtures();
    auto source = makeSource(std::make_shared<OpenAiApi>(), u"openai"_s);
    QVERIFY(poll(*source));

    QCOMPARE(count(u"SELECT count(*) FROM provider_identities WHERE kind = 'openai-user'"_s), 3);
    QCOMPARE(count(u"SELECT count(*) FROM identities WHERE value = 'user-Xa7mQ2rT9bKc4LfE1pNs'"_s),
             1);
    ReportRequest byPerson;
    byPerson.groupBy = {ReportKey::Person};
    const Report report = *ReportQuery(m_ledger->ledger()).run(byPerson);
    bool adaHasUsage = false;
    for (const ReportRow &row : report.rows)
        adaHasUsage |= row.keys.value(0) == u"ada@example.com"_s && row.totals.tokens.output > 0;
    QVERIFY(adaHasUsage);
    // Grace has no person yet: her usage waits, unmatched, for an admin, who sees who she is.
    const QList<UnmatchedIdentity> unmatched = *people.unmatchedIdentities();
    const auto grace
        = std::find_if(unmatched.cbegin(), unmatched.cend(), [](const UnmatchedIdentity &identity) {
              return identity.value == u"user-Lq3Zv8Wn0sYd6HgJ2kRa"_s;
          });
    QVERIFY(grace != unmatched.cend());
    QVERIFY2(grace->providerHint.contains(u"grace@example.com"_s), qPrintable(grace->providerHint));
    // Assigning her re-attributes what she used so far.
    QVERIFY(people.importCsv(
        "email,name,team,manager,role,identities\ngrace@example.com,Grace,Core,,employee,\n"));
    const qint64 graceId = people.personByEmail(u"grace@example.com"_s)->id;
    QVERIFY(people.assignIdentity(u"openai-user"_s, u"user-Lq3Zv8Wn0sYd6HgJ2kRa"_s, graceId));
    QCOMPARE(count(u"SELECT count(*) FROM usage WHERE person_id IS NULL AND identity_value = "
                   u"'user-Lq3Zv8Wn0sYd6HgJ2kRa'"_s),
             0);
}

void tst_ProviderSource::repeatedPollsAreIdempotent()
{
    serveEmptyOpenAi();
    auto source = makeSource(std::make_shared<OpenAiApi>(), u"openai"_s);
    for (int i = 0; i < 3; ++i) {
        enqueueOpenAiFixtures();
        QVERIFY(poll(*source));
        m_clock.advanceSecs(900);
    }
    const FixtureSums sums = openAiUsageSums(
        {u"openai/usage_completions_page1.json"_s, u"openai/usage_completions_page2.json"_s});
    QCOMPARE(totals().totals.tokens.output, sums.output);
    QCOMPARE(count(u"SELECT count(*) FROM usage"_s), sums.rows);
    QCOMPARE(count(u"SELECT sum(amount_micros) FROM billed_costs"_s),
             openAiCostMicros({u"openai/costs_page1.json"_s, u"openai/costs_page2.json"_s}));
    QVERIFY(m_ledger->ledger().rollupDiscrepancies()->isEmpty());
}

void tst_ProviderSource::aRepollTakesTheProvidersRevision()
{
    // Polled on 11-06 and again an hour later: the 11-05 bucket is inside the 48 hours re-fetched.
    m_clock.set(QDateTime(QDate(2025, 11, 6), QTime(12, 0), Qt::UTC));
    serveEmptyOpenAi();
    enqueueOpenAiFixtures();
    auto source = makeSource(std::make_shared<OpenAiApi>(), u"openai"_s);
    QVERIFY(poll(*source));
    const qint64 before = totals().totals.tokens.output;

    // The provider revises the last bucket: one row grows by 1,000 output tokens, another is gone.
    QJsonObject page
        = QJsonDocument::fromJson(fixture(u"openai/usage_completions_page2.json"_s)).object();
    QJsonArray buckets = page.value(u"data"_s).toArray();
    QJsonObject bucket = buckets.at(0).toObject();
    QJsonArray results = bucket.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 2);
    QJsonObject grown = results.at(0).toObject();
    const qint64 droppedOutput = results.at(1).toObject().value(u"output_tokens"_s).toInteger();
    grown.insert(u"output_tokens"_s, grown.value(u"output_tokens"_s).toInteger() + 1000);
    bucket.insert(u"results"_s, QJsonArray {grown});
    page.insert(u"data"_s, QJsonArray {bucket});
    m_server->enqueue(u"/v1/organization/usage/completions"_s,
                      Response::json(fixture(u"openai/usage_completions_page1.json"_s)));
    m_server->enqueue(u"/v1/organization/usage/completions"_s,
                      Response::json(QJsonDocument(page).toJson()));
    m_clock.advanceSecs(3600);
    QVERIFY(poll(*source));
    QCOMPARE(totals().totals.tokens.output, before + 1000 - droppedOutput);
    QVERIFY(m_ledger->ledger().rollupDiscrepancies()->isEmpty());
}

void tst_ProviderSource::laterPollsStartFortyEightHoursBeforeTheWatermark()
{
    serveEmptyOpenAi();
    auto source = makeSource(std::make_shared<OpenAiApi>(), u"openai"_s);
    QVERIFY(poll(*source));
    m_server->clearRequests();
    m_clock.advanceSecs(6 * 3600); // 2025-11-10 18:00
    QVERIFY(poll(*source));
    const FakeHttpServer::Request request
        = m_server->requests(u"/v1/organization/usage/completions"_s).value(0);
    // Watermark 11-10 12:00 − 48 h = 11-08 12:00, aligned down to the day.
    QCOMPARE(request.queryValue(u"start_time"_s).toLongLong(),
             QDateTime(QDate(2025, 11, 8), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

void tst_ProviderSource::rateLimitHonoursRetryAfter()
{
    serveEmptyOpenAi();
    m_server->enqueue(u"/v1/organization/users"_s,
                      Response::json(fixture(u"openai/error_rate_limit.json"_s), 429)
                          .withHeader("Retry-After", "1"));
    auto source = makeSource(std::make_shared<OpenAiApi>(), u"openai"_s);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(poll(*source));
    QCOMPARE(m_server->requests(u"/v1/organization/users"_s).size(), 2);
    QVERIFY2(timer.elapsed() >= 900,
             qPrintable(QString::number(timer.elapsed()))); // waited as told
}

void tst_ProviderSource::aLongRetryAfterFailsThePoll()
{
    serveEmptyOpenAi();
    m_server->enqueue(u"/v1/organization/users"_s,
                      Response::json("{}", 429).withHeader("Retry-After", "7200"));
    auto source = makeSource(std::make_shared<OpenAiApi>(), u"openai"_s);
    Error error;
    QVERIFY(!poll(*source, &error));
    QCOMPARE(error.code, ErrorCode::Network);
    QVERIFY2(error.detail.contains(u"rate limited for 120 minutes"_s), qPrintable(error.detail));
}

void tst_ProviderSource::serverErrorThenSuccess()
{
    serveEmptyOpenAi();
    enqueueOpenAiFixtures();
    m_server->enqueue(u"/v1/organization/costs"_s, Response::reply(500, "oops"));
    m_server->setFallback(
        u"/v1/organization/costs"_s,
        Response::json(R"({"object":"page","data":[],"has_more":false,"next_page":null})"));
    auto source = makeSource(std::make_shared<OpenAiApi>(), u"openai"_s);
    QVERIFY(poll(*source));
    // costs: page 1, page 2, then nothing more was asked (the 500 stays queued for the next poll).
    QCOMPARE(m_server->requests(u"/v1/organization/costs"_s).size(), 2);

    // A poll that meets the 500 first retries and succeeds.
    m_server->clearRequests();
    Error error;
    QVERIFY2(poll(*source, &error), qPrintable(error.detail));
    QCOMPARE(m_server->requests(u"/v1/organization/costs"_s).size(), 2); // 500, then the fallback
}

void tst_ProviderSource::timeoutsAreRetriedThenFail()
{
    serveEmptyOpenAi();
    m_server->setFallback(u"/v1/organization/projects"_s, Response::neverAnswer());
    auto source = makeSource(std::make_shared<OpenAiApi>(), u"openai"_s);
    ProviderPollPolicy policy;
    policy.timeout = 200ms;
    policy.maxAttempts = 2;
    policy.firstRetryMs = 10;
    source->setPolicy(policy);
    Error error;
    QVERIFY(!poll(*source, &error));
    QCOMPARE(error.code, ErrorCode::Network);
    QVERIFY2(error.detail.contains(u"gave up after 2 attempts"_s), qPrintable(error.detail));
    QCOMPARE(m_server->requests(u"/v1/organization/projects"_s).size(), 2);
    QCOMPARE(count(u"SELECT count(*) FROM provider_identities"_s),
             0); // the users page was not written
    QCOMPARE(SourceStore(m_ledger->ledger()).find(u"openai"_s)->watermarkMs, 0);
}

void tst_ProviderSource::unauthorizedStopsWithTheProvidersMessage()
{
    serveEmptyOpenAi();
    m_server->enqueue(u"/v1/organization/users"_s,
                      Response::json(fixture(u"openai/error_invalid_key.json"_s), 401));
    auto source = makeSource(std::make_shared<OpenAiApi>(), u"openai"_s);
    Error error;
    QVERIFY(!poll(*source, &error));
    QCOMPARE(error.code, ErrorCode::Unauthorized);
    QVERIFY2(error.detail.contains(u"HTTP 401"_s), qPrintable(error.detail));
    const QString providerMessage
        = OpenAiApi().errorMessage(fixture(u"openai/error_invalid_key.json"_s));
    QVERIFY(!providerMessage.isEmpty());
    QVERIFY2(error.detail.contains(providerMessage.left(40)), qPrintable(error.detail));
    QVERIFY(!error.detail.contains(secret)); // never the key
    QCOMPARE(m_server->requests(u"/v1/organization/users"_s).size(), 1); // no retry
}

void tst_ProviderSource::malformedPageWritesNothing()
{
    serveEmptyOpenAi();
    enqueueOpenAiFixtures();
    m_server->setFallback(u"/v1/organization/usage/web_search_calls"_s,
                          Response::json("{\"object\":\"page\",\"data\":[{"));
    auto source = makeSource(std::make_shared<OpenAiApi>(), u"openai"_s);
    Error error;
    QVERIFY(!poll(*source, &error));
    QCOMPARE(error.code, ErrorCode::InvalidInput);
    QVERIFY2(error.detail.contains(u"web_search_calls"_s), qPrintable(error.detail));
    // The completions and users pages before it were fine, and still nothing is written.
    QCOMPARE(count(u"SELECT count(*) FROM usage"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM provider_identities"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM billed_costs"_s), 0);
}

void tst_ProviderSource::missingKeySaysWhereToPutIt()
{
    serveEmptyOpenAi();
    SourceStore store(m_ledger->ledger());
    QVERIFY(store.add(
        u"openai"_s, u"openai"_s,
        {{u"base_url"_s, m_server->url().toString()}, {u"key_env"_s, u"NOT_SET_ANYWHERE"_s}},
        m_clock.nowMs()));
    auto source = makeSource(std::make_shared<OpenAiApi>(), u"openai"_s);
    Error error;
    QVERIFY(!poll(*source, &error));
    QCOMPARE(error.code, ErrorCode::Unauthorized);
    QVERIFY2(error.detail.contains(u"NOT_SET_ANYWHERE"_s), qPrintable(error.detail));
    QVERIFY(m_server->requests().isEmpty()); // nothing was sent without a key
}

void tst_ProviderSource::serveEmptyAnthropic()
{
    const QByteArray emptyList = R"({"data":[],"has_more":false,"first_id":null,"last_id":null})";
    const QByteArray emptyReport = R"({"data":[],"has_more":false,"next_page":null})";
    m_server->setFallback(u"/v1/organizations/users"_s, Response::json(emptyList));
    m_server->setFallback(u"/v1/organizations/api_keys"_s, Response::json(emptyList));
    m_server->setFallback(u"/v1/organizations/cost_report"_s, Response::json(emptyReport));
    m_server->setFallback(u"/v1/organizations/usage_report/messages"_s,
                          Response::json(emptyReport));
    m_server->setFallback(u"/v1/organizations/usage_report/claude_code"_s,
                          Response::json(emptyReport));
}

void tst_ProviderSource::anthropicKeysTakeTheirCreatorsEmail()
{
    PeopleDirectory people(m_ledger->ledger());
    QVERIFY(people.importCsv(
        "email,name,team,manager,role,identities\ndana.lee@example.com,Dana,Core,,employee,\n"));
    serveEmptyAnthropic();
    m_server->enqueue(u"/v1/organizations/users"_s,
                      Response::json(fixture(u"anthropic/users_page1.json"_s)));
    m_server->enqueue(u"/v1/organizations/api_keys"_s,
                      Response::json(fixture(u"anthropic/api_keys_page1.json"_s)));
    auto source = makeSource(std::make_shared<AnthropicApi>(), u"anthropic"_s);
    Error error;
    QVERIFY2(poll(*source, &error), qPrintable(error.detail));
    QCOMPARE(count(u"SELECT count(*) FROM provider_identities WHERE kind = 'anthropic-key' "
                   u"AND email = 'dana.lee@example.com'"_s),
             1);
    // Dana's key (and Dana's user id) now stand for Dana: their usage is hers.
    QCOMPARE(count(u"SELECT count(*) FROM identities i JOIN people p ON p.id = i.person_id "
                   u"WHERE p.email = 'dana.lee@example.com' AND i.kind = 'anthropic-key'"_s),
             1);
}

void tst_ProviderSource::anthropicUsesBracketedGroupByAndItsHeaders()
{
    const QByteArray emptyList = R"({"data":[],"has_more":false,"first_id":null,"last_id":null})";
    const QByteArray emptyReport = R"({"data":[],"has_more":false,"next_page":null})";
    m_server->setFallback(u"/v1/organizations/users"_s, Response::json(emptyList));
    m_server->setFallback(u"/v1/organizations/api_keys"_s, Response::json(emptyList));
    m_server->setFallback(u"/v1/organizations/cost_report"_s, Response::json(emptyReport));
    m_server->setFallback(u"/v1/organizations/usage_report/messages"_s,
                          Response::json(emptyReport));
    m_server->setFallback(u"/v1/organizations/usage_report/claude_code"_s,
                          Response::json(emptyReport));
    m_server->enqueue(u"/v1/organizations/usage_report/messages"_s,
                      Response::json(fixture(u"anthropic/usage_report_messages_page1.json"_s)));
    m_server->enqueue(u"/v1/organizations/usage_report/messages"_s,
                      Response::json(fixture(u"anthropic/usage_report_messages_page2.json"_s)));
    auto source = makeSource(std::make_shared<AnthropicApi>(), u"anthropic"_s);
    Error error;
    QVERIFY2(poll(*source, &error), qPrintable(error.detail));

    const QList<FakeHttpServer::Request> requests
        = m_server->requests(u"/v1/organizations/usage_report/messages"_s);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).header("x-api-key"), secret.toUtf8());
    QCOMPARE(requests.at(0).header("anthropic-version"), "2023-06-01");
    QVERIFY(requests.at(0).header("Authorization").isEmpty());
    QVERIFY(requests.at(0).queryValues(u"group_by[]"_s).contains(u"api_key_id"_s));
    QVERIFY(requests.at(0).queryValues(u"group_by"_s).isEmpty());
    QCOMPARE(requests.at(0).queryValue(u"starting_at"_s), u"2025-10-11T00:00:00Z"_s);
    QCOMPARE(requests.at(1).queryValue(u"page"_s), u"page_MjAyNS0xMS0wNVQwMDowMDowMFo="_s);
    qint64 output = 0;
    for (const QString &file : {u"anthropic/usage_report_messages_page1.json"_s,
                                u"anthropic/usage_report_messages_page2.json"_s}) {
        for (const QJsonValue bucket :
             QJsonDocument::fromJson(fixture(file)).object().value(u"data"_s).toArray()) {
            for (const QJsonValue result : bucket.toObject().value(u"results"_s).toArray())
                output += result.toObject().value(u"output_tokens"_s).toInteger();
        }
    }
    QCOMPARE(totals().totals.tokens.output, output);
}

QTEST_GUILESS_MAIN(tst_ProviderSource)
#include "tst_providersource.moc"
