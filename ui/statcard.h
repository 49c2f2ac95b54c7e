#pragma once

#include <QFrame>

class QLabel;

// A headline figure: a title, a large value and a caption (what kind of figure it is).
class StatCard : public QFrame
{
    Q_OBJECT
public:
    explicit StatCard(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &caption = {}, const QString &toolTip = {});
    QString value() const;
    QString caption() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_caption = nullptr;
};
