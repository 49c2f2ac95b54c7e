#pragma once

#include "analytics/dashboardstate.h"

#include <QObject>

class QMainWindow;
class QSystemTrayIcon;
class QueryService;

// The icon in the system tray (where there is one): its tooltip shows my spend this month and the
// state of my budgets (the worst among those on me or my team, which also tints the icon), its
// menu opens the window or quits. New alerts addressed to me show as desktop notifications; where
// there is no tray, the window asks for attention instead (the banner shows the alert).
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    enum class Channel { TrayMessage, WindowAlert };
    Q_ENUM(Channel)

    TrayIcon(QueryService *queries, QMainWindow *window);

    QString toolTip() const { return m_toolTip; }
    bool isAvailable() const { return m_icon != nullptr; }
    // The worst state among my budgets; none without a budget of mine.
    std::optional<BudgetState> budgetState() const;

    void setState(const DashboardState &state);
    void setBudgetEvaluations(const QList<BudgetEvaluation> &evaluations);
    // Tells me about the new alerts addressed to me.
    void notifyAlerts(const QList<BudgetAlert> &alerts);

signals:
    void toolTipChanged(const QString &toolTip);
    void notified(qint64 alertId, TrayIcon::Channel channel);

private:
    void updateBudgetState();
    void updateToolTip();
    void showWindow();

    QueryService *m_queries = nullptr;
    QMainWindow *m_window = nullptr;
    QSystemTrayIcon *m_icon = nullptr;
    quint64 m_ticket = 0;
    DashboardState m_state;
    QList<BudgetEvaluation> m_evaluations;
    std::optional<BudgetEvaluation> m_myWorstBudget;
    QString m_spendText; // "my spend this month $12.35 (estimated)"
    QString m_toolTip;
};
