#include "trayicon.h"

#include "analytics/queryservice.h"
#include "appicon.h"
#include "itemmodels/displayformat.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QSystemTrayIcon>

TrayIcon::TrayIcon(QueryService *queries, QMainWindow *window)
    : QObject(window), m_queries(queries), m_window(window)
{
    m_toolTip = tr("Burnrate");
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(burnrateIcon(), this);
        auto *menu = new QMenu(window);
        menu->addAction(tr("&Open Burnrate"), this, &TrayIcon::showWindow);
        menu->addSeparator();
        menu->addAction(tr("&Quit"), qApp, &QCoreApplication::quit);
        m_icon->setContextMenu(menu);
        m_icon->setToolTip(m_toolTip);
        connect(m_icon, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        showWindow();
                });
        m_icon->show();
    }
    connect(m_queries, &QueryService::reportReady, this,
            [this](quint64 ticket, const Report &report) {
                if (ticket != m_ticket)
                    return;
                setToolTip(tr("Burnrate: my spend this month %1 (%2)")
                               .arg(DisplayFormat::cost(report.totals),
                                    DisplayFormat::costKind(report.totals.costKind())));
            });
}

void TrayIcon::setState(const DashboardState &state)
{
    if (state.meEmail.isEmpty()) {
        m_ticket = 0;
        setToolTip(tr("Burnrate"));
        return;
    }
    // Always this month, whatever period the window shows.
    const DateSpan month = reportPeriodDays(ReportPeriod::ThisMonth, state.today);
    ReportRequest request;
    request.since = month.first;
    request.until = month.last;
    request.personEmail = state.meEmail;
    m_ticket = m_queries->requestReport(request);
}

void TrayIcon::setToolTip(const QString &toolTip)
{
    m_toolTip = toolTip;
    if (m_icon)
        m_icon->setToolTip(toolTip);
    emit toolTipChanged(toolTip);
}

void TrayIcon::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}
