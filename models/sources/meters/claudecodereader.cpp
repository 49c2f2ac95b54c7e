#include "claudecodereader.h"

#include "agentpaths.h"
#include "jsonlines.h"
#include "usagededuplicator.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <cstring>

using namespace Qt::StringLiterals;
namespace ondemand = simdjson::ondemand;

namespace {

// Only lines with this byte pattern can carry usage; it cannot occur inside a JSON string, where
// the quotes would be escaped. ccusage pre-filters on the same bytes.
constexpr std::string_view usageMarker = R"("usage":{)";

struct ClaudeEntry
{
    std::string_view messageId;
    std::string_view requestId;
    std::string_view uuid;
    std::string_view timestamp;
    std::string_view model;
    std::string_view cwd;
    std::string_view sessionId;
    bool isSidechain = false;
    bool hasSidechainFlag = false;
    bool hasUsage = false;
    bool hasInput = false;
    bool hasOutput = false;
    bool hasCacheSplit = false;
    qint64 input = 0;
    qint64 output = 0;
    qint64 cacheCreation = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite5m = 0;
    qint64 cacheWrite1h = 0;
};

bool parseCacheCreation(ondemand::value &value, ClaudeEntry &entry)
{
    ondemand::object object;
    if (value.get_object().get(object))
        return false;
    const bool isRead = JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            if (key == "ephemeral_5m_input_tokens") {
                if (!JsonLines::readCount(field.value(), entry.cacheWrite5m))
                    return false;
                entry.hasCacheSplit = true;
            } else if (key == "ephemeral_1h_input_tokens") {
                if (!JsonLines::readCount(field.value(), entry.cacheWrite1h))
                    return false;
                entry.hasCacheSplit = true;
            }
            return true;
        });
    return isRead;
}

bool parseUsage(ondemand::value &value, ClaudeEntry &entry)
{
    ondemand::object object;
    if (value.get_object().get(object))
        return false;
    entry.hasUsage = true;
    const bool isRead = JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            bool isValid = true;
            if (key == "input_tokens") {
                isValid = JsonLines::readCount(field.value(), entry.input);
                entry.hasInput = true;
            } else if (key == "output_tokens") {
                isValid = JsonLines::readCount(field.value(), entry.output);
                entry.hasOutput = true;
            } else if (key == "cache_creation_input_tokens") {
                isValid = JsonLines::readCount(field.value(), entry.cacheCreation);
            } else if (key == "cache_read_input_tokens") {
                isValid = JsonLines::readCount(field.value(), entry.cacheRead);
            } else if (key == "cache_creation") {
                isValid = !JsonLines::isObject(field.value())
                    || parseCacheCreation(field.value(), entry);
            }
            return isValid;
        });
    return isRead;
}

bool parseMessage(ondemand::value &value, ClaudeEntry &entry)
{
    ondemand::object object;
    if (value.get_object().get(object))
        return false;
    const bool isRead = JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            bool isValid = true;
            if (key == "id")
                isValid = JsonLines::readString(field.value(), entry.messageId);
            else if (key == "model")
                isValid = JsonLines::readString(field.value(), entry.model);
            else if (key == "usage")
                isValid = !JsonLines::isObject(field.value()) || parseUsage(field.value(), entry);
            return isValid;
        });
    return isRead;
}

// The fields of a transcript line. `wrapped` receives the agent-progress shape
// {"data":{"message":{"timestamp",…,"message":{usage,model,id}}}}, one level deep.
bool parseEnvelope(ondemand::object &object, ClaudeEntry &entry, ClaudeEntry *wrapped)
{
    const bool isRead = JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            bool isValid = true;
            if (key == "message") {
                isValid = !JsonLines::isObject(field.value()) || parseMessage(field.value(), entry);
            } else if (key == "timestamp") {
                isValid = JsonLines::readString(field.value(), entry.timestamp);
            } else if (key == "requestId") {
                isValid = JsonLines::readString(field.value(), entry.requestId);
            } else if (key == "uuid") {
                isValid = JsonLines::readString(field.value(), entry.uuid);
            } else if (key == "cwd") {
                isValid = JsonLines::readString(field.value(), entry.cwd);
            } else if (key == "sessionId") {
                isValid = JsonLines::readString(field.value(), entry.sessionId);
            } else if (key == "isSidechain") {
                isValid = JsonLines::readBool(field.value(), entry.isSidechain);
                entry.hasSidechainFlag = true;
            } else if (key == "data" && wrapped && JsonLines::isObject(field.value())) {
                ondemand::object data;
                if (field.value().get_object().get(data))
                    return false;
                for (auto dataMember : data) {
                    ondemand::field dataField;
                    if (std::move(dataMember).get(dataField))
                        return false;
                    if (dataField.key() == "message" && JsonLines::isObject(dataField.value())) {
                        ondemand::object inner;
                        if (dataField.value().get_object().get(inner)
                            || !parseEnvelope(inner, *wrapped, nullptr))
                            return false;
                    }
                }
            }
            return isValid;
        });
    return isRead;
}

enum class LineOutcome { Usage, Skipped, Malformed };

struct Converter
{
    JsonLines::CachedString key;
    JsonLines::CachedString model;
    JsonLines::CachedString project;
    JsonLines::CachedString session;
    const QString provider = u"anthropic"_s;
};

LineOutcome parseLine(std::string_view line, Converter &converter, ParsedUsage &usage)
{
    ondemand::document document;
    ondemand::object root;
    if (JsonLines::LineParser::forThisThread().iterate(line).get(document)
        || document.get_object().get(root))
        return LineOutcome::Malformed;
    ClaudeEntry outer;
    ClaudeEntry wrapped;
    if (!parseEnvelope(root, outer, &wrapped) || !JsonLines::isFullyConsumed(document))
        return LineOutcome::Malformed;

    ClaudeEntry *entry = &outer;
    if (!outer.hasUsage) {
        if (!wrapped.hasUsage)
            return LineOutcome::Skipped; // "usage" of something else, e.g. a Task tool result
        entry = &wrapped;
        if (entry->timestamp.empty())
            entry->timestamp = outer.timestamp;
        if (entry->cwd.empty())
            entry->cwd = outer.cwd;
        if (entry->sessionId.empty())
            entry->sessionId = outer.sessionId;
        if (!entry->hasSidechainFlag)
            entry->isSidechain = outer.isSidechain;
    }

    if (entry->model == "<synthetic>")
        return LineOutcome::Skipped; // written locally: API errors, "No response requested."
    if (entry->model.empty() || !entry->hasInput || !entry->hasOutput)
        return LineOutcome::Malformed;
    const std::optional<qint64> timestampMs = JsonLines::parseTimestampMs(entry->timestamp);
    if (!timestampMs)
        return LineOutcome::Malformed;

    TokenCounts tokens;
    tokens.input = entry->input;
    tokens.output = entry->output;
    tokens.cacheRead = entry->cacheRead;
    if (entry->hasCacheSplit
        && (entry->cacheWrite5m + entry->cacheWrite1h > 0 || entry->cacheCreation == 0)) {
        tokens.cacheWrite5m = entry->cacheWrite5m;
        tokens.cacheWrite1h = entry->cacheWrite1h;
    } else {
        tokens.cacheWrite5m = entry->cacheCreation; // before the split, writes were 5-minute
    }
    if (tokens.total() == 0)
        return LineOutcome::Skipped;

    UsageRecord &record = usage.record;
    if (!entry->messageId.empty())
        record.externalKey = converter.key.get(entry->messageId);
    else if (!entry->requestId.empty())
        record.externalKey = converter.key.get(entry->requestId);
    else if (!entry->uuid.empty())
        record.externalKey
            = u"uuid:"_s + QString::fromUtf8(entry->uuid.data(), qsizetype(entry->uuid.size()));
    else
        return LineOutcome::Malformed;
    record.startMs = *timestampMs;
    record.endMs = *timestampMs;
    record.provider = converter.provider;
    record.model = converter.model.get(entry->model);
    record.project = converter.project.get(entry->cwd);
    record.session = converter.session.get(entry->sessionId);
    record.tokens = tokens;
    record.requests = 1;
    usage.isSidechain = entry->isSidechain;
    return LineOutcome::Usage;
}

} // namespace

QString ClaudeCodeReader::kind() const
{
    return u"claude-code"_s;
}

QStringList ClaudeCodeReader::defaultRoots(const QProcessEnvironment &environment) const
{
    const QString home = AgentPaths::home(environment);
    QStringList roots;
    QSet<QString> seen; // ~/.config/claude may be a link to ~/.claude
    const auto addIfDirectory = [&](const QString &path) {
        return AgentPaths::addExistingDirectory(roots, seen, path);
    };

    const QStringList configured = AgentPaths::commaList(environment, u"CLAUDE_CONFIG_DIR"_s);
    if (!configured.isEmpty()) {
        // Each entry is a config directory or its projects/ directory; only these are searched.
        for (const QString &entry : configured) {
            const QString path = AgentPaths::expandHome(entry, home);
            if (path.isEmpty())
                continue;
            if (!addIfDirectory(path + u"/projects"_s) && QFileInfo(path).fileName() == u"projects")
                addIfDirectory(path);
        }
        return roots;
    }

    QString configHome = environment.value(u"XDG_CONFIG_HOME"_s);
    if (configHome.isEmpty())
        configHome = home + u"/.config"_s;
    addIfDirectory(configHome + u"/claude/projects"_s);
    addIfDirectory(home + u"/.claude/projects"_s);
    return roots;
}

bool ClaudeCodeReader::acceptsFile(const QString &path) const
{
    return path.endsWith(u".jsonl");
}

FileParseResult ClaudeCodeReader::parse(const QString &path, QByteArrayView data, qint64 offset,
                                        const QByteArray &state) const
{
    Q_UNUSED(path);
    Q_UNUSED(offset);
    Q_UNUSED(state);
    FileParseResult result;
    result.consumedBytes = JsonLines::completeLinesEnd(data);
    const char *cursor = data.data();
    const char *const end = cursor + result.consumedBytes;
    Converter converter;

    // Search the marker across lines, then widen each hit to its line: most bytes (tool results,
    // file-history snapshots) are only scanned once, by the marker search.
    while (cursor < end) {
        const char *hit = JsonLines::find(cursor, end, usageMarker);
        if (!hit)
            break;
        const auto *newlineBefore = static_cast<const char *>(memrchr(cursor, '\n', hit - cursor));
        const char *lineStart = newlineBefore ? newlineBefore + 1 : cursor;
        // `end` follows a '\n', so the line has its end.
        const auto *lineEnd = static_cast<const char *>(memchr(hit, '\n', end - hit));
        ParsedUsage usage;
        switch (parseLine(std::string_view(lineStart, lineEnd - lineStart), converter, usage)) {
        case LineOutcome::Usage:
            // The content blocks of one response follow each other: keep the copy the global
            // de-duplication would keep, so it has a third of the records to sort out.
            if (!result.usage.isEmpty()
                && result.usage.constLast().record.externalKey == usage.record.externalKey) {
                if (UsageDeduplicator::isBetter(usage, result.usage.constLast()))
                    result.usage.last() = std::move(usage);
            } else {
                result.usage.append(std::move(usage));
            }
            break;
        case LineOutcome::Malformed:
            ++result.malformedLines;
            break;
        case LineOutcome::Skipped:
            break;
        }
        cursor = lineEnd + 1;
    }
    JsonLines::LineParser::forThisThread().trim();
    return result;
}
