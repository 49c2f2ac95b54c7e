#include "litellmapi.h"

#include "sources/providers/gatewayjson.h"

#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
namespace ondemand = simdjson::ondemand;

namespace {

const QString userListPath = u"/user/list"_s;
const QString dailyActivityPath = u"/user/daily/activity"_s;
const QString userIdentityKind = u"litellm-user"_s;
const QString keyIdentityKind = u"litellm-key"_s;
const QString emailIdentityKind = u"email"_s;
constexpr int userPageSize = 100;
constexpr int activityPageSize = 1000; // the documented maximum: most days fit one page

qint64 pageOf(const QUrl &url)
{
    bool isNumber = false;
    const qint64 page = QUrlQuery(url).queryItemValue(u"page"_s).toLongLong(&isNumber);
    return isNumber && page > 0 ? page : 1;
}

// The same request with another page number, every other query item kept in its order.
QUrl withPage(const QUrl &url, qint64 page)
{
    QUrlQuery query(url);
    const QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    QUrlQuery rebuilt;
    for (const auto &[key, value] : items)
        rebuilt.addQueryItem(key, key == u"page"_s ? QString::number(page) : value);
    QUrl next = url;
    next.setQuery(rebuilt);
    return next;
}

// Where a JSON body went wrong, for the error; the first problem found wins.
class Problem
{
public:
    bool fail(const QString &what)
    {
        if (m_what.isEmpty())
            m_what = what;
        return false;
    }
    QString text(const QString &fallback) const { return m_what.isEmpty() ? fallback : m_what; }

private:
    QString m_what;
};

// SpendMetrics: {spend, prompt_tokens, completion_tokens, cache_read_input_tokens,
// cache_creation_input_tokens, api_requests, ...}.
struct Metrics
{
    qint64 spendMicros = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheCreationTokens = 0;
    qint64 requests = 0;
};

bool readMetrics(ondemand::value &value, Metrics &metrics, Problem &problem, const QString &where)
{
    ondemand::object object;
    if (value.get_object().get(object))
        return problem.fail(where + u"metrics is not an object"_s);
    bool hasSpend = false;
    bool hasPrompt = false;
    bool hasCompletion = false;
    QString badField;
    const bool isRead = JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            ondemand::value &member = field.value();
            bool isValid = true;
            if (key == "spend") {
                hasSpend = true;
                isValid = GatewayJson::readUsdMicros(member, metrics.spendMicros);
                badField = u"spend"_s;
            } else if (key == "prompt_tokens") {
                hasPrompt = true;
                isValid = GatewayJson::readCount(member, metrics.promptTokens);
                badField = u"prompt_tokens"_s;
            } else if (key == "completion_tokens") {
                hasCompletion = true;
                isValid = GatewayJson::readCount(member, metrics.completionTokens);
                badField = u"completion_tokens"_s;
            } else if (key == "cache_read_input_tokens") {
                isValid = GatewayJson::readCount(member, metrics.cacheReadTokens);
                badField = u"cache_read_input_tokens"_s;
            } else if (key == "cache_creation_input_tokens") {
                isValid = GatewayJson::readCount(member, metrics.cacheCreationTokens);
                badField = u"cache_creation_input_tokens"_s;
            } else if (key == "api_requests") {
                isValid = GatewayJson::readCount(member, metrics.requests);
                badField = u"api_requests"_s;
            }
            return isValid;
        });
    if (!isRead)
        return problem.fail(where + badField + u" is not a non-negative number"_s);
    if (!hasSpend || !hasPrompt || !hasCompletion)
        return problem.fail(where + u"metrics lacks spend, prompt_tokens or completion_tokens"_s);
    return true;
}

// KeyMetadata: {key_alias, team_id, user_id, user_email, ...}; every field may be null.
struct KeyMetadata
{
    QString alias;
    QString teamId;
    QString userId;
    QString userEmail;
};

bool readKeyMetadata(ondemand::value &value, KeyMetadata &metadata)
{
    if (GatewayJson::isNull(value))
        return true;
    ondemand::object object;
    if (value.get_object().get(object))
        return false;
    return JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            if (key == "key_alias")
                return GatewayJson::readString(field.value(), metadata.alias);
            if (key == "team_id")
                return GatewayJson::readString(field.value(), metadata.teamId);
            if (key == "user_id")
                return GatewayJson::readString(field.value(), metadata.userId);
            if (key == "user_email")
                return GatewayJson::readString(field.value(), metadata.userEmail);
            return true;
        });
}

struct KeyUsage
{
    QString keyHash;
    Metrics metrics;
    KeyMetadata metadata;
};

struct ModelUsage
{
    QString model;
    Metrics metrics;
    QList<KeyUsage> keys;
};

// {key hash: {metrics, metadata}}
bool readKeyBreakdown(ondemand::value &value, QList<KeyUsage> &keys, Problem &problem,
                      const QString &where)
{
    if (GatewayJson::isNull(value))
        return true;
    ondemand::object object;
    if (value.get_object().get(object))
        return problem.fail(where + u"api_key_breakdown is not an object"_s);
    return JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &, ondemand::field &field) {
            KeyUsage usage;
            std::string_view hash;
            if (field.unescaped_key().get(hash))
                return problem.fail(where + u"an API key cannot be read"_s);
            usage.keyHash = GatewayJson::toQString(hash);
            const QString keyWhere = where + u"key "_s + usage.keyHash + u": "_s;
            ondemand::object entry;
            if (usage.keyHash.isEmpty() || field.value().get_object().get(entry))
                return problem.fail(keyWhere + u"not an object"_s);
            bool hasMetrics = false;
            const bool isRead = JsonLines::forEachField(
                entry, [&](const ondemand::raw_json_string &key, ondemand::field &member) {
                    if (key == "metrics") {
                        hasMetrics = true;
                        return readMetrics(member.value(), usage.metrics, problem, keyWhere);
                    }
                    if (key == "metadata" && !readKeyMetadata(member.value(), usage.metadata))
                        return problem.fail(keyWhere + u"metadata is not of string fields"_s);
                    return true;
                });
            if (!isRead)
                return problem.fail(keyWhere + u"not readable"_s);
            if (!hasMetrics)
                return problem.fail(keyWhere + u"no metrics"_s);
            keys.append(std::move(usage));
            return true;
        });
}

// breakdown.models: {model: {metrics, metadata, api_key_breakdown}}
bool readModels(ondemand::value &value, QList<ModelUsage> &models, Problem &problem,
                const QString &where)
{
    if (GatewayJson::isNull(value))
        return true;
    ondemand::object object;
    if (value.get_object().get(object))
        return problem.fail(where + u"breakdown.models is not an object"_s);
    return JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &, ondemand::field &field) {
            ModelUsage usage;
            std::string_view model;
            if (field.unescaped_key().get(model))
                return problem.fail(where + u"a model name cannot be read"_s);
            usage.model = GatewayJson::toQString(model);
            const QString modelWhere = where + u"model "_s + usage.model + u": "_s;
            ondemand::object entry;
            if (usage.model.isEmpty() || field.value().get_object().get(entry))
                return problem.fail(modelWhere + u"not an object"_s);
            bool hasMetrics = false;
            const bool isRead = JsonLines::forEachField(
                entry, [&](const ondemand::raw_json_string &key, ondemand::field &member) {
                    if (key == "metrics") {
                        hasMetrics = true;
                        return readMetrics(member.value(), usage.metrics, problem, modelWhere);
                    }
                    if (key == "api_key_breakdown")
                        return readKeyBreakdown(member.value(), usage.keys, problem, modelWhere);
                    return true;
                });
            if (!isRead)
                return problem.fail(modelWhere + u"not readable"_s);
            if (!hasMetrics)
                return problem.fail(modelWhere + u"no metrics"_s);
            models.append(std::move(usage));
            return true;
        });
}

struct DayUsage
{
    QString date;
    QList<ModelUsage> models;
};

bool readDay(ondemand::value &value, DayUsage &day, Problem &problem, const QString &where)
{
    ondemand::object object;
    if (value.get_object().get(object))
        return problem.fail(where + u"not an object"_s);
    const bool isRead = JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            if (key == "date") {
                return GatewayJson::readString(field.value(), day.date)
                    || problem.fail(where + u"date is not a string"_s);
            }
            if (key != "breakdown" || GatewayJson::isNull(field.value()))
                return true;
            ondemand::object breakdown;
            if (field.value().get_object().get(breakdown))
                return problem.fail(where + u"breakdown is not an object"_s);
            return JsonLines::forEachField(
                breakdown, [&](const ondemand::raw_json_string &name, ondemand::field &member) {
                    return name != "models"
                        || readModels(member.value(), day.models, problem, where);
                });
        });
    if (!isRead)
        return problem.fail(where + u"not readable"_s);
    if (!GatewayJson::parseDay(day.date).isValid())
        return problem.fail(where + u"no date of the form YYYY-MM-DD"_s);
    return true;
}

// One record of a day, a model and (when the proxy breaks it down) an API key.
bool appendRecord(QList<UsageRecord> &records, const QString &date, const QString &model,
                  const Metrics &metrics, const KeyUsage *key, qint64 page, Problem &problem)
{
    // LiteLLM's prompt_tokens follows OpenAI: it includes the cache reads and the cache writes.
    const qint64 uncached
        = metrics.promptTokens - metrics.cacheReadTokens - metrics.cacheCreationTokens;
    if (uncached < 0)
        return problem.fail(
            u"%1, model %2: prompt_tokens is less than its cached part"_s.arg(date, model));
    UsageRecord record;
    // Pages split the proxy's daily rows, not days: a day past one page has a record per page.
    record.externalKey = u"daily|"_s + date + u'|' + GatewayJson::keyPart(model) + u'|'
        + GatewayJson::keyPart(key ? key->keyHash : QString())
        + (page > 1 ? u"|page"_s + QString::number(page) : QString());
    record.startMs = GatewayJson::dayStartMs(GatewayJson::parseDay(date));
    record.endMs = record.startMs + GatewayJson::dayMs;
    if (key) {
        if (!key->metadata.userEmail.isEmpty()) {
            record.identityKind = emailIdentityKind;
            record.identityValue = key->metadata.userEmail;
        } else if (!key->metadata.userId.isEmpty()) {
            record.identityKind = userIdentityKind;
            record.identityValue = key->metadata.userId;
        } else {
            record.identityKind = keyIdentityKind;
            record.identityValue = key->keyHash;
        }
        record.project = key->metadata.teamId;
    }
    record.provider = GatewayJson::vendorOfModel(model, u"litellm"_s);
    record.model = model;
    record.tokens.input = uncached;
    record.tokens.cacheRead = metrics.cacheReadTokens;
    // The daily tables keep no cache lifetime; five minutes is Anthropic's default.
    record.tokens.cacheWrite5m = metrics.cacheCreationTokens;
    record.tokens.output = metrics.completionTokens;
    record.requests = metrics.requests;
    record.costKind = CostKind::Billed;
    record.costMicros = metrics.spendMicros;
    records.append(record);
    return true;
}

class UserListEndpoint : public ProviderEndpoint
{
public:
    QString name() const override { return u"user/list"_s; }
    qint64 bucketMs() const override { return 0; }

    QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &window) const override
    {
        Q_UNUSED(window);
        QUrl url = GatewayJson::endpointUrl(baseUrl, userListPath);
        QUrlQuery query;
        query.addQueryItem(u"page"_s, u"1"_s);
        query.addQueryItem(u"page_size"_s, QString::number(userPageSize));
        url.setQuery(query);
        return {ApiRequest {url}};
    }

    // {"users": [{user_id, user_email, user_alias, ...}], "total", "page", "page_size",
    // "total_pages"}
    Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const override
    {
        GatewayJson::Body json(body);
        ondemand::object root;
        if (!json.root(root))
            return GatewayJson::invalid(name(), u"the body is not a JSON object"_s);
        ApiPage page;
        Problem problem;
        bool hasUsers = false;
        bool hasTotalPages = false;
        qint64 totalPages = 0;
        const bool isRead = JsonLines::forEachField(
            root, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
                if (key == "total_pages") {
                    hasTotalPages = true;
                    return GatewayJson::readCount(field.value(), totalPages)
                        || problem.fail(u"total_pages is not a count"_s);
                }
                if (key != "users")
                    return true;
                hasUsers = true;
                return GatewayJson::forEachElement(
                           field.value(),
                           [&](ondemand::value &item) {
                               const QString where = u"user %1: "_s.arg(page.identities.size() + 1);
                               ondemand::object user;
                               if (item.get_object().get(user))
                                   return problem.fail(where + u"not an object"_s);
                               ProviderIdentity identity {userIdentityKind, {}, {}, {}, {}};
                               const bool isValid = JsonLines::forEachField(
                                   user,
                                   [&](const ondemand::raw_json_string &name,
                                       ondemand::field &member) {
                                       if (name == "user_id")
                                           return GatewayJson::readString(member.value(),
                                                                          identity.value);
                                       if (name == "user_email")
                                           return GatewayJson::readString(member.value(),
                                                                          identity.email);
                                       if (name == "user_alias")
                                           return GatewayJson::readString(member.value(),
                                                                          identity.displayName);
                                       return true;
                                   });
                               if (!isValid)
                                   return problem.fail(
                                       where
                                       + u"user_id, user_email or user_alias is not a string"_s);
                               if (identity.value.isEmpty())
                                   return problem.fail(where + u"no user_id"_s);
                               page.identities.append(identity);
                               return true;
                           })
                    || problem.fail(u"users is not an array"_s);
            });
        if (!isRead || !json.isFullyConsumed())
            return GatewayJson::invalid(name(), problem.text(u"the body is not valid JSON"_s));
        if (!hasUsers || !hasTotalPages)
            return GatewayJson::invalid(name(), u"no users array or no total_pages"_s);
        const qint64 current = pageOf(request.url);
        if (current < totalPages)
            page.nextPage = withPage(request.url, current + 1);
        return page;
    }
};

class DailyActivityEndpoint : public ProviderEndpoint
{
public:
    QString name() const override { return u"user/daily/activity"_s; }

    // One chain per day: the proxy pages over its raw daily rows, so a chain per day keeps a
    // day's rows together on as few pages as possible.
    QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &window) const override
    {
        QList<ApiRequest> requests;
        for (const QDate &day : GatewayJson::daysOf(window)) {
            QUrl url = GatewayJson::endpointUrl(baseUrl, dailyActivityPath);
            QUrlQuery query;
            const QString date = day.toString(Qt::ISODate);
            query.addQueryItem(u"start_date"_s, date);
            query.addQueryItem(u"end_date"_s, date); // inclusive
            query.addQueryItem(u"page"_s, u"1"_s);
            query.addQueryItem(u"page_size"_s, QString::number(activityPageSize));
            url.setQuery(query);
            requests.append(ApiRequest {url});
        }
        return requests;
    }

    // {"results": [{date, metrics, breakdown: {models: {...}, ...}}], "metadata": {page,
    // total_pages, has_more, ...}}
    Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const override
    {
        GatewayJson::Body json(body);
        ondemand::object root;
        if (!json.root(root))
            return GatewayJson::invalid(name(), u"the body is not a JSON object"_s);
        Problem problem;
        QList<DayUsage> days;
        bool hasResults = false;
        bool hasMetadata = false;
        std::optional<bool> hasMore;
        std::optional<qint64> totalPages;
        const bool isRead = JsonLines::forEachField(
            root, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
                if (key == "results") {
                    hasResults = true;
                    return GatewayJson::forEachElement(
                               field.value(),
                               [&](ondemand::value &item) {
                                   DayUsage day;
                                   const QString where = u"result %1: "_s.arg(days.size() + 1);
                                   if (!readDay(item, day, problem, where))
                                       return false;
                                   days.append(std::move(day));
                                   return true;
                               })
                        || problem.fail(u"results is not an array"_s);
                }
                if (key != "metadata")
                    return true;
                hasMetadata = true;
                ondemand::object metadata;
                if (field.value().get_object().get(metadata))
                    return problem.fail(u"metadata is not an object"_s);
                return JsonLines::forEachField(
                    metadata, [&](const ondemand::raw_json_string &name, ondemand::field &member) {
                        if (name == "has_more") {
                            bool value = false;
                            if (!GatewayJson::readBool(member.value(), value))
                                return problem.fail(u"metadata.has_more is not a boolean"_s);
                            hasMore = value;
                        } else if (name == "total_pages") {
                            qint64 value = 0;
                            if (!GatewayJson::readCount(member.value(), value))
                                return problem.fail(u"metadata.total_pages is not a count"_s);
                            totalPages = value;
                        }
                        return true;
                    });
            });
        if (!isRead || !json.isFullyConsumed())
            return GatewayJson::invalid(name(), problem.text(u"the body is not valid JSON"_s));
        if (!hasResults || !hasMetadata)
            return GatewayJson::invalid(name(), u"no results array or no metadata"_s);
        if (!hasMore && !totalPages)
            return GatewayJson::invalid(name(), u"metadata has neither has_more nor total_pages"_s);

        const qint64 current = pageOf(request.url);
        ApiPage page;
        QSet<QString> keysSeen;
        for (const DayUsage &day : std::as_const(days)) {
            for (const ModelUsage &model : day.models) {
                if (model.keys.isEmpty()) {
                    if (!appendRecord(page.usage, day.date, model.model, model.metrics, nullptr,
                                      current, problem))
                        return GatewayJson::invalid(name(), problem.text({}));
                    continue;
                }
                for (const KeyUsage &key : model.keys) {
                    if (!appendRecord(page.usage, day.date, model.model, key.metrics, &key, current,
                                      problem))
                        return GatewayJson::invalid(name(), problem.text({}));
                    // The key itself, for an admin to assign when it has no user.
                    if (!keysSeen.contains(key.keyHash)) {
                        keysSeen.insert(key.keyHash);
                        page.identities.append(ProviderIdentity {keyIdentityKind, key.keyHash,
                                                                 key.metadata.userEmail,
                                                                 key.metadata.alias, {}});
                    }
                }
            }
        }
        if (hasMore ? *hasMore : current < *totalPages)
            page.nextPage = withPage(request.url, current + 1);
        return page;
    }
};

} // namespace

LiteLlmApi::LiteLlmApi()
    : m_endpoints {std::make_shared<UserListEndpoint>(), std::make_shared<DailyActivityEndpoint>()}
{ }

QString LiteLlmApi::kind() const
{
    return u"litellm"_s;
}

QUrl LiteLlmApi::defaultBaseUrl() const
{
    return QUrl(); // self-hosted: only the user knows where
}

QList<std::pair<QByteArray, QByteArray>> LiteLlmApi::authHeaders(const QString &secret) const
{
    const QByteArray bearer = "Bearer " + secret.toUtf8();
    return {{QByteArrayLiteral("Authorization"), bearer}};
}

QList<std::shared_ptr<const ProviderEndpoint>> LiteLlmApi::endpoints() const
{
    return m_endpoints;
}

QString LiteLlmApi::errorMessage(const QByteArray &body) const
{
    // ProxyException: {"error": {"message", "type", "param", "code"}}; FastAPI's own errors:
    // {"detail": ...}.
    QString message = GatewayJson::errorMessageOf(body);
    // Authentication errors echo a masked form of the key that was sent: keep it out.
    const qsizetype echo = message.indexOf(u"Received API Key"_s);
    if (echo >= 0)
        message = message.left(echo).trimmed();
    return message;
}
