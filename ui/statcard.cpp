#include "statcard.h"

#include <QLabel>
#include <QVBoxLayout>

StatCard::StatCard(const QString &title, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    m_title = new QLabel(title, this);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_value = new QLabel(this);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_caption = new QLabel(this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    setAccessibleName(title);
}

void StatCard::setValue(const QString &value, const QString &caption, const QString &toolTip)
{
    m_value->setText(value);
    m_caption->setText(caption);
    setToolTip(toolTip);
    setAccessibleDescription(caption.isEmpty() ? value : tr("%1, %2").arg(value, caption));
}

QString StatCard::value() const
{
    return m_value->text();
}

QString StatCard::caption() const
{
    return m_caption->text();
}
