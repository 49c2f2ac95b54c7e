#pragma once

#include <QStackedWidget>

class QLabel;

// Shows a page's content, or instead a message: loading, empty ("No usage in this period") or
// an error. Keeps pages from ever showing blank widgets.
class StateStack : public QStackedWidget
{
    Q_OBJECT
public:
    enum class State { Loading, Empty, Error, Content };

    explicit StateStack(QWidget *content, QWidget *parent = nullptr);

    void showLoading();
    void showEmpty(const QString &message, const QString &hint = {});
    void showError(const QString &message);
    void showContent();
    State state() const { return m_state; }
    QString message() const;

private:
    void showMessage(State state, const QString &message, const QString &hint);

    QWidget *m_messagePage = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    State m_state = State::Loading;
};
