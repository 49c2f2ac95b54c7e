#pragma once

#include "budgets/budgetalert.h"
#include "theme.h"

#include <QFrame>

class QLabel;
class QMenu;
class QPushButton;

// A bar at the top of the window with the newest active alert addressed to "me" ("80 % of the
// budget team:Platform · month used: …"), and buttons to acknowledge it, snooze it or show all
// alerts. Hidden when there is none. It only asks: the window carries the requests out.
class AlertBanner : public QFrame
{
    Q_OBJECT
public:
    explicit AlertBanner(QWidget *parent = nullptr);

    // The active alerts (as AlertMonitor::activeAlertsChanged gives them) and who "me" is; only
    // alerts addressed to me show, none when nobody is me.
    void setAlerts(const QList<BudgetAlert> &active, const QString &meEmail);
    // The alert shown; none when the banner is hidden.
    std::optional<BudgetAlert> shownAlert() const { return m_alert; }

    QLabel *textLabel() const { return m_text; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *snoozeButton() const { return m_snooze; }
    QMenu *snoozeMenu() const { return m_snoozeMenu; }
    QPushButton *showAlertsButton() const { return m_showAlerts; }
    // Amber for a warning, red once a limit is reached.
    Theme::Tone tone() const { return m_tone; }

signals:
    void acknowledgeRequested(qint64 alertId);
    void snoozeRequested(qint64 alertId, qint64 forMs);
    void showAlertsRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showAlert(const BudgetAlert &alert, int otherCount);
    void updateColours();

    std::optional<BudgetAlert> m_alert;
    Theme::Tone m_tone = Theme::Tone::Warning;
    QLabel *m_text = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_snooze = nullptr;
    QMenu *m_snoozeMenu = nullptr;
    QPushButton *m_showAlerts = nullptr;
};
