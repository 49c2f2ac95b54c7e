#include "sourcestore.h"

#include "ledger.h"
#include "sqlitedatabase.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QString selectColumns
    = u"SELECT id, kind, name, settings, status, created_ms, "
      u"coalesce(last_success_ms, 0), coalesce(last_error, ''), "
      u"coalesce(next_poll_ms, 0), coalesce(watermark_ms, 0), state FROM sources "_s;

SourceConfig::Status statusFromName(const QString &name)
{
    if (name == "error"_L1)
        return SourceConfig::Status::Error;
    if (name == "unauthorized"_L1)
        return SourceConfig::Status::Unauthorized;
    if (name == "removed"_L1)
        return SourceConfig::Status::Removed;
    return SourceConfig::Status::Ok;
}

SourceConfig readRow(const SqliteStatement &row)
{
    SourceConfig config;
    config.id = row.int64(0);
    config.kind = row.text(1);
    config.name = row.text(2);
    config.settings = QJsonDocument::fromJson(row.text(3).toUtf8()).object();
    config.status = statusFromName(row.text(4));
    config.createdMs = row.int64(5);
    config.lastSuccessMs = row.int64(6);
    config.lastError = row.text(7);
    config.nextPollMs = row.int64(8);
    config.watermarkMs = row.int64(9);
    config.state = row.blob(10);
    return config;
}

QString settingsText(const QJsonObject &settings)
{
    return QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
}

} // namespace

QUrl SourceConfig::baseUrl() const
{
    return QUrl(settings.value("base_url"_L1).toString());
}

qint64 SourceConfig::intervalMs(qint64 fallbackMs) const
{
    const qint64 seconds = settings.value("interval_s"_L1).toInteger();
    return seconds > 0 ? seconds * 1000 : fallbackMs;
}

QString SourceConfig::keyEnvironmentVariable() const
{
    return settings.value("key_env"_L1).toString();
}

QString SourceConfig::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return u"ok"_s;
    case Status::Error:
        return u"error"_s;
    case Status::Unauthorized:
        return u"unauthorized"_s;
    case Status::Removed:
        return u"removed"_s;
    }
    return u"ok"_s;
}

Result<SourceConfig> SourceStore::add(const QString &kind, const QString &name,
                                      const QJsonObject &settings, qint64 nowMs)
{
    if (name.trimmed().isEmpty())
        return Error {ErrorCode::InvalidArgument, u"a source needs a name"_s};
    Result<SourceConfig> existing = find(name);
    if (existing) {
        if (existing->status != SourceConfig::Status::Removed || existing->kind != kind) {
            return Error {ErrorCode::Conflict,
                          u"a source named \"%1\" exists already (%2)"_s.arg(name, existing->kind)};
        }
        Result<SqliteStatement> revive
            = m_ledger.database().prepare(u"UPDATE sources SET settings = ?2, status = 'ok', "
                                          u"last_error = NULL, next_poll_ms = NULL "
                                          u"WHERE id = ?1"_s);
        if (!revive)
            return revive.error();
        if (Status done = revive->bind(1, existing->id).bind(2, settingsText(settings)).execute();
            !done)
            return done.error();
        return find(existing->id);
    }
    if (existing.error().code != ErrorCode::NotFound)
        return existing.error();
    Result<SqliteStatement> insert = m_ledger.database().prepare(
        u"INSERT INTO sources (kind, name, settings, created_ms) VALUES (?1, ?2, ?3, ?4)"_s);
    if (!insert)
        return insert.error();
    if (Status done = insert->bind(1, kind)
                          .bind(2, name)
                          .bind(3, settingsText(settings))
                          .bind(4, nowMs)
                          .execute();
        !done)
        return done.error();
    return find(m_ledger.database().lastInsertRowId());
}

Status SourceStore::updateSettings(qint64 id, const QJsonObject &settings)
{
    Result<SqliteStatement> update = m_ledger.database().prepare(
        u"UPDATE sources SET settings = ?2, next_poll_ms = NULL, "
        u"status = CASE status WHEN 'unauthorized' THEN 'ok' ELSE status END WHERE id = ?1"_s);
    if (!update)
        return update.error();
    return update->bind(1, id).bind(2, settingsText(settings)).execute();
}

Status SourceStore::remove(const QString &name)
{
    Result<SourceConfig> source = find(name);
    if (!source)
        return source.error();
    if (source->status == SourceConfig::Status::Removed)
        return Error {ErrorCode::NotFound, u"no source named \"%1\""_s.arg(name)};
    return recordFailure(source->id, SourceConfig::Status::Removed, QString());
}

Result<SourceConfig> SourceStore::findWhere(const QString &condition,
                                            const std::function<void(SqliteStatement &)> &bind,
                                            const QString &what)
{
    Result<SqliteStatement> statement
        = m_ledger.database().prepare(selectColumns + u"WHERE "_s + condition);
    if (!statement)
        return statement.error();
    bind(*statement);
    switch (statement->step()) {
    case SqliteStatement::StepResult::Row:
        return readRow(*statement);
    case SqliteStatement::StepResult::Done:
        return Error {ErrorCode::NotFound, u"no source %1"_s.arg(what)};
    case SqliteStatement::StepResult::Failed:
        break;
    }
    return statement->lastError();
}

Result<SourceConfig> SourceStore::find(const QString &name)
{
    return findWhere(
        u"name = ?1"_s, [&](SqliteStatement &s) { s.bind(1, name); }, u"named \"%1\""_s.arg(name));
}

Result<SourceConfig> SourceStore::find(qint64 id)
{
    return findWhere(
        u"id = ?1"_s, [&](SqliteStatement &s) { s.bind(1, id); }, u"with id %1"_s.arg(id));
}

Result<QList<SourceConfig>> SourceStore::list(const QStringList &kinds, bool includeRemoved)
{
    Result<SqliteStatement> statement = m_ledger.database().prepare(
        selectColumns + (includeRemoved ? u""_s : u"WHERE status <> 'removed' "_s)
        + u"ORDER BY name"_s);
    if (!statement)
        return statement.error();
    QList<SourceConfig> result;
    SqliteStatement::StepResult step;
    while ((step = statement->step()) == SqliteStatement::StepResult::Row) {
        SourceConfig config = readRow(*statement);
        if (kinds.isEmpty() || kinds.contains(config.kind))
            result.append(std::move(config));
    }
    if (step == SqliteStatement::StepResult::Failed)
        return statement->lastError();
    return result;
}

Status SourceStore::saveState(qint64 id, const QByteArray &state)
{
    Result<SqliteStatement *> update
        = m_ledger.database().cached(u"UPDATE sources SET state = ?2 WHERE id = ?1"_s);
    if (!update)
        return update.error();
    return (*update)->bind(1, id).bind(2, state).execute();
}

Status SourceStore::saveWatermark(qint64 id, qint64 watermarkMs)
{
    Result<SqliteStatement *> update
        = m_ledger.database().cached(u"UPDATE sources SET watermark_ms = ?2 WHERE id = ?1"_s);
    if (!update)
        return update.error();
    return (*update)->bind(1, id).bind(2, watermarkMs).execute();
}

Status SourceStore::recordSuccess(qint64 id, qint64 whenMs)
{
    Result<SqliteStatement *> update = m_ledger.database().cached(
        u"UPDATE sources SET last_success_ms = ?2, last_error = NULL, status = 'ok' "
        u"WHERE id = ?1 AND status <> 'removed'"_s);
    if (!update)
        return update.error();
    return (*update)->bind(1, id).bind(2, whenMs).execute();
}

Status SourceStore::recordFailure(qint64 id, SourceConfig::Status status, const QString &error)
{
    Result<SqliteStatement *> update = m_ledger.database().cached(
        u"UPDATE sources SET status = ?2, last_error = coalesce(?3, last_error) WHERE id = ?1"_s);
    if (!update)
        return update.error();
    return (*update)
        ->bind(1, id)
        .bind(2, SourceConfig::statusName(status))
        .bind(3, error)
        .execute();
}

Status SourceStore::setNextPoll(qint64 id, qint64 nextPollMs)
{
    Result<SqliteStatement *> update
        = m_ledger.database().cached(u"UPDATE sources SET next_poll_ms = ?2 WHERE id = ?1"_s);
    if (!update)
        return update.error();
    return (*update)->bind(1, id).bind(2, nextPollMs).execute();
}
