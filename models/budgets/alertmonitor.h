#pragma once

#include "alertengine.h"
#include "budgetalert.h"
#include "budgetevaluator.h"

#include <QObject>
#include <QTimer>

#include <memory>

class Clock;
class Ledger;
class QNetworkAccessManager;
class WebhookDispatcher;

// Keeps budgets watched while the app or `watch` runs: every interval (and on evaluateNow(),
// which the app calls after new usage arrives) it runs the AlertEngine on a ledger connection of
// its own, then hands due webhook deliveries to the WebhookDispatcher. Lives on a worker thread in
// the app, so neither the queries nor the network ever block the GUI.
class AlertMonitor : public QObject
{
    Q_OBJECT
public:
    AlertMonitor(QString ledgerPath, const Clock &clock, QObject *parent = nullptr);
    ~AlertMonitor() override;

    void setIntervalMs(int intervalMs);
    // "Me": active alerts are those addressed to this email (all when empty).
    void setRecipient(const QString &email);

public slots:
    void start(); // evaluates now, then every interval
    void stop();
    void evaluateNow();

signals:
    void evaluated(const QList<BudgetEvaluation> &evaluations);
    void alertsFired(const QList<BudgetAlert> &alerts); // new ones, for notifications
    void activeAlertsChanged(const QList<BudgetAlert> &active); // for the banner and the tray
    void errorOccurred(const QString &message);

private:
    Ledger *ledger();

    QString m_ledgerPath;
    const Clock &m_clock;
    QString m_recipient;
    QTimer m_timer;
    std::unique_ptr<Ledger> m_ledger;
    QNetworkAccessManager *m_network = nullptr;
    WebhookDispatcher *m_webhooks = nullptr;
};
