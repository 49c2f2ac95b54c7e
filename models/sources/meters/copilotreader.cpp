#include "copilotreader.h"

#include "agentpaths.h"

#include <QDir>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <simdjson.h>
#include <string_view>

using namespace Qt::StringLiterals;
namespace ondemand = simdjson::ondemand;

namespace {

// What one span line says; the views point into the parser and live until its next document.
struct Span
{
    std::string_view type;
    std::string_view traceId;
    std::string_view spanId;
    std::string_view name;
    std::string_view operation;
    std::string_view responseModel;
    std::string_view requestModel;
    std::string_view responseId;
    std::string_view conversationId;
    std::string_view sessionId;
    std::string_view interactionId;
    qint64 input = 0;
    qint64 output = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite = 0;
    qint64 reasoning = 0;
    qint64 total = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool hasUsage = false;
};

enum class Outcome { Usage, NoUsage, Malformed };

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Reads a string; another type leaves `out` alone (an odd attribute does not spoil the line).
bool readString(ondemand::value &value, std::string_view &out)
{
    ondemand::json_type type;
    if (value.type().get(type))
        return false;
    return type != ondemand::json_type::string || !value.get_string().get(out);
}

// A token count as a number or a numeric string; negative or absurd values read as 0.
bool readCount(ondemand::value &value, qint64 &out)
{
    ondemand::json_type type;
    if (value.type().get(type))
        return false;
    double number = 0;
    if (type == ondemand::json_type::number) {
        if (value.get_double().get(number))
            return false;
    } else if (type == ondemand::json_type::string) {
        std::string_view text;
        if (value.get_string().get(text))
            return false;
        const QByteArray bytes(text.data(), qsizetype(text.size()));
        bool isNumber = false;
        number = bytes.toDouble(&isNumber);
        if (!isNumber)
            return true;
    } else {
        return true;
    }
    out = std::isfinite(number) && number > 0 ? qint64(std::min(number, 1e15)) : 0;
    return true;
}

// OpenTelemetry JS writes times as [seconds, nanoseconds]; a plain number is taken in the unit
// its size suggests.
bool readTimeMs(ondemand::value &value, qint64 &out)
{
    ondemand::json_type type;
    if (value.type().get(type))
        return false;
    if (type == ondemand::json_type::array) {
        ondemand::array parts;
        if (value.get_array().get(parts))
            return false;
        double seconds = 0;
        double nanos = 0;
        int index = 0;
        for (auto part : parts) {
            double number = 0;
            if (part.get_double().get(number))
                return false;
            if (index == 0)
                seconds = number;
            else if (index == 1)
                nanos = number;
            ++index;
        }
        if (index >= 1 && seconds > 0 && seconds < 1e11 && nanos >= 0 && nanos < 1e9)
            out = qint64(seconds) * 1000 + qint64(nanos) / 1'000'000;
        return true;
    }
    if (type == ondemand::json_type::number) {
        double number = 0;
        if (value.get_double().get(number))
            return false;
        if (number > 1e17)
            out = qint64(number / 1e6); // nanoseconds
        else if (number > 1e14)
            out = qint64(number / 1e3); // microseconds
        else if (number > 1e11)
            out = qint64(number); // milliseconds
        else if (number > 0)
            out = qint64(number * 1000); // seconds
    }
    return true;
}

bool readAttributes(ondemand::value &value, Span &span)
{
    ondemand::json_type type;
    if (value.type().get(type))
        return false;
    if (type != ondemand::json_type::object)
        return true;
    ondemand::object attributes;
    if (value.get_object().get(attributes))
        return false;
    for (auto result : attributes) {
        ondemand::field field;
        std::string_view key;
        if (std::move(result).get(field) || field.unescaped_key().get(key))
            return false;
        ondemand::value &attribute = field.value();
        bool isRead = true;
        const auto count = [&](qint64 &out) {
            span.hasUsage = true;
            return readCount(attribute, out);
        };
        if (key == "gen_ai.operation.name")
            isRead = readString(attribute, span.operation);
        else if (key == "gen_ai.response.model")
            isRead = readString(attribute, span.responseModel);
        else if (key == "gen_ai.request.model")
            isRead = readString(attribute, span.requestModel);
        else if (key == "gen_ai.response.id")
            isRead = readString(attribute, span.responseId);
        else if (key == "gen_ai.conversation.id")
            isRead = readString(attribute, span.conversationId);
        else if (key == "session.id" || key == "copilot_chat.session_id")
            isRead = readString(attribute, span.sessionId);
        else if (key == "github.copilot.interaction_id")
            isRead = readString(attribute, span.interactionId);
        else if (key == "gen_ai.usage.input_tokens")
            isRead = count(span.input);
        else if (key == "gen_ai.usage.output_tokens")
            isRead = count(span.output);
        else if (key == "gen_ai.usage.cache_read.input_tokens")
            isRead = count(span.cacheRead);
        else if (key == "gen_ai.usage.cache_write.input_tokens"
                 || key == "gen_ai.usage.cache_creation.input_tokens")
            isRead = count(span.cacheWrite);
        else if (key == "gen_ai.usage.reasoning.output_tokens"
                 || key == "gen_ai.usage.reasoning_tokens")
            isRead = count(span.reasoning);
        else if (key == "gen_ai.usage.total_tokens")
            isRead = count(span.total);
        if (!isRead)
            return false;
    }
    return true;
}

// One line into `span`; false when it is not valid JSON of the expected shape.
bool readSpan(ondemand::document &document, Span &span)
{
    ondemand::object root;
    if (document.get_object().get(root))
        return false;
    for (auto result : root) {
        ondemand::field field;
        std::string_view key;
        if (std::move(result).get(field) || field.unescaped_key().get(key))
            return false;
        ondemand::value &value = field.value();
        bool isRead = true;
        if (key == "type")
            isRead = readString(value, span.type);
        else if (key == "traceId")
            isRead = readString(value, span.traceId);
        else if (key == "spanId")
            isRead = readString(value, span.spanId);
        else if (key == "name")
            isRead = readString(value, span.name);
        else if (key == "startTime")
            isRead = readTimeMs(value, span.startMs);
        else if (key == "endTime")
            isRead = readTimeMs(value, span.endMs);
        else if (key == "attributes")
            isRead = readAttributes(value, span);
        if (!isRead)
            return false;
    }
    // Past the root object nothing may follow: that would be two objects run together.
    return document.current_location().error() == simdjson::OUT_OF_BOUNDS;
}

Outcome usageFrom(const Span &span, ParsedUsage &usage)
{
    const bool isSpan = span.type == "span" || (span.type.empty() && !span.spanId.empty());
    const bool isChat = span.operation == "chat"
        || (span.operation.empty() && span.name.substr(0, 5) == std::string_view("chat "));
    if (!isSpan || !isChat || !span.hasUsage)
        return Outcome::NoUsage;
    if (span.input + span.output + span.cacheRead + span.cacheWrite + span.reasoning == 0)
        return Outcome::NoUsage; // a failed call

    QString key;
    if (!span.traceId.empty() && !span.spanId.empty())
        key = u"copilot:"_s + toQString(span.traceId) + u':' + toQString(span.spanId);
    else if (!span.responseId.empty())
        key = u"copilot:response:"_s + toQString(span.responseId);
    const qint64 timeMs = span.startMs ? span.startMs : span.endMs;
    if (key.isEmpty() || timeMs == 0)
        return Outcome::Malformed;

    UsageRecord &record = usage.record;
    record.externalKey = key;
    record.startMs = record.endMs = timeMs;
    record.provider = u"github-copilot"_s;
    std::string_view model = !span.responseModel.empty() ? span.responseModel : span.requestModel;
    if (model.empty() && span.name.substr(0, 5) == std::string_view("chat "))
        model = span.name.substr(5);
    record.model = toQString(model);
    std::string_view session = span.conversationId;
    if (session.empty())
        session = !span.sessionId.empty() ? span.sessionId : span.interactionId;
    record.session = toQString(session);

    // The GenAI conventions put cache reads and writes inside input_tokens. An input smaller
    // than both together cannot hold the writes: then only the reads come off.
    TokenCounts &tokens = record.tokens;
    if (span.input >= span.cacheRead + span.cacheWrite)
        tokens.input = span.input - span.cacheRead - span.cacheWrite;
    else
        tokens.input = std::max<qint64>(0, span.input - span.cacheRead);
    tokens.cacheRead = span.cacheRead;
    tokens.cacheWrite5m = span.cacheWrite; // no TTL in the span: the 5-minute rate
    // Reasoning is inside output_tokens (OpenAI's and the conventions' meaning), unless the
    // span's total shows it on top, or it could not fit.
    const bool isReasoningOnTop = span.reasoning > span.output
        || (span.reasoning > 0 && span.total == span.input + span.output + span.reasoning);
    tokens.output = isReasoningOnTop ? span.output + span.reasoning : span.output;
    tokens.reasoning = span.reasoning;
    return Outcome::Usage;
}

} // namespace

QString CopilotReader::kind() const
{
    return u"copilot"_s;
}

QStringList CopilotReader::defaultRoots(const QProcessEnvironment &environment) const
{
    QStringList roots;
    const QString exporterPath = environment.value(u"COPILOT_OTEL_FILE_EXPORTER_PATH"_s).trimmed();
    if (!exporterPath.isEmpty())
        roots.append(QDir::cleanPath(exporterPath));
    const QString home = AgentPaths::home(environment);
    roots.append(QDir::cleanPath(home + u"/.copilot/otel"_s));
    return roots;
}

bool CopilotReader::acceptsFile(const QString &path) const
{
    // The exporter path is a root of its own and needs no matching name.
    return path.endsWith(u".jsonl"_s) || path.endsWith(u".ndjson"_s);
}

FileParseResult CopilotReader::parse(const QString &path, QByteArrayView data, qint64 offset,
                                     const QByteArray &state) const
{
    Q_UNUSED(path);
    Q_UNUSED(offset);
    Q_UNUSED(state);
    FileParseResult result;
    ondemand::parser parser;
    QByteArray padded; // one line at a time, with the padding simdjson reads past its end
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            break; // an unfinished last line: left for the next pass
        const QByteArrayView line = data.sliced(start, end - start).trimmed();
        start = end + 1;
        result.consumedBytes = start;
        // Only lines with usage matter; the rest (metrics, logs, tool spans) are not parsed.
        if (!line.contains("\"gen_ai.usage."))
            continue;
        if (!line.startsWith('{') || !line.endsWith('}')) {
            ++result.malformedLines; // cut short, or not one object per line
            continue;
        }
        padded.resize(line.size() + simdjson::SIMDJSON_PADDING);
        std::memcpy(padded.data(), line.data(), size_t(line.size()));
        std::memset(padded.data() + line.size(), 0, simdjson::SIMDJSON_PADDING);
        ondemand::document document;
        Span span;
        if (parser.iterate(padded.constData(), size_t(line.size()), size_t(padded.size()))
                .get(document)
            || !readSpan(document, span)) {
            ++result.malformedLines;
            continue;
        }
        ParsedUsage usage;
        switch (usageFrom(span, usage)) {
        case Outcome::Usage:
            result.usage.append(std::move(usage));
            break;
        case Outcome::Malformed:
            ++result.malformedLines;
            break;
        case Outcome::NoUsage:
            break;
        }
    }
    return result;
}
