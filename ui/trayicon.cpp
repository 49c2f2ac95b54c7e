#include "trayicon.h"

#include "analytics/queryservice.h"
#include "appicon.h"
#include "itemmodels/alertsmodel.h"
#include "itemmodels/budgetsmodel.h"
#include "itemmodels/displayformat.h"
#include "theme.h"
#include "uisettings.h"

#include <QApplication>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace {

// Burnrate's icon with a dot in the state's colour in its lower right corner, drawn at every
// pixel size the icon ships so a panel at any scale gets a sharp one.
QIcon badgedIcon(BudgetState state)
{
    const QIcon plain = burnrateIcon();
    if (state == BudgetState::Ok)
        return plain;
    // The tray is the desktop's, light or dark whatever the window's theme: the light theme's
    // saturated fill with a white ring reads on both.
    const QColor colour = Theme::colours(Theme::toneOf(state), Theme::lightPalette()).fill;
    QIcon badged;
    for (const int size : burnrateIconSizes()) {
        QPixmap pixmap = plain.pixmap(QSize(size, size), 1.0);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal ring = std::max(1.0, size / 16.0);
        const qreal dot = size * 0.45;
        const QRectF circle(size - dot, size - dot, dot, dot);
        painter.setPen(QPen(Qt::white, ring));
        painter.setBrush(colour);
        painter.drawEllipse(circle.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2));
        painter.end();
        badged.addPixmap(pixmap);
    }
    return badged;
}

} // namespace

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
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindow);
        m_icon->show();
    }
    connect(m_queries, &QueryService::reportReady, this,
            [this](quint64 ticket, const Report &report) {
                if (ticket != m_ticket)
                    return;
                m_spendText = tr("my spend this month %1 (%2)")
                                  .arg(DisplayFormat::cost(report.totals),
                                       DisplayFormat::costKind(report.totals.costKind()));
                updateToolTip();
            });
}

std::optional<BudgetState> TrayIcon::budgetState() const
{
    if (!m_myWorstBudget)
        return std::nullopt;
    return m_myWorstBudget->state;
}

void TrayIcon::setState(const DashboardState &state)
{
    m_state = state;
    updateBudgetState();
    if (state.meEmail.isEmpty()) {
        m_ticket = 0;
        m_spendText.clear();
        updateToolTip();
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

void TrayIcon::setBudgetEvaluations(const QList<BudgetEvaluation> &evaluations)
{
    m_evaluations = evaluations;
    updateBudgetState();
}

void TrayIcon::updateBudgetState()
{
    m_myWorstBudget = m_state.isValid ? myWorstBudget(m_state, m_evaluations) : std::nullopt;
    if (m_icon)
        m_icon->setIcon(badgedIcon(m_myWorstBudget ? m_myWorstBudget->state : BudgetState::Ok));
    updateToolTip();
}

void TrayIcon::updateToolTip()
{
    QStringList lines;
    lines.append(m_spendText.isEmpty() ? tr("Burnrate") : tr("Burnrate: %1").arg(m_spendText));
    if (m_myWorstBudget) {
        const BudgetEvaluation &budget = *m_myWorstBudget;
        lines.append(tr("My budgets: %1 (%2, %3 % used)")
                         .arg(BudgetsModel::stateText(budget.state), budget.budget.scopeLabel(),
                              QLocale().toString(budget.percent(), 'f', 0)));
    }
    const QString toolTip = lines.join(u'\n');
    if (toolTip == m_toolTip)
        return;
    m_toolTip = toolTip;
    if (m_icon)
        m_icon->setToolTip(toolTip);
    emit toolTipChanged(toolTip);
}

void TrayIcon::notifyAlerts(const QList<BudgetAlert> &alerts)
{
    if (m_state.meEmail.isEmpty())
        return;
    bool askedForAttention = false;
    for (const BudgetAlert &alert : alerts) {
        if (!alert.isFor(m_state.meEmail))
            continue;
        if (!UiSettings::desktopNotifications()) {
            // Turned off in Settings: the banner and the Alerts page still show it.
            continue;
        }
        if (m_icon && QSystemTrayIcon::supportsMessages()) {
            const bool isExceeded = alert.kind == AlertKind::Threshold && alert.threshold >= 100;
            m_icon->showMessage(tr("Budget alert"), AlertsModel::summaryText(alert),
                                isExceeded ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
            emit notified(alert.id, Channel::TrayMessage);
        } else {
            // No tray to speak from: the banner shows the alert; the window asks for attention
            // once (a flashing task bar entry, where the platform has one).
            if (!askedForAttention)
                QApplication::alert(m_window);
            askedForAttention = true;
            emit notified(alert.id, Channel::WindowAlert);
        }
    }
}

void TrayIcon::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}
