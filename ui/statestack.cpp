#include "statestack.h"

#include <QLabel>
#include <QVBoxLayout>

StateStack::StateStack(QWidget *content, QWidget *parent) : QStackedWidget(parent)
{
    m_messagePage = new QWidget(this);
    auto *layout = new QVBoxLayout(m_messagePage);
    m_messageLabel = new QLabel(m_messagePage);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setObjectName(QStringLiteral("stateMessage"));
    QFont font = m_messageLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_messageLabel->setFont(font);
    m_hintLabel = new QLabel(m_messagePage);
    m_hintLabel->setAlignment(Qt::AlignCenter);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addStretch(1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_hintLabel);
    layout->addStretch(2);
    addWidget(m_messagePage);
    addWidget(content);
    showLoading();
}

void StateStack::showLoading()
{
    showMessage(State::Loading, tr("Loading…"), {});
}

void StateStack::showEmpty(const QString &message, const QString &hint)
{
    showMessage(State::Empty, message, hint);
}

void StateStack::showError(const QString &message)
{
    showMessage(State::Error, tr("Could not read the ledger"), message);
}

void StateStack::showContent()
{
    m_state = State::Content;
    setCurrentIndex(1);
}

QString StateStack::message() const
{
    return m_state == State::Content ? QString() : m_messageLabel->text();
}

void StateStack::showMessage(State state, const QString &message, const QString &hint)
{
    m_state = state;
    m_messageLabel->setText(message);
    m_messageLabel->setAccessibleName(message);
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty());
    setCurrentIndex(0);
}
