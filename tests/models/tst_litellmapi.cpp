#include "sources/providers/litellmapi.h"
#include "support/providertesting.h"

#include <QFile>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 86'400'000;
constexpr qint64 nov3 = 1'762'128'000'000; // 2025-11-03T00:00:00Z
constexpr qint64 nov4 = nov3 + dayMs;

const QString aliceKey = u"88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4b"_s;
const QString bobKey = u"a73dc2e1b9f04c7d8e6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e"_s;
const QString orphanKey = u"5f2b9e7c3a1d4f6b8e0c2a4d6f8b0e2c4a6d8f0b2e4c6a8d0f2b4e6c8a0d2f4b"_s;
const QString proxy = u"http://127.0.0.1:4000/litellm/"_s; // behind a path prefix

QByteArray fixture(const QString &name)
{
    return ProviderTesting::fixture(u"litellm/"_s + name);
}

std::shared_ptr<const ProviderEndpoint> endpointNamed(const QString &name)
{
    return ProviderTesting::endpointNamed(LiteLlmApi(), name);
}

ApiRequest activityRequest(const QString &date, int page)
{
    return ApiRequest {QUrl(proxy + u"user/daily/activity?start_date="_s + date + u"&end_date="_s
                            + date + u"&page="_s + QString::number(page) + u"&page_size=1000"_s)};
}

// One day, one model, one key: the malformed cases each break one thing of it.
const QByteArray dayTemplate = R"({"results": [{"date": "2025-11-03", "breakdown": {"models": {
    "gpt-4o": {"metrics": {"spend": 0.5, "prompt_tokens": 10, "completion_tokens": 2,
    "api_requests": 1}, "api_key_breakdown": {"k1": {"metrics": {"spend": 0.5,
    "prompt_tokens": 10, "completion_tokens": 2, "api_requests": 1},
    "metadata": {"user_id": "u"}}}}}}}], "metadata": {"has_more": false}})";

UsageRecord dailyRecord(qint64 dayStart, const QString &externalKey, const QString &model)
{
    UsageRecord record;
    record.externalKey = externalKey;
    record.startMs = dayStart;
    record.endMs = dayStart + dayMs;
    record.provider = u"litellm"_s;
    record.model = model;
    record.costKind = CostKind::Billed;
    return record;
}

} // namespace

class tst_LiteLlmApi : public QObject
{
    Q_OBJECT

private slots:
    void describesTheProvider();
    void userListRequest();
    void usersBecomeIdentities();
    void lastUserPageEndsTheList();
    void dailyActivityAsksOnePerDay_data();
    void dailyActivityAsksOnePerDay();
    void dailyActivityPerModelAndKey();
    void dailyActivityLaterPage();
    void dailyActivityOfAnOlderProxy();
    void dailyActivityPagesByTotalPages();
    void emptyDayHasNothing();
    void dayTemplateParses();
    void malformedBodiesAreInvalidInput_data();
    void malformedBodiesAreInvalidInput();
    void errorMessage_data();
    void errorMessage();
};

void tst_LiteLlmApi::describesTheProvider()
{
    const LiteLlmApi api;
    QCOMPARE(api.kind(), u"litellm"_s);
    QVERIFY(api.defaultBaseUrl().isEmpty()); // self-hosted: the user must give it
    const QList<std::pair<QByteArray, QByteArray>> headers = api.authHeaders(u"sk-1234"_s);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().first, QByteArray("Authorization"));
    QCOMPARE(headers.first().second, QByteArray("Bearer sk-1234"));

    const auto endpoints = api.endpoints();
    QCOMPARE(endpoints.size(), 2);
    QCOMPARE(endpoints.at(0)->name(), u"user/list"_s); // identities before usage
    QCOMPARE(endpoints.at(0)->bucketMs(), 0);
    QCOMPARE(endpoints.at(1)->name(), u"user/daily/activity"_s);
    QCOMPARE(endpoints.at(1)->bucketMs(), dayMs);
}

void tst_LiteLlmApi::userListRequest()
{
    const QList<ApiRequest> requests
        = endpointNamed(u"user/list"_s)->firstRequests(QUrl(proxy), {nov3, nov4});
    QCOMPARE(requests.size(), 1);
    const QUrl url = requests.first().url;
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QCOMPARE(url.port(), 4000);
    QCOMPARE(url.path(), u"/litellm/user/list"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"page"_s), u"1"_s);
    QCOMPARE(query.queryItemValue(u"page_size"_s), u"100"_s);
}

void tst_LiteLlmApi::usersBecomeIdentities()
{
    const auto users = endpointNamed(u"user/list"_s);
    const ApiRequest request = users->firstRequests(QUrl(proxy), {nov3, nov4}).first();
    const Result<ApiPage> page = users->parse(request, fixture(u"user_list_page1.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    const QList<ProviderIdentity> expected {
        {u"litellm-user"_s, u"u-alice"_s, u"alice@example.com"_s, u"Alice Martin"_s},
        {u"litellm-user"_s, u"u-bob"_s, u"bob@example.com"_s, QString()},
    };
    QCOMPARE(page->identities, expected);
    QVERIFY(page->usage.isEmpty());

    QVERIFY(page->nextPage); // page 1 of 2
    QCOMPARE(page->nextPage->path(), u"/litellm/user/list"_s);
    const QUrlQuery next(*page->nextPage);
    QCOMPARE(next.queryItemValue(u"page"_s), u"2"_s);
    QCOMPARE(next.queryItemValue(u"page_size"_s), u"100"_s);
}

void tst_LiteLlmApi::lastUserPageEndsTheList()
{
    const auto users = endpointNamed(u"user/list"_s);
    const ApiRequest request {QUrl(proxy + u"user/list?page=2&page_size=100"_s)};
    const Result<ApiPage> page = users->parse(request, fixture(u"user_list_page2.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    const QList<ProviderIdentity> expected {
        {u"litellm-user"_s, u"default_user_id"_s, QString(), QString()}, // null email and alias
    };
    QCOMPARE(page->identities, expected);
    QVERIFY(!page->nextPage);
}

void tst_LiteLlmApi::dailyActivityAsksOnePerDay_data()
{
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("endMs");
    QTest::addColumn<QStringList>("days");
    QTest::newRow("one aligned day") << nov3 << nov4 << QStringList {u"2025-11-03"_s};
    QTest::newRow("unaligned, three days")
        << nov3 + 5 * 3'600'000 << nov4 + dayMs + 3'600'000
        << QStringList {u"2025-11-03"_s, u"2025-11-04"_s, u"2025-11-05"_s};
    QTest::newRow("empty window") << nov3 << nov3 << QStringList();
}

void tst_LiteLlmApi::dailyActivityAsksOnePerDay()
{
    QFETCH(qint64, startMs);
    QFETCH(qint64, endMs);
    QFETCH(QStringList, days);
    const QList<ApiRequest> requests
        = endpointNamed(u"user/daily/activity"_s)->firstRequests(QUrl(proxy), {startMs, endMs});
    QCOMPARE(requests.size(), days.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QUrl url = requests.at(i).url;
        QCOMPARE(url.path(), u"/litellm/user/daily/activity"_s);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"start_date"_s), days.at(i));
        QCOMPARE(query.queryItemValue(u"end_date"_s), days.at(i));
        QCOMPARE(query.queryItemValue(u"page"_s), u"1"_s);
        QCOMPARE(query.queryItemValue(u"page_size"_s), u"1000"_s);
    }
}

void tst_LiteLlmApi::dailyActivityPerModelAndKey()
{
    const auto activity = endpointNamed(u"user/daily/activity"_s);
    const ApiRequest request = activityRequest(u"2025-11-03"_s, 1);
    const Result<ApiPage> page = activity->parse(request, fixture(u"daily_activity_page1.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));

    UsageRecord alice = dailyRecord(nov3, u"daily|2025-11-03|gpt-4o|"_s + aliceKey, u"gpt-4o"_s);
    alice.identityKind = u"email"_s; // the proxy gives the key owner's email
    alice.identityValue = u"alice@example.com"_s;
    alice.project = u"team-platform"_s;
    alice.tokens.input = 90400 - 40960; // prompt_tokens includes the cache reads
    alice.tokens.cacheRead = 40960;
    alice.tokens.output = 6550;
    alice.requests = 30;
    alice.costMicros = 296'700; // 0.2967 USD
    UsageRecord bob = dailyRecord(nov3, u"daily|2025-11-03|gpt-4o|"_s + bobKey, u"gpt-4o"_s);
    bob.identityKind = u"litellm-user"_s; // no email on the key
    bob.identityValue = u"u-bob"_s;
    bob.tokens.input = 30000;
    bob.tokens.output = 2000;
    bob.requests = 12;
    bob.costMicros = 90'000;
    UsageRecord orphan
        = dailyRecord(nov3, u"daily|2025-11-03|claude-sonnet-4-20250514|"_s + orphanKey,
                      u"claude-sonnet-4-20250514"_s);
    orphan.identityKind = u"litellm-key"_s; // a key of no user
    orphan.identityValue = orphanKey;
    orphan.tokens.input = 250000 - 180000 - 50000; // and the cache writes
    orphan.tokens.cacheRead = 180000;
    orphan.tokens.cacheWrite5m = 50000;
    orphan.tokens.output = 12000;
    orphan.requests = 20;
    orphan.costMicros = 1'234'568; // 1.2345678 USD, rounded half away from zero
    ProviderTesting::compareUsage(page->usage, {alice, bob, orphan});

    const QList<ProviderIdentity> keys {
        {u"litellm-key"_s, aliceKey, u"alice@example.com"_s, u"alice-laptop"_s},
        {u"litellm-key"_s, bobKey, QString(), u"bob-cli"_s},
        {u"litellm-key"_s, orphanKey, QString(), QString()},
    };
    QCOMPARE(page->identities, keys);

    QVERIFY(page->nextPage); // has_more
    QCOMPARE(page->nextPage->path(), u"/litellm/user/daily/activity"_s);
    const QUrlQuery next(*page->nextPage);
    QCOMPARE(next.queryItemValue(u"page"_s), u"2"_s);
    QCOMPARE(next.queryItemValue(u"start_date"_s), u"2025-11-03"_s);
    QCOMPARE(next.queryItemValue(u"end_date"_s), u"2025-11-03"_s);
    QCOMPARE(next.queryItemValue(u"page_size"_s), u"1000"_s);
}

void tst_LiteLlmApi::dailyActivityLaterPage()
{
    const auto activity = endpointNamed(u"user/daily/activity"_s);
    const Result<ApiPage> page = activity->parse(activityRequest(u"2025-11-03"_s, 2),
                                                 fixture(u"daily_activity_page2.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));

    // More of Alice's gpt-4o rows of the same day: a record of its own, not a replacement.
    UsageRecord alice
        = dailyRecord(nov3, u"daily|2025-11-03|gpt-4o|"_s + aliceKey + u"|page2"_s, u"gpt-4o"_s);
    alice.identityKind = u"email"_s;
    alice.identityValue = u"alice@example.com"_s;
    alice.project = u"team-platform"_s;
    alice.tokens.input = 1000;
    alice.tokens.output = 50;
    alice.requests = 1;
    alice.costMicros = 3'300;
    // An empty key breakdown: the model's own figures, attributed to nobody.
    UsageRecord mini = dailyRecord(nov3, u"daily|2025-11-03|openai/gpt-4o-mini||page2"_s,
                                   u"openai/gpt-4o-mini"_s);
    mini.provider = u"openai"_s;
    mini.tokens.input = 700;
    mini.tokens.output = 35;
    mini.requests = 1;
    mini.costMicros = 21; // 2.1e-05 USD
    ProviderTesting::compareUsage(page->usage, {alice, mini});
    QVERIFY(!page->nextPage); // has_more false
}

void tst_LiteLlmApi::dailyActivityOfAnOlderProxy()
{
    // No api_key_breakdown, no cache fields, no has_more.
    const auto activity = endpointNamed(u"user/daily/activity"_s);
    const Result<ApiPage> page = activity->parse(activityRequest(u"2025-11-04"_s, 1),
                                                 fixture(u"daily_activity_old_proxy.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    UsageRecord record
        = dailyRecord(nov4, u"daily|2025-11-04|gpt-3.5-turbo|"_s, u"gpt-3.5-turbo"_s);
    record.tokens.input = 2810;
    record.tokens.output = 455;
    record.requests = 9;
    record.costMicros = 1'527; // 0.0015265 USD
    ProviderTesting::compareUsage(page->usage, {record});
    QVERIFY(page->identities.isEmpty());
    QVERIFY(!page->nextPage); // page 1 of 1
}

void tst_LiteLlmApi::dailyActivityPagesByTotalPages()
{
    const auto activity = endpointNamed(u"user/daily/activity"_s);
    const QByteArray body = R"({"results": [], "metadata": {"page": 2, "total_pages": 3}})";
    const Result<ApiPage> middle = activity->parse(activityRequest(u"2025-11-04"_s, 2), body);
    QVERIFY(middle && middle->nextPage);
    QCOMPARE(QUrlQuery(*middle->nextPage).queryItemValue(u"page"_s), u"3"_s);
    const Result<ApiPage> last = activity->parse(activityRequest(u"2025-11-04"_s, 3), body);
    QVERIFY(last);
    QVERIFY(!last->nextPage);
}

void tst_LiteLlmApi::emptyDayHasNothing()
{
    const auto activity = endpointNamed(u"user/daily/activity"_s);
    const Result<ApiPage> page = activity->parse(activityRequest(u"2025-11-05"_s, 1),
                                                 fixture(u"daily_activity_empty_day.json"_s));
    QVERIFY(page);
    QVERIFY(page->usage.isEmpty());
    QVERIFY(page->identities.isEmpty());
    QVERIFY(!page->nextPage);
}

void tst_LiteLlmApi::dayTemplateParses()
{
    const Result<ApiPage> page = endpointNamed(u"user/daily/activity"_s)
                                     ->parse(activityRequest(u"2025-11-03"_s, 1), dayTemplate);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    QCOMPARE(page->usage.size(), 1);
    QCOMPARE(page->usage.first().identityKind, u"litellm-user"_s);
    QCOMPARE(page->usage.first().costMicros, 500'000);
}

void tst_LiteLlmApi::malformedBodiesAreInvalidInput_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body");

    const QString users = u"user/list"_s;
    QTest::newRow("users: not JSON") << users << QByteArray("Internal Server Error");
    QTest::newRow("users: no users") << users << QByteArray(R"({"total": 0, "total_pages": 0})");
    QTest::newRow("users: no total_pages") << users << QByteArray(R"({"users": []})");
    QTest::newRow("users: users an object")
        << users << QByteArray(R"({"users": {}, "total_pages": 1})");
    QTest::newRow("users: no user_id")
        << users << QByteArray(R"({"users": [{"user_email": "a@b.c"}], "total_pages": 1})");
    QTest::newRow("users: email a number")
        << users
        << QByteArray(R"({"users": [{"user_id": "u", "user_email": 3}], "total_pages": 1})");
    QTest::newRow("users: negative total_pages")
        << users << QByteArray(R"({"users": [], "total_pages": -1})");

    const QString daily = u"user/daily/activity"_s;
    QTest::newRow("daily: cached exceeds prompt")
        << daily << fixture(u"daily_activity_malformed_cached_exceeds_prompt.json"_s);
    QTest::newRow("daily: no metadata")
        << daily << fixture(u"daily_activity_malformed_no_metadata.json"_s);
    QTest::newRow("daily: cut short")
        << daily << fixture(u"daily_activity_page1.json"_s).left(2000);
    QTest::newRow("daily: array root") << daily << QByteArray("[]");
    QTest::newRow("daily: results an object")
        << daily << QByteArray(R"({"results": {}, "metadata": {"has_more": false}})");
    QTest::newRow("daily: metadata without paging")
        << daily << QByteArray(R"({"results": [], "metadata": {"total_spend": 0}})");
    QTest::newRow("daily: has_more a string")
        << daily << QByteArray(R"({"results": [], "metadata": {"has_more": "no"}})");

    const auto withDay = [](const QByteArray &from, const QByteArray &to) -> QByteArray {
        QByteArray changed = dayTemplate;
        changed.replace(from, to);
        return changed;
    };
    QTest::newRow("daily: spend a string")
        << daily << withDay("\"spend\": 0.5", "\"spend\": \"0.5\"");
    QTest::newRow("daily: negative spend") << daily << withDay("\"spend\": 0.5", "\"spend\": -0.5");
    QTest::newRow("daily: negative tokens")
        << daily << withDay("\"prompt_tokens\": 10", "\"prompt_tokens\": -10");
    QTest::newRow("daily: no spend") << daily << withDay("\"spend\": 0.5, ", "");
    QTest::newRow("daily: bad date") << daily << withDay("2025-11-03", "03.11.2025");
    QTest::newRow("daily: models a list") << daily << withDay("\"models\": {", "\"models\": [{");
    QTest::newRow("daily: user_id a number")
        << daily << withDay("{\"user_id\": \"u\"}", "{\"user_id\": 7}");
    QTest::newRow("daily: key without metrics")
        << daily << withDay("\"k1\": {\"metrics\"", "\"k1\": {\"other\"");
}

void tst_LiteLlmApi::malformedBodiesAreInvalidInput()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    const ApiRequest request = endpoint == u"user/list"_s
        ? ApiRequest {QUrl(proxy + u"user/list?page=1&page_size=100"_s)}
        : activityRequest(u"2025-11-03"_s, 1);
    const Result<ApiPage> page = endpointNamed(endpoint)->parse(request, body);
    QVERIFY(!page);
    QCOMPARE(page.error().code, ErrorCode::InvalidInput);
    QVERIFY2(page.error().detail.startsWith(endpoint + u": "_s), qPrintable(page.error().detail));
}

void tst_LiteLlmApi::errorMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    // The masked key LiteLLM echoes is cut off.
    QTest::newRow("proxy exception")
        << fixture(u"error_auth.json"_s)
        << u"Authentication Error, Invalid proxy server token passed."_s;
    QTest::newRow("http exception")
        << fixture(u"error_detail.json"_s) << u"Please provide start_date and end_date"_s;
    QTest::newRow("not found") << QByteArray(R"({"detail": "Not Found"})") << u"Not Found"_s;
    QTest::newRow("validation") << QByteArray(
        R"({"detail": [{"loc": ["query", "start_date"], "msg": "field required",
            "type": "value_error.missing"}]})")
                                << u"field required"_s;
    QTest::newRow("plain text") << QByteArray("Bad Gateway") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void tst_LiteLlmApi::errorMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(LiteLlmApi().errorMessage(body), message);
}

QTEST_GUILESS_MAIN(tst_LiteLlmApi)
#include "tst_litellmapi.moc"
