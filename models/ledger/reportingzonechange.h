#pragma once

#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

// Moves the ledger to another reporting time zone without blocking the window: every usage
// row's day is counted again and the rollups rebuilt (Ledger::setReportingTimeZone), in one
// transaction on a read-write connection of its own, on a pool thread. A failure (an unknown
// zone, a read-only or locked file) leaves the old zone and days as they were. One change at a
// time; readers see the new days once it has finished (the query service reopens).
class ReportingZoneChange : public QObject
{
    Q_OBJECT
public:
    explicit ReportingZoneChange(const QString &ledgerPath, QObject *parent = nullptr);
    ~ReportingZoneChange() override; // waits for a change under way

    bool isRunning() const { return m_watcher.isRunning(); }
    // Starts the change to an IANA zone ("Europe/Berlin"); false, and nothing started, while
    // another change runs.
    bool start(const QString &zoneId);
    // The whole change on the calling thread, with a connection of its own: what start() runs.
    static Status apply(const QString &ledgerPath, const QString &zoneId);

signals:
    void finished(const QString &zoneId); // committed
    void errorOccurred(const Error &error); // nothing changed

private:
    void onChangeEnded();

    QString m_ledgerPath;
    QString m_zoneId;
    QFutureWatcher<Status> m_watcher;
};
