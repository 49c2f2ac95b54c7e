#pragma once

#include <QLabel>

// The outcome of an action beside a page's buttons or in a dialog ("Saved.", what went wrong):
// plain, selectable text, a problem in the theme's problem colour, also after the theme changes.
class MessageLabel : public QLabel
{
    Q_OBJECT
public:
    enum class Kind { Information, Problem };

    explicit MessageLabel(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Information);
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColour();

    Kind m_kind = Kind::Information;
};
