#include "geminireader.h"

#include "agentpaths.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Session
{
    QString sessionId;
    QString projectHash;
    qint64 startMs = 0;
};

// One gemini message with usage; the key is made once the whole file has named its session.
struct Message
{
    QString id;
    qint64 timestampMs = 0; // 0: not given, the session's start stands in
    QString model;
    TokenCounts tokens;
};

qint64 count(const QJsonObject &object, QLatin1StringView key)
{
    const double value = object.value(key).toDouble(); // anything but a number reads as 0
    return std::isfinite(value) && value > 0 ? qint64(std::min(value, 1e15)) : 0;
}

qint64 isoMs(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

TokenCounts tokensFrom(const QJsonObject &tokens)
{
    const qint64 input = count(tokens, "input"_L1);
    const qint64 output = count(tokens, "output"_L1);
    const qint64 cached = count(tokens, "cached"_L1);
    const qint64 thoughts = count(tokens, "thoughts"_L1);
    const qint64 tool = count(tokens, "tool"_L1);
    const qint64 total = count(tokens, "total"_L1);
    // promptTokenCount includes the cached part (total = input + output + thoughts + tool). Only
    // a total that proves the opposite (it adds cached again) keeps input as it is.
    const qint64 inclusiveTotal = input + output + thoughts + tool;
    const bool isInputExclusive = cached > 0 && total == inclusiveTotal + cached;

    TokenCounts counts;
    counts.input = (isInputExclusive ? input : input - std::min(input, cached)) + tool;
    counts.cacheRead = cached;
    counts.output = output + thoughts;
    counts.reasoning = thoughts;
    return counts;
}

std::optional<Message> messageFrom(const QJsonObject &object, const QString &modelHint)
{
    if (object.value("type"_L1).toString() != "gemini"_L1)
        return std::nullopt;
    const QJsonValue tokens = object.value("tokens"_L1);
    if (!tokens.isObject())
        return std::nullopt; // recorded before its usage arrived; a later copy carries it
    Message message;
    message.tokens = tokensFrom(tokens.toObject());
    if (message.tokens.total() == 0)
        return std::nullopt;
    message.id = object.value("id"_L1).toString();
    message.timestampMs = isoMs(object.value("timestamp"_L1));
    message.model = object.value("model"_L1).toString();
    if (message.model.isEmpty())
        message.model = modelHint;
    return message;
}

void readSession(const QJsonObject &object, Session &session)
{
    if (session.sessionId.isEmpty())
        session.sessionId = object.value("sessionId"_L1).toString();
    if (session.projectHash.isEmpty())
        session.projectHash = object.value("projectHash"_L1).toString();
    if (session.startMs == 0)
        session.startMs = isoMs(object.value("startTime"_L1));
    if (session.startMs == 0)
        session.startMs = isoMs(object.value("lastUpdated"_L1));
}

// The messages of one file; a later copy of a message id replaces the earlier one.
class MessageList
{
public:
    void add(Message message)
    {
        if (message.id.isEmpty()) {
            m_messages.append(std::move(message));
            return;
        }
        const auto it = m_indexById.constFind(message.id);
        if (it != m_indexById.cend()) {
            m_messages[*it] = std::move(message);
        } else {
            m_indexById.insert(message.id, m_messages.size());
            m_messages.append(std::move(message));
        }
    }
    const QList<Message> &messages() const { return m_messages; }

private:
    QList<Message> m_messages;
    QHash<QString, qsizetype> m_indexById;
};

// ~/.gemini/tmp/<project>/chats/[<parent session>/]file: the directory above "chats".
QString projectFromPath(const QString &path)
{
    const QStringList parts = QDir::fromNativeSeparators(path).split(u'/');
    const qsizetype chats = parts.lastIndexOf(u"chats"_s);
    return chats > 0 ? parts.at(chats - 1) : QString();
}

void parseDocument(const QJsonObject &root, Session &session, MessageList &messages)
{
    readSession(root, session);
    const QJsonValue list = root.value("messages"_L1);
    if (!list.isArray()) {
        if (std::optional<Message> message = messageFrom(root, QString()))
            messages.add(std::move(*message));
        return;
    }
    for (const QJsonValue &value : list.toArray()) {
        if (std::optional<Message> message = messageFrom(value.toObject(), QString()))
            messages.add(std::move(*message));
    }
}

// JSONL: a metadata line, then messages (each change appends the whole message again),
// {"$set": {...}} metadata updates and {"$rewindTo": id} markers. A rewind hides messages from
// the conversation but their tokens were spent, so it is ignored.
qint64 parseLines(QByteArrayView data, Session &session, MessageList &messages, int &malformed)
{
    QString modelHint;
    qint64 consumed = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            break; // an unfinished last line: read again once the file changes
        const QByteArrayView line = data.sliced(start, end - start).trimmed();
        start = end + 1;
        consumed = start;
        // Only usage and the session's metadata matter. A quote inside a string is escaped, so
        // these keys do not match message text.
        if (!line.contains("\"tokens\"") && !line.contains("\"sessionId\""))
            continue;
        QJsonParseError error;
        const QJsonDocument document
            = QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            ++malformed;
            continue;
        }
        const QJsonObject object = document.object();
        if (object.contains("$set"_L1) || object.contains("$rewindTo"_L1))
            continue;
        if (object.value("id"_L1).isString()) {
            if (const QString model = object.value("model"_L1).toString(); !model.isEmpty())
                modelHint = model;
            if (std::optional<Message> message = messageFrom(object, modelHint))
                messages.add(std::move(*message));
        } else {
            readSession(object, session);
        }
    }
    return consumed;
}

} // namespace

QString GeminiReader::kind() const
{
    return u"gemini"_s;
}

QStringList GeminiReader::defaultRoots(const QProcessEnvironment &environment) const
{
    QStringList roots;
    for (const QString &root : AgentPaths::commaList(environment, u"GEMINI_DATA_DIR"_s))
        roots.append(QDir::cleanPath(root));
    if (!roots.isEmpty())
        return roots;
    const QString home = AgentPaths::home(environment);
    return {QDir::cleanPath(home + u"/.gemini/tmp"_s)};
}

bool GeminiReader::acceptsFile(const QString &path) const
{
    const QStringList parts = QDir::fromNativeSeparators(path).split(u'/');
    const QString &name = parts.constLast();
    const bool isJsonl = name.endsWith(u".jsonl"_s);
    if (!isJsonl && !name.endsWith(u".json"_s))
        return false;
    const qsizetype count = parts.size();
    // chats/session-*.json[l], or chats/<parent session id>/<session id>.jsonl for subagents.
    if (count >= 2 && parts.at(count - 2) == u"chats"_s)
        return name.startsWith(u"session-"_s);
    return isJsonl && count >= 3 && parts.at(count - 3) == u"chats"_s;
}

FileParseResult GeminiReader::parse(const QString &path, QByteArrayView data, qint64 offset,
                                    const QByteArray &state) const
{
    Q_UNUSED(offset);
    Q_UNUSED(state);
    FileParseResult result;
    Session session;
    MessageList messages;

    if (path.endsWith(u".jsonl"_s)) {
        result.consumedBytes = parseLines(data, session, messages, result.malformedLines);
    } else {
        result.consumedBytes = data.size();
        QJsonParseError error;
        const QJsonDocument document
            = QJsonDocument::fromJson(QByteArray::fromRawData(data.data(), data.size()), &error);
        if (error.error == QJsonParseError::GarbageAtEnd) {
            // A .json name with JSONL inside: read it line by line.
            result.consumedBytes = parseLines(data, session, messages, result.malformedLines);
        } else if (error.error != QJsonParseError::NoError || !document.isObject()) {
            // Empty, truncated mid-rewrite or not Gemini's: counted, read again when it changes.
            result.malformedLines = data.trimmed().isEmpty() ? 0 : 1;
            return result;
        } else {
            parseDocument(document.object(), session, messages);
        }
    }

    if (session.sessionId.isEmpty())
        session.sessionId = QFileInfo(path).completeBaseName();
    const QString project
        = session.projectHash.isEmpty() ? projectFromPath(path) : session.projectHash;
    for (const Message &message : messages.messages()) {
        const qint64 timestampMs = message.timestampMs ? message.timestampMs : session.startMs;
        if (timestampMs == 0) {
            ++result.malformedLines; // usage without any time cannot be placed on a day
            continue;
        }
        ParsedUsage usage;
        UsageRecord &record = usage.record;
        const QString messageKey
            = message.id.isEmpty() ? u"@"_s + QString::number(timestampMs) : message.id;
        record.externalKey = u"gemini:"_s + session.sessionId + u':' + messageKey;
        record.startMs = record.endMs = timestampMs;
        record.provider = u"google"_s;
        record.model = message.model;
        record.project = project;
        record.session = session.sessionId;
        record.tokens = message.tokens;
        result.usage.append(std::move(usage));
    }
    return result;
}
