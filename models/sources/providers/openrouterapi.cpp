#include "openrouterapi.h"

#include "sources/providers/gatewayjson.h"

#include <QHash>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
namespace ondemand = simdjson::ondemand;

namespace {

const QString keysPath = u"/v1/keys"_s;
const QString activityPath = u"/v1/activity"_s;
const QString keyIdentityKind = u"openrouter-key"_s;

struct KeyEntry
{
    QString hash;
    QString name;
    QString label;
};

QUrl keysUrl(const QUrl &baseUrl, qint64 offset)
{
    QUrl url = GatewayJson::endpointUrl(baseUrl, keysPath);
    QUrlQuery query;
    query.addQueryItem(u"include_disabled"_s, u"true"_s); // disabled keys have spent, too
    query.addQueryItem(u"offset"_s, QString::number(offset));
    url.setQuery(query);
    return url;
}

QUrl activityUrl(const QUrl &baseUrl, const QString &keyHash)
{
    QUrl url = GatewayJson::endpointUrl(baseUrl, activityPath);
    QUrlQuery query;
    query.addQueryItem(u"api_key_hash"_s, keyHash);
    url.setQuery(query);
    return url;
}

// The base URL a request of ours was built on: its path minus the endpoint's.
QUrl baseOf(const QUrl &requestUrl, const QString &endpointPath)
{
    QUrl base = requestUrl;
    QString path = requestUrl.path();
    path.chop(endpointPath.size());
    base.setPath(path);
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

qint64 offsetOf(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(u"offset"_s).toLongLong();
}

// Where the activity chain stands: the window's days, the next page of keys and the keys of the
// current page still to ask. Kept in the URL fragment (see the header).
struct ChainState
{
    QDate firstDay;
    QDate lastDay;
    qint64 keysOffset = 0;
    QStringList pendingKeys;
};

QUrl withState(QUrl url, const ChainState &state, bool isActivityStep)
{
    QUrlQuery fragment;
    fragment.addQueryItem(u"from"_s, state.firstDay.toString(Qt::ISODate));
    fragment.addQueryItem(u"to"_s, state.lastDay.toString(Qt::ISODate));
    if (isActivityStep) {
        fragment.addQueryItem(u"keys_offset"_s, QString::number(state.keysOffset));
        fragment.addQueryItem(u"pending"_s, state.pendingKeys.join(u','));
    }
    url.setFragment(fragment.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

std::optional<ChainState> stateOf(const QUrl &url)
{
    const QUrlQuery fragment(url.fragment(QUrl::FullyEncoded));
    ChainState state;
    state.firstDay = GatewayJson::parseDay(fragment.queryItemValue(u"from"_s));
    state.lastDay = GatewayJson::parseDay(fragment.queryItemValue(u"to"_s));
    if (!state.firstDay.isValid() || !state.lastDay.isValid())
        return std::nullopt;
    bool isNumber = true;
    if (fragment.hasQueryItem(u"keys_offset"_s))
        state.keysOffset = fragment.queryItemValue(u"keys_offset"_s).toLongLong(&isNumber);
    if (!isNumber)
        return std::nullopt;
    state.pendingKeys
        = fragment.queryItemValue(u"pending"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    return state;
}

// A /v1/keys page: {"data": [{"hash", "name", "label", ...}]}.
Result<QList<KeyEntry>> parseKeysPage(const QString &endpoint, const QByteArray &body)
{
    GatewayJson::Body json(body);
    ondemand::object root;
    if (!json.root(root))
        return GatewayJson::invalid(endpoint, u"the body is not a JSON object"_s);
    QList<KeyEntry> keys;
    bool hasData = false;
    QString problem;
    const bool isRead = JsonLines::forEachField(
        root, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            if (key != "data")
                return true;
            hasData = true;
            const bool isArray
                = GatewayJson::forEachElement(field.value(), [&](ondemand::value &item) {
                      const QString where = u"key %1: "_s.arg(keys.size() + 1);
                      ondemand::object object;
                      if (item.get_object().get(object)) {
                          problem = where + u"not an object"_s;
                          return false;
                      }
                      KeyEntry entry;
                      const bool isValid = JsonLines::forEachField(
                          object,
                          [&](const ondemand::raw_json_string &name, ondemand::field &member) {
                              if (name == "hash")
                                  return GatewayJson::readString(member.value(), entry.hash);
                              if (name == "name")
                                  return GatewayJson::readString(member.value(), entry.name);
                              if (name == "label")
                                  return GatewayJson::readString(member.value(), entry.label);
                              return true;
                          });
                      if (!isValid) {
                          problem = where + u"hash, name or label is not a string"_s;
                          return false;
                      }
                      if (entry.hash.isEmpty()) {
                          problem = where + u"no hash"_s;
                          return false;
                      }
                      keys.append(entry);
                      return true;
                  });
            if (!isArray && problem.isEmpty())
                problem = u"data is not an array"_s;
            return isArray;
        });
    if (!isRead || !json.isFullyConsumed())
        return GatewayJson::invalid(endpoint,
                                    problem.isEmpty() ? u"the body is not valid JSON"_s : problem);
    if (!hasData)
        return GatewayJson::invalid(endpoint, u"no data array"_s);
    return keys;
}

// One /v1/activity row as the API gives it.
struct ActivityRow
{
    QString date;
    QString model;
    QString endpointId;
    qint64 usageMicros = 0;
    qint64 requests = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 reasoningTokens = 0;
    int seen = 0; // bits of the required fields read
};

enum RequiredField {
    DateField = 1,
    ModelField = 2,
    EndpointField = 4,
    UsageField = 8,
    RequestsField = 16,
    PromptField = 32,
    CompletionField = 64,
    AllRequired = 127,
};

bool readActivityRow(ondemand::object &object, ActivityRow &row)
{
    return JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            ondemand::value &value = field.value();
            const auto mark = [&](RequiredField bit, bool isValid) {
                row.seen |= bit;
                return isValid;
            };
            if (key == "date")
                return mark(DateField, GatewayJson::readString(value, row.date));
            if (key == "model")
                return mark(ModelField, GatewayJson::readString(value, row.model));
            if (key == "endpoint_id")
                return mark(EndpointField, GatewayJson::readString(value, row.endpointId));
            if (key == "usage")
                return mark(UsageField, GatewayJson::readUsdMicros(value, row.usageMicros));
            if (key == "requests")
                return mark(RequestsField, GatewayJson::readCount(value, row.requests));
            if (key == "prompt_tokens")
                return mark(PromptField, GatewayJson::readCount(value, row.promptTokens));
            if (key == "completion_tokens")
                return mark(CompletionField, GatewayJson::readCount(value, row.completionTokens));
            if (key == "reasoning_tokens")
                return GatewayJson::readCount(value, row.reasoningTokens);
            return true;
        });
}

// A /v1/activity page filtered by one key: {"data": [ActivityItem]}. Rows of days outside the
// window are left out; rows of one day and endpoint are summed (they should not repeat).
Result<QList<UsageRecord>> parseActivityPage(const QString &endpoint, const QByteArray &body,
                                             const QString &keyHash, const ChainState &state)
{
    GatewayJson::Body json(body);
    ondemand::object root;
    if (!json.root(root))
        return GatewayJson::invalid(endpoint, u"the body is not a JSON object"_s);
    QList<UsageRecord> records;
    QHash<QString, qsizetype> recordIndex;
    bool hasData = false;
    QString problem;
    int rowNumber = 0;
    const auto addRow = [&](const ActivityRow &row) {
        const QString where = u"row %1: "_s.arg(rowNumber);
        if ((row.seen & AllRequired) != AllRequired) {
            problem = where
                + u"lacks one of date, model, endpoint_id, usage, requests, prompt_tokens, "
                  "completion_tokens"_s;
            return false;
        }
        const QDate day = GatewayJson::parseDay(row.date);
        if (!day.isValid() || row.model.isEmpty() || row.endpointId.isEmpty()) {
            problem = where + u"no valid date, model or endpoint_id"_s;
            return false;
        }
        if (day < state.firstDay || day > state.lastDay)
            return true;
        const QString externalKey = u"activity|"_s + row.date + u'|' + GatewayJson::keyPart(keyHash)
            + u'|' + GatewayJson::keyPart(row.endpointId);
        const auto existing = recordIndex.constFind(externalKey);
        if (existing != recordIndex.cend()) {
            UsageRecord &record = records[*existing];
            record.tokens.input += row.promptTokens;
            record.tokens.output += row.completionTokens;
            record.tokens.reasoning += row.reasoningTokens;
            record.requests += row.requests;
            record.costMicros += row.usageMicros;
            return true;
        }
        UsageRecord record;
        record.externalKey = externalKey;
        record.startMs = GatewayJson::dayStartMs(day);
        record.endMs = record.startMs + GatewayJson::dayMs;
        record.identityKind = keyIdentityKind;
        record.identityValue = keyHash;
        record.provider = GatewayJson::vendorOfModel(row.model, u"openrouter"_s);
        record.model = row.model;
        // The activity rows give no cached share: all prompt tokens count as input.
        // completion_tokens includes reasoning_tokens (OpenAI's convention, which OpenRouter's
        // usage objects follow).
        record.tokens.input = row.promptTokens;
        record.tokens.output = row.completionTokens;
        record.tokens.reasoning = row.reasoningTokens;
        record.requests = row.requests;
        // `usage` is the credits OpenRouter charged; BYOK inference is billed by the upstream
        // provider to the customer's own account and shows there.
        record.costKind = CostKind::Billed;
        record.costMicros = row.usageMicros;
        recordIndex.insert(externalKey, records.size());
        records.append(record);
        return true;
    };
    const bool isRead = JsonLines::forEachField(
        root, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            if (key != "data")
                return true;
            hasData = true;
            const bool isArray
                = GatewayJson::forEachElement(field.value(), [&](ondemand::value &item) {
                      ++rowNumber;
                      ondemand::object object;
                      ActivityRow row;
                      if (item.get_object().get(object) || !readActivityRow(object, row)) {
                          problem = u"row %1: not an object of the documented field types"_s.arg(
                              rowNumber);
                          return false;
                      }
                      return addRow(row);
                  });
            if (!isArray && problem.isEmpty())
                problem = u"data is not an array"_s;
            return isArray;
        });
    if (!isRead || !json.isFullyConsumed())
        return GatewayJson::invalid(endpoint,
                                    problem.isEmpty() ? u"the body is not valid JSON"_s : problem);
    if (!hasData)
        return GatewayJson::invalid(endpoint, u"no data array"_s);
    return records;
}

class KeysEndpoint : public ProviderEndpoint
{
public:
    QString name() const override { return u"keys"_s; }
    qint64 bucketMs() const override { return 0; }

    QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &window) const override
    {
        Q_UNUSED(window);
        return {ApiRequest {keysUrl(baseUrl, 0)}};
    }

    Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const override
    {
        Result<QList<KeyEntry>> keys = parseKeysPage(name(), body);
        if (!keys)
            return keys.error();
        ApiPage page;
        for (const KeyEntry &key : *keys) {
            page.identities.append(ProviderIdentity {keyIdentityKind, key.hash, QString(),
                                                     key.name.isEmpty() ? key.label : key.name, {}});
        }
        // The page size is not documented: ask until a page comes back empty.
        if (!keys->isEmpty())
            page.nextPage
                = keysUrl(baseOf(request.url, keysPath), offsetOf(request.url) + keys->size());
        return page;
    }
};

class ActivityEndpoint : public ProviderEndpoint
{
public:
    QString name() const override { return u"activity"_s; }

    QList<ApiRequest> firstRequests(const QUrl &baseUrl, const PollWindow &window) const override
    {
        const QList<QDate> days = GatewayJson::daysOf(window);
        if (days.isEmpty())
            return {};
        ChainState state;
        state.firstDay = days.first();
        state.lastDay = days.last();
        return {ApiRequest {withState(keysUrl(baseUrl, 0), state, false)}};
    }

    Result<ApiPage> parse(const ApiRequest &request, const QByteArray &body) const override
    {
        std::optional<ChainState> state = stateOf(request.url);
        if (!state)
            return Error {ErrorCode::InvalidArgument,
                          name() + u": the request was not built by this endpoint"_s};
        const QString path = request.url.path();
        ApiPage page;
        if (path.endsWith(keysPath)) {
            Result<QList<KeyEntry>> keys = parseKeysPage(name(), body);
            if (!keys)
                return keys.error();
            if (keys->isEmpty())
                return page; // every key asked
            state->keysOffset = offsetOf(request.url) + keys->size();
            for (qsizetype i = 1; i < keys->size(); ++i)
                state->pendingKeys.append(keys->at(i).hash);
            page.nextPage = withState(
                activityUrl(baseOf(request.url, keysPath), keys->first().hash), *state, true);
            return page;
        }
        const QString keyHash = QUrlQuery(request.url).queryItemValue(u"api_key_hash"_s);
        if (!path.endsWith(activityPath) || keyHash.isEmpty())
            return Error {ErrorCode::InvalidArgument,
                          name() + u": the request was not built by this endpoint"_s};
        Result<QList<UsageRecord>> usage = parseActivityPage(name(), body, keyHash, *state);
        if (!usage)
            return usage.error();
        page.usage = std::move(*usage);
        const QUrl baseUrl = baseOf(request.url, activityPath);
        if (!state->pendingKeys.isEmpty()) {
            const QString next = state->pendingKeys.takeFirst();
            page.nextPage = withState(activityUrl(baseUrl, next), *state, true);
        } else {
            page.nextPage = withState(keysUrl(baseUrl, state->keysOffset), *state, false);
        }
        return page;
    }
};

} // namespace

OpenRouterApi::OpenRouterApi()
    : m_endpoints {std::make_shared<KeysEndpoint>(), std::make_shared<ActivityEndpoint>()}
{ }

QString OpenRouterApi::kind() const
{
    return u"openrouter"_s;
}

QUrl OpenRouterApi::defaultBaseUrl() const
{
    return QUrl(u"https://openrouter.ai/api"_s);
}

QList<std::pair<QByteArray, QByteArray>> OpenRouterApi::authHeaders(const QString &secret) const
{
    const QByteArray bearer = "Bearer " + secret.toUtf8();
    return {{QByteArrayLiteral("Authorization"), bearer}};
}

QList<std::shared_ptr<const ProviderEndpoint>> OpenRouterApi::endpoints() const
{
    return m_endpoints;
}

QString OpenRouterApi::errorMessage(const QByteArray &body) const
{
    // {"error": {"code": 401, "message": "...", "metadata": {...}}}
    return GatewayJson::errorMessageOf(body);
}
