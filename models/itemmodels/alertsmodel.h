#pragma once

#include "budgets/budgetalert.h"
#include "tablemodelbase.h"

class Clock;

// The alert history, newest first as the store gives it: when it fired, the budget, the kind,
// the threshold, what it says, who was told and where it stands (active, acknowledged, snoozed
// until, or its period over). ItemRole::Key is the alert's id, ItemRole::State its Status.
class AlertsModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { FiredAt, Budget, Kind, Threshold, Message, Recipients, Status, ColumnCount };
    enum class AlertStatus { Active, Snoozed, Acknowledged, PeriodOver };

    explicit AlertsModel(const Clock *clock, QObject *parent = nullptr);
    void setAlerts(const QList<BudgetAlert> &alerts);
    const QList<BudgetAlert> &alerts() const { return m_alerts; }
    // The row of the alert; -1 when it is not listed.
    int rowOf(qint64 alertId) const;
    AlertStatus statusOf(const BudgetAlert &alert) const;

    // What the alert says, for the table, the banner and notifications:
    // "80 % of the budget team:Platform · month used: $800.00 of $1,000.00".
    static QString summaryText(const BudgetAlert &alert);
    // The same without the budget, for the table's Message column beside its Budget column:
    // "80 % used: $800.00 of $1,000.00", "Runs out 17 Dec 2026: $16.32 of $350.00 used".
    static QString messageText(const BudgetAlert &alert);
    static QString kindText(AlertKind kind); // "Threshold", "Projected"
    static QString recipientsText(const QList<AlertRecipient> &recipients);

    // RFC 4180 CSV with plain figures, for spreadsheets: fired_at (UTC, ISO 8601), budget_id,
    // budget, kind, threshold_percent, spent, limit, unit (usd or tokens), message, recipients
    // (email:role, ';'-separated), status, acknowledged_at, snoozed_until.
    QByteArray toCsv() const;

protected:
    int rows() const override { return int(m_alerts.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QString statusText(const BudgetAlert &alert) const;

    const Clock *m_clock = nullptr;
    QList<BudgetAlert> m_alerts;
};
