#include "sources/providers/anthropicapi.h"
#include "support/providertesting.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// Readable failures for QCOMPARE of whole records (found by argument-dependent lookup).
char *toString(const UsageRecord &record)
{
    const TokenCounts &t = record.tokens;
    return qstrdup(QStringLiteral("{%1 [%2,%3) %4=%5 %6 %7 %8 in=%9 w5m=%10 w1h=%11 read=%12 "
                                  "out=%13 req=%14 kind=%15 micros=%16}")
                       .arg(record.externalKey)
                       .arg(record.startMs)
                       .arg(record.endMs)
                       .arg(record.identityKind, record.identityValue, record.provider,
                            record.model, record.project)
                       .arg(t.input)
                       .arg(t.cacheWrite5m)
                       .arg(t.cacheWrite1h)
                       .arg(t.cacheRead)
                       .arg(t.output)
                       .arg(record.requests)
                       .arg(int(record.costKind))
                       .arg(record.costMicros)
                       .toUtf8()
                       .constData());
}

char *toString(const BilledCost &cost)
{
    return qstrdup(QStringLiteral("{%1 [%2,%3) project=%4 line=%5 model=%6 micros=%7 %8}")
                       .arg(cost.externalKey)
                       .arg(cost.startMs)
                       .arg(cost.endMs)
                       .arg(cost.project, cost.lineItem, cost.model)
                       .arg(cost.amountMicros)
                       .arg(cost.currency)
                       .toUtf8()
                       .constData());
}

char *toString(const ProviderIdentity &identity)
{
    return qstrdup(QStringLiteral("{%1 %2 <%3> %4}")
                       .arg(identity.kind, identity.value, identity.email, identity.displayName)
                       .toUtf8()
                       .constData());
}

namespace {

QByteArray fixture(const QString &name)
{
    return ProviderTesting::fixture(u"anthropic/"_s + name);
}

constexpr qint64 dayMs = 86'400'000;
constexpr qint64 nov3 = 1'762'128'000'000; // 2025-11-03T00:00:00Z
constexpr qint64 nov4 = nov3 + dayMs;
constexpr qint64 nov6 = nov3 + 3 * dayMs;

const QString sonnet = u"claude-sonnet-4-5-20250929"_s;
const QString haiku = u"claude-haiku-4-5-20251001"_s;
const QString workspace = u"wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"_s;
const QString danaKey = u"apikey_01Rj2N8SVvo6BePZj99NhmiT"_s;
const QString botKey = u"apikey_01HqW4c7Z9pLmT2sXvB8nYdE"_s;
const QString danaUser = u"user_01WCz1FkmYMm4gnmykNKUu3Q"_s;
const QString samUser = u"user_01Ab7DHkq9Tn2xWcLp4sRv8e"_s;

TokenCounts tokens(qint64 input, qint64 cacheWrite5m, qint64 cacheWrite1h, qint64 cacheRead,
                   qint64 output)
{
    TokenCounts counts;
    counts.input = input;
    counts.cacheWrite5m = cacheWrite5m;
    counts.cacheWrite1h = cacheWrite1h;
    counts.cacheRead = cacheRead;
    counts.output = output;
    return counts;
}

UsageRecord messagesRecord(const QString &key, qint64 startMs, const QString &identityKind,
                           const QString &identityValue, const QString &model,
                           const QString &project, const TokenCounts &counts)
{
    UsageRecord record;
    record.externalKey = key;
    record.startMs = startMs;
    record.endMs = startMs + dayMs;
    record.identityKind = identityKind;
    record.identityValue = identityValue;
    record.provider = u"anthropic"_s;
    record.model = model;
    record.project = project;
    record.tokens = counts;
    record.requests = 0;
    record.costKind = CostKind::Unpriced;
    return record;
}

UsageRecord claudeCodeRecord(const QString &key, qint64 startMs, const QString &identityKind,
                             const QString &identityValue, const QString &model,
                             const TokenCounts &counts, qint64 micros)
{
    UsageRecord record
        = messagesRecord(key, startMs, identityKind, identityValue, model, {}, counts);
    record.costKind = CostKind::Estimated;
    record.costMicros = micros;
    return record;
}

BilledCost cost(const QString &key, qint64 startMs, const QString &project,
                const QString &description, const QString &model, qint64 micros)
{
    BilledCost result;
    result.externalKey = key;
    result.startMs = startMs;
    result.endMs = startMs + dayMs;
    result.project = project;
    result.lineItem = description;
    result.model = model;
    result.amountMicros = micros;
    result.currency = u"USD"_s;
    return result;
}

ApiRequest request(const QString &url)
{
    return ApiRequest {QUrl(url)};
}

const QString messagesUrl = u"https://api.anthropic.com/v1/organizations/usage_report/messages"
                            "?starting_at=2025-11-03T00:00:00Z&ending_at=2025-11-07T00:00:00Z"
                            "&bucket_width=1d&group_by[]=api_key_id&group_by[]=workspace_id"
                            "&group_by[]=model&limit=2"_s;

} // namespace

class tst_AnthropicApi : public QObject
{
    Q_OBJECT

private slots:
    void describesTheProvider();
    void endpointsListIdentitiesFirst();

    void reportRequests_data();
    void reportRequests();
    void claudeCodeAsksOneDayPerRequest_data();
    void claudeCodeAsksOneDayPerRequest();
    void listRequestsIgnoreTheWindow();
    void emptyWindowAsksNothing();

    void messagesFirstPage();
    void messagesLastPageWithEmptyBucket();
    void messagesNullGroupsAndIdentities();
    void nextPageKeepsTheQueryAndEncodesTheCursor();
    void externalKeysAreStableAndUnique();

    void costReportPages();
    void claudeCodeReport();
    void claudeCodeNextPageStaysOnItsDay();

    void usersPages();
    void apiKeysAndTheirCreatorsEmails();

    void malformedBodies_data();
    void malformedBodies();
    void errorMessage_data();
    void errorMessage();
};

void tst_AnthropicApi::describesTheProvider()
{
    const AnthropicApi api;
    QCOMPARE(api.kind(), u"anthropic"_s);
    QCOMPARE(api.defaultBaseUrl(), QUrl(u"https://api.anthropic.com"_s));
    const QList<std::pair<QByteArray, QByteArray>> expected {{"x-api-key", "sk-ant-admin01-secret"},
                                                             {"anthropic-version", "2023-06-01"}};
    QCOMPARE(api.authHeaders(u" sk-ant-admin01-secret\n"_s), expected);
}

void tst_AnthropicApi::endpointsListIdentitiesFirst()
{
    QStringList names;
    for (const auto &endpoint : AnthropicApi().endpoints())
        names.append(endpoint->name());
    QCOMPARE(names,
             (QStringList {u"users"_s, u"api_keys"_s, u"usage_report/messages"_s,
                           u"usage_report/claude_code"_s, u"cost_report"_s}));
}

void tst_AnthropicApi::reportRequests_data()
{
    QTest::addColumn<QString>("endpointName");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<QStringList>("expectedGroups");

    const QStringList messagesGroups {u"api_key_id"_s, u"workspace_id"_s, u"model"_s,
                                      u"account_id"_s, u"service_account_id"_s};
    const QStringList costGroups {u"workspace_id"_s, u"description"_s};
    QTest::newRow("messages") << u"usage_report/messages"_s << u"https://api.anthropic.com"_s
                              << u"/v1/organizations/usage_report/messages"_s << messagesGroups;
    QTest::newRow("messages behind a gateway")
        << u"usage_report/messages"_s << u"http://127.0.0.1:8089/anthropic/"_s
        << u"/anthropic/v1/organizations/usage_report/messages"_s << messagesGroups;
    QTest::newRow("cost") << u"cost_report"_s << u"https://api.anthropic.com/"_s
                          << u"/v1/organizations/cost_report"_s << costGroups;
    QTest::newRow("cost behind a gateway")
        << u"cost_report"_s << u"http://127.0.0.1:8089/proxy"_s
        << u"/proxy/v1/organizations/cost_report"_s << costGroups;
}

void tst_AnthropicApi::reportRequests()
{
    QFETCH(QString, endpointName);
    QFETCH(QString, baseUrl);
    QFETCH(QString, expectedPath);
    QFETCH(QStringList, expectedGroups);

    std::shared_ptr<const ProviderEndpoint> endpoint;
    for (const auto &candidate : AnthropicApi().endpoints()) {
        if (candidate->name() == endpointName)
            endpoint = candidate;
    }
    QVERIFY(endpoint);
    QCOMPARE(endpoint->bucketMs(), dayMs);

    const QUrl base(baseUrl);
    const QList<ApiRequest> requests = endpoint->firstRequests(base, {nov3, nov3 + 4 * dayMs});
    QCOMPARE(requests.size(), 1);
    const QUrl url = requests.first().url;
    QCOMPARE(url.scheme(), base.scheme());
    QCOMPARE(url.authority(), base.authority());
    QCOMPARE(url.path(), expectedPath);

    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"starting_at"_s), u"2025-11-03T00:00:00Z"_s);
    QCOMPARE(query.queryItemValue(u"ending_at"_s), u"2025-11-07T00:00:00Z"_s);
    QCOMPARE(query.queryItemValue(u"bucket_width"_s), u"1d"_s);
    QCOMPARE(query.queryItemValue(u"limit"_s), u"31"_s);
    QCOMPARE(query.allQueryItemValues(u"group_by[]"_s), expectedGroups);
    QVERIFY(!query.hasQueryItem(u"group_by"_s));
    QVERIFY(!query.hasQueryItem(u"page"_s));
    // Brackets as in Anthropic's own curl examples.
    QVERIFY(url.toEncoded().contains(
        QByteArray("&group_by[]=" + expectedGroups.first().toLatin1() + '&')));
}

void tst_AnthropicApi::claudeCodeAsksOneDayPerRequest_data()
{
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("endMs");
    QTest::addColumn<QStringList>("expectedDays");

    QTest::newRow("one day") << nov3 << nov4 << QStringList {u"2025-11-03"_s};
    QTest::newRow("three days") << nov3 << nov3 + 3 * dayMs
                                << QStringList {u"2025-11-03"_s, u"2025-11-04"_s, u"2025-11-05"_s};
    // Unaligned bounds still cover every day they touch.
    QTest::newRow("unaligned") << nov3 + 13 * 3'600'000 << nov4 + 1
                               << QStringList {u"2025-11-03"_s, u"2025-11-04"_s};
    QTest::newRow("across a month")
        << nov3 - 4 * dayMs << nov3 - 2 * dayMs << QStringList {u"2025-10-30"_s, u"2025-10-31"_s};
}

void tst_AnthropicApi::claudeCodeAsksOneDayPerRequest()
{
    QFETCH(qint64, startMs);
    QFETCH(qint64, endMs);
    QFETCH(QStringList, expectedDays);

    const AnthropicClaudeCodeEndpoint endpoint;
    QCOMPARE(endpoint.bucketMs(), dayMs);
    const QList<ApiRequest> requests
        = endpoint.firstRequests(QUrl(u"http://127.0.0.1:9000/x"_s), {startMs, endMs});
    QStringList days;
    for (const ApiRequest &request : requests) {
        QCOMPARE(request.url.path(), u"/x/v1/organizations/usage_report/claude_code"_s);
        const QUrlQuery query(request.url);
        QCOMPARE(query.queryItemValue(u"limit"_s), u"1000"_s);
        QVERIFY(!query.hasQueryItem(u"ending_at"_s));
        days.append(query.queryItemValue(u"starting_at"_s));
    }
    QCOMPARE(days, expectedDays);
}

void tst_AnthropicApi::listRequestsIgnoreTheWindow()
{
    const QUrl base(u"https://api.anthropic.com"_s);
    const AnthropicUsersEndpoint users;
    const AnthropicApiKeysEndpoint keys;
    QCOMPARE(users.bucketMs(), 0);
    QCOMPARE(keys.bucketMs(), 0);
    const QList<ApiRequest> userRequests = users.firstRequests(base, {});
    QCOMPARE(userRequests.size(), 1);
    QCOMPARE(userRequests.first().url,
             QUrl(u"https://api.anthropic.com/v1/organizations/users?limit=100"_s));
    const QList<ApiRequest> keyRequests = keys.firstRequests(base, {nov3, nov4});
    QCOMPARE(keyRequests.size(), 1);
    QCOMPARE(keyRequests.first().url,
             QUrl(u"https://api.anthropic.com/v1/organizations/api_keys?limit=100"_s));
}

void tst_AnthropicApi::emptyWindowAsksNothing()
{
    const QUrl base(u"https://api.anthropic.com"_s);
    QVERIFY(AnthropicMessagesUsageEndpoint().firstRequests(base, {nov4, nov4}).isEmpty());
    QVERIFY(AnthropicCostReportEndpoint().firstRequests(base, {nov4, nov3}).isEmpty());
    QVERIFY(AnthropicClaudeCodeEndpoint().firstRequests(base, {nov4, nov4}).isEmpty());
}

void tst_AnthropicApi::messagesFirstPage()
{
    const Result<ApiPage> page = AnthropicMessagesUsageEndpoint().parse(
        request(messagesUrl), fixture(u"usage_report_messages_page1.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    QVERIFY(page->costs.isEmpty());
    QVERIFY(page->identities.isEmpty());

    const QString prefix = u"usage_report/messages|"_s;
    const QList<UsageRecord> expected {
        messagesRecord(prefix + u"2025-11-03T00:00:00Z|api_key_id="_s + danaKey
                           + u"|workspace_id="_s + workspace + u"|model="_s + sonnet,
                       nov3, u"anthropic-key"_s, danaKey, sonnet, workspace,
                       tokens(184203, 52110, 0, 1203344, 96512)),
        // workspace_id null: the default workspace.
        messagesRecord(
            prefix + u"2025-11-03T00:00:00Z|api_key_id="_s + botKey + u"|model="_s + haiku, nov3,
            u"anthropic-key"_s, botKey, haiku, QString(), tokens(20931, 0, 0, 0, 8120)),
        messagesRecord(prefix + u"2025-11-04T00:00:00Z|api_key_id="_s + danaKey
                           + u"|workspace_id="_s + workspace + u"|model="_s + sonnet,
                       nov4, u"anthropic-key"_s, danaKey, sonnet, workspace,
                       tokens(150877, 40233, 12000, 988102, 77340)),
    };
    QCOMPARE(page->usage.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(page->usage.at(i), expected.at(i));

    QVERIFY(page->nextPage);
    const QUrlQuery next(*page->nextPage);
    QCOMPARE(next.queryItemValue(u"page"_s, QUrl::FullyDecoded),
             u"page_MjAyNS0xMS0wNVQwMDowMDowMFo="_s);
}

void tst_AnthropicApi::messagesLastPageWithEmptyBucket()
{
    const Result<ApiPage> page = AnthropicMessagesUsageEndpoint().parse(
        request(messagesUrl + u"&page=page_MjAyNS0xMS0wNVQwMDowMDowMFo%3D"_s),
        fixture(u"usage_report_messages_page2.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    QVERIFY(!page->nextPage);

    const QString prefix = u"usage_report/messages|2025-11-06T00:00:00Z|api_key_id="_s;
    const QList<UsageRecord> expected {
        messagesRecord(prefix + danaKey + u"|workspace_id="_s + workspace + u"|model="_s + sonnet,
                       nov6, u"anthropic-key"_s, danaKey, sonnet, workspace,
                       tokens(99012, 18800, 0, 512330, 40211)),
        messagesRecord(prefix + botKey + u"|model="_s + haiku, nov6, u"anthropic-key"_s, botKey,
                       haiku, QString(), tokens(5120, 0, 0, 0, 1904)),
    };
    QCOMPARE(page->usage, expected);
}

void tst_AnthropicApi::messagesNullGroupsAndIdentities()
{
    const Result<ApiPage> page = AnthropicMessagesUsageEndpoint().parse(
        request(messagesUrl), fixture(u"usage_report_messages_nulls.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    QVERIFY(!page->nextPage);

    const QString prefix = u"usage_report/messages|2025-11-03T00:00:00Z"_s;
    const QList<UsageRecord> expected {
        // Not grouped at all: nobody, no model, no workspace.
        messagesRecord(prefix, nov3, QString(), QString(), QString(), QString(),
                       tokens(1000, 200, 300, 4000, 500)),
        // OAuth traffic: the user account, every value set is part of the key.
        messagesRecord(prefix + u"|workspace_id="_s + workspace
                           + u"|model=claude-opus-4-1-20250805|service_tier=standard"
                             "|context_window=0-200k|account_id="_s
                           + danaUser + u"|inference_geo=us"_s,
                       nov3, u"anthropic-user"_s, danaUser, u"claude-opus-4-1-20250805"_s,
                       workspace, tokens(7, 11, 0, 13, 17)),
        // A service account wins over the key it used.
        messagesRecord(prefix + u"|api_key_id="_s + danaKey + u"|model="_s + haiku
                           + u"|service_account_id=svcacct_01Pq7Xn3Vb9Mz2Lk5Jh8Gf4D"_s,
                       nov3, u"anthropic-service-account"_s, u"svcacct_01Pq7Xn3Vb9Mz2Lk5Jh8Gf4D"_s,
                       haiku, QString(), tokens(19, 0, 0, 0, 23)),
    };
    QCOMPARE(page->usage, expected);
}

void tst_AnthropicApi::nextPageKeepsTheQueryAndEncodesTheCursor()
{
    // The cursor of a previous page is replaced, every other parameter stays as it was.
    const QString asked = messagesUrl + u"&page=page_old"_s;
    QByteArray body = fixture(u"usage_report_messages_page1.json"_s);
    body.replace("page_MjAyNS0xMS0wNVQwMDowMDowMFo=", "page_a+b/c%d=&e");
    const Result<ApiPage> page = AnthropicMessagesUsageEndpoint().parse(request(asked), body);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    QVERIFY(page->nextPage);
    const QUrl next = *page->nextPage;
    QCOMPARE(next.path(), u"/v1/organizations/usage_report/messages"_s);

    const QUrlQuery query(next);
    QCOMPARE(query.allQueryItemValues(u"page"_s, QUrl::FullyDecoded),
             QStringList {u"page_a+b/c%d=&e"_s});
    QCOMPARE(query.allQueryItemValues(u"group_by[]"_s),
             (QStringList {u"api_key_id"_s, u"workspace_id"_s, u"model"_s}));
    QCOMPARE(query.queryItemValue(u"starting_at"_s), u"2025-11-03T00:00:00Z"_s);
    QCOMPARE(query.queryItemValue(u"ending_at"_s), u"2025-11-07T00:00:00Z"_s);
    QCOMPARE(query.queryItemValue(u"limit"_s), u"2"_s);
    // A '+' sent raw would reach the server as a space.
    QVERIFY(next.toEncoded().contains("page=page_a%2Bb%2Fc%25d%3D%26e"));

    // Asked for the page the body names as next, wherever the cursor sits in the query.
    const Result<ApiPage> loop = AnthropicMessagesUsageEndpoint().parse(
        request(u"https://api.anthropic.com/v1/organizations/usage_report/messages"
                "?page=page_MjAyNS0xMS0wNVQwMDowMDowMFo%3D&limit=2"_s),
        fixture(u"usage_report_messages_page1.json"_s));
    QVERIFY(!loop);
    QCOMPARE(loop.error().detail, u"usage_report/messages: the next page is the page just read"_s);
    const Result<ApiPage> listLoop = AnthropicUsersEndpoint().parse(
        request(u"https://api.anthropic.com/v1/organizations/users?after_id="_s + samUser
                + u"&limit=100"_s),
        fixture(u"users_page1.json"_s));
    QVERIFY(!listLoop);
    QCOMPARE(listLoop.error().code, ErrorCode::InvalidInput);
}

void tst_AnthropicApi::externalKeysAreStableAndUnique()
{
    const AnthropicMessagesUsageEndpoint messages;
    const AnthropicCostReportEndpoint costs;
    QSet<QString> keys;
    qsizetype count = 0;
    for (const QString &name :
         {u"usage_report_messages_page1.json"_s, u"usage_report_messages_page2.json"_s,
          u"usage_report_messages_nulls.json"_s}) {
        const QByteArray body = fixture(name);
        const Result<ApiPage> first = messages.parse(request(messagesUrl), body);
        const Result<ApiPage> again = messages.parse(request(messagesUrl), body);
        QVERIFY(first && again);
        QCOMPARE(first->usage, again->usage);
        for (const UsageRecord &record : first->usage)
            keys.insert(record.externalKey);
        count += first->usage.size();
    }
    for (const QString &name : {u"cost_report_page1.json"_s, u"cost_report_page2.json"_s}) {
        const Result<ApiPage> page = costs.parse(request(messagesUrl), fixture(name));
        QVERIFY(page);
        for (const BilledCost &cost : page->costs)
            keys.insert(cost.externalKey);
        count += page->costs.size();
    }
    // The null-groups fixture repeats a day of page 1 with other groupings: still no clash.
    QCOMPARE(count, 8 + 12);
    QCOMPARE(keys.size(), count);
}

void tst_AnthropicApi::costReportPages()
{
    const AnthropicCostReportEndpoint endpoint;
    const QString url = u"https://api.anthropic.com/v1/organizations/cost_report"
                        "?starting_at=2025-11-03T00:00:00Z&ending_at=2025-11-05T00:00:00Z"
                        "&group_by[]=workspace_id&group_by[]=description&limit=1"_s;

    const auto key = [](const QString &day, const QString &workspaceId, const QString &description,
                        const QString &rest) -> QString {
        const QString grouped
            = workspaceId.isEmpty() ? QString() : u"|workspace_id="_s + workspaceId;
        return u"cost_report|"_s + day + grouped + u"|description="_s + description + rest;
    };
    const QString sonnetTokens = u"|cost_type=tokens|context_window=0-200k|model="_s + sonnet
        + u"|service_tier=standard|token_type="_s;
    const QString haikuTokens = u"|cost_type=tokens|context_window=0-200k|model="_s + haiku
        + u"|service_tier=standard|token_type="_s;
    const QString day1 = u"2025-11-03T00:00:00Z"_s;
    const QString day2 = u"2025-11-04T00:00:00Z"_s;
    const QString sonnetUsage = u"Claude Sonnet 4.5 Usage - "_s;
    const QString haikuUsage = u"Claude Haiku 4.5 Usage - "_s;

    // Cents as decimal text → micro-dollars: "55.2609" cents = $0.552609; "36.10032" cents =
    // 361003.2 micros, rounded; "19.54125" → 195412.5, a half rounded away from zero.
    const QList<BilledCost> expected1 {
        cost(key(day1, workspace, sonnetUsage + u"Input Tokens"_s,
                 sonnetTokens + u"uncached_input_tokens"_s),
             nov3, workspace, sonnetUsage + u"Input Tokens"_s, sonnet, 552609),
        cost(key(day1, workspace, sonnetUsage + u"Output Tokens"_s,
                 sonnetTokens + u"output_tokens"_s),
             nov3, workspace, sonnetUsage + u"Output Tokens"_s, sonnet, 1447680),
        cost(key(day1, workspace, sonnetUsage + u"Input Tokens, Cache Hit"_s,
                 sonnetTokens + u"cache_read_input_tokens"_s),
             nov3, workspace, sonnetUsage + u"Input Tokens, Cache Hit"_s, sonnet, 361003),
        cost(key(day1, workspace, sonnetUsage + u"Input Tokens, Cache Write 5m"_s,
                 sonnetTokens + u"cache_creation.ephemeral_5m_input_tokens"_s),
             nov3, workspace, sonnetUsage + u"Input Tokens, Cache Write 5m"_s, sonnet, 195413),
        cost(key(day1, workspace, u"Web Search Usage"_s, u"|cost_type=web_search"_s), nov3,
             workspace, u"Web Search Usage"_s, QString(), 40000),
        cost(key(day1, QString(), haikuUsage + u"Input Tokens"_s,
                 haikuTokens + u"uncached_input_tokens"_s),
             nov3, QString(), haikuUsage + u"Input Tokens"_s, haiku, 20931),
        cost(
            key(day1, QString(), haikuUsage + u"Output Tokens"_s, haikuTokens + u"output_tokens"_s),
            nov3, QString(), haikuUsage + u"Output Tokens"_s, haiku, 40600),
    };
    const Result<ApiPage> page1
        = endpoint.parse(request(url), fixture(u"cost_report_page1.json"_s));
    QVERIFY2(page1, qPrintable(page1 ? QString() : page1.error().detail));
    QVERIFY(page1->usage.isEmpty());
    QCOMPARE(page1->costs.size(), expected1.size());
    for (qsizetype i = 0; i < expected1.size(); ++i)
        QCOMPARE(page1->costs.at(i), expected1.at(i));
    QVERIFY(page1->nextPage);
    QCOMPARE(QUrlQuery(*page1->nextPage).queryItemValue(u"page"_s, QUrl::FullyDecoded),
             u"page_MjAyNS0xMS0wNFQwMDowMDowMFo="_s);

    const QList<BilledCost> expected2 {
        cost(key(day2, workspace, sonnetUsage + u"Input Tokens"_s,
                 sonnetTokens + u"uncached_input_tokens"_s),
             nov4, workspace, sonnetUsage + u"Input Tokens"_s, sonnet, 452631),
        cost(key(day2, workspace, sonnetUsage + u"Output Tokens"_s,
                 sonnetTokens + u"output_tokens"_s),
             nov4, workspace, sonnetUsage + u"Output Tokens"_s, sonnet, 1160100),
        cost(key(day2, workspace, sonnetUsage + u"Input Tokens, Cache Hit"_s,
                 sonnetTokens + u"cache_read_input_tokens"_s),
             nov4, workspace, sonnetUsage + u"Input Tokens, Cache Hit"_s, sonnet, 296431),
        cost(key(day2, workspace, sonnetUsage + u"Input Tokens, Cache Write 1h"_s,
                 sonnetTokens + u"cache_creation.ephemeral_1h_input_tokens"_s),
             nov4, workspace, sonnetUsage + u"Input Tokens, Cache Write 1h"_s, sonnet, 72000),
        cost(key(day2, workspace, sonnetUsage + u"Input Tokens, Cache Write 5m"_s,
                 sonnetTokens + u"cache_creation.ephemeral_5m_input_tokens"_s),
             nov4, workspace, sonnetUsage + u"Input Tokens, Cache Write 5m"_s, sonnet, 150874),
    };
    const Result<ApiPage> page2 = endpoint.parse(request(page1->nextPage->toString()),
                                                 fixture(u"cost_report_page2.json"_s));
    QVERIFY2(page2, qPrintable(page2 ? QString() : page2.error().detail));
    QCOMPARE(page2->costs, expected2);
    QVERIFY(!page2->nextPage);
}

void tst_AnthropicApi::claudeCodeReport()
{
    const AnthropicClaudeCodeEndpoint endpoint;
    const ApiRequest asked
        = endpoint.firstRequests(QUrl(u"https://api.anthropic.com"_s), {nov3, nov4}).first();
    const Result<ApiPage> page
        = endpoint.parse(asked, fixture(u"claude_code_usage_report_page1.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    QVERIFY(!page->nextPage);
    QVERIFY(page->costs.isEmpty());

    // estimated_cost.amount is cents: 1898.44 cents = $18.9844. The CI bot bills through the API
    // (customer_type "api"): its usage is in the Messages report already and is not read here.
    const QList<UsageRecord> expected {
        claudeCodeRecord(u"usage_report/claude_code|2025-11-03|email=dana.lee@example.com"
                         "|terminal_type=vscode|model="_s
                             + sonnet,
                         nov3, u"email"_s, u"dana.lee@example.com"_s, sonnet,
                         tokens(84012, 190112, 0, 2210388, 51230), 18'984'400),
    };
    QCOMPARE(page->usage, expected);
}

void tst_AnthropicApi::claudeCodeNextPageStaysOnItsDay()
{
    const AnthropicClaudeCodeEndpoint endpoint;
    const ApiRequest asked
        = endpoint.firstRequests(QUrl(u"https://api.anthropic.com"_s), {nov4, nov4 + dayMs})
              .first();
    const Result<ApiPage> page
        = endpoint.parse(asked, fixture(u"claude_code_usage_report_has_more.json"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));

    // 12.3456789 cents = 123456.789 micros, rounded; 1.4e-1 cents = 1400 micros.
    const QString prefix = u"usage_report/claude_code|2025-11-04|email=sam.okafor@example.com"
                           "|terminal_type=iTerm.app|is_remote=true|model="_s;
    const QList<UsageRecord> expected {
        claudeCodeRecord(prefix + sonnet, nov4, u"email"_s, u"sam.okafor@example.com"_s, sonnet,
                         tokens(1200, 7800, 0, 56000, 3400), 123457),
        claudeCodeRecord(prefix + haiku, nov4, u"email"_s, u"sam.okafor@example.com"_s, haiku,
                         tokens(900, 0, 0, 0, 100), 1400),
    };
    QCOMPARE(page->usage, expected);

    QVERIFY(page->nextPage);
    const QUrlQuery next(*page->nextPage);
    QCOMPARE(next.queryItemValue(u"starting_at"_s), u"2025-11-04"_s);
    QCOMPARE(next.queryItemValue(u"limit"_s), u"1000"_s);
    QCOMPARE(next.queryItemValue(u"page"_s, QUrl::FullyDecoded), u"page_a+b/c=="_s);
}

void tst_AnthropicApi::usersPages()
{
    const AnthropicUsersEndpoint endpoint;
    const ApiRequest first
        = endpoint.firstRequests(QUrl(u"https://api.anthropic.com"_s), {}).first();
    const Result<ApiPage> page1 = endpoint.parse(first, fixture(u"users_page1.json"_s));
    QVERIFY2(page1, qPrintable(page1 ? QString() : page1.error().detail));
    QVERIFY(page1->usage.isEmpty() && page1->costs.isEmpty());
    const QList<ProviderIdentity> expected1 {
        {u"anthropic-user"_s, danaUser, u"dana.lee@example.com"_s, u"Dana Lee"_s},
        {u"anthropic-user"_s, samUser, u"sam.okafor@example.com"_s, u"Sam Okafor"_s},
    };
    QCOMPARE(page1->identities, expected1);
    QVERIFY(page1->nextPage);
    QCOMPARE(page1->nextPage->path(), u"/v1/organizations/users"_s);
    const QUrlQuery next(*page1->nextPage);
    QCOMPARE(next.queryItemValue(u"after_id"_s), samUser);
    QCOMPARE(next.queryItemValue(u"limit"_s), u"100"_s);

    const Result<ApiPage> page2
        = endpoint.parse(ApiRequest {*page1->nextPage}, fixture(u"users_page2.json"_s));
    QVERIFY2(page2, qPrintable(page2 ? QString() : page2.error().detail));
    const QList<ProviderIdentity> expected2 {
        {u"anthropic-user"_s, u"user_01Zq3MvB6yNf8KdHs2TjX5wA"_s, u"ops@example.com"_s, QString()},
    };
    QCOMPARE(page2->identities, expected2);
    QVERIFY(!page2->nextPage);
}

void tst_AnthropicApi::apiKeysAndTheirCreatorsEmails()
{
    const AnthropicApiKeysEndpoint endpoint;
    const ApiRequest first
        = endpoint.firstRequests(QUrl(u"https://api.anthropic.com"_s), {}).first();
    const QByteArray body = fixture(u"api_keys_page1.json"_s);
    const Result<ApiPage> page = endpoint.parse(first, body);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
    QVERIFY(!page->nextPage);
    const QString legacyKey = u"apikey_01Kd8Ls2Wm4Np6Qr8St0Uv2X"_s;
    // Keys name their creator by user id; the poller takes the email from that user.
    const QList<ProviderIdentity> expected {
        {u"anthropic-key"_s, danaKey, QString(), u"dana-laptop"_s, danaUser},
        {u"anthropic-key"_s, botKey, QString(), u"ci-review-bot"_s, samUser},
        {u"anthropic-key"_s, legacyKey, QString(), u"legacy-import"_s,
         u"user_01Gone0000000000000000000"_s},
    };
    QCOMPARE(page->identities, expected);
}

void tst_AnthropicApi::malformedBodies_data()
{
    QTest::addColumn<QString>("endpointName");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedDetail");

    const QString messages = u"usage_report/messages"_s;
    const QString costs = u"cost_report"_s;
    const QString claudeCode = u"usage_report/claude_code"_s;
    const QByteArray page1 = fixture(u"usage_report_messages_page1.json"_s);
    const QByteArray costPage = fixture(u"cost_report_page1.json"_s);
    const QByteArray claudeCodePage = fixture(u"claude_code_usage_report_page1.json"_s);
    const auto replaced = [](QByteArray body, const char *before, const char *after) {
        if (!body.contains(before))
            qFatal("fixture lacks %s", before);
        return body.replace(before, after);
    };

    QTest::newRow("html") << messages << fixture(u"malformed_not_json.html"_s)
                          << u"the body is not a JSON object"_s;
    QTest::newRow("empty") << costs << QByteArray() << u"the body is not a JSON object"_s;
    QTest::newRow("array") << messages << QByteArray("[]") << u"the body is not a JSON object"_s;
    QTest::newRow("truncated") << messages << page1.left(page1.size() / 2) << QString();
    QTest::newRow("trailing garbage") << messages << page1 + "}" << QString();
    QTest::newRow("no data") << messages << fixture(u"malformed_no_data.json"_s)
                             << u"data is missing"_s;
    QTest::newRow("data not an array")
        << costs << QByteArray(R"({"data": {}, "has_more": false, "next_page": null})")
        << u"data is not an array"_s;
    QTest::newRow("no has_more") << messages << QByteArray(R"({"data": [], "next_page": null})")
                                 << u"has_more is missing"_s;
    QTest::newRow("has_more without next_page")
        << messages << QByteArray(R"({"data": [], "has_more": true, "next_page": null})")
        << u"has_more without a cursor for the next page"_s;
    QTest::newRow("has_more as a string")
        << messages << QByteArray(R"({"data": [], "has_more": "no", "next_page": null})")
        << u"has_more is not a boolean"_s;
    QTest::newRow("negative tokens") << messages << fixture(u"malformed_negative_tokens.json"_s)
                                     << u"output_tokens is not a non-negative integer"_s;
    QTest::newRow("tokens as a string")
        << messages << replaced(page1, "\"output_tokens\": 96512", "\"output_tokens\": \"96512\"")
        << u"output_tokens is not a non-negative integer"_s;
    QTest::newRow("fractional tokens")
        << messages << replaced(page1, "\"output_tokens\": 96512", "\"output_tokens\": 96.5")
        << u"output_tokens is not a non-negative integer"_s;
    QTest::newRow("null tokens") << messages
                                 << replaced(page1, "\"uncached_input_tokens\": 184203",
                                             "\"uncached_input_tokens\": null")
                                 << u"uncached_input_tokens is not a non-negative integer"_s;
    QTest::newRow("no output_tokens")
        << messages << replaced(page1, "\"output_tokens\": 96512,", "")
        << u"output_tokens is missing"_s;
    QTest::newRow("no 1h cache writes")
        << messages << replaced(page1, "\"ephemeral_1h_input_tokens\": 12000,", "")
        << u"cache_creation.ephemeral_1h_input_tokens is missing"_s;
    QTest::newRow("model as a number")
        << messages << replaced(page1, "\"model\": \"claude-haiku-4-5-20251001\"", "\"model\": 4")
        << u"model is not a string"_s;
    QTest::newRow("bad starting_at") << messages
                                     << replaced(page1, "\"starting_at\": \"2025-11-04T00:00:00Z\"",
                                                 "\"starting_at\": \"4 Nov 2025\"")
                                     << u"starting_at is not an RFC 3339 time"_s;
    QTest::newRow("bucket ends before it starts")
        << messages
        << replaced(page1, "\"ending_at\": \"2025-11-05T00:00:00Z\"",
                    "\"ending_at\": \"2025-11-03T00:00:00Z\"")
        << u"a bucket ends before it starts"_s;
    QTest::newRow("bucket without results")
        << costs << QByteArray(R"({"data": [{"starting_at": "2025-11-03T00:00:00Z",
                          "ending_at": "2025-11-04T00:00:00Z"}], "has_more": false,
                          "next_page": null})")
        << u"results is missing"_s;
    QTest::newRow("unparsable amount") << costs << fixture(u"malformed_cost_amount.json"_s)
                                       << u"amount \"4,06\" is not a decimal"_s;
    QTest::newRow("amount as a number")
        << costs << replaced(costPage, "\"amount\": \"4.06\"", "\"amount\": 4.06")
        << u"amount is not a string"_s;
    QTest::newRow("no currency") << costs
                                 << replaced(costPage,
                                             "\"currency\": \"USD\",\n          \"amount\": \"4\",",
                                             "\"amount\": \"4\",")
                                 << u"currency is missing"_s;
    QTest::newRow("estimated cost as a string")
        << claudeCode << replaced(claudeCodePage, "\"amount\": 41.03", "\"amount\": \"41.03\"")
        << u"estimated_cost.amount is not a number"_s;
    QTest::newRow("negative estimated cost")
        << claudeCode << replaced(claudeCodePage, "\"amount\": 41.03", "\"amount\": -41.03")
        << u"estimated_cost.amount is not a non-negative decimal"_s;
    QTest::newRow("estimated cost in euros")
        << claudeCode
        << replaced(claudeCodePage, "\"currency\": \"USD\",\n            \"amount\": 41.03",
                    "\"currency\": \"EUR\",\n            \"amount\": 41.03")
        << u"estimated_cost.currency \"EUR\" is not USD"_s;
    QTest::newRow("unknown actor")
        << claudeCode << replaced(claudeCodePage, "\"type\": \"user_actor\"", "\"type\": \"robot\"")
        << u"actor \"robot\" names nobody"_s;
    QTest::newRow("negative claude code tokens")
        << claudeCode << replaced(claudeCodePage, "\"input\": 310220", "\"input\": -1")
        << u"tokens.input is not a non-negative integer"_s;
    QTest::newRow("no model breakdown")
        << claudeCode << QByteArray(R"({"data": [{"date": "2025-11-03T00:00:00Z", "actor":
                          {"type": "user_actor", "email_address": "a@b.com"}}],
                          "has_more": false, "next_page": null})")
        << u"model_breakdown is missing"_s;
    QTest::newRow("user without id")
        << u"users"_s
        << QByteArray(R"({"data": [{"email": "a@b.com"}], "has_more": false, "last_id": null})")
        << u"id is missing"_s;
    QTest::newRow("list has_more without last_id")
        << u"api_keys"_s << QByteArray(R"({"data": [], "has_more": true, "last_id": null})")
        << u"has_more without a cursor for the next page"_s;
    QTest::newRow("key with a numeric name")
        << u"api_keys"_s
        << QByteArray(R"({"data": [{"id": "apikey_1", "name": 7}], "has_more": false})")
        << u"name is not a string"_s;
}

void tst_AnthropicApi::malformedBodies()
{
    QFETCH(QString, endpointName);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedDetail);

    std::shared_ptr<const ProviderEndpoint> endpoint;
    for (const auto &candidate : AnthropicApi().endpoints()) {
        if (candidate->name() == endpointName)
            endpoint = candidate;
    }
    QVERIFY(endpoint);
    const Result<ApiPage> page
        = endpoint->parse(request(u"https://api.anthropic.com/v1/x?limit=1"_s), body);
    QVERIFY(!page);
    QCOMPARE(page.error().code, ErrorCode::InvalidInput);
    QVERIFY2(page.error().detail.startsWith(endpointName + u": "_s),
             qPrintable(page.error().detail));
    if (!expectedDetail.isEmpty())
        QCOMPARE(page.error().detail, endpointName + u": "_s + expectedDetail);
}

void tst_AnthropicApi::errorMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("rate limit")
        << fixture(u"error_rate_limit.json"_s)
        << u"Number of requests has exceeded your rate limit. Please try again later."_s;
    QTest::newRow("authentication")
        << fixture(u"error_authentication.json"_s) << u"invalid x-api-key"_s;
    QTest::newRow("type only") << QByteArray(R"({"type":"error","error":{"type":"api_error"}})")
                               << u"api_error"_s;
    QTest::newRow("html") << fixture(u"malformed_not_json.html"_s) << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("a report") << fixture(u"usage_report_messages_page2.json"_s) << QString();
}

void tst_AnthropicApi::errorMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(AnthropicApi().errorMessage(body), expected);
}

QTEST_GUILESS_MAIN(tst_AnthropicApi)
#include "tst_anthropicapi.moc"
