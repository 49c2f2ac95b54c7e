#include "reportingzonechange.h"

#include "ledger.h"

#include <QLoggingCategory>
#include <QTimeZone>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcReportingZone, "burnrate.ledger.zone", QtInfoMsg)

ReportingZoneChange::ReportingZoneChange(const QString &ledgerPath, QObject *parent)
    : QObject(parent), m_ledgerPath(ledgerPath)
{
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this,
            &ReportingZoneChange::onChangeEnded);
}

ReportingZoneChange::~ReportingZoneChange()
{
    // The transaction must end (commit or roll back) before its connection's owner goes.
    m_watcher.waitForFinished();
}

bool ReportingZoneChange::start(const QString &zoneId)
{
    if (isRunning())
        return false;
    m_zoneId = zoneId;
    qCInfo(lcReportingZone).noquote() << "changing the reporting time zone to" << zoneId;
    m_watcher.setFuture(QtConcurrent::run(&ReportingZoneChange::apply, m_ledgerPath, zoneId));
    return true;
}

Status ReportingZoneChange::apply(const QString &ledgerPath, const QString &zoneId)
{
    const QTimeZone zone(zoneId.trimmed().toUtf8());
    if (!zone.isValid())
        return Error {ErrorCode::InvalidArgument,
                      QStringLiteral("unknown time zone \"%1\"").arg(zoneId)};
    Result<std::unique_ptr<Ledger>> ledger = Ledger::open(ledgerPath, Ledger::Access::ReadWrite);
    if (!ledger)
        return ledger.error();
    if ((*ledger)->reportingTimeZone() == zone)
        return ok(); // nothing to count again
    return (*ledger)->setReportingTimeZone(zone);
}

void ReportingZoneChange::onChangeEnded()
{
    const Status status = m_watcher.result();
    if (!status) {
        qCWarning(lcReportingZone).noquote()
            << "the reporting time zone stays as it was:" << status.error().detail;
        emit errorOccurred(status.error());
        return;
    }
    emit finished(m_zoneId);
}
