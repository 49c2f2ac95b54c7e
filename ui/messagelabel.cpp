#include "messagelabel.h"

#include "theme.h"

#include <QEvent>

MessageLabel::MessageLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void MessageLabel::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    setText(text);
    updateColour();
}

void MessageLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // The theme changed: the problem colour for the new background. Setting the same colour
    // again changes nothing, so this settles at once.
    if (event->type() == QEvent::PaletteChange)
        updateColour();
}

void MessageLabel::updateColour()
{
    if (m_kind == Kind::Information) {
        if (testAttribute(Qt::WA_SetPalette))
            setPalette(QPalette()); // inherit everything again
        return;
    }
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, Theme::colours(Theme::Tone::Problem, palette).text);
    setPalette(palette);
}
