#include "pricetable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// LiteLLM gives dollars per token; ×1e12 is micro-dollars per million tokens. llround is exact for
// every real price (they have at most a few significant digits).
constexpr double picoDollarsPerDollar = 1e12;

std::optional<qint64> rateField(const QJsonObject &object, QStringView field)
{
    const QJsonValue value = object.value(field);
    if (!value.isDouble())
        return std::nullopt;
    const double dollarsPerToken = value.toDouble();
    // Above $1 a token is no price but a typo; refusing it keeps the integer maths in range.
    if (!std::isfinite(dollarsPerToken) || dollarsPerToken < 0 || dollarsPerToken > 1)
        return std::nullopt;
    return std::llround(dollarsPerToken * picoDollarsPerDollar);
}

qint64 tokenCountField(const QJsonObject &object, QStringView field)
{
    const QJsonValue value = object.value(field);
    if (value.isDouble() && value.toDouble() > 0 && value.toDouble() < 1e15)
        return qint64(value.toDouble());
    if (value.isString()) // some entries carry numbers as text
        return qMax(0LL, value.toString().toLongLong());
    return 0;
}

// The smallest N of any "input_cost_per_token_above_<N>k_tokens" field, in tokens; 0 if none.
qint64 tierThreshold(const QJsonObject &object)
{
    static const QString prefix = u"input_cost_per_token_above_"_s;
    static const QString suffix = u"k_tokens"_s;
    qint64 threshold = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = it.key();
        if (!field.startsWith(prefix) || !field.endsWith(suffix))
            continue;
        bool ok = false;
        const qint64 thousands
            = QStringView(field)
                  .sliced(prefix.size(), field.size() - prefix.size() - suffix.size())
                  .toLongLong(&ok);
        if (ok && thousands > 0 && (threshold == 0 || thousands * 1000 < threshold))
            threshold = thousands * 1000;
    }
    return threshold;
}

std::optional<ModelPrice> priceFromEntry(const QString &key, const QJsonObject &object)
{
    const std::optional<qint64> input = rateField(object, u"input_cost_per_token");
    const std::optional<qint64> output = rateField(object, u"output_cost_per_token");
    if (!input || !output)
        return std::nullopt;

    ModelPrice price;
    price.key = key;
    price.provider = object.value(u"litellm_provider").toString();
    price.input = *input;
    price.output = *output;
    price.cacheWrite5m = rateField(object, u"cache_creation_input_token_cost");
    price.cacheWrite1h = rateField(object, u"cache_creation_input_token_cost_above_1hr");
    price.cacheRead = rateField(object, u"cache_read_input_token_cost");

    if (const qint64 threshold = tierThreshold(object); threshold > 0) {
        const QString above = u"_above_"_s + QString::number(threshold / 1000) + u"k_tokens"_s;
        if (const auto tierInput = rateField(object, QString(u"input_cost_per_token"_s + above))) {
            price.tierThresholdTokens = threshold;
            price.tierInput = *tierInput;
            price.tierOutput = rateField(object, QString(u"output_cost_per_token"_s + above));
            price.tierCacheWrite5m
                = rateField(object, QString(u"cache_creation_input_token_cost"_s + above));
            price.tierCacheWrite1h = rateField(
                object, QString(u"cache_creation_input_token_cost_above_1hr"_s + above));
            price.tierCacheRead
                = rateField(object, QString(u"cache_read_input_token_cost"_s + above));
        }
    }

    const QJsonValue fast = object.value(u"provider_specific_entry").toObject().value(u"fast");
    if (fast.isDouble() && fast.toDouble() > 0 && fast.toDouble() < 1000)
        price.fastMultiplier = fast.toDouble();
    price.maxInputTokens = tokenCountField(object, u"max_input_tokens");
    return price;
}

bool samePrices(ModelPrice a, ModelPrice b)
{
    a.key = b.key;
    a.provider = b.provider;
    a.maxInputTokens = b.maxInputTokens;
    return a == b;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAllDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isAsciiDigit);
}

// "20250929": eight digits that can be a date of this century.
bool isCompactDate(QStringView text)
{
    return text.size() == 8 && text.startsWith(u"20") && isAllDigits(text);
}

// "2025-08-07".
bool isIsoDate(QStringView text)
{
    return text.size() == 10 && text.startsWith(u"20") && text[4] == u'-' && text[7] == u'-'
        && isAllDigits(text.first(4)) && isAllDigits(text.sliced(5, 2))
        && isAllDigits(text.last(2));
}

struct BareName
{
    QString name;
    int providerRank = 0; // 0: no prefix, 1: the model maker's own API, 2: a reseller
};

// Provider prefixes whose prices are the model maker's own.
bool isFirstPartyProvider(QStringView provider)
{
    static const QStringList firstParty
        = {u"anthropic"_s, u"openai"_s, u"gemini"_s,  u"google"_s,
           u"vertex_ai"_s, u"xai"_s,    u"mistral"_s, u"deepseek"_s};
    return firstParty.contains(provider);
}

// "openrouter/anthropic/claude-sonnet-4.5" → "claude-sonnet-4.5";
// "us.anthropic.claude-sonnet-4-5-20250929-v1:0" → "claude-sonnet-4-5-20250929-v1:0".
BareName stripProviderPrefix(const QString &name)
{
    static const QStringList bedrockRegions = {u"us."_s, u"eu."_s, u"apac."_s,   u"au."_s,
                                               u"jp."_s, u"ca."_s, u"global."_s, u"us-gov."_s};
    static const QStringList bedrockVendors
        = {u"anthropic."_s, u"openai."_s, u"amazon."_s,   u"meta."_s, u"mistral."_s,
           u"cohere."_s,    u"ai21."_s,   u"deepseek."_s, u"qwen."_s, u"writer."_s};

    BareName bare {name, 0};
    if (const qsizetype slash = name.lastIndexOf(u'/'); slash >= 0) {
        bare.name = name.sliced(slash + 1);
        bare.providerRank
            = isFirstPartyProvider(QStringView(name).first(name.indexOf(u'/'))) ? 1 : 2;
    }
    QStringView rest = bare.name;
    for (const QString &region : bedrockRegions) {
        if (rest.startsWith(region)) {
            rest = rest.sliced(region.size());
            break;
        }
    }
    for (const QString &vendor : bedrockVendors) {
        if (rest.startsWith(vendor)) {
            bare.name = rest.sliced(vendor.size()).toString();
            bare.providerRank = 2;
            break;
        }
    }
    return bare;
}

enum class Side { Key, Query };

// Removes one decoration from the end of a bare name, or returns a null string when there is none.
// Keys are never stripped of a "-fast"/"-thinking" mode: "grok-4-fast" is a model of its own.
QString stripOneSuffix(QStringView name, Side side)
{
    // Vertex: "claude-sonnet-4-5@20250929" is the dated model; "gemini-1.5-pro@001" a revision.
    if (const qsizetype at = name.lastIndexOf(u'@'); at > 0) {
        const QStringView tail = name.sliced(at + 1);
        return isCompactDate(tail) ? name.first(at).toString() + u'-' + tail
                                   : name.first(at).toString();
    }
    // Bedrock: "-v1:0". Only with the colon: "deepseek-v3" names a model, not a revision.
    if (const qsizetype v = name.lastIndexOf(u"-v"); v > 0) {
        const QStringView tail = name.sliced(v + 2);
        const qsizetype colon = tail.indexOf(u':');
        if (colon > 0 && isAllDigits(tail.first(colon)) && isAllDigits(tail.sliced(colon + 1)))
            return name.first(v).toString();
    }
    if (side == Side::Query) {
        for (const QStringView mode : {QStringView(u"-fast"), QStringView(u"-thinking")}) {
            if (name.size() > mode.size() && name.endsWith(mode))
                return name.chopped(mode.size()).toString();
        }
    }
    if (name.size() > 9 && name[name.size() - 9] == u'-' && isCompactDate(name.last(8)))
        return name.chopped(9).toString();
    if (name.size() > 11 && name[name.size() - 11] == u'-' && isIsoDate(name.last(10)))
        return name.chopped(11).toString();
    return {};
}

// The successively shorter forms of a bare name, not including the name itself.
QStringList reducedForms(const QString &bareName, Side side)
{
    QStringList forms;
    QString current = bareName;
    for (QString next = stripOneSuffix(current, side); !next.isNull();
         next = stripOneSuffix(current, side)) {
        forms.append(next);
        current = next;
    }
    return forms;
}

// Whether the separator at position i sits between two short version numbers ("4-5", "5.2"),
// each standing alone ("-4-5-", "-5.2" at the end); dates and sizes ("5-2025", "qwen3-30b") do not.
bool isVersionSeparator(QStringView name, qsizetype i)
{
    qsizetype begin = i;
    while (begin > 0 && isAsciiDigit(name[begin - 1]))
        --begin;
    qsizetype end = i + 1;
    while (end < name.size() && isAsciiDigit(name[end]))
        ++end;
    const qsizetype before = i - begin;
    const qsizetype after = end - i - 1;
    return before >= 1 && before <= 2 && after >= 1 && after <= 2 && begin > 0
        && (name[begin - 1] == u'-' || name[begin - 1] == u'.')
        && (end == name.size() || name[end] == u'-' || name[end] == u'.');
}

QString withVersionSeparator(const QString &name, QChar from, QChar to)
{
    QString result = name;
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (result[i] == from && isVersionSeparator(name, i))
            result[i] = to;
    }
    return result;
}

} // namespace

Result<PriceTable> PriceTable::fromLiteLlmJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {
            ErrorCode::InvalidInput,
            u"not JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)};
    if (!document.isObject())
        return Error {ErrorCode::InvalidInput, u"price table: top level is not a JSON object"_s};

    const QJsonObject root = document.object();
    PriceTable table;
    for (auto it = root.begin(); it != root.end(); ++it) {
        // Not models: LiteLLM's schema example (it even has zero prices) and a mirror's stamp.
        if (it.key() == u"sample_spec" || it.key() == u"last_updated" || !it.value().isObject())
            continue;
        if (auto price = priceFromEntry(it.key(), it.value().toObject()))
            table.m_entries.append(std::move(*price));
    }
    if (table.m_entries.isEmpty())
        return Error {ErrorCode::InvalidInput,
                      u"price table: none of %1 keys has input_cost_per_token and "
                      "output_cost_per_token"_s.arg(root.size())};
    std::sort(table.m_entries.begin(), table.m_entries.end(),
              [](const ModelPrice &a, const ModelPrice &b) { return a.key < b.key; });

    // Every form a key answers to, with a rank: the lower-case key itself (0) beats a form reduced
    // from an unprefixed key (1), which beats the maker's own prefixed keys (2, 3), which beat
    // resellers' (4, 5). Keys of equal rank that disagree on price make the form ambiguous: it then
    // finds nothing rather than a price picked by chance.
    struct Claim
    {
        qsizetype index = -1;
        int rank = 0;
        bool isAmbiguous = false;
    };
    QHash<QString, Claim> claims;
    const auto claim = [&](const QString &form, qsizetype index, int rank) {
        auto it = claims.find(form);
        if (it == claims.end() || rank < it->rank) {
            claims.insert(form, Claim {index, rank, false});
        } else if (rank == it->rank
                   && !samePrices(table.m_entries.at(index), table.m_entries.at(it->index))) {
            it->isAmbiguous = true;
        }
    };
    for (qsizetype i = 0; i < table.m_entries.size(); ++i) {
        const QString &key = table.m_entries.at(i).key;
        table.m_byKey.insert(key, i);
        const QString lower = key.toLower();
        claim(lower, i, 0);
        const BareName bare = stripProviderPrefix(lower);
        if (bare.name != lower)
            claim(bare.name, i, 2 * bare.providerRank);
        for (const QString &form : reducedForms(bare.name, Side::Key))
            claim(form, i, 2 * bare.providerRank + 1);
    }
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (!it->isAmbiguous)
            table.m_byForm.insert(it.key(), it->index);
    }
    return table;
}

std::optional<ModelPrice> PriceTable::find(const QString &model) const
{
    const qsizetype index = indexOf(model);
    if (index < 0)
        return std::nullopt;
    return m_entries.at(index);
}

qsizetype PriceTable::lookUp(const QString &form) const
{
    return m_byForm.value(form, -1);
}

qsizetype PriceTable::indexOf(const QString &model) const
{
    // Most records name a key exactly (Claude Code and Codex log the API's own model id).
    if (const auto it = m_byKey.constFind(model); it != m_byKey.cend())
        return *it;

    const QString lower = model.trimmed().toLower();
    if (lower.isEmpty())
        return -1;
    QStringList forms {lower};
    const BareName bare = stripProviderPrefix(lower);
    if (bare.name != lower)
        forms.append(bare.name);
    forms.append(reducedForms(bare.name, Side::Query));
    for (const QString &form : std::as_const(forms)) {
        if (const qsizetype index = lookUp(form); index >= 0)
            return index;
    }
    // Only as a fallback, so that an exact "gpt-5.2" or "claude-opus-4-1" always wins.
    for (const QString &form : std::as_const(forms)) {
        for (const QString &variant :
             {withVersionSeparator(form, u'.', u'-'), withVersionSeparator(form, u'-', u'.')}) {
            if (variant == form)
                continue;
            if (const qsizetype index = lookUp(variant); index >= 0)
                return index;
        }
    }
    return -1;
}
