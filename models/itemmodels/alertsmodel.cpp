#include "alertsmodel.h"

#include "budgetsmodel.h"
#include "core/clock.h"
#include "core/csv.h"
#include "core/money.h"
#include "displayformat.h"
#include "itemroles.h"

#include <QDateTime>
#include <QLocale>

namespace {

QString amount(const BudgetAlert &alert, qint64 value)
{
    return BudgetsModel::amountText(value, alert.inTokens);
}

QString plainAmount(const BudgetAlert &alert, qint64 value)
{
    return alert.inTokens ? QString::number(value) : Money::toDecimalString(value, 6);
}

// When a budget runs out, as the Budgets page says it: "17 Dec 2026".
QString exhaustionDay(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(),
                              QStringLiteral("d MMM yyyy"));
}

QString isoUtc(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString statusKey(AlertsModel::AlertStatus status)
{
    switch (status) {
    case AlertsModel::AlertStatus::Active:
        return QStringLiteral("active");
    case AlertsModel::AlertStatus::Snoozed:
        return QStringLiteral("snoozed");
    case AlertsModel::AlertStatus::Acknowledged:
        return QStringLiteral("acknowledged");
    case AlertsModel::AlertStatus::PeriodOver:
        return QStringLiteral("period_over");
    }
    return {};
}

} // namespace

AlertsModel::AlertsModel(const Clock *clock, QObject *parent)
    : TableModelBase(parent), m_clock(clock)
{
    setHeaders({tr("Fired"), tr("Budget"), tr("Kind"), tr("Threshold"), tr("Message"),
                tr("Recipients"), tr("Status")});
    setNumericColumns({Threshold});
}

void AlertsModel::setAlerts(const QList<BudgetAlert> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

int AlertsModel::rowOf(qint64 alertId) const
{
    for (qsizetype row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts[row].id == alertId)
            return int(row);
    }
    return -1;
}

AlertsModel::AlertStatus AlertsModel::statusOf(const BudgetAlert &alert) const
{
    if (alert.isAcknowledged())
        return AlertStatus::Acknowledged;
    const qint64 nowMs = m_clock->nowMs();
    if (alert.snoozedUntilMs > nowMs)
        return AlertStatus::Snoozed;
    // The period's last day is in the budget's zone; a day's slack keeps every zone's last day in.
    if (alert.periodLast.isValid()
        && alert.periodLast.addDays(1)
            < QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date())
        return AlertStatus::PeriodOver;
    return AlertStatus::Active;
}

QString AlertsModel::summaryText(const BudgetAlert &alert)
{
    switch (alert.kind) {
    case AlertKind::Threshold:
        return tr("%1 % of the budget %2 used: %3 of %4")
            .arg(QString::number(alert.threshold), alert.budgetLabel, amount(alert, alert.spent),
                 amount(alert, alert.limit));
    case AlertKind::ProjectedExhaustion:
        if (alert.exhaustsAtMs) {
            return tr("At this pace the budget %1 runs out on %2: %3 of %4 used so far")
                .arg(alert.budgetLabel, exhaustionDay(*alert.exhaustsAtMs),
                     amount(alert, alert.spent), amount(alert, alert.limit));
        }
        return tr("At this pace the budget %1 runs out before its period ends: %2 of %3 used so "
                  "far")
            .arg(alert.budgetLabel, amount(alert, alert.spent), amount(alert, alert.limit));
    }
    return alert.message;
}

QString AlertsModel::messageText(const BudgetAlert &alert)
{
    switch (alert.kind) {
    case AlertKind::Threshold:
        return tr("%1 % used: %2 of %3")
            .arg(QString::number(alert.threshold), amount(alert, alert.spent),
                 amount(alert, alert.limit));
    case AlertKind::ProjectedExhaustion:
        if (alert.exhaustsAtMs) {
            return tr("Runs out %1: %2 of %3 used")
                .arg(exhaustionDay(*alert.exhaustsAtMs), amount(alert, alert.spent),
                     amount(alert, alert.limit));
        }
        return tr("Runs out before the period ends: %1 of %2 used")
            .arg(amount(alert, alert.spent), amount(alert, alert.limit));
    }
    return alert.message;
}

QString AlertsModel::kindText(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Threshold:
        return tr("Threshold");
    case AlertKind::ProjectedExhaustion:
        return tr("Projected");
    }
    return {};
}

QString AlertsModel::recipientsText(const QList<AlertRecipient> &recipients)
{
    QStringList names;
    for (const AlertRecipient &recipient : recipients)
        names.append(recipient.name.isEmpty() ? recipient.email : recipient.name);
    return names.join(QStringLiteral(", "));
}

QString AlertsModel::statusText(const BudgetAlert &alert) const
{
    switch (statusOf(alert)) {
    case AlertStatus::Active:
        return tr("Active");
    case AlertStatus::Snoozed:
        return tr("Snoozed until %1").arg(DisplayFormat::dateTime(alert.snoozedUntilMs));
    case AlertStatus::Acknowledged:
        return tr("Acknowledged %1").arg(DisplayFormat::dateTime(alert.acknowledgedMs));
    case AlertStatus::PeriodOver:
        return tr("Period over");
    }
    return {};
}

QVariant AlertsModel::cell(int row, int column, int role) const
{
    const BudgetAlert &alert = m_alerts.at(row);
    if (role == ItemRole::Key)
        return alert.id;
    if (role == ItemRole::State)
        return int(statusOf(alert));
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRole::Sort;
    const bool toolTip = role == Qt::ToolTipRole;
    switch (column) {
    case FiredAt:
        if (display)
            return DisplayFormat::dateTime(alert.firedMs);
        if (sort)
            return alert.firedMs;
        break;
    case Budget:
        if (display || sort)
            return alert.budgetLabel;
        if (toolTip) {
            return tr("Period %1 – %2")
                .arg(QLocale().toString(alert.periodFirst, QLocale::ShortFormat),
                     QLocale().toString(alert.periodLast, QLocale::ShortFormat));
        }
        break;
    case Kind:
        if (display || sort)
            return kindText(alert.kind);
        break;
    case Threshold:
        // A projected exhaustion is about the whole limit, not a threshold of it.
        if (display)
            return alert.kind == AlertKind::Threshold ? tr("%1 %").arg(alert.threshold)
                                                      : QStringLiteral("—");
        if (sort)
            return alert.kind == AlertKind::Threshold ? alert.threshold : 0;
        break;
    case Message:
        if (display || sort)
            return messageText(alert);
        if (toolTip)
            return summaryText(alert);
        break;
    case Recipients:
        if (display || sort) {
            // The first one told and how many more, so the message keeps the room; the
            // tooltip and the CSV list everybody.
            if (alert.recipients.size() <= 1)
                return recipientsText(alert.recipients);
            return tr("%1 +%2")
                .arg(recipientsText(alert.recipients.mid(0, 1)))
                .arg(alert.recipients.size() - 1);
        }
        if (toolTip) {
            QStringList lines;
            for (const AlertRecipient &recipient : alert.recipients) {
                QString role;
                switch (recipient.role) {
                case RecipientRole::Owner:
                    role = tr("owner");
                    break;
                case RecipientRole::Manager:
                    role = tr("manager");
                    break;
                case RecipientRole::Admin:
                    role = tr("admin");
                    break;
                }
                lines.append(tr("%1 (%2)").arg(recipient.email, role));
            }
            return lines.join(u'\n');
        }
        break;
    case Status:
        if (display)
            return statusText(alert);
        if (sort)
            return int(statusOf(alert));
        break;
    default:
        break;
    }
    return {};
}

QByteArray AlertsModel::toCsv() const
{
    QString text
        = Csv::joinRecord(
              {QStringLiteral("fired_at"), QStringLiteral("budget_id"), QStringLiteral("budget"),
               QStringLiteral("kind"), QStringLiteral("threshold_percent"), QStringLiteral("spent"),
               QStringLiteral("limit"), QStringLiteral("unit"), QStringLiteral("message"),
               QStringLiteral("recipients"), QStringLiteral("status"),
               QStringLiteral("acknowledged_at"), QStringLiteral("snoozed_until")})
        + u'\n';
    for (const BudgetAlert &alert : m_alerts) {
        QStringList recipients;
        for (const AlertRecipient &recipient : alert.recipients)
            recipients.append(recipient.email + u':' + recipientRoleName(recipient.role));
        text += Csv::joinRecord({isoUtc(alert.firedMs), QString::number(alert.budgetId),
                                 alert.budgetLabel, alertKindName(alert.kind),
                                 QString::number(alert.threshold), plainAmount(alert, alert.spent),
                                 plainAmount(alert, alert.limit),
                                 alert.inTokens ? QStringLiteral("tokens") : QStringLiteral("usd"),
                                 alert.message, recipients.join(u';'), statusKey(statusOf(alert)),
                                 isoUtc(alert.acknowledgedMs), isoUtc(alert.snoozedUntilMs)})
            + u'\n';
    }
    return text.toUtf8();
}
