#pragma once

#include "core/result.h"
#include "core/usagerecord.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

#include <memory>

class SqliteDatabase;

struct SourceInfo
{
    qint64 id = 0;
    QString kind; // "claude-code", "openai", "csv", "demo", ...
    QString name; // unique, chosen by the admin
    qint64 createdMs = 0;
    qint64 lastSuccessMs = 0;
    QString lastError;
    qint64 records = 0;
    qint64 lastUsageMs = 0;
};
Q_DECLARE_METATYPE(SourceInfo)

struct PriceVersion
{
    qint64 id = 0;
    qint64 importedMs = 0;
    QString origin;
    QString sha256;
    int modelCount = 0;
    QByteArray content;
};

struct UsageWriteStats
{
    qint64 written = 0; // inserted or changed
    qint64 unchanged = 0; // identical to what the ledger already had
    qint64 unattributed = 0; // identity not (yet) matched to a person
};

// The SQLite ledger: one file, one connection per thread. Writes happen in one transaction per
// call, so a failed or killed write leaves the previous state. Reading and reporting live in
// PeopleDirectory and ReportQuery, which share this connection.
class Ledger
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens (creating when ReadWrite) and migrates. A file that is not a ledger is an error.
    static Result<std::unique_ptr<Ledger>> open(const QString &path,
                                                Access access = Access::ReadWrite);
    ~Ledger();

    SqliteDatabase &database() { return *m_db; }
    QString path() const;

    // Settings (key → text).
    QString setting(const QString &key, const QString &fallback = {});
    Status setSetting(const QString &key, const QString &value);

    // Calendar days of usage and rollups are counted in this zone (default UTC). Reports in this
    // zone read the rollups; other zones read usage rows. A change committed by another
    // connection is seen here from the next call (and from the next write), so no connection
    // keeps counting days in the old zone.
    QTimeZone reportingTimeZone() const;
    // Re-buckets every usage row into the zone's days and rebuilds the rollups, in one
    // transaction: on failure nothing changed, the old zone included.
    Status setReportingTimeZone(const QTimeZone &zone);

    Result<qint64> ensureSource(const QString &kind, const QString &name);
    Result<QList<SourceInfo>> sources();
    Status recordSourceOutcome(qint64 sourceId, qint64 whenMs, const QString &error);

    enum class WritePolicy {
        Replace, // a provider revised the record: the new copy wins (identical ones are left)
        Accumulate, // the record is a delta added to its bucket (local agents' hourly buckets)
    };

    // Writes records of one source in one transaction, as the policy says. `idsByKey`, when
    // given, receives the usage row id of every record (inserted, changed or identical).
    Result<UsageWriteStats> writeUsage(qint64 sourceId, const QList<UsageRecord> &records,
                                       WritePolicy policy = WritePolicy::Replace,
                                       QHash<QString, qint64> *idsByKey = nullptr);
    // Takes a delta out of a usage row (a message that moved to another bucket); a row left with
    // no request is removed. Rollups follow through the triggers.
    Status subtractUsage(qint64 usageId, const UsageRecord &delta);

    // Price tables: the same content is stored once.
    Result<qint64> storePriceVersion(const QString &origin, const QByteArray &content,
                                     int modelCount, qint64 nowMs);
    Result<PriceVersion> latestPriceVersion(); // NotFound when none

    // Recomputes the rollups keyed by the reporting zone's calendar from usage rows (after a zone
    // change); the quarter-hour totals are in UTC and need no rebuild.
    Status rebuildCalendarRollups();
    // Compares rollups with raw sums; an empty list means they agree. For tests and `doctor`.
    Result<QStringList> rollupDiscrepancies();

    Result<qint64> modelId(const QString &name);

private:
    explicit Ledger(std::unique_ptr<SqliteDatabase> db);
    Status loadSettings();
    // Reads the zone again if another connection committed since it was read.
    void followReportingZone() const;
    Status rebucketDays();
    Result<qint64> personForIdentity(const QString &kind, const QString &value);
    Result<qint64> deviceId(const QString &deviceKey);
    qint64 localDay(qint64 utcMs);

    std::unique_ptr<SqliteDatabase> m_db;
    // The zone as last read, and the connection's PRAGMA data_version then (it changes when
    // another connection commits).
    mutable QTimeZone m_reportingZone;
    mutable qint64 m_zoneDataVersion = -1;
    QHash<QString, qint64> m_modelIds;
    QHash<QString, qint64> m_deviceIds;
    // Offset of the reporting zone, valid in [m_offsetFromMs, m_offsetUntilMs).
    mutable qint64 m_offsetFromMs = 1;
    mutable qint64 m_offsetUntilMs = 0;
    qint64 m_offsetMs = 0;
};
