#include "sources/providers/openaiapi.h"
#include "support/providertesting.h"

#include <QFile>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(UsageRecord)

namespace {

// 2025-11-03T00:00:00Z .. 2025-11-06T00:00:00Z, the fixtures' days.
constexpr qint64 nov3 = 1762128000;
constexpr qint64 nov4 = 1762214400;
constexpr qint64 nov5 = 1762300800;
constexpr qint64 nov6 = 1762387200;
constexpr qint64 dayMs = 86'400'000;

const QString ada = u"user-Xa7mQ2rT9bKc4LfE1pNs"_s;
const QString grace = u"user-Lq3Zv8Wn0sYd6HgJ2kRa"_s;
const QString adaKey = u"key_Pq4TzW8mYc2Lb6Nd"_s;
const QString serviceKey = u"key_Vb7Hs1Ke5Rw9Qa3J"_s;
const QString assistantProject = u"proj_Rk8sQ1vNw4eYt7LmZc2B"_s;
const QString voiceProject = u"proj_Hn2cW9xTq5uLb3VgPa6D"_s;
const QString gpt41 = u"gpt-4.1-2025-04-14"_s;
const QString gpt41Mini = u"gpt-4.1-mini-2025-04-14"_s;

QByteArray fixture(const QString &name)
{
    return ProviderTesting::fixture(u"openai/"_s + name);
}

std::shared_ptr<const ProviderEndpoint> endpoint(const QString &name)
{
    return ProviderTesting::endpointNamed(OpenAiApi(), name);
}

ApiRequest firstRequest(const QString &endpointName, const QUrl &baseUrl,
                        const PollWindow &window = {nov3 * 1000, nov6 * 1000})
{
    const QList<ApiRequest> requests = endpoint(endpointName)->firstRequests(baseUrl, window);
    return requests.isEmpty() ? ApiRequest {} : requests.first();
}

const QUrl openAi(u"https://api.openai.com"_s);

// A record as OpenAI usage becomes: unpriced, provider "openai", attributed to the user when
// grouped by user, else to the key.
UsageRecord usage(const QString &key, qint64 startSeconds, const QString &user,
                  const QString &apiKey, const QString &project, const QString &model, qint64 input,
                  qint64 cacheRead, qint64 output, qint64 requests)
{
    UsageRecord record;
    record.externalKey = key;
    record.startMs = startSeconds * 1000;
    record.endMs = record.startMs + dayMs;
    if (!user.isEmpty()) {
        record.identityKind = u"openai-user"_s;
        record.identityValue = user;
    } else if (!apiKey.isEmpty()) {
        record.identityKind = u"openai-key"_s;
        record.identityValue = apiKey;
    }
    record.provider = u"openai"_s;
    record.model = model;
    record.project = project;
    record.tokens.input = input;
    record.tokens.cacheRead = cacheRead;
    record.tokens.output = output;
    record.requests = requests;
    record.costKind = CostKind::Unpriced;
    return record;
}

QString completionsKey(qint64 start, const QString &user, const QString &model)
{
    return u"usage/completions|%1|project=|user=%2|key=|model=%3"_s.arg(start).arg(user, model);
}

BilledCost cost(qint64 startSeconds, const QString &project, const QString &lineItem, qint64 micros)
{
    BilledCost billed;
    billed.externalKey
        = u"costs|%1|project=%2|line_item=%3|key="_s.arg(startSeconds).arg(project, lineItem);
    billed.startMs = startSeconds * 1000;
    billed.endMs = billed.startMs + dayMs;
    billed.project = project;
    billed.lineItem = lineItem;
    billed.amountMicros = micros;
    return billed;
}

void compareCosts(const QList<BilledCost> &actual, const QList<BilledCost> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).externalKey, expected.at(i).externalKey);
        QCOMPARE(actual.at(i).amountMicros, expected.at(i).amountMicros);
        QVERIFY(actual.at(i) == expected.at(i));
    }
}

} // namespace

class tst_OpenAiApi : public QObject
{
    Q_OBJECT

private slots:
    void provider();
    void endpointsInOrder();
    void usageFirstRequest_data();
    void usageFirstRequest();
    void windowEdges();
    void costsFirstRequest();
    void listFirstRequests();
    void completionsPages();
    void usageTypes_data();
    void usageTypes();
    void emptyBucket();
    void costsPages();
    void nextPageEncoding();
    void nextPageRepeatingIsInvalid();
    void users();
    void projectKeysChain();
    void malformed_data();
    void malformed();
    void errorMessage_data();
    void errorMessage();
};

void tst_OpenAiApi::provider()
{
    const OpenAiApi api;
    QCOMPARE(api.kind(), u"openai"_s);
    QCOMPARE(api.defaultBaseUrl(), QUrl(u"https://api.openai.com"_s));
    const QList<std::pair<QByteArray, QByteArray>> headers = api.authHeaders(u"sk-admin-xyz"_s);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().first, "Authorization"_ba);
    QCOMPARE(headers.first().second, "Bearer sk-admin-xyz"_ba);
}

void tst_OpenAiApi::endpointsInOrder()
{
    QStringList names;
    QList<qint64> buckets;
    for (const std::shared_ptr<const ProviderEndpoint> &endpoint : OpenAiApi().endpoints()) {
        names.append(endpoint->name());
        buckets.append(endpoint->bucketMs());
    }
    // Identity lists first, so usage meets the identities of the same poll.
    QCOMPARE(
        names,
        QStringList({u"users"_s, u"projects/api_keys"_s, u"usage/completions"_s,
                     u"usage/embeddings"_s, u"usage/images"_s, u"usage/audio_speeches"_s,
                     u"usage/audio_transcriptions"_s, u"usage/web_search_calls"_s, u"costs"_s}));
    QCOMPARE(buckets, QList<qint64>({0, 0, dayMs, dayMs, dayMs, dayMs, dayMs, dayMs, dayMs}));
}

void tst_OpenAiApi::usageFirstRequest_data()
{
    QTest::addColumn<QString>("endpointName");
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("expectedPath");

    const QUrl proxy(u"http://127.0.0.1:8089/openai/"_s);
    for (const char *type : {"completions", "embeddings", "images", "audio_speeches",
                             "audio_transcriptions", "web_search_calls"}) {
        const QString name = u"usage/"_s + QLatin1StringView(type);
        QTest::addRow("%s", type) << name << openAi
                                  << u"/v1/organization/usage/"_s + QLatin1StringView(type);
        QTest::addRow("%s behind a prefix", type)
            << name << proxy << u"/openai/v1/organization/usage/"_s + QLatin1StringView(type);
    }
}

void tst_OpenAiApi::usageFirstRequest()
{
    QFETCH(QString, endpointName);
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, expectedPath);

    const QList<ApiRequest> requests
        = endpoint(endpointName)->firstRequests(baseUrl, {nov3 * 1000, nov6 * 1000});
    QCOMPARE(requests.size(), 1);
    const QUrl url = requests.first().url;
    QCOMPARE(url.scheme(), baseUrl.scheme());
    QCOMPARE(url.host(), baseUrl.host());
    QCOMPARE(url.port(), baseUrl.port());
    QCOMPARE(url.path(), expectedPath);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"start_time"_s), u"1762128000"_s);
    QCOMPARE(query.queryItemValue(u"end_time"_s), u"1762387200"_s);
    QCOMPARE(query.queryItemValue(u"bucket_width"_s), u"1d"_s);
    QCOMPARE(query.queryItemValue(u"limit"_s), u"31"_s);
    // Repeated keys, not group_by[] nor a comma list.
    QCOMPARE(query.allQueryItemValues(u"group_by"_s),
             QStringList({u"user_id"_s, u"project_id"_s, u"api_key_id"_s, u"model"_s}));
    QVERIFY(!query.hasQueryItem(u"page"_s));
    QVERIFY(url.toEncoded().contains(
        "group_by=user_id&group_by=project_id&group_by=api_key_id&group_by=model"));
}

void tst_OpenAiApi::windowEdges()
{
    // Seconds cover the window: a start is floored, an end is ceiled.
    const ApiRequest request
        = firstRequest(u"usage/completions"_s, openAi, {nov3 * 1000 + 999, nov4 * 1000 + 1});
    const QUrlQuery query(request.url);
    QCOMPARE(query.queryItemValue(u"start_time"_s), QString::number(nov3));
    QCOMPARE(query.queryItemValue(u"end_time"_s), QString::number(nov4 + 1));
    // Nothing to ask for an empty window.
    QVERIFY(endpoint(u"costs"_s)->firstRequests(openAi, {nov4 * 1000, nov4 * 1000}).isEmpty());
}

void tst_OpenAiApi::costsFirstRequest()
{
    const QUrl url = firstRequest(u"costs"_s, QUrl(u"http://localhost:4000/gw"_s)).url;
    QCOMPARE(url.toString(QUrl::RemoveQuery), u"http://localhost:4000/gw/v1/organization/costs"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"start_time"_s), u"1762128000"_s);
    QCOMPARE(query.queryItemValue(u"end_time"_s), u"1762387200"_s);
    QCOMPARE(query.queryItemValue(u"bucket_width"_s), u"1d"_s);
    QCOMPARE(query.queryItemValue(u"limit"_s), u"180"_s);
    QCOMPARE(query.allQueryItemValues(u"group_by"_s),
             QStringList({u"project_id"_s, u"line_item"_s, u"api_key_id"_s}));
}

void tst_OpenAiApi::listFirstRequests()
{
    // Lists take no window: the same request whatever the window.
    const QUrl users = firstRequest(u"users"_s, openAi, {0, 0}).url;
    QCOMPARE(users.toString(), u"https://api.openai.com/v1/organization/users?limit=100"_s);
    const QUrl projects = firstRequest(u"projects/api_keys"_s, openAi).url;
    QCOMPARE(projects.toString(), u"https://api.openai.com/v1/organization/projects?limit=1"_s);
}

void tst_OpenAiApi::completionsPages()
{
    const auto completions = endpoint(u"usage/completions"_s);
    const ApiRequest first = firstRequest(u"usage/completions"_s, openAi);

    const Result<ApiPage> page1
        = completions->parse(first, fixture(u"usage_completions_page1.json"_s));
    QVERIFY2(page1, qPrintable(page1 ? QString() : page1.error().detail));
    // input = input_tokens − input_cached_tokens, e.g. 1103015 − 180224 = 922791.
    ProviderTesting::compareUsage(
        page1->usage,
        {usage(completionsKey(nov3, ada, gpt41), nov3, ada, {}, {}, gpt41, 922791, 180224, 148822,
               412),
         usage(completionsKey(nov3, ada, gpt41Mini), nov3, ada, {}, {}, gpt41Mini, 61204, 0, 18093,
               95),
         usage(completionsKey(nov3, grace, gpt41), nov3, grace, {}, {}, gpt41, 233190, 40960, 41277,
               128),
         usage(completionsKey(nov4, ada, gpt41), nov4, ada, {}, {}, gpt41, 811045, 151552, 129310,
               377),
         usage(completionsKey(nov4, grace, u"gpt-4o-audio-preview-2024-12-17"_s), nov4, grace, {},
               {}, u"gpt-4o-audio-preview-2024-12-17"_s, 18590, 0, 9120, 12)});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(page1->costs.isEmpty());
    QVERIFY(page1->identities.isEmpty());
    QVERIFY(page1->nextPage);
    const QUrlQuery nextQuery(*page1->nextPage);
    QCOMPARE(nextQuery.queryItemValue(u"page"_s, QUrl::FullyDecoded),
             u"page_AAAAAGkKwQA0ntJvAAAAAGkMEoA="_s);
    // Everything else of the request is kept.
    QUrl withoutPage = *page1->nextPage;
    QUrlQuery rest = nextQuery;
    rest.removeAllQueryItems(u"page"_s);
    withoutPage.setQuery(rest);
    QCOMPARE(withoutPage, first.url);

    const ApiRequest second {*page1->nextPage};
    const Result<ApiPage> page2
        = completions->parse(second, fixture(u"usage_completions_page2.json"_s));
    QVERIFY2(page2, qPrintable(page2 ? QString() : page2.error().detail));
    ProviderTesting::compareUsage(page2->usage,
                                  {usage(completionsKey(nov5, ada, gpt41), nov5, ada, {}, {}, gpt41,
                                         560912, 98304, 87440, 251),
                                   usage(completionsKey(nov5, grace, gpt41Mini), nov5, grace, {},
                                         {}, gpt41Mini, 20544, 0, 6610, 33)});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!page2->nextPage);
}

void tst_OpenAiApi::usageTypes_data()
{
    QTest::addColumn<QString>("endpointName");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<UsageRecord>>("expected");

    const QString embeddingsKey = u"usage/embeddings|%1|project=%2|user=%3|key=%4|model=%5"_s;
    QTest::newRow("embeddings: key, unattributed, fields in any order")
        << u"usage/embeddings"_s << u"usage_embeddings.json"_s
        << QList<UsageRecord> {
               usage(embeddingsKey.arg(nov3).arg(assistantProject, QString(), adaKey,
                                                 u"text-embedding-3-small"_s),
                     nov3, {}, adaKey, assistantProject, u"text-embedding-3-small"_s, 250000, 0, 0,
                     40),
               // Every group null: not attributable, and still counted.
               usage(u"usage/embeddings|1762128000|project=|user=|key=|model="_s, nov3, {}, {}, {},
                     {}, 1200, 0, 0, 3),
               // The user wins over the key.
               usage(embeddingsKey.arg(nov4).arg(assistantProject, grace, adaKey,
                                                 u"text-embedding-3-large"_s),
                     nov4, grace, adaKey, assistantProject, u"text-embedding-3-large"_s, 88000, 0,
                     0, 7)};

    const QString imagesKey = u"usage/images|1762128000|project=|user=%1|key=|model=%2"_s;
    QTest::newRow("images: tokens when given, size and source split rows")
        << u"usage/images"_s << u"usage_images.json"_s
        << QList<UsageRecord> {usage(imagesKey.arg(ada, u"gpt-image-1"_s), nov3, ada, {}, {},
                                     u"gpt-image-1"_s, 3000, 400, 58240, 12),
                               usage(imagesKey.arg(grace, u"dall-e-3"_s)
                                         + u"|size=1024x1024|source=image.generation"_s,
                                     nov3, grace, {}, {}, u"dall-e-3"_s, 0, 0, 0, 5),
                               usage(imagesKey.arg(grace, u"dall-e-3"_s)
                                         + u"|size=1792x1024|source=image.generation"_s,
                                     nov3, grace, {}, {}, u"dall-e-3"_s, 0, 0, 0, 2)};

    QTest::newRow("audio_speeches: characters are no tokens")
        << u"usage/audio_speeches"_s << u"usage_audio_speeches.json"_s
        << QList<UsageRecord> {
               usage(u"usage/audio_speeches|1762214400|project=%1|user=%2|key=%3|model=tts-1"_s.arg(
                         voiceProject, ada, adaKey),
                     nov4, ada, adaKey, voiceProject, u"tts-1"_s, 0, 0, 0, 88)};

    QTest::newRow("audio_transcriptions: seconds are no tokens")
        << u"usage/audio_transcriptions"_s << u"usage_audio_transcriptions.json"_s
        << QList<UsageRecord> {usage(
               u"usage/audio_transcriptions|1762214400|project=%1|user=|key=%2|model=whisper-1"_s
                   .arg(voiceProject, serviceKey),
               nov4, {}, serviceKey, voiceProject, u"whisper-1"_s, 0, 0, 0, 25)};

    QTest::newRow("web_search_calls: counts calls")
        << u"usage/web_search_calls"_s << u"usage_web_search_calls.json"_s
        << QList<UsageRecord> {
               usage(u"usage/web_search_calls|1762300800|project=%1|user=%2|key=%3|model=%4"_s.arg(
                         assistantProject, ada, adaKey, gpt41),
                     nov5, ada, adaKey, assistantProject, gpt41, 0, 0, 0, 25)};
}

void tst_OpenAiApi::usageTypes()
{
    QFETCH(QString, endpointName);
    QFETCH(QString, file);
    QFETCH(QList<UsageRecord>, expected);

    const Result<ApiPage> page
        = endpoint(endpointName)->parse(firstRequest(endpointName, openAi), fixture(file));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    ProviderTesting::compareUsage(page->usage, expected);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!page->nextPage);
}

void tst_OpenAiApi::emptyBucket()
{
    const Result<ApiPage> page = endpoint(u"usage/completions"_s)
                                     ->parse(firstRequest(u"usage/completions"_s, openAi),
                                             fixture(u"usage_empty_bucket.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    QVERIFY(page->usage.isEmpty());
    QVERIFY(!page->nextPage);
}

void tst_OpenAiApi::costsPages()
{
    const auto costs = endpoint(u"costs"_s);
    const ApiRequest first = firstRequest(u"costs"_s, openAi);
    const Result<ApiPage> page1 = costs->parse(first, fixture(u"costs_page1.json"_s));
    QVERIFY2(page1, qPrintable(page1 ? QString() : page1.error().detail));
    const QString big = assistantProject;
    const QString small = voiceProject;
    const QString audio = u"gpt-4o-audio-preview-2024-12-17"_s;
    // Dollars × 10^6 from the number's text; below a micro-dollar rounds half up
    // (0.0244816 → 24481.6 → 24482).
    compareCosts(page1->costs,
                 {cost(nov3, big, u"gpt-4.1-2025-04-14, input"_s, 2311962),
                  cost(nov3, big, u"gpt-4.1-2025-04-14, cached input"_s, 110592),
                  cost(nov3, big, u"gpt-4.1-2025-04-14, output"_s, 1520792),
                  cost(nov3, small, u"gpt-4.1-mini-2025-04-14, input"_s, 24482),
                  cost(nov3, small, u"gpt-4.1-mini-2025-04-14, output"_s, 28949),
                  cost(nov4, big, u"gpt-4.1-2025-04-14, input"_s, 1622090),
                  cost(nov4, big, u"gpt-4.1-2025-04-14, cached input"_s, 75776),
                  cost(nov4, big, u"gpt-4.1-2025-04-14, output"_s, 1034480),
                  cost(nov4, small, audio + u", audio input"_s, 729600),
                  cost(nov4, small, audio + u", text input"_s, 875),
                  cost(nov4, small, audio + u", output"_s, 91200)});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(page1->usage.isEmpty());
    QCOMPARE(page1->costs.first().currency, u"USD"_s);
    QVERIFY(page1->nextPage);
    QCOMPARE(QUrlQuery(*page1->nextPage).queryItemValue(u"page"_s, QUrl::FullyDecoded),
             u"page_AAAAAGkKwQAAAAAAAAAAAGkMEoA="_s);

    const Result<ApiPage> page2 = costs->parse({*page1->nextPage}, fixture(u"costs_page2.json"_s));
    QVERIFY2(page2, qPrintable(page2 ? QString() : page2.error().detail));
    compareCosts(page2->costs,
                 {cost(nov5, big, u"gpt-4.1-2025-04-14, input"_s, 1121824),
                  cost(nov5, big, u"gpt-4.1-2025-04-14, cached input"_s, 49152),
                  cost(nov5, big, u"gpt-4.1-2025-04-14, output"_s, 699520),
                  cost(nov5, small, u"gpt-4.1-mini-2025-04-14, input"_s, 8218),
                  cost(nov5, small, u"gpt-4.1-mini-2025-04-14, output"_s, 10576),
                  cost(nov5, big, u"web search tool calls"_s, 250000)});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!page2->nextPage);
}

void tst_OpenAiApi::nextPageEncoding()
{
    // A base64 cursor with '+', '/' and '=' must reach the server as it was ('+' is no space).
    const QByteArray body
        = R"({"object":"page","data":[],"has_more":true,"next_page":"page_AB+c/d=="})"_ba;
    const ApiRequest first = firstRequest(u"usage/embeddings"_s, openAi);
    const Result<ApiPage> page = endpoint(u"usage/embeddings"_s)->parse(first, body);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    QVERIFY(page->nextPage);
    QVERIFY(page->nextPage->toEncoded().endsWith("&page=page_AB%2Bc%2Fd%3D%3D"));
    QCOMPARE(QUrlQuery(*page->nextPage).queryItemValue(u"page"_s, QUrl::FullyDecoded),
             u"page_AB+c/d=="_s);

    // The next page replaces the page parameter instead of adding one.
    const QByteArray body2
        = R"({"object":"page","data":[],"has_more":true,"next_page":"page_2"})"_ba;
    const Result<ApiPage> page2 = endpoint(u"usage/embeddings"_s)->parse({*page->nextPage}, body2);
    QVERIFY2(page2, qPrintable(page2 ? QString() : page2.error().detail));
    QCOMPARE(QUrlQuery(*page2->nextPage).allQueryItemValues(u"page"_s), QStringList {u"page_2"_s});
}

void tst_OpenAiApi::nextPageRepeatingIsInvalid()
{
    // A server handing back the same cursor would make the poller loop forever.
    const QByteArray body
        = R"({"object":"page","data":[],"has_more":true,"next_page":"page_same"})"_ba;
    QUrl url = firstRequest(u"costs"_s, openAi).url;
    QUrlQuery query(url);
    query.addQueryItem(u"page"_s, u"page_same"_s);
    url.setQuery(query);
    const Result<ApiPage> page = endpoint(u"costs"_s)->parse({url}, body);
    QVERIFY(!page);
    QCOMPARE(page.error().code, ErrorCode::InvalidInput);
    QVERIFY2(page.error().detail.startsWith(u"costs: "_s), qPrintable(page.error().detail));
}

void tst_OpenAiApi::users()
{
    const auto users = endpoint(u"users"_s);
    const ApiRequest first = firstRequest(u"users"_s, openAi);
    const Result<ApiPage> page1 = users->parse(first, fixture(u"users_page1.json"_s));
    QVERIFY2(page1, qPrintable(page1 ? QString() : page1.error().detail));
    QCOMPARE(page1->identities,
             QList<ProviderIdentity>(
                 {{u"openai-user"_s, ada, u"ada@example.com"_s, u"Ada Lovelace"_s},
                  {u"openai-user"_s, grace, u"grace@example.com"_s, u"Grace Hopper"_s}}));
    QVERIFY(page1->usage.isEmpty());
    QVERIFY(page1->nextPage);
    QCOMPARE(page1->nextPage->toString(),
             u"https://api.openai.com/v1/organization/users?limit=100&after="_s + grace);

    const Result<ApiPage> page2 = users->parse({*page1->nextPage}, fixture(u"users_page2.json"_s));
    QVERIFY2(page2, qPrintable(page2 ? QString() : page2.error().detail));
    QCOMPARE(page2->identities,
             QList<ProviderIdentity>({{u"openai-user"_s, u"user-Mz5Bc2Xd8Fg1Hj4K"_s, {}, {}}}));
    QVERIFY(!page2->nextPage);
}

void tst_OpenAiApi::projectKeysChain()
{
    const auto keys = endpoint(u"projects/api_keys"_s);
    const QString base = u"http://127.0.0.1:8089/openai"_s;
    const ApiRequest projects = firstRequest(u"projects/api_keys"_s, QUrl(base));
    QCOMPARE(projects.url.toString(), base + u"/v1/organization/projects?limit=1"_s);

    // A project page leads to that project's keys.
    const Result<ApiPage> step1 = keys->parse(projects, fixture(u"projects_page.json"_s));
    QVERIFY2(step1, qPrintable(step1 ? QString() : step1.error().detail));
    QVERIFY(step1->identities.isEmpty());
    QVERIFY(step1->nextPage);
    QCOMPARE(step1->nextPage->toString(),
             base + u"/v1/organization/projects/"_s + assistantProject + u"/api_keys?limit=100"_s);

    // Keys of a user carry the user's email; the next page of keys comes after the last one.
    const Result<ApiPage> step2
        = keys->parse({*step1->nextPage}, fixture(u"project_api_keys_page1.json"_s));
    QVERIFY2(step2, qPrintable(step2 ? QString() : step2.error().detail));
    QCOMPARE(step2->identities,
             QList<ProviderIdentity>(
                 {{u"openai-key"_s, adaKey, u"ada@example.com"_s, u"Ada's laptop"_s}}));
    QVERIFY(step2->nextPage);
    QCOMPARE(step2->nextPage->toString(),
             base + u"/v1/organization/projects/"_s + assistantProject
                 + u"/api_keys?limit=100&after="_s + adaKey);

    // A service account's key has no email; a nameless key shows its redacted value. The last
    // page of keys leads to the project after this one.
    const Result<ApiPage> step3
        = keys->parse({*step2->nextPage}, fixture(u"project_api_keys_page2.json"_s));
    QVERIFY2(step3, qPrintable(step3 ? QString() : step3.error().detail));
    QCOMPARE(step3->identities,
             QList<ProviderIdentity>({{u"openai-key"_s, serviceKey, {}, u"sk-svc...x9z"_s}}));
    QVERIFY(step3->nextPage);
    QCOMPARE(step3->nextPage->toString(),
             base + u"/v1/organization/projects?limit=1&after="_s + assistantProject);

    // No project after it: the chain ends.
    const Result<ApiPage> step4 = keys->parse({*step3->nextPage}, fixture(u"projects_last.json"_s));
    QVERIFY2(step4, qPrintable(step4 ? QString() : step4.error().detail));
    QVERIFY(step4->identities.isEmpty());
    QVERIFY(!step4->nextPage);
}

void tst_OpenAiApi::malformed_data()
{
    QTest::addColumn<QString>("endpointName");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedDetail");
    QTest::addColumn<QString>("requestPath"); // empty: the endpoint's first request

    const auto row = [](const char *tag, const QString &endpointName, const QString &file,
                        const QString &detail, const QString &requestPath = {}) {
        QTest::newRow(tag) << endpointName << fixture(u"malformed/"_s + file) << detail
                           << requestPath;
    };
    const QString completions = u"usage/completions"_s;
    QTest::newRow("empty body") << completions << QByteArray()
                                << u"usage/completions: the body is not JSON"_s << QString();
    row("html", completions, u"not_json.html"_s, u"usage/completions: the body is not"_s);
    row("truncated", completions, u"truncated.json"_s,
        u"usage/completions: the body is not valid JSON"_s);
    row("root is an array", completions, u"root_is_array.json"_s,
        u"usage/completions: the body is not a JSON object"_s);
    row("trailing content", completions, u"trailing_content.json"_s,
        u"usage/completions: the body goes on after its JSON object"_s);
    row("no data", completions, u"missing_data.json"_s, u"usage/completions: data is missing"_s);
    row("data not an array", completions, u"data_not_array.json"_s,
        u"usage/completions: data is not an array"_s);
    row("no has_more", completions, u"missing_has_more.json"_s,
        u"usage/completions: has_more is missing"_s);
    row("has_more without next_page", completions, u"has_more_without_next_page.json"_s,
        u"usage/completions: has_more is true but next_page is missing"_s);
    row("negative tokens", completions, u"negative_tokens.json"_s,
        u"usage/completions: data[0].results[0].input_tokens is not a non-negative integer"_s);
    row("tokens as a string", completions, u"tokens_as_string.json"_s,
        u"usage/completions: data[0].results[0].input_tokens is not a non-negative integer"_s);
    row("fractional tokens", completions, u"fractional_tokens.json"_s,
        u"usage/completions: data[0].results[0].output_tokens is not a non-negative integer"_s);
    row("cached over input", completions, u"cached_exceeds_input.json"_s,
        u"usage/completions: data[0].results[0].input_cached_tokens exceeds input_tokens"_s);
    row("no num_model_requests", completions, u"missing_num_model_requests.json"_s,
        u"usage/completions: data[0].results[0].num_model_requests is missing"_s);
    row("user_id a number", completions, u"user_id_not_string.json"_s,
        u"usage/completions: data[0].results[0].user_id is not a string"_s);
    row("bucket without start", completions, u"bucket_without_start.json"_s,
        u"usage/completions: data[0] lacks start_time or end_time"_s);
    row("start_time a date", completions, u"start_time_not_integer.json"_s,
        u"usage/completions: data[0].start_time is not a Unix time"_s);
    row("results not an array", completions, u"results_not_array.json"_s,
        u"usage/completions: data[0].results is not an array"_s);
    row("two rows, same groups", completions, u"duplicate_groups.json"_s,
        u"usage/completions: data[0] has two results with the same groups"_s);
    row("images, negative tokens", u"usage/images"_s, u"negative_tokens.json"_s,
        u"usage/images: data[0].results[0].input_tokens is not a non-negative integer"_s);
    // Images require their image count even though it becomes no token.
    row("images without images", u"usage/images"_s, u"missing_num_model_requests.json"_s,
        u"usage/images: data[0].results[0].images is missing"_s);
    row("amount as a string", u"costs"_s, u"costs_amount_string.json"_s,
        u"costs: data[0].results[0].amount.value is not a number"_s);
    row("amount beyond reason", u"costs"_s, u"costs_amount_huge.json"_s,
        u"costs: data[0].results[0].amount.value is not a dollar amount"_s);
    row("no amount", u"costs"_s, u"costs_amount_missing.json"_s,
        u"costs: data[0].results[0].amount.value is missing"_s);
    row("user without id", u"users"_s, u"users_without_id.json"_s,
        u"users: data[0].id is missing"_s);
    row("list has_more without cursor", u"users"_s, u"list_has_more_without_cursor.json"_s,
        u"users: has_more is true but last_id is missing"_s);
    row("project list not a list", u"projects/api_keys"_s, u"missing_data.json"_s,
        u"projects/api_keys: data is missing"_s);
    row("key owner not an object", u"projects/api_keys"_s, u"key_owner_not_object.json"_s,
        u"projects/api_keys: data[0].owner is not an object"_s,
        u"/v1/organization/projects/proj_a/api_keys"_s);
}

void tst_OpenAiApi::malformed()
{
    QFETCH(QString, endpointName);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedDetail);
    QFETCH(QString, requestPath);

    ApiRequest request = firstRequest(endpointName, openAi);
    if (!requestPath.isEmpty())
        request.url.setPath(requestPath);
    const Result<ApiPage> page = endpoint(endpointName)->parse(request, body);
    QVERIFY(!page);
    QCOMPARE(page.error().code, ErrorCode::InvalidInput);
    QVERIFY2(page.error().detail.startsWith(expectedDetail), qPrintable(page.error().detail));
}

void tst_OpenAiApi::errorMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("invalid key")
        << fixture(u"error_invalid_key.json"_s)
        << u"Incorrect API key provided: sk-admin-****abcd. You can find "
           "your API key at https://platform.openai.com/account/api-keys."_s;
    QTest::newRow("rate limit") << fixture(u"error_rate_limit.json"_s)
                                << u"Rate limit reached for organization usage requests."_s;
    QTest::newRow("error as a string")
        << R"({"error":"upstream timed out"})"_ba << u"upstream timed out"_s;
    QTest::newRow("html") << fixture(u"malformed/not_json.html"_s) << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("a usage page") << fixture(u"usage_completions_page2.json"_s) << QString();
}

void tst_OpenAiApi::errorMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(OpenAiApi().errorMessage(body), expected);
}

QTEST_GUILESS_MAIN(tst_OpenAiApi)
#include "tst_openaiapi.moc"
