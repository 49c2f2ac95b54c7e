#pragma once

#include "analytics/dashboardstate.h"

#include <QObject>

class QMainWindow;
class QSystemTrayIcon;
class QueryService;

// The icon in the system tray (where there is one): its tooltip shows my spend this month, its
// menu opens the window or quits.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(QueryService *queries, QMainWindow *window);

    QString toolTip() const { return m_toolTip; }
    bool isAvailable() const { return m_icon != nullptr; }

    void setState(const DashboardState &state);

signals:
    void toolTipChanged(const QString &toolTip);

private:
    void setToolTip(const QString &toolTip);
    void showWindow();

    QueryService *m_queries = nullptr;
    QMainWindow *m_window = nullptr;
    QSystemTrayIcon *m_icon = nullptr;
    quint64 m_ticket = 0;
    QString m_toolTip;
};
