#include "opencodereader.h"

#include "agentpaths.h"
#include "ledger/sqlitedatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcOpenCode, "burnrate.meters.opencode", QtInfoMsg)

qint64 count(const QJsonObject &object, QLatin1StringView key)
{
    const double value = object.value(key).toDouble(); // anything but a number reads as 0
    return std::isfinite(value) && value > 0 ? qint64(std::min(value, 1e15)) : 0;
}

enum class Outcome { Usage, NoUsage, Malformed };

// What the message's own fields leave out: a database row names them in its columns, a legacy
// file in its path.
struct Fallback
{
    QString messageId;
    QString sessionId;
};

Outcome usageFrom(const QJsonObject &message, const Fallback &fallback, ParsedUsage &usage)
{
    if (message.value("role"_L1).toString() != "assistant"_L1)
        return Outcome::NoUsage;
    const QJsonValue tokensValue = message.value("tokens"_L1);
    if (!tokensValue.isObject())
        return Outcome::NoUsage;
    const QJsonObject tokens = tokensValue.toObject();
    const QJsonObject cache = tokens.value("cache"_L1).toObject();
    const qint64 input = count(tokens, "input"_L1);
    const qint64 output = count(tokens, "output"_L1);
    const qint64 reasoning = count(tokens, "reasoning"_L1);
    const qint64 cacheRead = count(cache, "read"_L1);
    const qint64 cacheWrite = count(cache, "write"_L1);
    const qint64 total = count(tokens, "total"_L1);
    if (input + output + reasoning + cacheRead + cacheWrite == 0)
        return Outcome::NoUsage; // still streaming, or aborted before any usage came back

    QString id = message.value("id"_L1).toString();
    if (id.isEmpty())
        id = fallback.messageId;
    const QJsonObject time = message.value("time"_L1).toObject();
    qint64 createdMs = count(time, "created"_L1);
    if (createdMs == 0)
        createdMs = count(time, "completed"_L1);
    if (id.isEmpty() || createdMs == 0)
        return Outcome::Malformed;

    // Current builds store output = outputTokens − reasoning and price reasoning as output on
    // top; builds before that kept outputTokens whole. Their total (input + cache + output)
    // tells them apart; without a total, the current meaning is assumed.
    const bool isReasoningInOutput
        = reasoning > 0 && total > 0 && total == input + cacheRead + cacheWrite + output;

    UsageRecord &record = usage.record;
    record.externalKey = u"opencode:"_s + id;
    record.startMs = record.endMs = createdMs;
    record.provider = message.value("providerID"_L1).toString();
    record.model = message.value("modelID"_L1).toString();
    const QJsonObject paths = message.value("path"_L1).toObject();
    record.project = paths.value("cwd"_L1).toString();
    if (record.project.isEmpty())
        record.project = paths.value("root"_L1).toString();
    record.session = message.value("sessionID"_L1).toString();
    if (record.session.isEmpty())
        record.session = fallback.sessionId;
    record.tokens.input = input;
    record.tokens.output = isReasoningInOutput ? output : output + reasoning;
    record.tokens.reasoning = reasoning;
    record.tokens.cacheRead = cacheRead;
    record.tokens.cacheWrite5m = cacheWrite; // no TTL in the log: the 5-minute rate
    // OpenCode's precomputed `cost` is left aside: the importer prices every record the same way.
    record.costKind = CostKind::Unpriced;
    return Outcome::Usage;
}

void addMessage(QByteArrayView json, const Fallback &fallback, FileParseResult &result)
{
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        ++result.malformedLines;
        return;
    }
    ParsedUsage usage;
    switch (usageFrom(document.object(), fallback, usage)) {
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

void readDatabase(const QString &path, FileParseResult &result)
{
    Result<std::unique_ptr<SqliteDatabase>> database
        = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
    if (!database) {
        qCWarning(lcOpenCode) << "cannot open" << path << database.error().detail;
        ++result.malformedLines;
        return;
    }
    Result<SqliteStatement> query
        = (*database)->prepare(u"SELECT id, session_id, data FROM message"_s);
    if (!query) {
        qCWarning(lcOpenCode) << "cannot read messages of" << path << query.error().detail;
        ++result.malformedLines;
        return;
    }
    for (;;) {
        const SqliteStatement::StepResult step = query->step();
        if (step == SqliteStatement::StepResult::Done)
            return;
        if (step == SqliteStatement::StepResult::Failed) {
            qCWarning(lcOpenCode) << "reading" << path << "stopped:" << query->lastError().detail;
            ++result.malformedLines;
            return;
        }
        const QByteArray data = query->blob(2);
        addMessage(data, Fallback {query->text(0), query->text(1)}, result);
    }
}

bool isDatabaseName(const QString &name)
{
    return name == u"opencode.db"_s || (name.startsWith(u"opencode-"_s) && name.endsWith(u".db"_s));
}

} // namespace

QString OpenCodeReader::kind() const
{
    return u"opencode"_s;
}

QStringList OpenCodeReader::defaultRoots(const QProcessEnvironment &environment) const
{
    QStringList roots;
    for (const QString &root : AgentPaths::commaList(environment, u"OPENCODE_DATA_DIR"_s))
        roots.append(QDir::cleanPath(root));
    if (!roots.isEmpty())
        return roots;
    // XDG: a relative XDG_DATA_HOME is invalid and ignored.
    QString dataHome = environment.value(u"XDG_DATA_HOME"_s);
    if (dataHome.isEmpty() || QDir::isRelativePath(dataHome))
        dataHome = AgentPaths::home(environment) + u"/.local/share"_s;
    return {QDir::cleanPath(dataHome + u"/opencode"_s)};
}

bool OpenCodeReader::acceptsFile(const QString &path) const
{
    const QStringList parts = QDir::fromNativeSeparators(path).split(u'/');
    const QString &name = parts.constLast();
    if (isDatabaseName(name))
        return true;
    // storage/message/<session id>/<message id>.json
    const qsizetype count = parts.size();
    return name.endsWith(u".json"_s) && count >= 4 && parts.at(count - 3) == u"message"_s
        && parts.at(count - 4) == u"storage"_s;
}

QStringList OpenCodeReader::companionFiles(const QString &path) const
{
    // OpenCode's store runs in WAL mode: new messages sit in the -wal file until a checkpoint.
    return opensFileItself(path) ? QStringList {path + u"-wal"_s} : QStringList {};
}

bool OpenCodeReader::opensFileItself(const QString &path) const
{
    return isDatabaseName(QFileInfo(path).fileName());
}

FileParseResult OpenCodeReader::parse(const QString &path, QByteArrayView data, qint64 offset,
                                      const QByteArray &state) const
{
    Q_UNUSED(offset);
    Q_UNUSED(state);
    FileParseResult result;
    result.consumedBytes = data.size();
    const QFileInfo file(path);
    if (isDatabaseName(file.fileName())) {
        readDatabase(path, result);
        return result;
    }
    if (data.trimmed().isEmpty())
        return result; // created, not yet written
    addMessage(data, Fallback {file.completeBaseName(), QFileInfo(file.path()).fileName()}, result);
    return result;
}
