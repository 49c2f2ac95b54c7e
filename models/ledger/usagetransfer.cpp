#include "usagetransfer.h"

#include "core/calendar.h"
#include "core/csv.h"
#include "core/money.h"
#include "ledger.h"
#include "pricing/pricebook.h"
#include "sqlitedatabase.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace UsageTransfer {

namespace {

struct SourceKey
{
    QString name;
    QString kind;
};

std::optional<qint64> parseTimestamp(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    // A timestamp without a zone is ambiguous: refuse it rather than guess the local zone.
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

QString isoTimestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString costText(qint64 micros)
{
    QString text = Money::toDecimalString(micros, 6);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

QStringList csvColumns()
{
    return {QStringLiteral("timestamp"),
            QStringLiteral("end_timestamp"),
            QStringLiteral("source"),
            QStringLiteral("source_kind"),
            QStringLiteral("external_id"),
            QStringLiteral("identity"),
            QStringLiteral("provider"),
            QStringLiteral("model"),
            QStringLiteral("project"),
            QStringLiteral("session"),
            QStringLiteral("input_tokens"),
            QStringLiteral("cache_write_5m_tokens"),
            QStringLiteral("cache_write_1h_tokens"),
            QStringLiteral("cache_read_tokens"),
            QStringLiteral("output_tokens"),
            QStringLiteral("reasoning_tokens"),
            QStringLiteral("requests"),
            QStringLiteral("cost_usd"),
            QStringLiteral("cost_kind")};
}

Result<UsageImportStats> importCsv(Ledger &ledger, const PriceBook &prices, const QByteArray &csv)
{
    Result<QList<Csv::Record>> records = Csv::parse(csv);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error {ErrorCode::InvalidInput, QStringLiteral("the file is empty")};

    const QStringList known = csvColumns();
    QHash<QString, int> column;
    const QStringList &header = records->first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed().toLower();
        if (!known.contains(name))
            return Error {ErrorCode::InvalidInput,
                          QStringLiteral("line 1: unknown column \"%1\"").arg(name)};
        if (column.contains(name))
            return Error {ErrorCode::InvalidInput,
                          QStringLiteral("line 1: column \"%1\" given twice").arg(name)};
        column.insert(name, i);
    }
    for (const QString &required : {QStringLiteral("timestamp"), QStringLiteral("model")}) {
        if (!column.contains(required))
            return Error {ErrorCode::InvalidInput,
                          QStringLiteral("line 1: column \"%1\" is missing").arg(required)};
    }

    // Rows grouped by source, in file order.
    QMap<QString, SourceKey> sources;
    QHash<QString, QList<UsageRecord>> recordsBySource;
    QHash<QString, int> contentKeyCounts;
    UsageImportStats stats;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const Csv::Record &row = records->at(r);
        const auto fail = [&](const QString &problem) {
            return Error {ErrorCode::InvalidInput,
                          QStringLiteral("line %1: %2").arg(row.line).arg(problem)};
        };
        if (row.fields.size() != header.size())
            return fail(QStringLiteral("expected %1 fields, found %2")
                            .arg(header.size())
                            .arg(row.fields.size()));
        const auto field = [&](const QString &name) {
            return column.contains(name) ? row.fields[column[name]].trimmed() : QString();
        };
        UsageRecord record;
        const std::optional<qint64> start = parseTimestamp(field(QStringLiteral("timestamp")));
        if (!start)
            return fail(
                QStringLiteral(
                    "timestamp \"%1\" is not ISO 8601 with a zone (e.g. 2026-11-22T09:30:00Z)")
                    .arg(field(QStringLiteral("timestamp"))));
        record.startMs = *start;
        record.endMs = *start;
        if (const QString end = field(QStringLiteral("end_timestamp")); !end.isEmpty()) {
            const std::optional<qint64> endMs = parseTimestamp(end);
            if (!endMs || *endMs < *start)
                return fail(
                    QStringLiteral("end_timestamp \"%1\" is invalid or before timestamp").arg(end));
            record.endMs = *endMs;
        }
        record.model = field(QStringLiteral("model"));
        if (record.model.isEmpty())
            return fail(QStringLiteral("model is empty"));
        record.provider = field(QStringLiteral("provider"));
        record.project = field(QStringLiteral("project"));
        record.session = field(QStringLiteral("session"));
        if (const QString identity = field(QStringLiteral("identity")); !identity.isEmpty()) {
            const qsizetype colon = identity.indexOf(u':');
            if (colon < 0 && identity.contains(u'@')) {
                record.identityKind = QStringLiteral("email");
                record.identityValue = identity.toLower();
            } else if (colon > 0 && colon < identity.size() - 1) {
                record.identityKind = identity.left(colon);
                record.identityValue = identity.mid(colon + 1);
                if (record.identityKind == QLatin1String("email"))
                    record.identityValue = record.identityValue.toLower();
            } else {
                return fail(QStringLiteral("identity \"%1\" is neither an email nor kind:value")
                                .arg(identity));
            }
        }
        const std::pair<const char *, qint64 *> counters[] = {
            {"input_tokens", &record.tokens.input},
            {"cache_write_5m_tokens", &record.tokens.cacheWrite5m},
            {"cache_write_1h_tokens", &record.tokens.cacheWrite1h},
            {"cache_read_tokens", &record.tokens.cacheRead},
            {"output_tokens", &record.tokens.output},
            {"reasoning_tokens", &record.tokens.reasoning},
            {"requests", &record.requests},
        };
        for (const auto &[name, target] : counters) {
            const QString text = field(QString::fromLatin1(name));
            if (text.isEmpty())
                continue;
            bool ok = false;
            *target = text.toLongLong(&ok);
            if (!ok || *target < 0)
                return fail(QStringLiteral("%1 \"%2\" is not a whole number ≥ 0")
                                .arg(QString::fromLatin1(name), text));
        }
        if (record.tokens.reasoning > record.tokens.output)
            return fail(QStringLiteral(
                "reasoning_tokens exceed output_tokens (output includes reasoning)"));

        const QString costUsd = field(QStringLiteral("cost_usd"));
        const QString costKind = field(QStringLiteral("cost_kind"));
        std::optional<CostKind> kind;
        if (!costKind.isEmpty()) {
            kind = costKindFromName(costKind);
            if (!kind)
                return fail(QStringLiteral("cost_kind \"%1\" is not estimated, billed or unpriced")
                                .arg(costKind));
        }
        if (!costUsd.isEmpty()) {
            const std::optional<qint64> micros = Money::parseDecimalUsd(costUsd);
            if (!micros || *micros < 0)
                return fail(
                    QStringLiteral("cost_usd \"%1\" is not an amount in dollars").arg(costUsd));
            record.costMicros = *micros;
            record.costKind = kind.value_or(CostKind::Billed);
            if (record.costKind == CostKind::Unpriced && record.costMicros != 0)
                return fail(QStringLiteral("an unpriced row cannot carry a cost"));
            if (record.costKind == CostKind::Estimated) {
                // An estimate our own price table reproduces keeps naming that table's version,
                // so an exported ledger imports back unchanged.
                UsageRecord repriced = record;
                prices.applyEstimate(repriced);
                if (repriced.costKind == CostKind::Estimated
                    && repriced.costMicros == record.costMicros)
                    record.priceVersionId = repriced.priceVersionId;
            }
        } else if (kind == CostKind::Billed) {
            return fail(QStringLiteral("a billed row needs cost_usd"));
        } else {
            prices.applyEstimate(record);
        }
        if (record.costKind == CostKind::Unpriced)
            ++stats.unpriced;

        const QString sourceName = field(QStringLiteral("source")).isEmpty()
            ? QStringLiteral("csv")
            : field(QStringLiteral("source"));
        const QString sourceKind = field(QStringLiteral("source_kind")).isEmpty()
            ? QStringLiteral("csv")
            : field(QStringLiteral("source_kind"));
        if (sources.contains(sourceName) && sources[sourceName].kind != sourceKind)
            return fail(QStringLiteral("source \"%1\" appears with two kinds").arg(sourceName));
        sources.insert(sourceName, SourceKey {sourceName, sourceKind});

        record.externalKey = field(QStringLiteral("external_id"));
        if (record.externalKey.isEmpty()) {
            // The row's own content is its identity, so importing a file twice changes nothing;
            // identical rows within one file are separate usage and get "#2", "#3", ...
            record.externalKey = QStringLiteral("csv:")
                + QString::fromLatin1(
                                     QCryptographicHash::hash(row.fields.join(QChar(0x1f)).toUtf8(),
                                                              QCryptographicHash::Sha1)
                                         .toHex());
            const int seen = ++contentKeyCounts[record.externalKey];
            if (seen > 1)
                record.externalKey += u'#' + QString::number(seen);
        }
        recordsBySource[sourceName].append(record);
        ++stats.rows;
    }

    SqliteTransaction transaction(ledger.database());
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    for (const SourceKey &source : std::as_const(sources)) {
        Result<qint64> sourceId = ledger.ensureSource(source.kind, source.name);
        if (!sourceId)
            return sourceId.error();
        Result<UsageWriteStats> written
            = ledger.writeUsage(*sourceId, recordsBySource.value(source.name));
        if (!written)
            return written.error();
        stats.written += written->written;
        stats.unchanged += written->unchanged;
        stats.unattributed += written->unattributed;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return stats;
}

Result<qint64> exportUsage(Ledger &ledger, ExportFormat format, QIODevice &out,
                           std::optional<QDate> since, std::optional<QDate> until)
{
    QString sql = QStringLiteral(R"sql(
SELECT u.start_ms, u.end_ms, s.name, s.kind, u.external_key,
       CASE WHEN u.identity_value IS NOT NULL THEN u.identity_kind || ':' || u.identity_value
            ELSE p.email END,
       u.provider, m.name, u.project, u.session, u.input_tokens, u.cache_write_5m_tokens,
       u.cache_write_1h_tokens, u.cache_read_tokens, u.output_tokens, u.reasoning_tokens,
       u.requests, u.cost_micros, u.cost_kind
FROM usage u JOIN sources s ON s.id = u.source_id JOIN models m ON m.id = u.model_id
LEFT JOIN people p ON p.id = u.person_id
WHERE u.day >= ?1 AND u.day <= ?2
ORDER BY u.start_ms, s.name, u.external_key
)sql");
    Result<SqliteStatement> statement = ledger.database().prepare(sql);
    if (!statement)
        return statement.error();
    statement->bind(1, since ? Calendar::dayNumber(*since) : std::numeric_limits<qint64>::min());
    statement->bind(2, until ? Calendar::dayNumber(*until) : std::numeric_limits<qint64>::max());

    const QStringList columns = csvColumns();
    const auto write = [&out](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        return out.write(bytes) == bytes.size();
    };
    if (format == ExportFormat::Csv ? !write(columns.join(u',') + u'\n')
                                    : !write(QStringLiteral("{\"usage\":[")))
        return Error {ErrorCode::Io, out.errorString()};
    qint64 rows = 0;
    for (;;) {
        const SqliteStatement::StepResult step = statement->step();
        if (step == SqliteStatement::StepResult::Failed)
            return statement->lastError();
        if (step == SqliteStatement::StepResult::Done)
            break;
        const CostKind kind = CostKind(statement->int64(18));
        QStringList values = {isoTimestamp(statement->int64(0)), isoTimestamp(statement->int64(1))};
        for (int c = 2; c <= 9; ++c)
            values.append(statement->text(c));
        for (int c = 10; c <= 16; ++c)
            values.append(QString::number(statement->int64(c)));
        values.append(kind == CostKind::Unpriced ? QString() : costText(statement->int64(17)));
        values.append(costKindName(kind));
        QString line;
        if (format == ExportFormat::Csv) {
            line = Csv::joinRecord(values) + u'\n';
        } else {
            QJsonObject object;
            for (int c = 0; c < columns.size(); ++c) {
                if (c >= 10 && c <= 16)
                    object.insert(columns[c], statement->int64(c));
                else if (c == 17)
                    object.insert(columns[c],
                                  kind == CostKind::Unpriced ? QJsonValue()
                                                             : QJsonValue(values[c].toDouble()));
                else
                    object.insert(columns[c],
                                  values[c].isEmpty() ? QJsonValue() : QJsonValue(values[c]));
            }
            line = (rows ? QStringLiteral(",\n") : QStringLiteral("\n"))
                + QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        if (!write(line))
            return Error {ErrorCode::Io, out.errorString()};
        ++rows;
    }
    if (format == ExportFormat::Json && !write(QStringLiteral("\n]}\n")))
        return Error {ErrorCode::Io, out.errorString()};
    return rows;
}

} // namespace UsageTransfer
