#include "openaiapi.h"

#include "core/money.h"
#include "sources/meters/jsonlines.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

#include <array>
#include <optional>
#include <simdjson.h>
#include <span>
#include <string_view>

using namespace Qt::StringLiterals;
namespace ondemand = simdjson::ondemand;
using JsonType = ondemand::json_type;

namespace {

constexpr auto providerName = "openai"_L1;
constexpr qint64 dayMs = 86'400'000;
// Largest pages the API accepts: usage limits count 1d buckets (max 31), costs 1..180, lists 100.
constexpr int usageLimit = 31;
constexpr int costsLimit = 180;
constexpr int listLimit = 100;
// Unix seconds past the year 5000 are no bucket bound; the cap keeps seconds → ms from overflowing.
constexpr qint64 maxSeconds = 100'000'000'000;

const auto usersPath = "/v1/organization/users"_L1;
const auto projectsPath = "/v1/organization/projects"_L1;
const auto apiKeysSuffix = "/api_keys"_L1;
const auto costsPath = "/v1/organization/costs"_L1;

QLatin1StringView latin1(std::string_view text)
{
    return QLatin1StringView(text.data(), qsizetype(text.size()));
}

bool fail(QString &problem, const QString &text)
{
    if (problem.isEmpty())
        problem = text;
    return false;
}

Error invalidInput(const QString &endpoint, const QString &problem)
{
    return Error {ErrorCode::InvalidInput, QString(endpoint + u": "_s + problem)};
}

// --- URLs ---------------------------------------------------------------------------------------

// The base URL's own path stays in front of `encodedPath` (gateways, test servers).
QUrl urlFor(const QUrl &base, const QString &encodedPath, const QUrlQuery &query)
{
    QUrl url = base;
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(QString(prefix + encodedPath), QUrl::TolerantMode);
    url.setQuery(query);
    url.setFragment(QString());
    return url;
}

// QUrlQuery leaves '+' as it is, which servers read as a space; cursors are base64 and may hold
// one. A fully percent-encoded value is kept as it is and decodes back exactly.
void addItem(QUrlQuery &query, const QString &key, const QString &value)
{
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QString queryValue(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

QUrl withItem(const QUrl &url, const QString &key, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    addItem(query, key, value);
    QUrl next = url;
    next.setQuery(query);
    return next;
}

qint64 floorSeconds(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

qint64 ceilSeconds(qint64 ms)
{
    return -floorSeconds(-ms);
}

// start_time/end_time in Unix seconds, covering the window, and 1d buckets.
QUrlQuery windowQuery(const PollWindow &window)
{
    QUrlQuery query;
    addItem(query, u"start_time"_s, QString::number(floorSeconds(window.startMs)));
    addItem(query, u"end_time"_s, QString::number(ceilSeconds(window.endMs)));
    addItem(query, u"bucket_width"_s, u"1d"_s);
    return query;
}

QUrlQuery limitQuery(int limit)
{
    QUrlQuery query;
    addItem(query, u"limit"_s, QString::number(limit));
    return query;
}

// --- JSON ---------------------------------------------------------------------------------------

std::optional<JsonType> typeOf(ondemand::value &value)
{
    JsonType type;
    if (value.type().get(type))
        return std::nullopt;
    return type;
}

// A string, or null (read as an empty string: "not grouped by this").
bool readNullableString(ondemand::value &value, QString &out)
{
    const std::optional<JsonType> type = typeOf(value);
    if (type == JsonType::null) {
        out.clear();
        return true;
    }
    std::string_view text;
    if (type != JsonType::string || value.get_string().get(text))
        return false;
    out = QString::fromUtf8(text.data(), qsizetype(text.size()));
    return true;
}

// A non-negative integer, or null (nothing).
bool readNullableCount(ondemand::value &value, std::optional<qint64> &out)
{
    const std::optional<JsonType> type = typeOf(value);
    if (type == JsonType::null) {
        out.reset();
        return true;
    }
    int64_t number;
    if (type != JsonType::number || value.get_int64().get(number) || number < 0)
        return false;
    out = number;
    return true;
}

bool readSeconds(ondemand::value &value, qint64 &out)
{
    int64_t number;
    if (typeOf(value) != JsonType::number || value.get_int64().get(number) || number < 0
        || number > maxSeconds)
        return false;
    out = number;
    return true;
}

bool readBool(ondemand::value &value, bool &out)
{
    return typeOf(value) == JsonType::boolean && !value.get_bool().get(out);
}

// handler(key, value) for each member; false when `value` is not an object, is malformed, or the
// handler returns false.
template<typename Handler>
bool forEachMember(ondemand::value &value, Handler &&handler)
{
    ondemand::object object;
    if (typeOf(value) != JsonType::object || value.get_object().get(object))
        return false;
    return JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            return handler(key, field.value());
        });
}

// handler(element, index) for each element; false when `value` is not an array, is malformed,
// or the handler returns false.
template<typename Handler>
bool forEachElement(ondemand::value &value, Handler &&handler)
{
    ondemand::array array;
    if (typeOf(value) != JsonType::array || value.get_array().get(array))
        return false;
    qsizetype index = 0;
    for (auto element : array) {
        ondemand::value item;
        if (std::move(element).get(item) || !handler(item, index))
            return false;
        ++index;
    }
    return true;
}

// `body` as one JSON object, its members handed to handler(key, value).
template<typename Handler>
bool readDocument(const QByteArray &body, QString &problem, Handler &&handler)
{
    const simdjson::padded_string json(body.constData(), size_t(body.size()));
    ondemand::parser parser;
    ondemand::document document;
    if (parser.iterate(json).get(document))
        return fail(problem, u"the body is not JSON"_s);
    ondemand::object root;
    if (const simdjson::error_code error = document.get_object().get(root))
        return fail(problem,
                    error == simdjson::INCORRECT_TYPE ? u"the body is not a JSON object"_s
                                                      : u"the body is not valid JSON"_s);
    const bool isRead = JsonLines::forEachField(
        root, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            return handler(key, field.value());
        });
    if (!isRead)
        return fail(problem, u"the body is not valid JSON"_s);
    if (!JsonLines::isFullyConsumed(document))
        return fail(problem, u"the body goes on after its JSON object"_s);
    return true;
}

// The envelope both page kinds share: {"data":[…],"has_more":…} plus "next_page" (usage, costs)
// or "last_id" (lists).
struct Envelope
{
    bool hasData = false;
    std::optional<bool> hasMore;
    QString nextPage;
    QString lastId;
};

template<typename ItemHandler>
bool readEnvelope(const QByteArray &body, Envelope &envelope, QString &problem,
                  ItemHandler &&readItem)
{
    const bool isRead = readDocument(
        body, problem, [&](const ondemand::raw_json_string &key, ondemand::value &value) {
            if (key == "data") {
                envelope.hasData = true;
                return forEachElement(value, readItem) || fail(problem, u"data is not an array"_s);
            }
            if (key == "has_more") {
                bool hasMore = false;
                if (!readBool(value, hasMore))
                    return fail(problem, u"has_more is not a boolean"_s);
                envelope.hasMore = hasMore;
                return true;
            }
            if (key == "next_page")
                return readNullableString(value, envelope.nextPage)
                    || fail(problem, u"next_page is not a string"_s);
            if (key == "last_id")
                return readNullableString(value, envelope.lastId)
                    || fail(problem, u"last_id is not a string"_s);
            return true;
        });
    if (!isRead)
        return false;
    if (!envelope.hasData)
        return fail(problem, u"data is missing"_s);
    if (!envelope.hasMore)
        return fail(problem, u"has_more is missing"_s);
    return true;
}

// Usage and costs: the next page repeats the request with page=<next_page>.
bool setNextPage(const ApiRequest &request, const Envelope &envelope, ApiPage &page,
                 QString &problem)
{
    if (!*envelope.hasMore)
        return true;
    if (envelope.nextPage.isEmpty())
        return fail(problem, u"has_more is true but next_page is missing"_s);
    if (envelope.nextPage == queryValue(request.url, u"page"_s))
        return fail(problem, u"next_page repeats the page just read"_s);
    page.nextPage = withItem(request.url, u"page"_s, envelope.nextPage);
    return true;
}

// Lists: the next page repeats the request with after=<last_id>.
bool setNextAfter(const ApiRequest &request, const Envelope &envelope, const QString &lastItemId,
                  ApiPage &page, QString &problem)
{
    if (!*envelope.hasMore)
        return true;
    const QString cursor = envelope.lastId.isEmpty() ? lastItemId : envelope.lastId;
    if (cursor.isEmpty())
        return fail(problem, u"has_more is true but last_id is missing"_s);
    if (cursor == queryValue(request.url, u"after"_s))
        return fail(problem, u"last_id repeats the page just read"_s);
    page.nextPage = withItem(request.url, u"after"_s, cursor);
    return true;
}

struct Bucket
{
    std::optional<qint64> start; // Unix seconds
    std::optional<qint64> end;
};

// {"start_time","end_time","results":[…]}, readResult(result, where) for each result.
template<typename ResultHandler>
bool readBucket(ondemand::value &value, const QString &where, QString &problem, Bucket &bucket,
                ResultHandler &&readResult)
{
    bool hasResults = false;
    const bool isRead
        = forEachMember(value, [&](const ondemand::raw_json_string &key, ondemand::value &member) {
              if (key == "start_time" || key == "end_time") {
                  const bool isStart = key == "start_time";
                  qint64 seconds = 0;
                  if (!readSeconds(member, seconds))
                      return fail(problem,
                                  u"%1.%2 is not a Unix time"_s.arg(
                                      where, isStart ? "start_time"_L1 : "end_time"_L1));
                  (isStart ? bucket.start : bucket.end) = seconds;
                  return true;
              }
              if (key == "results") {
                  hasResults = true;
                  return forEachElement(member,
                                        [&](ondemand::value &result, qsizetype index) {
                                            return readResult(
                                                result, u"%1.results[%2]"_s.arg(where).arg(index));
                                        })
                      || fail(problem, u"%1.results is not an array"_s.arg(where));
              }
              return true;
          });
    if (!isRead)
        return fail(problem, u"%1 is not an object"_s.arg(where));
    if (!bucket.start || !bucket.end)
        return fail(problem, u"%1 lacks start_time or end_time"_s.arg(where));
    if (*bucket.end <= *bucket.start)
        return fail(problem, u"%1 ends before it starts"_s.arg(where));
    if (!hasResults)
        return fail(problem, u"%1.results is missing"_s.arg(where));
    return true;
}

// "|name=value" of an externalKey; '|' and '%' escaped so no value can fake a separator.
QString keyPart(QLatin1StringView name, const QString &value)
{
    QString escaped = value;
    escaped.replace(u'%', u"%25"_s).replace(u'|', u"%7C"_s);
    return QString(u'|' + name + u'=' + escaped);
}

// --- Usage --------------------------------------------------------------------------------------

struct UsageRow
{
    std::optional<qint64> inputTokens; // includes cached and cache-write input
    std::optional<qint64> cachedTokens;
    std::optional<qint64> outputTokens;
    std::optional<qint64> modelRequests;
    std::optional<qint64> toolRequests; // web search calls
    std::optional<qint64> images;
    std::optional<qint64> characters;
    std::optional<qint64> seconds;
    QString projectId;
    QString userId;
    QString apiKeyId;
    QString model;
    QStringList dimensions; // values of UsageType::dimensions, null when not set
};

struct CounterField
{
    std::string_view key;
    std::optional<qint64> UsageRow::*member;
};

constexpr std::array counterFields {
    CounterField {"input_tokens", &UsageRow::inputTokens},
    CounterField {"input_cached_tokens", &UsageRow::cachedTokens},
    CounterField {"output_tokens", &UsageRow::outputTokens},
    CounterField {"num_model_requests", &UsageRow::modelRequests},
    CounterField {"num_requests", &UsageRow::toolRequests},
    CounterField {"images", &UsageRow::images},
    CounterField {"characters", &UsageRow::characters},
    CounterField {"seconds", &UsageRow::seconds},
};

struct GroupField
{
    std::string_view key;
    QString UsageRow::*member;
};

// The groupings every usage type supports and every usage request asks for.
constexpr std::array groupFields {
    GroupField {"user_id", &UsageRow::userId},
    GroupField {"project_id", &UsageRow::projectId},
    GroupField {"api_key_id", &UsageRow::apiKeyId},
    GroupField {"model", &UsageRow::model},
};

struct UsageType
{
    std::string_view name; // /v1/organization/usage/<name>
    std::span<const std::string_view> required; // counters the spec marks required
    std::optional<qint64> UsageRow::*requests; // what UsageRecord::requests counts
    // Other groupings of the type. Not asked for, so null; when set they still split rows, so
    // they go into the externalKey.
    std::span<const std::string_view> dimensions;
};

constexpr std::string_view completionsRequired[]
    = {"input_tokens", "output_tokens", "num_model_requests"};
constexpr std::string_view completionsDimensions[] = {"batch", "service_tier"};
constexpr std::string_view embeddingsRequired[] = {"input_tokens", "num_model_requests"};
constexpr std::string_view imagesRequired[] = {"images", "num_model_requests"};
constexpr std::string_view imagesDimensions[] = {"size", "source"};
constexpr std::string_view speechesRequired[] = {"characters", "num_model_requests"};
constexpr std::string_view transcriptionsRequired[] = {"seconds", "num_model_requests"};
constexpr std::string_view webSearchRequired[] = {"num_requests", "num_model_requests"};
constexpr std::string_view webSearchDimensions[] = {"context_level"};

// Web search counts its calls (the billed unit): its model requests are already counted by
// usage/completions.
constexpr UsageType usageTypes[] = {
    {"completions", completionsRequired, &UsageRow::modelRequests, completionsDimensions},
    {"embeddings", embeddingsRequired, &UsageRow::modelRequests, {}},
    {"images", imagesRequired, &UsageRow::modelRequests, imagesDimensions},
    {"audio_speeches", speechesRequired, &UsageRow::modelRequests, {}},
    {"audio_transcriptions", transcriptionsRequired, &UsageRow::modelRequests, {}},
    {"web_search_calls", webSearchRequired, &UsageRow::toolRequests, webSearchDimensions},
};

// A grouping value other than the ids: a string or a boolean (batch); null when not grouped.
bool readDimension(ondemand::value &value, QString &out)
{
    const std::optional<JsonType> type = typeOf(value);
    if (type == JsonType::boolean) {
        bool flag = false;
        if (!readBool(value, flag))
            return false;
        out = flag ? u"true"_s : u"false"_s;
        return true;
    }
    if (type == JsonType::null) {
        out = QString();
        return true;
    }
    return readNullableString(value, out);
}

bool readUsageRow(ondemand::value &value, const UsageType &type, const QString &where,
                  QString &problem, UsageRow &row)
{
    row.dimensions.resize(qsizetype(type.dimensions.size()));
    const bool isRead = forEachMember(
        value, [&](const ondemand::raw_json_string &key, ondemand::value &member) {
            for (const CounterField &field : counterFields) {
                if (key == field.key)
                    return readNullableCount(member, row.*field.member)
                        || fail(problem,
                                u"%1.%2 is not a non-negative integer"_s.arg(where,
                                                                             latin1(field.key)));
            }
            for (const GroupField &field : groupFields) {
                if (key == field.key)
                    return readNullableString(member, row.*field.member)
                        || fail(problem, u"%1.%2 is not a string"_s.arg(where, latin1(field.key)));
            }
            for (size_t i = 0; i < type.dimensions.size(); ++i) {
                if (key == type.dimensions[i])
                    return readDimension(member, row.dimensions[qsizetype(i)])
                        || fail(problem,
                                u"%1.%2 is not a string"_s.arg(where, latin1(type.dimensions[i])));
            }
            return true;
        });
    if (!isRead)
        return fail(problem, u"%1 is not an object"_s.arg(where));
    for (std::string_view required : type.required) {
        for (const CounterField &field : counterFields) {
            if (field.key == required && !(row.*field.member))
                return fail(problem, u"%1.%2 is missing"_s.arg(where, latin1(required)));
        }
    }
    if (row.cachedTokens.value_or(0) > row.inputTokens.value_or(0))
        return fail(problem, u"%1.input_cached_tokens exceeds input_tokens"_s.arg(where));
    return true;
}

UsageRecord usageRecord(const UsageType &type, const QString &endpointName, const Bucket &bucket,
                        const UsageRow &row)
{
    UsageRecord record;
    QString key = endpointName + u'|' + QString::number(*bucket.start)
        + keyPart("project"_L1, row.projectId) + keyPart("user"_L1, row.userId)
        + keyPart("key"_L1, row.apiKeyId) + keyPart("model"_L1, row.model);
    for (size_t i = 0; i < type.dimensions.size(); ++i) {
        const QString &dimension = row.dimensions.at(qsizetype(i));
        if (!dimension.isNull())
            key += keyPart(latin1(type.dimensions[i]), dimension);
    }
    record.externalKey = key;
    record.startMs = *bucket.start * 1000;
    record.endMs = *bucket.end * 1000;
    if (!row.userId.isEmpty()) {
        record.identityKind = OpenAiApi::userIdentityKind();
        record.identityValue = row.userId;
    } else if (!row.apiKeyId.isEmpty()) {
        record.identityKind = OpenAiApi::keyIdentityKind();
        record.identityValue = row.apiKeyId;
    }
    record.provider = providerName;
    record.model = row.model;
    record.project = row.projectId;
    // input_tokens includes cached input (and cache writes, which OpenAI bills as input).
    const qint64 cached = row.cachedTokens.value_or(0);
    record.tokens.input = row.inputTokens.value_or(0) - cached;
    record.tokens.cacheRead = cached;
    record.tokens.output = row.outputTokens.value_or(0);
    record.requests = (row.*type.requests).value_or(0);
    record.costKind = CostKind::Unpriced;
    return record;
}

class UsageEndpoint final : public ProviderEndpoint
{
public:
    explicit UsageEndpoint(const UsageType &type)
        : m_type(type), m_name(u"usage/"_s + latin1(type.name))
    { }

    QString name() const override { return m_name; }
    qint64 bucketMs() const override { return dayMs; }

    QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &window) const override
    {
        if (window.endMs <= window.startMs)
            return {};
        QUrlQuery query = windowQuery(window);
        for (const GroupField &field : groupFields)
            addItem(query, u"group_by"_s, latin1(field.key));
        addItem(query, u"limit"_s, QString::number(usageLimit));
        return {ApiRequest {urlFor(baseUrl, u"/v1/organization/"_s + m_name, query)}};
    }

    Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const override
    {
        ApiPage page;
        QString problem;
        Envelope envelope;
        QSet<QString> keys;
        const bool isRead
            = readEnvelope(body, envelope, problem, [&](ondemand::value &item, qsizetype index) {
                  const QString where = u"data[%1]"_s.arg(index);
                  Bucket bucket;
                  QList<UsageRow> rows;
                  // Results may come before the bucket's times: keep them until the bucket ends.
                  const bool isBucketRead
                      = readBucket(item, where, problem, bucket,
                                   [&](ondemand::value &result, const QString &resultWhere) {
                                       UsageRow row;
                                       if (!readUsageRow(result, m_type, resultWhere, problem, row))
                                           return false;
                                       rows.append(std::move(row));
                                       return true;
                                   });
                  if (!isBucketRead)
                      return false;
                  for (const UsageRow &row : std::as_const(rows)) {
                      UsageRecord record = usageRecord(m_type, m_name, bucket, row);
                      if (keys.contains(record.externalKey))
                          return fail(problem,
                                      u"%1 has two results with the same groups"_s.arg(where));
                      keys.insert(record.externalKey);
                      page.usage.append(std::move(record));
                  }
                  return true;
              });
        if (!isRead || !setNextPage(request, envelope, page, problem))
            return invalidInput(m_name, problem);
        return page;
    }

private:
    const UsageType &m_type;
    const QString m_name;
};

// --- Costs --------------------------------------------------------------------------------------

struct CostRow
{
    std::optional<qint64> amountMicros;
    QString currency;
    QString projectId;
    QString lineItem;
    QString apiKeyId;
};

// {"value": <dollars as a JSON number>, "currency": "usd"}; the number is read from its text.
bool readAmount(ondemand::value &value, const QString &where, QString &problem, CostRow &row)
{
    const bool isRead
        = forEachMember(value, [&](const ondemand::raw_json_string &key, ondemand::value &member) {
              if (key == "value") {
                  if (typeOf(member) != JsonType::number)
                      return fail(problem, u"%1.amount.value is not a number"_s.arg(where));
                  const std::string_view token = member.raw_json_token();
                  row.amountMicros = Money::parseDecimalUsd(QString::fromLatin1(latin1(token)));
                  return row.amountMicros.has_value()
                      || fail(problem, u"%1.amount.value is not a dollar amount"_s.arg(where));
              }
              if (key == "currency")
                  return readNullableString(member, row.currency)
                      || fail(problem, u"%1.amount.currency is not a string"_s.arg(where));
              return true;
          });
    return isRead || fail(problem, u"%1.amount is not an object"_s.arg(where));
}

bool readCostRow(ondemand::value &value, const QString &where, QString &problem, CostRow &row)
{
    const bool isRead = forEachMember(
        value, [&](const ondemand::raw_json_string &key, ondemand::value &member) {
            if (key == "amount")
                return typeOf(member) == JsonType::null || readAmount(member, where, problem, row);
            if (key == "project_id")
                return readNullableString(member, row.projectId)
                    || fail(problem, u"%1.project_id is not a string"_s.arg(where));
            if (key == "line_item")
                return readNullableString(member, row.lineItem)
                    || fail(problem, u"%1.line_item is not a string"_s.arg(where));
            if (key == "api_key_id")
                return readNullableString(member, row.apiKeyId)
                    || fail(problem, u"%1.api_key_id is not a string"_s.arg(where));
            return true;
        });
    if (!isRead)
        return fail(problem, u"%1 is not an object"_s.arg(where));
    // A cost row without money cannot be recorded, and dropping it would undercount the bill.
    if (!row.amountMicros)
        return fail(problem, u"%1.amount.value is missing"_s.arg(where));
    return true;
}

class CostsEndpoint final : public ProviderEndpoint
{
public:
    QString name() const override { return u"costs"_s; }
    qint64 bucketMs() const override { return dayMs; }

    QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &window) const override
    {
        if (window.endMs <= window.startMs)
            return {};
        QUrlQuery query = windowQuery(window);
        for (const auto group : {"project_id"_L1, "line_item"_L1, "api_key_id"_L1})
            addItem(query, u"group_by"_s, group);
        addItem(query, u"limit"_s, QString::number(costsLimit));
        return {ApiRequest {urlFor(baseUrl, costsPath, query)}};
    }

    Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const override
    {
        ApiPage page;
        QString problem;
        Envelope envelope;
        QSet<QString> keys;
        const bool isRead
            = readEnvelope(body, envelope, problem, [&](ondemand::value &item, qsizetype index) {
                  const QString where = u"data[%1]"_s.arg(index);
                  Bucket bucket;
                  QList<CostRow> rows;
                  const bool isBucketRead
                      = readBucket(item, where, problem, bucket,
                                   [&](ondemand::value &result, const QString &resultWhere) {
                                       CostRow row;
                                       if (!readCostRow(result, resultWhere, problem, row))
                                           return false;
                                       rows.append(std::move(row));
                                       return true;
                                   });
                  if (!isBucketRead)
                      return false;
                  for (const CostRow &row : std::as_const(rows)) {
                      BilledCost cost;
                      cost.externalKey = name() + u'|' + QString::number(*bucket.start)
                          + keyPart("project"_L1, row.projectId)
                          + keyPart("line_item"_L1, row.lineItem) + keyPart("key"_L1, row.apiKeyId);
                      if (keys.contains(cost.externalKey))
                          return fail(problem,
                                      u"%1 has two results with the same groups"_s.arg(where));
                      keys.insert(cost.externalKey);
                      cost.startMs = *bucket.start * 1000;
                      cost.endMs = *bucket.end * 1000;
                      cost.project = row.projectId;
                      cost.lineItem = row.lineItem;
                      cost.apiKeyId = row.apiKeyId;
                      cost.amountMicros = *row.amountMicros;
                      if (!row.currency.isEmpty())
                          cost.currency = row.currency.toUpper();
                      page.costs.append(std::move(cost));
                  }
                  return true;
              });
        if (!isRead || !setNextPage(request, envelope, page, problem))
            return invalidInput(name(), problem);
        return page;
    }
};

// --- Users --------------------------------------------------------------------------------------

// The "id" of a list item, required; other members go to handler(key, value).
template<typename Handler>
bool readListItem(ondemand::value &value, const QString &where, QString &problem, QString &id,
                  Handler &&handler)
{
    const bool isRead
        = forEachMember(value, [&](const ondemand::raw_json_string &key, ondemand::value &member) {
              if (key == "id")
                  return readNullableString(member, id)
                      || fail(problem, u"%1.id is not a string"_s.arg(where));
              return handler(key, member);
          });
    if (!isRead)
        return fail(problem, u"%1 is not an object"_s.arg(where));
    if (id.isEmpty())
        return fail(problem, u"%1.id is missing"_s.arg(where));
    return true;
}

class UsersEndpoint final : public ProviderEndpoint
{
public:
    QString name() const override { return u"users"_s; }
    qint64 bucketMs() const override { return 0; }

    QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &) const override
    {
        return {ApiRequest {urlFor(baseUrl, usersPath, limitQuery(listLimit))}};
    }

    Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const override
    {
        ApiPage page;
        QString problem;
        Envelope envelope;
        QString lastItemId;
        const bool isRead
            = readEnvelope(body, envelope, problem, [&](ondemand::value &item, qsizetype index) {
                  const QString where = u"data[%1]"_s.arg(index);
                  ProviderIdentity identity;
                  identity.kind = OpenAiApi::userIdentityKind();
                  const bool isItemRead = readListItem(
                      item, where, problem, identity.value,
                      [&](const ondemand::raw_json_string &key, ondemand::value &member) {
                          if (key == "email")
                              return readNullableString(member, identity.email)
                                  || fail(problem, u"%1.email is not a string"_s.arg(where));
                          if (key == "name")
                              return readNullableString(member, identity.displayName)
                                  || fail(problem, u"%1.name is not a string"_s.arg(where));
                          return true;
                      });
                  if (!isItemRead)
                      return false;
                  lastItemId = identity.value;
                  page.identities.append(std::move(identity));
                  return true;
              });
        if (!isRead || !setNextAfter(request, envelope, lastItemId, page, problem))
            return invalidInput(name(), problem);
        return page;
    }
};

// --- Projects' API keys -------------------------------------------------------------------------

// Keys are listed per project, and the contract has no endpoint that depends on another. So this
// one chain walks the projects one at a time, with every step's state in its URL (only real API
// parameters):
//   projects?limit=1[&after=P0]  → P1, next: projects/P1/api_keys?limit=100
//   projects/P1/api_keys[&after] → keys, next: their next page, or projects?limit=1&after=P1
//   projects?limit=1&after=Pn    → data [], the end
// That is two requests per project plus one; archived projects are left out (default).
class ProjectKeysEndpoint final : public ProviderEndpoint
{
public:
    QString name() const override { return u"projects/api_keys"_s; }
    qint64 bucketMs() const override { return 0; }

    QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &) const override
    {
        return {ApiRequest {urlFor(baseUrl, projectsPath, limitQuery(1))}};
    }

    Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const override
    {
        ApiPage page;
        QString problem;
        const bool isRead = request.url.path(QUrl::FullyEncoded).endsWith(apiKeysSuffix)
            ? parseKeys(request, body, page, problem)
            : parseProjects(request, body, page, problem);
        if (!isRead)
            return invalidInput(name(), problem);
        return page;
    }

private:
    static bool parseProjects(const ApiRequest &request, const QByteArray &body, ApiPage &page,
                              QString &problem)
    {
        Envelope envelope;
        QString firstProject;
        const bool isRead
            = readEnvelope(body, envelope, problem, [&](ondemand::value &item, qsizetype index) {
                  QString id;
                  if (!readListItem(item, u"data[%1]"_s.arg(index), problem, id,
                                    [](const ondemand::raw_json_string &, ondemand::value &) {
                                        return true;
                                    }))
                      return false;
                  if (firstProject.isEmpty())
                      firstProject = id;
                  return true;
              });
        if (!isRead)
            return false;
        if (firstProject.isEmpty())
            return true; // past the last project
        if (firstProject == queryValue(request.url, u"after"_s))
            return fail(problem, u"the project list repeats the project just read"_s);
        const QString path = request.url.path(QUrl::FullyEncoded) + u'/'
            + QString::fromLatin1(QUrl::toPercentEncoding(firstProject)) + apiKeysSuffix;
        QUrl next = request.url;
        next.setPath(path, QUrl::TolerantMode);
        next.setQuery(limitQuery(listLimit));
        page.nextPage = next;
        return true;
    }

    static bool parseKeys(const ApiRequest &request, const QByteArray &body, ApiPage &page,
                          QString &problem)
    {
        Envelope envelope;
        QString lastItemId;
        const bool isRead = readEnvelope(
            body, envelope, problem, [&](ondemand::value &item, qsizetype index) {
                const QString where = u"data[%1]"_s.arg(index);
                ProviderIdentity identity;
                identity.kind = OpenAiApi::keyIdentityKind();
                QString redacted;
                const bool isItemRead = readListItem(
                    item, where, problem, identity.value,
                    [&](const ondemand::raw_json_string &key, ondemand::value &member) {
                        if (key == "name")
                            return readNullableString(member, identity.displayName)
                                || fail(problem, u"%1.name is not a string"_s.arg(where));
                        if (key == "redacted_value")
                            return readNullableString(member, redacted)
                                || fail(problem, u"%1.redacted_value is not a string"_s.arg(where));
                        if (key == "owner")
                            return typeOf(member) == JsonType::null
                                || readOwnerEmail(member, where, problem, identity.email);
                        return true;
                    });
                if (!isItemRead)
                    return false;
                if (identity.displayName.isEmpty())
                    identity.displayName = redacted;
                lastItemId = identity.value;
                page.identities.append(std::move(identity));
                return true;
            });
        if (!isRead || !setNextAfter(request, envelope, lastItemId, page, problem))
            return false;
        if (page.nextPage)
            return true;
        // This project's keys are done: on to the project after it.
        const QString keysPath = request.url.path(QUrl::FullyEncoded);
        const QString projectPath = keysPath.chopped(apiKeysSuffix.size());
        const qsizetype slash = projectPath.lastIndexOf(u'/');
        const QString project = QUrl::fromPercentEncoding(projectPath.mid(slash + 1).toLatin1());
        QUrl next = request.url;
        next.setPath(projectPath.left(slash), QUrl::TolerantMode);
        QUrlQuery query = limitQuery(1);
        addItem(query, u"after"_s, project);
        next.setQuery(query);
        page.nextPage = next;
        return true;
    }

    // {"type":"user","user":{"email":…}} gives the owner's email; service accounts have none.
    static bool readOwnerEmail(ondemand::value &value, const QString &where, QString &problem,
                               QString &email)
    {
        QString type;
        QString userEmail;
        const bool isRead = forEachMember(
            value, [&](const ondemand::raw_json_string &key, ondemand::value &member) {
                if (key == "type")
                    return readNullableString(member, type)
                        || fail(problem, u"%1.owner.type is not a string"_s.arg(where));
                if (key == "user") {
                    if (typeOf(member) == JsonType::null)
                        return true;
                    return forEachMember(member,
                                         [&](const ondemand::raw_json_string &userKey,
                                             ondemand::value &userMember) {
                                             return userKey != "email"
                                                 || readNullableString(userMember, userEmail);
                                         })
                        || fail(problem, u"%1.owner.user is not a user"_s.arg(where));
                }
                return true;
            });
        if (!isRead)
            return fail(problem, u"%1.owner is not an object"_s.arg(where));
        if (type == "user"_L1)
            email = userEmail;
        return true;
    }
};

} // namespace

QString OpenAiApi::kind() const
{
    return providerName;
}

QUrl OpenAiApi::defaultBaseUrl() const
{
    return QUrl(u"https://api.openai.com"_s);
}

QList<std::pair<QByteArray, QByteArray>> OpenAiApi::authHeaders(const QString &secret) const
{
    return {{"Authorization"_ba, QByteArray("Bearer "_ba + secret.toUtf8())}};
}

QList<std::shared_ptr<const ProviderEndpoint>> OpenAiApi::endpoints() const
{
    QList<std::shared_ptr<const ProviderEndpoint>> list;
    list.append(std::make_shared<UsersEndpoint>());
    list.append(std::make_shared<ProjectKeysEndpoint>());
    for (const UsageType &type : usageTypes)
        list.append(std::make_shared<UsageEndpoint>(type));
    list.append(std::make_shared<CostsEndpoint>());
    return list;
}

QString OpenAiApi::errorMessage(const QByteArray &body) const
{
    // {"error":{"message":…,"type":…,"param":…,"code":…}}
    const QJsonValue error = QJsonDocument::fromJson(body).object().value("error"_L1);
    if (error.isString())
        return error.toString().trimmed();
    return error.toObject().value("message"_L1).toString().trimmed();
}
