#include "codexreader.h"

#include "agentpaths.h"
#include "jsonlines.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstring>

using namespace Qt::StringLiterals;
namespace ondemand = simdjson::ondemand;

namespace {

// Codex's TokenUsage, inclusive: cached inside input, reasoning inside output.
struct Counters
{
    qint64 input = 0;
    qint64 cached = 0;
    qint64 output = 0;
    qint64 reasoning = 0;
    qint64 total = 0;

    bool isZero() const { return input == 0 && cached == 0 && output == 0 && reasoning == 0; }
    bool hasFieldBelow(const Counters &other) const
    {
        return input < other.input || cached < other.cached || output < other.output
            || reasoning < other.reasoning || total < other.total;
    }
    Counters minus(const Counters &other) const
    {
        return {input - other.input, cached - other.cached, output - other.output,
                reasoning - other.reasoning, total - other.total};
    }
    Counters plus(const Counters &other) const
    {
        return {input + other.input, cached + other.cached, output + other.output,
                reasoning + other.reasoning, total + other.total};
    }
    friend bool operator==(const Counters &, const Counters &) = default;
};

enum class LineType { Other, SessionMeta, TurnContext, EventMessage };

// The fields of any of the line types we read; which ones matter depends on the type, which may
// come before or after the payload.
struct CodexLine
{
    LineType type = LineType::Other;
    std::string_view timestamp;
    bool isTokenCount = false;
    std::string_view id;
    std::string_view cwd;
    std::string_view model;
    bool isThreadSpawn = false;
    bool hasInfo = false;
    bool hasTotal = false;
    bool hasLast = false;
    Counters total;
    Counters last;
};

enum class ForkPhase {
    None, // not a fork, or not known to be one yet
    AwaitingReplay, // a fork: the next token_count row starts the parent's replay
    InReplay, // skipping rows of the replay's second
    Done,
};

struct CodexState
{
    std::string sessionId;
    std::string cwd;
    std::string model;
    bool hasSessionMeta = false;
    bool hasPrevious = false;
    Counters previous;
    ForkPhase fork = ForkPhase::None;
    qint64 replaySecond = 0;

    QByteArray save() const;
    static CodexState load(const QByteArray &saved);
};

QByteArray CodexState::save() const
{
    QJsonObject object {
        {u"session"_s, QString::fromStdString(sessionId)},
        {u"cwd"_s, QString::fromStdString(cwd)},
        {u"model"_s, QString::fromStdString(model)},
        {u"meta"_s, hasSessionMeta},
        {u"fork"_s, int(fork)},
        {u"replaySecond"_s, replaySecond},
    };
    if (hasPrevious) {
        object.insert(u"previous"_s,
                      QJsonArray {previous.input, previous.cached, previous.output,
                                  previous.reasoning, previous.total});
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

CodexState CodexState::load(const QByteArray &saved)
{
    CodexState state;
    const QJsonObject object = QJsonDocument::fromJson(saved).object();
    state.sessionId = object.value(u"session"_s).toString().toStdString();
    state.cwd = object.value(u"cwd"_s).toString().toStdString();
    state.model = object.value(u"model"_s).toString().toStdString();
    state.hasSessionMeta = object.value(u"meta"_s).toBool();
    const int fork = object.value(u"fork"_s).toInt();
    if (fork >= int(ForkPhase::None) && fork <= int(ForkPhase::Done))
        state.fork = ForkPhase(fork);
    state.replaySecond = object.value(u"replaySecond"_s).toInteger();
    const QJsonArray previous = object.value(u"previous"_s).toArray();
    if (previous.size() == 5) {
        state.hasPrevious = true;
        state.previous
            = {previous.at(0).toInteger(), previous.at(1).toInteger(), previous.at(2).toInteger(),
               previous.at(3).toInteger(), previous.at(4).toInteger()};
    }
    return state;
}

bool parseCounters(ondemand::value &value, Counters &counters)
{
    ondemand::object object;
    if (value.get_object().get(object))
        return false;
    bool hasTotal = false;
    const bool isRead = JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            qint64 number = 0;
            bool isValid = true;
            if (key == "input_tokens") {
                isValid = JsonLines::readCount(field.value(), counters.input);
            } else if (key == "cached_input_tokens" || key == "cache_read_input_tokens") {
                isValid = JsonLines::readCount(field.value(), number);
                counters.cached = std::max(counters.cached, number);
            } else if (key == "output_tokens") {
                isValid = JsonLines::readCount(field.value(), counters.output);
            } else if (key == "reasoning_output_tokens") {
                isValid = JsonLines::readCount(field.value(), counters.reasoning);
            } else if (key == "total_tokens") {
                isValid = JsonLines::readCount(field.value(), counters.total);
                hasTotal = true;
            }
            return isValid;
        });
    if (!isRead)
        return false;
    if (!hasTotal)
        counters.total = counters.input + counters.output;
    return true;
}

bool parseInfo(ondemand::value &value, CodexLine &line)
{
    ondemand::object object;
    if (value.get_object().get(object))
        return false;
    line.hasInfo = true;
    const bool isRead = JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            bool isValid = true;
            if (key == "total_token_usage" && JsonLines::isObject(field.value())) {
                isValid = parseCounters(field.value(), line.total);
                line.hasTotal = true;
            } else if (key == "last_token_usage" && JsonLines::isObject(field.value())) {
                isValid = parseCounters(field.value(), line.last);
                line.hasLast = true;
            } else if (key == "model") {
                isValid = JsonLines::readString(field.value(), line.model);
            }
            return isValid;
        });
    return isRead;
}

// source: {"subagent":{"thread_spawn":{"parent_thread_id":…}}} marks a forked child thread.
bool parseSource(ondemand::value &value, CodexLine &line)
{
    if (!JsonLines::isObject(value))
        return true; // "cli", "vscode", "exec"
    ondemand::object object;
    if (value.get_object().get(object))
        return false;
    for (auto member : object) {
        ondemand::field field;
        if (std::move(member).get(field))
            return false;
        if (field.key() != "subagent" || !JsonLines::isObject(field.value()))
            continue;
        ondemand::object subagent;
        if (field.value().get_object().get(subagent))
            return false;
        for (auto subagentMember : subagent) {
            ondemand::field subagentField;
            if (std::move(subagentMember).get(subagentField))
                return false;
            if (subagentField.key() == "thread_spawn")
                line.isThreadSpawn = true;
        }
    }
    return true;
}

bool parsePayload(ondemand::value &value, CodexLine &line)
{
    ondemand::object object;
    if (value.get_object().get(object))
        return false;
    const bool isRead = JsonLines::forEachField(
        object, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            bool isValid = true;
            if (key == "type") {
                std::string_view type;
                isValid = JsonLines::readString(field.value(), type);
                line.isTokenCount = type == "token_count";
            } else if (key == "id") {
                isValid = JsonLines::readString(field.value(), line.id);
            } else if (key == "cwd") {
                isValid = JsonLines::readString(field.value(), line.cwd);
            } else if (key == "model") {
                isValid = JsonLines::readString(field.value(), line.model);
            } else if (key == "source") {
                isValid = parseSource(field.value(), line);
            } else if (key == "info") {
                isValid = !JsonLines::isObject(field.value()) || parseInfo(field.value(), line);
            }
            return isValid;
        });
    return isRead;
}

bool parseLine(std::string_view text, CodexLine &line)
{
    ondemand::document document;
    ondemand::object root;
    if (JsonLines::LineParser::forThisThread().iterate(text).get(document)
        || document.get_object().get(root))
        return false;
    const bool isRead = JsonLines::forEachField(
        root, [&](const ondemand::raw_json_string &key, ondemand::field &field) {
            bool isValid = true;
            if (key == "timestamp") {
                isValid = JsonLines::readString(field.value(), line.timestamp);
            } else if (key == "type") {
                std::string_view type;
                isValid = JsonLines::readString(field.value(), type);
                if (type == "session_meta")
                    line.type = LineType::SessionMeta;
                else if (type == "turn_context")
                    line.type = LineType::TurnContext;
                else if (type == "event_msg")
                    line.type = LineType::EventMessage;
            } else if (key == "payload" && JsonLines::isObject(field.value())) {
                isValid = parsePayload(field.value(), line);
            }
            return isValid;
        });
    if (!isRead)
        return false;
    return JsonLines::isFullyConsumed(document);
}

// Whether a line can matter, from its bytes. Codex writes {"timestamp":"…","type":"<type>",…}, so
// the type is read in place; other layouts fall back to searching the line.
bool isRelevant(std::string_view line)
{
    constexpr std::string_view prefix = R"({"timestamp":")";
    constexpr std::string_view typeKey = R"(","type":")";
    if (line.starts_with(prefix)) {
        const std::string_view rest = line.substr(prefix.size());
        const size_t quote = rest.substr(0, 64).find('"');
        if (quote != std::string_view::npos && rest.substr(quote).starts_with(typeKey)) {
            const std::string_view type = rest.substr(quote + typeKey.size());
            if (type.starts_with(R"(event_msg")"))
                return JsonLines::contains(line, R"("token_count")");
            return type.starts_with(R"(turn_context")") || type.starts_with(R"(session_meta")");
        }
    }
    return JsonLines::contains(line, R"("token_count")")
        || JsonLines::contains(line, R"("turn_context")")
        || JsonLines::contains(line, R"("session_meta")");
}

// Without a session_meta line, the session id is the uuid at the end of the rollout's name.
std::string sessionIdFromPath(const QString &path)
{
    QString stem = QFileInfo(path).completeBaseName();
    if (stem.size() > 37 && stem.at(stem.size() - 37) == u'-')
        stem = stem.right(36);
    return stem.toStdString();
}

qint64 floorSecond(qint64 milliseconds)
{
    return milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000;
}

class Pass
{
public:
    Pass(const QString &path, CodexState &state, FileParseResult &result)
        : m_path(path), m_state(state), m_result(result)
    { }

    void handle(const CodexLine &line);
    // Rows still waiting for a model when the pass ends.
    void finish();

private:
    void handleTokenCount(const CodexLine &line);
    void emitRecord(qint64 timestampMs, const Counters &call, qint64 cumulativeTotal);
    void setModel(std::string_view model);

    const QString &m_path;
    CodexState &m_state;
    FileParseResult &m_result;
    QList<qsizetype> m_waitingForModel; // indexes into m_result.usage
    JsonLines::CachedString m_session;
    JsonLines::CachedString m_project;
    JsonLines::CachedString m_model;
    const QString m_provider = u"openai"_s;
};

void Pass::setModel(std::string_view model)
{
    if (model.empty())
        return;
    m_state.model.assign(model);
    const QString &name = m_model.get(model);
    for (qsizetype index : std::as_const(m_waitingForModel))
        m_result.usage[index].record.model = name;
    m_waitingForModel.clear();
}

void Pass::handle(const CodexLine &line)
{
    switch (line.type) {
    case LineType::SessionMeta:
        if (!m_state.hasSessionMeta) {
            m_state.hasSessionMeta = true;
            if (m_state.sessionId.empty())
                m_state.sessionId.assign(line.id);
            if (!line.cwd.empty())
                m_state.cwd.assign(line.cwd);
            if (line.isThreadSpawn && m_state.fork == ForkPhase::None)
                m_state.fork = ForkPhase::AwaitingReplay;
        } else if (!line.id.empty() && line.id != m_state.sessionId
                   && m_state.fork == ForkPhase::None && !m_state.hasPrevious) {
            // The parent's session_meta copied into a forked child: its history follows.
            m_state.fork = ForkPhase::AwaitingReplay;
        }
        break;
    case LineType::TurnContext:
        if (!line.cwd.empty())
            m_state.cwd.assign(line.cwd);
        setModel(line.model);
        break;
    case LineType::EventMessage:
        if (line.isTokenCount)
            handleTokenCount(line);
        break;
    case LineType::Other:
        break;
    }
}

void Pass::handleTokenCount(const CodexLine &line)
{
    if (!line.hasInfo)
        return; // info:null, rate limits only
    if (!line.hasTotal && !line.hasLast) {
        ++m_result.malformedLines;
        return;
    }
    const std::optional<qint64> timestampMs = JsonLines::parseTimestampMs(line.timestamp);
    if (!timestampMs) {
        ++m_result.malformedLines;
        return;
    }

    if (m_state.fork == ForkPhase::AwaitingReplay) {
        m_state.fork = ForkPhase::InReplay;
        m_state.replaySecond = floorSecond(*timestampMs);
    }
    if (m_state.fork == ForkPhase::InReplay) {
        if (floorSecond(*timestampMs) == m_state.replaySecond) {
            // The parent's calls, replayed: they only move the baseline.
            if (line.hasTotal)
                m_state.previous = line.total;
            else
                m_state.previous
                    = m_state.hasPrevious ? m_state.previous.plus(line.last) : line.last;
            m_state.hasPrevious = true;
            return;
        }
        m_state.fork = ForkPhase::Done;
    }

    Counters call;
    if (line.hasTotal) {
        if (m_state.hasPrevious && line.total == m_state.previous)
            return; // re-emitted: the counters did not move
        if (m_state.hasPrevious && line.total.hasFieldBelow(m_state.previous))
            call = line.hasLast ? line.last : line.total; // reset or compaction: new baseline
        else if (line.hasLast)
            call = line.last;
        else
            call = m_state.hasPrevious ? line.total.minus(m_state.previous) : line.total;
        m_state.previous = line.total;
    } else {
        call = line.last;
        m_state.previous = m_state.hasPrevious ? m_state.previous.plus(line.last) : line.last;
    }
    m_state.hasPrevious = true;
    if (call.isZero())
        return;
    if (!line.model.empty())
        setModel(line.model);
    emitRecord(*timestampMs, call, m_state.previous.total);
}

void Pass::emitRecord(qint64 timestampMs, const Counters &call, qint64 cumulativeTotal)
{
    if (m_state.sessionId.empty())
        m_state.sessionId = sessionIdFromPath(m_path);
    const qint64 cached = std::clamp(call.cached, qint64(0), call.input);

    ParsedUsage usage;
    UsageRecord &record = usage.record;
    const QString &session = m_session.get(m_state.sessionId);
    record.externalKey = session + u':' + QString::number(cumulativeTotal);
    record.startMs = timestampMs;
    record.endMs = timestampMs;
    record.provider = m_provider;
    record.project = m_project.get(m_state.cwd);
    record.session = session;
    record.tokens.input = call.input - cached;
    record.tokens.cacheRead = cached;
    record.tokens.output = call.output;
    record.tokens.reasoning = std::clamp(call.reasoning, qint64(0), call.output);
    record.requests = 1;
    usage.isSidechain = m_state.fork != ForkPhase::None;
    if (m_state.model.empty())
        m_waitingForModel.append(m_result.usage.size());
    else
        record.model = m_model.get(m_state.model);
    m_result.usage.append(std::move(usage));
}

void Pass::finish()
{
    const QString unknown = u"unknown"_s;
    for (qsizetype index : std::as_const(m_waitingForModel))
        m_result.usage[index].record.model = unknown;
    m_waitingForModel.clear();
}

} // namespace

QString CodexReader::kind() const
{
    return u"codex"_s;
}

QStringList CodexReader::defaultRoots(const QProcessEnvironment &environment) const
{
    const QString home = AgentPaths::home(environment);
    QStringList homes;
    for (const QString &entry : AgentPaths::commaList(environment, u"CODEX_HOME"_s)) {
        const QString path = AgentPaths::expandHome(entry, home);
        if (!path.isEmpty())
            homes.append(path);
    }
    if (homes.isEmpty())
        homes.append(home + u"/.codex"_s);

    QStringList roots;
    QSet<QString> seen;
    for (const QString &codexHome : std::as_const(homes)) {
        for (const QString &name : {u"sessions"_s, u"archived_sessions"_s})
            AgentPaths::addExistingDirectory(roots, seen, codexHome + u'/' + name);
    }
    return roots;
}

bool CodexReader::acceptsFile(const QString &path) const
{
    const QString name = QFileInfo(path).fileName();
    return name.startsWith(u"rollout-") && name.endsWith(u".jsonl");
}

FileParseResult CodexReader::parse(const QString &path, QByteArrayView data, qint64 offset,
                                   const QByteArray &state) const
{
    FileParseResult result;
    result.consumedBytes = JsonLines::completeLinesEnd(data);
    CodexState fileState = offset > 0 && !state.isEmpty() ? CodexState::load(state) : CodexState();
    Pass pass(path, fileState, result);

    const char *cursor = data.data();
    const char *const end = cursor + result.consumedBytes;
    while (cursor < end) {
        const auto *lineEnd = static_cast<const char *>(memchr(cursor, '\n', end - cursor));
        const std::string_view text(cursor, lineEnd - cursor);
        cursor = lineEnd + 1;
        if (!isRelevant(text))
            continue;
        CodexLine line;
        if (!parseLine(text, line)) {
            ++result.malformedLines;
            continue;
        }
        pass.handle(line);
    }
    pass.finish();
    JsonLines::LineParser::forThisThread().trim();
    result.state = fileState.save();
    return result;
}
