#include "alertmonitor.h"

#include "alertstore.h"
#include "core/clock.h"
#include "ledger/ledger.h"
#include "webhookdispatcher.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcAlertMonitor, "burnrate.budgets.monitor", QtInfoMsg)

AlertMonitor::AlertMonitor(QString ledgerPath, const Clock &clock, QObject *parent)
    : QObject(parent), m_ledgerPath(std::move(ledgerPath)), m_clock(clock), m_timer(this)
{
    m_timer.setInterval(60'000);
    connect(&m_timer, &QTimer::timeout, this, &AlertMonitor::evaluateNow);
}

AlertMonitor::~AlertMonitor() = default;

void AlertMonitor::setIntervalMs(int intervalMs)
{
    m_timer.setInterval(intervalMs);
}

void AlertMonitor::setRecipient(const QString &email)
{
    m_recipient = email;
}

void AlertMonitor::start()
{
    m_timer.start();
    evaluateNow();
}

void AlertMonitor::stop()
{
    m_timer.stop();
}

Ledger *AlertMonitor::ledger()
{
    if (m_ledger)
        return m_ledger.get();
    Result<std::unique_ptr<Ledger>> opened = Ledger::open(m_ledgerPath, Ledger::Access::ReadWrite);
    if (!opened) {
        emit errorOccurred(opened.error().detail);
        return nullptr;
    }
    m_ledger = std::move(opened).value();
    // Created here, on the monitor's thread, so their sockets and timers live where they work.
    m_network = new QNetworkAccessManager(this);
    m_webhooks = new WebhookDispatcher(*m_ledger, *m_network, m_clock, this);
    connect(m_webhooks, &WebhookDispatcher::deliveryFailed, this,
            [](qint64 alertId, const QString &webhook, const QString &error, bool willRetry) {
                qCWarning(lcAlertMonitor).noquote()
                    << "alert" << alertId << "to" << webhook << ":" << error
                    << (willRetry ? "(will retry)" : "(given up)");
            });
    return m_ledger.get();
}

void AlertMonitor::evaluateNow()
{
    Ledger *ledger = this->ledger();
    if (!ledger)
        return;
    const qint64 nowMs = m_clock.nowMs();
    Result<AlertEngine::RunResult> run = AlertEngine(*ledger).run(nowMs);
    if (!run) {
        // A locked or busy ledger is tried again at the next tick; the alerts are not lost, as
        // they are decided from the ledger, not from this call.
        emit errorOccurred(run.error().detail);
        return;
    }
    emit evaluated(run->evaluations);
    if (!run->fired.isEmpty())
        emit alertsFired(run->fired);
    Result<QList<BudgetAlert>> active = AlertStore(*ledger).active(nowMs, m_recipient);
    if (active)
        emit activeAlertsChanged(*active);
    else
        emit errorOccurred(active.error().detail);
    m_webhooks->deliverDue();
}
