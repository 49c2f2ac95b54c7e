#include "sources/providers/openrouterapi.h"
#include "support/providertesting.h"

#include <QFile>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 86'400'000;
constexpr qint64 nov3 = 1'762'128'000'000; // 2025-11-03T00:00:00Z
constexpr qint64 nov4 = nov3 + dayMs;

const QString aliceKey = u"f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"_s;
const QString botKey = u"9c2e4a1b7d3f5e6a8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a"_s;
const QString disabledKey = u"3b7e2f9a0c4d6e8f1a3b5c7d9e0f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6f"_s;
const QString gpt41Endpoint = u"550e8400-e29b-41d4-a716-446655440000"_s;
const QString sonnetEndpoint = u"7d1a7f0e-3f7c-4a51-9a43-0d3c6a0d5b11"_s;
const QString deepseekEndpoint = u"e3b0c442-98fc-4c14-9afb-f4c8996fb924"_s;

QByteArray fixture(const QString &name)
{
    return ProviderTesting::fixture(u"openrouter/"_s + name);
}

std::shared_ptr<const ProviderEndpoint> endpointNamed(const QString &name)
{
    return ProviderTesting::endpointNamed(OpenRouterApi(), name);
}

UsageRecord activityRecord(const QString &key, qint64 dayStart, const QString &date,
                           const QString &endpointId, const QString &model, const QString &vendor)
{
    UsageRecord record;
    record.externalKey = u"activity|"_s + date + u'|' + key + u'|' + endpointId;
    record.startMs = dayStart;
    record.endMs = dayStart + dayMs;
    record.identityKind = u"openrouter-key"_s;
    record.identityValue = key;
    record.provider = vendor;
    record.model = model;
    record.costKind = CostKind::Billed;
    return record;
}

// The request for the first key's activity, as the chain builds it from the first keys page.
ApiRequest aliceActivityRequest()
{
    const auto activity = endpointNamed(u"activity"_s);
    const QList<ApiRequest> first
        = activity->firstRequests(QUrl(u"https://openrouter.ai/api"_s), {nov3, nov4 + dayMs});
    const Result<ApiPage> keys = activity->parse(first.first(), fixture(u"keys_page1.json"_s));
    if (!keys || !keys->nextPage)
        qFatal("the keys page of the activity chain did not lead on");
    return ApiRequest {*keys->nextPage};
}

} // namespace

class tst_OpenRouterApi : public QObject
{
    Q_OBJECT

private slots:
    void describesTheProvider();
    void keysBecomeIdentities();
    void keysLastPageEndsTheList();
    void firstRequestsKeepTheBasePath_data();
    void firstRequestsKeepTheBasePath();
    void activityWithoutDaysAsksNothing();
    void activityChainAsksEveryKeyOnce();
    void activityRowsAreExact();
    void activityRepeatedRowsAreSummed();
    void malformedBodiesAreInvalidInput_data();
    void malformedBodiesAreInvalidInput();
    void foreignRequestIsRefused();
    void errorMessage_data();
    void errorMessage();
};

void tst_OpenRouterApi::describesTheProvider()
{
    const OpenRouterApi api;
    QCOMPARE(api.kind(), u"openrouter"_s);
    QCOMPARE(api.defaultBaseUrl(), QUrl(u"https://openrouter.ai/api"_s));
    const QList<std::pair<QByteArray, QByteArray>> headers = api.authHeaders(u"sk-or-v1-abc"_s);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().first, QByteArray("Authorization"));
    QCOMPARE(headers.first().second, QByteArray("Bearer sk-or-v1-abc"));

    const auto endpoints = api.endpoints();
    QCOMPARE(endpoints.size(), 2);
    QCOMPARE(endpoints.at(0)->name(), u"keys"_s); // identities before usage
    QCOMPARE(endpoints.at(0)->bucketMs(), 0);
    QCOMPARE(endpoints.at(1)->name(), u"activity"_s);
    QCOMPARE(endpoints.at(1)->bucketMs(), dayMs);
}

void tst_OpenRouterApi::keysBecomeIdentities()
{
    const auto keys = endpointNamed(u"keys"_s);
    const QList<ApiRequest> first
        = keys->firstRequests(QUrl(u"https://openrouter.ai/api"_s), {nov3, nov4});
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().url.path(), u"/api/v1/keys"_s);
    const QUrlQuery query(first.first().url);
    QCOMPARE(query.queryItemValue(u"include_disabled"_s), u"true"_s);
    QCOMPARE(query.queryItemValue(u"offset"_s), u"0"_s);

    const Result<ApiPage> page = keys->parse(first.first(), fixture(u"keys_page1.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    QVERIFY(page->usage.isEmpty()); // rolling counters are not usage
    QVERIFY(page->costs.isEmpty());
    const QList<ProviderIdentity> expected {
        {u"openrouter-key"_s, aliceKey, QString(), u"Alice Martin"_s},
        {u"openrouter-key"_s, botKey, QString(), u"ci-bot"_s},
        {u"openrouter-key"_s, disabledKey, QString(), u"sk-or-v1-c3d...e41"_s}, // no name
    };
    QCOMPARE(page->identities, expected);

    QVERIFY(page->nextPage);
    QCOMPARE(page->nextPage->path(), u"/api/v1/keys"_s);
    const QUrlQuery next(*page->nextPage);
    QCOMPARE(next.queryItemValue(u"offset"_s), u"3"_s);
    QCOMPARE(next.queryItemValue(u"include_disabled"_s), u"true"_s);
}

void tst_OpenRouterApi::keysLastPageEndsTheList()
{
    const auto keys = endpointNamed(u"keys"_s);
    const ApiRequest request {
        QUrl(u"https://openrouter.ai/api/v1/keys?include_disabled=true&offset=3"_s)};
    const Result<ApiPage> page = keys->parse(request, fixture(u"keys_last_page.json"_s));
    QVERIFY(page);
    QVERIFY(page->identities.isEmpty());
    QVERIFY(!page->nextPage);
}

void tst_OpenRouterApi::firstRequestsKeepTheBasePath_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("keysPath");
    QTest::newRow("default") << u"https://openrouter.ai/api"_s << u"/api/v1/keys"_s;
    QTest::newRow("trailing slash") << u"https://openrouter.ai/api/"_s << u"/api/v1/keys"_s;
    QTest::newRow("test server") << u"http://127.0.0.1:8080"_s << u"/v1/keys"_s;
    QTest::newRow("behind a prefix") << u"http://127.0.0.1:8080/mock/or"_s << u"/mock/or/v1/keys"_s;
}

void tst_OpenRouterApi::firstRequestsKeepTheBasePath()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, keysPath);
    const QUrl base(baseUrl);
    for (const auto &endpoint : OpenRouterApi().endpoints()) {
        const QList<ApiRequest> requests = endpoint->firstRequests(base, {nov3, nov4 + dayMs});
        QCOMPARE(requests.size(), 1);
        const QUrl url = requests.first().url;
        QCOMPARE(url.scheme(), base.scheme());
        QCOMPARE(url.host(), base.host());
        QCOMPARE(url.port(), base.port());
        QCOMPARE(url.path(), keysPath);
    }
}

void tst_OpenRouterApi::activityWithoutDaysAsksNothing()
{
    const auto activity = endpointNamed(u"activity"_s);
    QVERIFY(activity->firstRequests(QUrl(u"https://openrouter.ai/api"_s), {nov3, nov3}).isEmpty());
}

void tst_OpenRouterApi::activityChainAsksEveryKeyOnce()
{
    // A fake OpenRouter: the keys list in one page, then each key's activity.
    const auto serve = [](const QUrl &url) -> QByteArray {
        const QUrlQuery query(url);
        if (url.path().endsWith(u"/v1/keys"_s)) {
            return query.queryItemValue(u"offset"_s) == u"0"_s ? fixture(u"keys_page1.json"_s)
                                                               : fixture(u"keys_last_page.json"_s);
        }
        const QString key = query.queryItemValue(u"api_key_hash"_s);
        if (key == aliceKey)
            return fixture(u"activity_alice.json"_s);
        if (key == botKey)
            return fixture(u"activity_ci_bot.json"_s);
        return fixture(u"activity_empty.json"_s);
    };

    const auto activity = endpointNamed(u"activity"_s);
    // 2025-11-03 05:00 to 2025-11-04 13:00: the days 11-03 and 11-04.
    const QList<ApiRequest> first = activity->firstRequests(
        QUrl(u"http://127.0.0.1:8080/mock"_s), {nov3 + 5 * 3'600'000, nov4 + 13 * 3'600'000});
    QCOMPARE(first.size(), 1);

    QStringList asked;
    QList<UsageRecord> usage;
    std::optional<QUrl> next = first.first().url;
    while (next && asked.size() < 20) {
        const ApiRequest request {*next};
        // The chain's state rides in the fragment, which an HTTP request never carries.
        asked.append(request.url.toString(QUrl::RemoveFragment));
        const Result<ApiPage> page = activity->parse(request, serve(request.url));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
        usage.append(page->usage);
        QVERIFY(page->identities.isEmpty()); // the keys endpoint lists them
        next = page->nextPage;
    }
    const QStringList expected {
        u"http://127.0.0.1:8080/mock/v1/keys?include_disabled=true&offset=0"_s,
        u"http://127.0.0.1:8080/mock/v1/activity?api_key_hash="_s + aliceKey,
        u"http://127.0.0.1:8080/mock/v1/activity?api_key_hash="_s + botKey,
        u"http://127.0.0.1:8080/mock/v1/activity?api_key_hash="_s + disabledKey,
        u"http://127.0.0.1:8080/mock/v1/keys?include_disabled=true&offset=3"_s,
    };
    QCOMPARE(asked, expected);
    QCOMPARE(usage.size(), 4); // three of Alice's rows in the window, one summed row of the bot
    for (const UsageRecord &record : std::as_const(usage)) {
        QVERIFY(record.startMs >= nov3);
        QVERIFY(record.endMs <= nov4 + dayMs);
    }
}

void tst_OpenRouterApi::activityRowsAreExact()
{
    const auto activity = endpointNamed(u"activity"_s);
    const ApiRequest request = aliceActivityRequest();
    QCOMPARE(request.url.path(), u"/api/v1/activity"_s);
    const QUrlQuery query(request.url);
    QCOMPARE(query.queryItemValue(u"api_key_hash"_s), aliceKey);
    QVERIFY(!query.hasQueryItem(u"date"_s)); // a date of the running day is refused

    const Result<ApiPage> page = activity->parse(request, fixture(u"activity_alice.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));

    UsageRecord gptNov3 = activityRecord(aliceKey, nov3, u"2025-11-03"_s, gpt41Endpoint,
                                         u"openai/gpt-4.1"_s, u"openai"_s);
    gptNov3.tokens.input = 182340;
    gptNov3.tokens.output = 12877;
    gptNov3.requests = 37;
    gptNov3.costMicros = 421'500; // 0.4215 USD
    UsageRecord sonnet = activityRecord(aliceKey, nov3, u"2025-11-03"_s, sonnetEndpoint,
                                        u"anthropic/claude-sonnet-4"_s, u"anthropic"_s);
    sonnet.tokens.input = 240112;
    sonnet.tokens.output = 20830;
    sonnet.tokens.reasoning = 4096;
    sonnet.requests = 12;
    sonnet.costMicros = 1'032'446; // 1.0324455 USD, the half micro rounded away from zero
    UsageRecord gptNov4 = activityRecord(aliceKey, nov4, u"2025-11-04"_s, gpt41Endpoint,
                                         u"openai/gpt-4.1"_s, u"openai"_s);
    gptNov4.tokens.input = 310;
    gptNov4.tokens.output = 24;
    gptNov4.requests = 1;
    gptNov4.costMicros = 125; // 1.25e-4 USD
    // The 2025-11-05 row lies outside the window.
    ProviderTesting::compareUsage(page->usage, {gptNov3, sonnet, gptNov4});

    QVERIFY(page->nextPage);
    QCOMPARE(QUrlQuery(*page->nextPage).queryItemValue(u"api_key_hash"_s), botKey);
}

void tst_OpenRouterApi::activityRepeatedRowsAreSummed()
{
    const auto activity = endpointNamed(u"activity"_s);
    ApiRequest request = aliceActivityRequest();
    const Result<ApiPage> alice = activity->parse(request, fixture(u"activity_alice.json"_s));
    QVERIFY(alice && alice->nextPage);
    request.url = *alice->nextPage;

    const Result<ApiPage> page = activity->parse(request, fixture(u"activity_ci_bot.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    UsageRecord expected = activityRecord(botKey, nov4, u"2025-11-04"_s, deepseekEndpoint,
                                          u"deepseek/deepseek-chat-v3.1"_s, u"deepseek"_s);
    expected.tokens.input = 5120 + 1000;
    expected.tokens.output = 812 + 188;
    expected.requests = 3 + 1;
    expected.costMicros = 842 + 158;
    ProviderTesting::compareUsage(page->usage, {expected});
}

void tst_OpenRouterApi::malformedBodiesAreInvalidInput_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("keys: not JSON") << u"keys"_s << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("keys: empty body") << u"keys"_s << QByteArray();
    QTest::newRow("keys: array root") << u"keys"_s << QByteArray("[]");
    QTest::newRow("keys: no data") << u"keys"_s << fixture(u"keys_malformed_no_data.json"_s);
    QTest::newRow("keys: data not an array") << u"keys"_s << QByteArray(R"({"data": {}})");
    QTest::newRow("keys: key not an object") << u"keys"_s << QByteArray(R"({"data": ["abc"]})");
    QTest::newRow("keys: no hash") << u"keys"_s << QByteArray(R"({"data": [{"name": "x"}]})");
    QTest::newRow("keys: hash a number") << u"keys"_s << QByteArray(R"({"data": [{"hash": 12}]})");
    QTest::newRow("keys: cut short") << u"keys"_s << fixture(u"keys_page1.json"_s).left(700);
    QTest::newRow("keys: trailing text") << u"keys"_s << QByteArray(R"({"data": []} {"data": []})");

    QTest::newRow("activity: negative tokens")
        << u"activity"_s << fixture(u"activity_malformed_negative_tokens.json"_s);
    QTest::newRow("activity: usage as a string")
        << u"activity"_s << fixture(u"activity_malformed_usage_string.json"_s);
    QTest::newRow("activity: no data") << u"activity"_s << QByteArray("{}");
    QTest::newRow("activity: not JSON") << u"activity"_s << QByteArray("Service Unavailable");
    const QByteArray row = R"({"date": "2025-11-03", "model": "openai/gpt-4.1",
        "endpoint_id": "e1", "usage": 0.01, "requests": 1, "prompt_tokens": 5,
        "completion_tokens": 2, "reasoning_tokens": 0})";
    const auto withRow = [&](const QByteArray &from, const QByteArray &to) -> QByteArray {
        QByteArray changed = row;
        changed.replace(from, to);
        return "{\"data\": [" + changed + "]}";
    };
    QTest::newRow("activity: no usage") << u"activity"_s << withRow("\"usage\": 0.01,", "");
    QTest::newRow("activity: no date") << u"activity"_s << withRow("\"date\": \"2025-11-03\",", "");
    QTest::newRow("activity: bad date") << u"activity"_s << withRow("2025-11-03", "2025-13-03");
    QTest::newRow("activity: negative usage") << u"activity"_s << withRow("0.01", "-0.01");
    QTest::newRow("activity: fractional tokens")
        << u"activity"_s << withRow("\"prompt_tokens\": 5", "\"prompt_tokens\": 5.5");
    QTest::newRow("activity: empty model")
        << u"activity"_s << withRow("\"openai/gpt-4.1\"", "\"\"");
}

void tst_OpenRouterApi::malformedBodiesAreInvalidInput()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    const ApiRequest request = endpoint == u"keys"_s
        ? ApiRequest {QUrl(u"https://openrouter.ai/api/v1/keys?include_disabled=true&offset=0"_s)}
        : aliceActivityRequest();
    const Result<ApiPage> page = endpointNamed(endpoint)->parse(request, body);
    QVERIFY(!page);
    QCOMPARE(page.error().code, ErrorCode::InvalidInput);
    QVERIFY2(page.error().detail.startsWith(endpoint + u": "_s), qPrintable(page.error().detail));
}

void tst_OpenRouterApi::foreignRequestIsRefused()
{
    // An activity step needs the chain state the endpoint put in the fragment.
    const ApiRequest request {QUrl(u"https://openrouter.ai/api/v1/activity?api_key_hash=abc"_s)};
    const Result<ApiPage> page
        = endpointNamed(u"activity"_s)->parse(request, fixture(u"activity_alice.json"_s));
    QVERIFY(!page);
    QCOMPARE(page.error().code, ErrorCode::InvalidArgument);
}

void tst_OpenRouterApi::errorMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("documented") << fixture(u"error_401.json"_s) << u"No auth credentials found"_s;
    QTest::newRow("rate limited") << QByteArray(
        R"({"error": {"code": 429, "message": "Rate limit exceeded"}})")
                                  << u"Rate limit exceeded"_s;
    QTest::newRow("no message") << QByteArray(R"({"error": {"code": 500}})") << QString();
    QTest::newRow("not JSON") << QByteArray("<html>Bad Gateway</html>") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void tst_OpenRouterApi::errorMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(OpenRouterApi().errorMessage(body), message);
}

QTEST_GUILESS_MAIN(tst_OpenRouterApi)
#include "tst_openrouterapi.moc"
