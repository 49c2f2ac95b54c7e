#include "anthropicapi.h"

#include "core/money.h"
#include "sources/meters/jsonlines.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <array>
#include <simdjson.h>
#include <span>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

namespace ondemand = simdjson::ondemand;

constexpr qint64 dayMs = 86'400'000;
// Largest pages the reports allow (31 daily buckets, 1000 Claude Code records). The lists allow
// 1000 for API keys; the users list's limit is undocumented, so both ask for a modest 100.
constexpr int bucketsPerPage = 31;
constexpr int claudeCodeRecordsPerPage = 1000;
constexpr int listItemsPerPage = 100;

const QString provider = u"anthropic"_s;

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString utcDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

qint64 floorToDay(qint64 ms)
{
    return ms - (((ms % dayMs) + dayMs) % dayMs);
}

// RFC 3339, or a bare date meaning its UTC midnight.
std::optional<qint64> parseTime(std::string_view text)
{
    if (text.size() == 10)
        return JsonLines::parseTimestampMs(std::string(text) + "T00:00:00Z");
    return JsonLines::parseTimestampMs(text);
}

// The base URL may carry a path prefix (a gateway, a test server): the path goes after it.
QUrl endpointUrl(const QUrl &baseUrl, QStringView path, const QUrlQuery &query)
{
    QUrl url = baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(query);
    url.setFragment(QString());
    return url;
}

// `url` with `key` set to an opaque cursor, percent-encoded so that a '+' is not read as a space
// and a '%' not as an escape.
QUrl withCursor(const QUrl &url, const QString &key, const QString &cursor)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    QUrl next = url;
    next.setQuery(query);
    return next;
}

QUrlQuery reportQuery(const PollWindow &window)
{
    QUrlQuery query;
    query.addQueryItem(u"starting_at"_s, utcText(window.startMs));
    query.addQueryItem(u"ending_at"_s, utcText(window.endMs));
    query.addQueryItem(u"bucket_width"_s, u"1d"_s);
    return query;
}

QList<ApiRequest> listRequest(const QUrl &baseUrl, QStringView path)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(listItemsPerPage));
    return {ApiRequest {endpointUrl(baseUrl, path, query)}};
}

enum class Nullability { Required, Nullable };

// Reads one body with simdjson on-demand and keeps the first thing wrong with it.
class Reader
{
public:
    explicit Reader(const QString &endpoint) : m_endpoint(endpoint) { }

    bool fail(const QString &what)
    {
        if (m_problem.isEmpty())
            m_problem = what;
        return false;
    }
    bool require(bool isPresent, std::string_view name)
    {
        return isPresent || fail(fromUtf8(name) + u" is missing"_s);
    }
    Error error() const
    {
        return Error {ErrorCode::InvalidInput, m_endpoint + u": "_s + m_problem};
    }

    bool string(ondemand::value &value, std::string_view name, QString &out,
                Nullability nullability = Nullability::Required)
    {
        std::string_view text;
        if (!stringView(value, name, text, nullability))
            return false;
        out = fromUtf8(text);
        return true;
    }
    bool stringView(ondemand::value &value, std::string_view name, std::string_view &out,
                    Nullability nullability)
    {
        ondemand::json_type type;
        if (value.type().get(type))
            return fail(fromUtf8(name) + u" is not valid JSON"_s);
        if (type == ondemand::json_type::null && nullability == Nullability::Nullable) {
            out = {};
            return true;
        }
        if (type != ondemand::json_type::string || value.get_string().get(out))
            return fail(fromUtf8(name) + u" is not a string"_s);
        return true;
    }
    bool count(ondemand::value &value, std::string_view name, qint64 &out)
    {
        int64_t number;
        if (value.get_int64().get(number) || number < 0)
            return fail(fromUtf8(name) + u" is not a non-negative integer"_s);
        out = number;
        return true;
    }
    bool boolean(ondemand::value &value, std::string_view name, bool &out,
                 Nullability nullability = Nullability::Required)
    {
        ondemand::json_type type;
        if (!value.type().get(type) && type == ondemand::json_type::null
            && nullability == Nullability::Nullable) {
            out = false;
            return true;
        }
        if (value.get_bool().get(out))
            return fail(fromUtf8(name) + u" is not a boolean"_s);
        return true;
    }
    bool time(ondemand::value &value, std::string_view name, std::optional<qint64> &out)
    {
        std::string_view text;
        if (!stringView(value, name, text, Nullability::Required))
            return false;
        out = parseTime(text);
        return out || fail(fromUtf8(name) + u" is not an RFC 3339 time"_s);
    }

    // Calls handler(key, value) for each member of the object `value`, in document order.
    template<typename Handler>
    bool fields(ondemand::value &value, std::string_view name, Handler &&handler)
    {
        ondemand::object object;
        if (value.get_object().get(object))
            return fail(fromUtf8(name) + u" is not an object"_s);
        return fields(object, name, handler);
    }
    template<typename Handler>
    bool fields(ondemand::object &object, std::string_view name, Handler &&handler)
    {
        for (auto member : object) {
            ondemand::field field;
            std::string_view key;
            if (std::move(member).get(field) || field.unescaped_key().get(key))
                return fail(fromUtf8(name) + u" is not a valid object"_s);
            if (!handler(key, field.value()))
                return false;
        }
        return true;
    }
    // Calls handler(element) for each element of the array `value`.
    template<typename Handler>
    bool elements(ondemand::value &value, std::string_view name, Handler &&handler)
    {
        ondemand::array array;
        if (value.get_array().get(array))
            return fail(fromUtf8(name) + u" is not an array"_s);
        for (auto element : array) {
            ondemand::value item;
            if (std::move(element).get(item))
                return fail(fromUtf8(name) + u" is not a valid array"_s);
            if (!handler(item))
                return false;
        }
        return true;
    }

private:
    QString m_endpoint;
    QString m_problem;
};

// The envelope of the reports ({data, has_more, next_page}) and of the lists ({data, has_more,
// first_id, last_id}).
struct Envelope
{
    bool hasMore = false;
    QString nextPage;
    QString lastId;
};

template<typename ItemHandler>
bool readEnvelope(Reader &reader, const QByteArray &body, Envelope &envelope, ItemHandler &&onItem)
{
    const simdjson::padded_string padded(body.constData(), size_t(body.size()));
    ondemand::parser parser;
    ondemand::document document;
    ondemand::object root;
    if (parser.iterate(padded).get(document) || document.get_object().get(root))
        return reader.fail(u"the body is not a JSON object"_s);
    bool hasData = false;
    bool hasHasMore = false;
    const bool isRead = reader.fields(root, "the body", [&](std::string_view key, auto &value) {
        if (key == "data") {
            hasData = true;
            return reader.elements(value, "data", onItem);
        }
        if (key == "has_more") {
            hasHasMore = true;
            return reader.boolean(value, "has_more", envelope.hasMore);
        }
        if (key == "next_page")
            return reader.string(value, "next_page", envelope.nextPage, Nullability::Nullable);
        if (key == "last_id")
            return reader.string(value, "last_id", envelope.lastId, Nullability::Nullable);
        return true;
    });
    if (!isRead)
        return false;
    if (!JsonLines::isFullyConsumed(document))
        return reader.fail(u"content after the JSON object"_s);
    return reader.require(hasData, "data") && reader.require(hasHasMore, "has_more");
}

// The next page of a chain: the same request with the cursor, or none on the last page.
bool setNextPage(Reader &reader, const ApiRequest &request, const QString &key,
                 const QString &cursor, bool hasMore, ApiPage &page)
{
    if (!hasMore)
        return true;
    if (cursor.isEmpty())
        return reader.fail(u"has_more without a cursor for the next page"_s);
    // A server answering with the cursor it was asked with would make the poller loop.
    if (QUrlQuery(request.url).queryItemValue(key, QUrl::FullyDecoded) == cursor)
        return reader.fail(u"the next page is the page just read"_s);
    page.nextPage = withCursor(request.url, key, cursor);
    return true;
}

// One time bucket {starting_at, ending_at, results}: onResult(result) for each result.
template<typename ResultHandler>
bool readBucket(Reader &reader, ondemand::value &value, qint64 &startMs, qint64 &endMs,
                ResultHandler &&onResult)
{
    std::optional<qint64> start;
    std::optional<qint64> end;
    bool hasResults = false;
    const bool isRead = reader.fields(value, "a bucket", [&](std::string_view key, auto &field) {
        if (key == "starting_at")
            return reader.time(field, "starting_at", start);
        if (key == "ending_at")
            return reader.time(field, "ending_at", end);
        if (key == "results") {
            hasResults = true;
            return reader.elements(field, "results", onResult);
        }
        return true;
    });
    if (!isRead || !reader.require(start.has_value(), "starting_at")
        || !reader.require(end.has_value(), "ending_at") || !reader.require(hasResults, "results"))
        return false;
    if (*end <= *start)
        return reader.fail(u"a bucket ends before it starts"_s);
    startMs = *start;
    endMs = *end;
    return true;
}

// The grouping values of one result, kept in a fixed order so that the external key does not
// depend on the order of the fields in the body. A null value is "not grouped" and left out.
class Grouping
{
public:
    explicit Grouping(std::span<const std::string_view> names) : m_names(names)
    {
        m_values.resize(qsizetype(names.size()));
    }

    // Reads `value` when `key` is one of the dimensions; other keys are not read.
    bool read(Reader &reader, std::string_view key, ondemand::value &value)
    {
        for (size_t i = 0; i < m_names.size(); ++i) {
            if (m_names[i] == key)
                return reader.string(value, key, m_values[qsizetype(i)], Nullability::Nullable);
        }
        return true;
    }
    QString value(std::string_view name) const
    {
        for (size_t i = 0; i < m_names.size(); ++i) {
            if (m_names[i] == name)
                return m_values.at(qsizetype(i));
        }
        return QString();
    }
    // "|name=value" for every grouped dimension.
    QString keySuffix() const
    {
        QString suffix;
        for (size_t i = 0; i < m_names.size(); ++i) {
            if (!m_values.at(qsizetype(i)).isEmpty())
                suffix += u'|' + fromUtf8(m_names[i]) + u'=' + m_values.at(qsizetype(i));
        }
        return suffix;
    }

private:
    std::span<const std::string_view> m_names;
    QStringList m_values;
};

// Every nullable dimension a result may carry; only some are asked for, but a value the API sets
// still tells rows apart.
constexpr std::array<std::string_view, 9> messagesDimensions {
    "api_key_id", "workspace_id",       "model",         "service_tier", "context_window",
    "account_id", "service_account_id", "inference_geo", "speed"};
constexpr std::array<std::string_view, 8> costDimensions {
    "workspace_id", "description",  "cost_type",  "context_window",
    "model",        "service_tier", "token_type", "inference_geo"};

bool readCacheCreation(Reader &reader, ondemand::value &value, TokenCounts &tokens)
{
    bool has5m = false;
    bool has1h = false;
    const bool isRead
        = reader.fields(value, "cache_creation", [&](std::string_view key, auto &field) {
              if (key == "ephemeral_5m_input_tokens") {
                  has5m = true;
                  return reader.count(field, key, tokens.cacheWrite5m);
              }
              if (key == "ephemeral_1h_input_tokens") {
                  has1h = true;
                  return reader.count(field, key, tokens.cacheWrite1h);
              }
              return true;
          });
    return isRead && reader.require(has5m, "cache_creation.ephemeral_5m_input_tokens")
        && reader.require(has1h, "cache_creation.ephemeral_1h_input_tokens");
}

// One MessagesUsageReportItem; externalKey is left holding the grouping suffix.
bool readMessagesResult(Reader &reader, ondemand::value &value, UsageRecord &record)
{
    Grouping grouping(messagesDimensions);
    bool hasUncached = false;
    bool hasCacheCreation = false;
    bool hasCacheRead = false;
    bool hasOutput = false;
    const bool isRead = reader.fields(value, "a result", [&](std::string_view key, auto &field) {
        if (key == "uncached_input_tokens") {
            hasUncached = true;
            return reader.count(field, key, record.tokens.input);
        }
        if (key == "cache_creation") {
            hasCacheCreation = true;
            return readCacheCreation(reader, field, record.tokens);
        }
        if (key == "cache_read_input_tokens") {
            hasCacheRead = true;
            return reader.count(field, key, record.tokens.cacheRead);
        }
        if (key == "output_tokens") {
            hasOutput = true;
            return reader.count(field, key, record.tokens.output);
        }
        // server_tool_use (web searches) is priced in the cost report, not from tokens.
        return grouping.read(reader, key, field);
    });
    if (!isRead || !reader.require(hasUncached, "uncached_input_tokens")
        || !reader.require(hasCacheCreation, "cache_creation")
        || !reader.require(hasCacheRead, "cache_read_input_tokens")
        || !reader.require(hasOutput, "output_tokens"))
        return false;

    // The person behind OAuth or federated traffic is more specific than a (shared) key.
    if (const QString account = grouping.value("account_id"); !account.isEmpty()) {
        record.identityKind = u"anthropic-user"_s;
        record.identityValue = account;
    } else if (const QString service = grouping.value("service_account_id"); !service.isEmpty()) {
        record.identityKind = u"anthropic-service-account"_s;
        record.identityValue = service;
    } else if (const QString key = grouping.value("api_key_id"); !key.isEmpty()) {
        record.identityKind = u"anthropic-key"_s;
        record.identityValue = key;
    }
    record.provider = provider;
    record.model = grouping.value("model");
    record.project = grouping.value("workspace_id"); // empty also for the default workspace
    record.requests = 0; // the report counts no requests
    record.costKind = CostKind::Unpriced;
    record.externalKey = grouping.keySuffix();
    return true;
}

// One CostReportItem; externalKey is left holding the grouping suffix.
bool readCostResult(Reader &reader, ondemand::value &value, BilledCost &cost)
{
    Grouping grouping(costDimensions);
    bool hasAmount = false;
    bool hasCurrency = false;
    const bool isRead = reader.fields(value, "a result", [&](std::string_view key, auto &field) {
        if (key == "amount") {
            hasAmount = true;
            std::string_view text;
            if (!reader.stringView(field, key, text, Nullability::Required))
                return false;
            // Cents as decimal text: "123.45" is $1.2345.
            const std::optional<qint64> micros = Money::parseDecimalCents(fromUtf8(text));
            if (!micros)
                return reader.fail(u"amount \""_s + fromUtf8(text) + u"\" is not a decimal"_s);
            cost.amountMicros = *micros;
            return true;
        }
        if (key == "currency") {
            hasCurrency = true;
            return reader.string(field, key, cost.currency);
        }
        return grouping.read(reader, key, field);
    });
    if (!isRead || !reader.require(hasAmount, "amount") || !reader.require(hasCurrency, "currency"))
        return false;
    cost.project = grouping.value("workspace_id");
    cost.lineItem = grouping.value("description");
    cost.model = grouping.value("model");
    cost.externalKey = grouping.keySuffix();
    return true;
}

struct ClaudeCodeModel
{
    QString model;
    TokenCounts tokens;
    qint64 costMicros = 0;
};

bool readClaudeCodeTokens(Reader &reader, ondemand::value &value, TokenCounts &tokens)
{
    bool hasInput = false;
    bool hasOutput = false;
    bool hasCacheRead = false;
    bool hasCacheCreation = false;
    const bool isRead = reader.fields(value, "tokens", [&](std::string_view key, auto &field) {
        if (key == "input") {
            hasInput = true;
            return reader.count(field, "tokens.input", tokens.input);
        }
        if (key == "output") {
            hasOutput = true;
            return reader.count(field, "tokens.output", tokens.output);
        }
        if (key == "cache_read") {
            hasCacheRead = true;
            return reader.count(field, "tokens.cache_read", tokens.cacheRead);
        }
        if (key == "cache_creation") {
            hasCacheCreation = true;
            // The report does not split cache writes by lifetime; Claude Code writes 5-minute
            // entries unless told otherwise.
            return reader.count(field, "tokens.cache_creation", tokens.cacheWrite5m);
        }
        return true;
    });
    return isRead && reader.require(hasInput, "tokens.input")
        && reader.require(hasOutput, "tokens.output")
        && reader.require(hasCacheRead, "tokens.cache_read")
        && reader.require(hasCacheCreation, "tokens.cache_creation");
}

bool readEstimatedCost(Reader &reader, ondemand::value &value, qint64 &micros)
{
    bool hasAmount = false;
    QString currency;
    const bool isRead
        = reader.fields(value, "estimated_cost", [&](std::string_view key, auto &field) {
              if (key == "currency")
                  return reader.string(field, "estimated_cost.currency", currency);
              if (key == "amount") {
                  hasAmount = true;
                  ondemand::json_type type;
                  std::string_view token;
                  if (field.type().get(type) || type != ondemand::json_type::number)
                      return reader.fail(u"estimated_cost.amount is not a number"_s);
                  token = field.raw_json_token();
                  // A JSON number of cents, read from its text so no double rounds it.
                  const std::optional<qint64> parsed = Money::parseDecimalCents(fromUtf8(token));
                  if (!parsed || *parsed < 0)
                      return reader.fail(u"estimated_cost.amount is not a non-negative decimal"_s);
                  micros = *parsed;
                  return true;
              }
              return true;
          });
    if (!isRead || !reader.require(hasAmount, "estimated_cost.amount"))
        return false;
    // Money here is US dollars; another currency would be stored as the wrong amount.
    if (currency.compare(u"USD"_s, Qt::CaseInsensitive) != 0)
        return reader.fail(u"estimated_cost.currency \""_s + currency + u"\" is not USD"_s);
    return true;
}

bool readClaudeCodeModel(Reader &reader, ondemand::value &value, ClaudeCodeModel &entry)
{
    bool hasModel = false;
    bool hasTokens = false;
    bool hasCost = false;
    const bool isRead
        = reader.fields(value, "model_breakdown", [&](std::string_view key, auto &field) {
              if (key == "model") {
                  hasModel = true;
                  return reader.string(field, "model_breakdown.model", entry.model);
              }
              if (key == "tokens") {
                  hasTokens = true;
                  return readClaudeCodeTokens(reader, field, entry.tokens);
              }
              if (key == "estimated_cost") {
                  hasCost = true;
                  return readEstimatedCost(reader, field, entry.costMicros);
              }
              return true;
          });
    return isRead && reader.require(hasModel, "model_breakdown.model")
        && reader.require(hasTokens, "model_breakdown.tokens")
        && reader.require(hasCost, "model_breakdown.estimated_cost");
}

// One Claude Code record: one UsageRecord per model of its breakdown.
bool readClaudeCodeRecord(Reader &reader, const QString &endpoint, ondemand::value &value,
                          QList<UsageRecord> &usage)
{
    std::optional<qint64> date;
    QString actorType;
    QString email;
    QString keyName;
    QString terminal;
    QString customerType;
    bool isRemote = false;
    bool hasActor = false;
    bool hasBreakdown = false;
    QList<ClaudeCodeModel> models;
    const auto readActor = [&](std::string_view key, auto &field) {
        if (key == "type")
            return reader.string(field, "actor.type", actorType);
        if (key == "email_address")
            return reader.string(field, "actor.email_address", email, Nullability::Nullable);
        if (key == "api_key_name")
            return reader.string(field, "actor.api_key_name", keyName, Nullability::Nullable);
        return true;
    };
    const bool isRead = reader.fields(value, "a record", [&](std::string_view key, auto &field) {
        if (key == "date")
            return reader.time(field, "date", date);
        if (key == "actor") {
            hasActor = true;
            return reader.fields(field, "actor", readActor);
        }
        if (key == "terminal_type")
            return reader.string(field, "terminal_type", terminal, Nullability::Nullable);
        if (key == "customer_type")
            return reader.string(field, "customer_type", customerType, Nullability::Nullable);
        if (key == "is_remote")
            return reader.boolean(field, "is_remote", isRemote, Nullability::Nullable);
        if (key == "model_breakdown") {
            hasBreakdown = true;
            return reader.elements(field, "model_breakdown", [&](ondemand::value &item) {
                models.append(ClaudeCodeModel {});
                return readClaudeCodeModel(reader, item, models.last());
            });
        }
        return true;
    });
    if (!isRead || !reader.require(date.has_value(), "date") || !reader.require(hasActor, "actor")
        || !reader.require(hasBreakdown, "model_breakdown"))
        return false;

    // Claude Code on API billing is already in the Messages usage report, under its API key:
    // counting it here as well would count it twice. Only subscription seats are Claude Code's own.
    if (customerType == u"api"_s)
        return true;

    QString identityKind;
    QString identityValue;
    if (actorType == u"user_actor"_s && !email.isEmpty()) {
        identityKind = u"email"_s;
        identityValue = email;
    } else if (actorType == u"api_actor"_s && !keyName.isEmpty()) {
        identityKind = u"anthropic-key-name"_s;
        identityValue = keyName;
    } else {
        return reader.fail(u"actor \""_s + actorType + u"\" names nobody"_s);
    }

    const qint64 startMs = floorToDay(*date);
    QString keyPrefix
        = endpoint + u'|' + utcDate(startMs) + u'|' + identityKind + u'=' + identityValue;
    if (!terminal.isEmpty())
        keyPrefix += u"|terminal_type="_s + terminal;
    if (isRemote)
        keyPrefix += u"|is_remote=true"_s;
    for (const ClaudeCodeModel &entry : std::as_const(models)) {
        UsageRecord record;
        record.externalKey = keyPrefix + u"|model="_s + entry.model;
        record.startMs = startMs;
        record.endMs = startMs + dayMs;
        record.identityKind = identityKind;
        record.identityValue = identityValue;
        record.provider = provider;
        record.model = entry.model;
        record.tokens = entry.tokens;
        record.requests = 0; // sessions are counted, requests are not
        record.costKind = CostKind::Estimated; // Anthropic calls it estimated_cost
        record.costMicros = entry.costMicros;
        usage.append(record);
    }
    return true;
}

struct KeyEntry
{
    ProviderIdentity identity;
    QString creatorId;
};

bool readApiKey(Reader &reader, ondemand::value &value, KeyEntry &entry)
{
    entry.identity.kind = u"anthropic-key"_s;
    const auto readCreator = [&](std::string_view key, auto &field) {
        if (key == "id")
            return reader.string(field, "created_by.id", entry.creatorId, Nullability::Nullable);
        return true;
    };
    const bool isRead = reader.fields(value, "an API key", [&](std::string_view key, auto &field) {
        if (key == "id")
            return reader.string(field, "id", entry.identity.value);
        if (key == "name")
            return reader.string(field, "name", entry.identity.displayName, Nullability::Nullable);
        if (key == "created_by") {
            ondemand::json_type type;
            if (!field.type().get(type) && type == ondemand::json_type::null)
                return true;
            return reader.fields(field, "created_by", readCreator);
        }
        return true;
    });
    return isRead && reader.require(!entry.identity.value.isEmpty(), "id");
}

Result<ApiPage> parseApiKeys(const QString &endpoint, const ApiRequest &request,
                             const QByteArray &body)
{
    Reader reader(endpoint);
    Envelope envelope;
    ApiPage page;
    const bool isRead = readEnvelope(reader, body, envelope, [&](ondemand::value &item) {
        KeyEntry entry;
        if (!readApiKey(reader, item, entry))
            return false;
        entry.identity.ownerValue = entry.creatorId;
        page.identities.append(entry.identity);
        return true;
    });
    if (!isRead
        || !setNextPage(reader, request, u"after_id"_s, envelope.lastId, envelope.hasMore, page))
        return reader.error();
    return page;
}

} // namespace

AnthropicApi::AnthropicApi()
    : m_endpoints {std::make_shared<AnthropicUsersEndpoint>(),
                   std::make_shared<AnthropicApiKeysEndpoint>(),
                   std::make_shared<AnthropicMessagesUsageEndpoint>(),
                   std::make_shared<AnthropicClaudeCodeEndpoint>(),
                   std::make_shared<AnthropicCostReportEndpoint>()}
{ }

QString AnthropicApi::kind() const
{
    return provider;
}

QUrl AnthropicApi::defaultBaseUrl() const
{
    return QUrl(u"https://api.anthropic.com"_s);
}

QList<std::pair<QByteArray, QByteArray>> AnthropicApi::authHeaders(const QString &secret) const
{
    return {{"x-api-key", secret.trimmed().toUtf8()}, {"anthropic-version", "2023-06-01"}};
}

QList<std::shared_ptr<const ProviderEndpoint>> AnthropicApi::endpoints() const
{
    return m_endpoints;
}

QString AnthropicApi::errorMessage(const QByteArray &body) const
{
    // {"type":"error","error":{"type":"rate_limit_error","message":"..."}}
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    const QString message = error.value(u"message"_s).toString();
    return message.isEmpty() ? error.value(u"type"_s).toString() : message;
}

QString AnthropicUsersEndpoint::name() const
{
    return u"users"_s;
}

QList<ApiRequest> AnthropicUsersEndpoint::firstRequests(const QUrl &baseUrl,
                                                        const PollWindow &) const
{
    return listRequest(baseUrl, u"/v1/organizations/users");
}

Result<ApiPage> AnthropicUsersEndpoint::parse(const ApiRequest &request,
                                              const QByteArray &body) const
{
    Reader reader(name());
    Envelope envelope;
    ApiPage page;
    const bool isRead = readEnvelope(reader, body, envelope, [&](ondemand::value &item) {
        ProviderIdentity identity;
        identity.kind = u"anthropic-user"_s;
        const bool isUserRead
            = reader.fields(item, "a user", [&](std::string_view key, auto &field) {
                  if (key == "id")
                      return reader.string(field, "id", identity.value);
                  if (key == "email")
                      return reader.string(field, "email", identity.email, Nullability::Nullable);
                  if (key == "name")
                      return reader.string(field, "name", identity.displayName,
                                           Nullability::Nullable);
                  return true;
              });
        if (!isUserRead || !reader.require(!identity.value.isEmpty(), "id"))
            return false;
        page.identities.append(identity);
        return true;
    });
    if (!isRead
        || !setNextPage(reader, request, u"after_id"_s, envelope.lastId, envelope.hasMore, page))
        return reader.error();
    return page;
}

QString AnthropicApiKeysEndpoint::name() const
{
    return u"api_keys"_s;
}

QList<ApiRequest> AnthropicApiKeysEndpoint::firstRequests(const QUrl &baseUrl,
                                                          const PollWindow &) const
{
    // All statuses: usage of a key archived since still needs its name.
    return listRequest(baseUrl, u"/v1/organizations/api_keys");
}

Result<ApiPage> AnthropicApiKeysEndpoint::parse(const ApiRequest &request,
                                                const QByteArray &body) const
{
    return parseApiKeys(name(), request, body);
}

QString AnthropicMessagesUsageEndpoint::name() const
{
    return u"usage_report/messages"_s;
}

QList<ApiRequest> AnthropicMessagesUsageEndpoint::firstRequests(const QUrl &baseUrl,
                                                                const PollWindow &window) const
{
    if (window.endMs <= window.startMs)
        return {};
    QUrlQuery query = reportQuery(window);
    for (const QString &dimension :
         {u"api_key_id"_s, u"workspace_id"_s, u"model"_s, u"account_id"_s, u"service_account_id"_s})
        query.addQueryItem(u"group_by[]"_s, dimension);
    query.addQueryItem(u"limit"_s, QString::number(bucketsPerPage));
    return {ApiRequest {endpointUrl(baseUrl, u"/v1/organizations/usage_report/messages", query)}};
}

Result<ApiPage> AnthropicMessagesUsageEndpoint::parse(const ApiRequest &request,
                                                      const QByteArray &body) const
{
    Reader reader(name());
    Envelope envelope;
    ApiPage page;
    const bool isRead = readEnvelope(reader, body, envelope, [&](ondemand::value &bucket) {
        const qsizetype first = page.usage.size();
        qint64 startMs = 0;
        qint64 endMs = 0;
        const auto onResult = [&](ondemand::value &result) {
            page.usage.append(UsageRecord {});
            return readMessagesResult(reader, result, page.usage.last());
        };
        if (!readBucket(reader, bucket, startMs, endMs, onResult))
            return false;
        for (qsizetype i = first; i < page.usage.size(); ++i) {
            UsageRecord &record = page.usage[i];
            record.startMs = startMs;
            record.endMs = endMs;
            record.externalKey = name() + u'|' + utcText(startMs) + record.externalKey;
        }
        return true;
    });
    if (!isRead
        || !setNextPage(reader, request, u"page"_s, envelope.nextPage, envelope.hasMore, page))
        return reader.error();
    return page;
}

QString AnthropicClaudeCodeEndpoint::name() const
{
    return u"usage_report/claude_code"_s;
}

QList<ApiRequest> AnthropicClaudeCodeEndpoint::firstRequests(const QUrl &baseUrl,
                                                             const PollWindow &window) const
{
    // The report takes a single UTC day per request.
    QList<ApiRequest> requests;
    for (qint64 day = floorToDay(window.startMs); day < window.endMs; day += dayMs) {
        QUrlQuery query;
        query.addQueryItem(u"starting_at"_s, utcDate(day));
        query.addQueryItem(u"limit"_s, QString::number(claudeCodeRecordsPerPage));
        requests.append(ApiRequest {
            endpointUrl(baseUrl, u"/v1/organizations/usage_report/claude_code", query)});
    }
    return requests;
}

Result<ApiPage> AnthropicClaudeCodeEndpoint::parse(const ApiRequest &request,
                                                   const QByteArray &body) const
{
    Reader reader(name());
    Envelope envelope;
    ApiPage page;
    const bool isRead = readEnvelope(reader, body, envelope, [&](ondemand::value &record) {
        return readClaudeCodeRecord(reader, name(), record, page.usage);
    });
    if (!isRead
        || !setNextPage(reader, request, u"page"_s, envelope.nextPage, envelope.hasMore, page))
        return reader.error();
    return page;
}

QString AnthropicCostReportEndpoint::name() const
{
    return u"cost_report"_s;
}

QList<ApiRequest> AnthropicCostReportEndpoint::firstRequests(const QUrl &baseUrl,
                                                             const PollWindow &window) const
{
    if (window.endMs <= window.startMs)
        return {};
    QUrlQuery query = reportQuery(window);
    query.addQueryItem(u"group_by[]"_s, u"workspace_id"_s);
    query.addQueryItem(u"group_by[]"_s, u"description"_s);
    query.addQueryItem(u"limit"_s, QString::number(bucketsPerPage));
    return {ApiRequest {endpointUrl(baseUrl, u"/v1/organizations/cost_report", query)}};
}

Result<ApiPage> AnthropicCostReportEndpoint::parse(const ApiRequest &request,
                                                   const QByteArray &body) const
{
    Reader reader(name());
    Envelope envelope;
    ApiPage page;
    const bool isRead = readEnvelope(reader, body, envelope, [&](ondemand::value &bucket) {
        const qsizetype first = page.costs.size();
        qint64 startMs = 0;
        qint64 endMs = 0;
        const auto onResult = [&](ondemand::value &result) {
            page.costs.append(BilledCost {});
            return readCostResult(reader, result, page.costs.last());
        };
        if (!readBucket(reader, bucket, startMs, endMs, onResult))
            return false;
        for (qsizetype i = first; i < page.costs.size(); ++i) {
            BilledCost &cost = page.costs[i];
            cost.startMs = startMs;
            cost.endMs = endMs;
            cost.externalKey = name() + u'|' + utcText(startMs) + cost.externalKey;
        }
        return true;
    });
    if (!isRead
        || !setNextPage(reader, request, u"page"_s, envelope.nextPage, envelope.hasMore, page))
        return reader.error();
    return page;
}
