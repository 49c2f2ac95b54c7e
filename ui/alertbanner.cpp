#include "alertbanner.h"

#include "itemmodels/alertsmodel.h"
#include "snoozemenu.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>

AlertBanner::AlertBanner(QWidget *parent) : QFrame(parent)
{
    setAccessibleName(tr("Budget alert"));
    setAccessibleDescription(tr("The newest budget alert addressed to you"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Alert"));
    QFont font = m_text->font();
    font.setBold(true);
    m_text->setFont(font);
    m_acknowledge = new QPushButton(tr("Ac&knowledge"), this);
    m_acknowledge->setAccessibleName(tr("Acknowledge this alert"));
    m_snooze = new QPushButton(tr("Sn&ooze"), this);
    m_snooze->setAccessibleName(tr("Snooze this alert"));
    m_snoozeMenu = SnoozeMenu::create(this, [this](qint64 forMs) {
        if (m_alert)
            emit snoozeRequested(m_alert->id, forMs);
    });
    m_snooze->setMenu(m_snoozeMenu);
    m_showAlerts = new QPushButton(tr("Show a&lerts"), this);
    m_showAlerts->setAccessibleName(tr("Show all alerts"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_acknowledge);
    layout->addWidget(m_snooze);
    layout->addWidget(m_showAlerts);

    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (m_alert)
            emit acknowledgeRequested(m_alert->id);
    });
    connect(m_showAlerts, &QPushButton::clicked, this, &AlertBanner::showAlertsRequested);
    hide();
}

void AlertBanner::setAlerts(const QList<BudgetAlert> &active, const QString &meEmail)
{
    const BudgetAlert *newest = nullptr;
    int count = 0;
    if (!meEmail.isEmpty()) {
        for (const BudgetAlert &alert : active) {
            if (!alert.isFor(meEmail))
                continue;
            ++count;
            if (!newest || alert.firedMs > newest->firedMs)
                newest = &alert;
        }
    }
    if (!newest) {
        m_alert.reset();
        hide();
        return;
    }
    showAlert(*newest, count - 1);
}

void AlertBanner::showAlert(const BudgetAlert &alert, int otherCount)
{
    m_alert = alert;
    const QString summary = AlertsModel::summaryText(alert);
    m_text->setText(otherCount > 0 ? tr("%1 (and %n more)", nullptr, otherCount).arg(summary)
                                   : summary);
    const bool isExceeded = alert.kind == AlertKind::Threshold && alert.threshold >= 100;
    m_tone = isExceeded ? Theme::Tone::Problem : Theme::Tone::Warning;
    updateColours();
    QFrame::show();
}

void AlertBanner::updateColours()
{
    // Only the label's palette is set: the banner's own keeps following the application's, so
    // a theme switch reaches changeEvent().
    QPalette text = m_text->palette();
    text.setColor(QPalette::WindowText, Theme::colours(m_tone, palette()).onBackground);
    m_text->setPalette(text);
    update();
}

void AlertBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
}

void AlertBanner::paintEvent(QPaintEvent *)
{
    const Theme::ToneColours colours = Theme::colours(m_tone, palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colours.border, 1));
    painter.setBrush(colours.background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}
