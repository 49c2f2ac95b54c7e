#include "theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QLoggingCategory>
#include <QPen>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcAppearance)

namespace {

const QString fusion = u"fusion"_s;

// a blended towards b: for grid lines and frames that sit between background and text.
QColor mixed(const QColor &a, const QColor &b, double towardsB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
}

// Fusion (Qt 6.4) outlines check boxes, radio buttons, text fields and progress bars in the
// window colour made darker, which all but vanishes on a dark window. This draws them as if the
// window were light grey, which gives an outline at 3:1 against the dark window; nothing else of
// Fusion changes.
class DarkFusionStyle final : public QProxyStyle
{
public:
    DarkFusionStyle() : QProxyStyle(QStyleFactory::create(fusion)) { }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        switch (element) {
        case PE_IndicatorCheckBox:
        case PE_IndicatorRadioButton:
            if (drawOutlined<QStyleOptionButton>(element, option, painter, widget))
                return;
            break;
        case PE_FrameLineEdit:
        case PE_PanelLineEdit:
            if (drawOutlined<QStyleOptionFrame>(element, option, painter, widget))
                return;
            break;
        default:
            break;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        if (element == CE_ProgressBarGroove) {
            if (const auto *bar = qstyleoption_cast<const QStyleOptionProgressBar *>(option)) {
                QStyleOptionProgressBar outlined(*bar);
                outlined.palette.setColor(QPalette::Window, outlineSource);
                QProxyStyle::drawControl(element, &outlined, painter, widget);
                return;
            }
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }

private:
    static constexpr QRgb outlineSource = 0xffc4c7cd;

    template<typename Option>
    bool drawOutlined(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                      const QWidget *widget) const
    {
        const auto *typed = qstyleoption_cast<const Option *>(option);
        if (!typed)
            return false;
        Option outlined(*typed);
        outlined.palette.setColor(QPalette::Window, outlineSource);
        QProxyStyle::drawPrimitive(element, &outlined, painter, widget);
        return true;
    }
};

// Checked for contrast in tst_theme against both palettes' base, window and alternate rows.
const Theme::ToneColours lightTones[] = {
    // Ok
    {QColor(0x1e7b34), QColor(0x24833f), QColor(0xffffff), QColor(0xe6f4ea), QColor(0x7cc290),
     QColor(0x14532d)},
    // Warning
    {QColor(0x8a5300), QColor(0xc77c02), QColor(Qt::black), QColor(0xfff3dc), QColor(0xe0a84a),
     QColor(0x5c3a00)},
    // Problem
    {QColor(0xb3261e), QColor(0xc93a3a), QColor(0xffffff), QColor(0xfde7e5), QColor(0xd9716a),
     QColor(0x7a1710)},
};
const Theme::ToneColours darkTones[] = {
    {QColor(0x7ddc9a), QColor(0x3fb760), QColor(Qt::black), QColor(0x1b3324), QColor(0x3f8a55),
     QColor(0xb8f0c8)},
    {QColor(0xf5b94a), QColor(0xe0a030), QColor(Qt::black), QColor(0x3a2e14), QColor(0xa87a2a),
     QColor(0xffd98f)},
    {QColor(0xff8b80), QColor(0xe5534b), QColor(Qt::black), QColor(0x3e1f1d), QColor(0xb24a43),
     QColor(0xffb8b0)},
};

} // namespace

Theme::Theme(Choice choice, ColorScheme systemScheme, QObject *parent)
    : QObject(parent)
    , m_choice(choice)
    , m_systemScheme(systemScheme)
    , m_platformStyle(QApplication::style()->name())
    , m_platformScheme(colorSchemeOf(QApplication::palette()))
{
    m_colorScheme = m_platformScheme;
    apply();
}

Theme::~Theme()
{
    restorePlatformLook();
}

void Theme::setChoice(Choice choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    apply();
}

void Theme::setSystemColorScheme(ColorScheme scheme)
{
    if (scheme == m_systemScheme)
        return;
    m_systemScheme = scheme;
    if (m_choice == Choice::System)
        apply();
}

void Theme::apply()
{
    ColorScheme wanted = m_systemScheme;
    if (m_choice == Choice::Light)
        wanted = ColorScheme::Light;
    else if (m_choice == Choice::Dark)
        wanted = ColorScheme::Dark;

    if (wanted == m_platformScheme) {
        restorePlatformLook();
    } else if (m_look != wanted) {
        // Native styles draw with the platform's colours in places (Windows' title bars, GTK's
        // frames); Fusion draws everything from the palette.
        if (wanted == ColorScheme::Dark)
            QApplication::setStyle(new DarkFusionStyle);
        else
            QApplication::setStyle(fusion);
        QApplication::setPalette(wanted == ColorScheme::Dark ? darkPalette() : lightPalette());
        m_look = wanted;
    }
    if (wanted == m_colorScheme)
        return;
    m_colorScheme = wanted;
    qCDebug(lcAppearance) << "theme" << (wanted == ColorScheme::Dark ? "dark" : "light");
    emit colorSchemeChanged(wanted);
}

void Theme::restorePlatformLook()
{
    if (!m_look)
        return;
    m_look.reset();
    if (!m_platformStyle.isEmpty())
        QApplication::setStyle(m_platformStyle);
    QApplication::setPalette(QPalette()); // nothing set: the style's and platform's palette again
}

QList<Theme::Choice> Theme::allChoices()
{
    return {Choice::System, Choice::Light, Choice::Dark};
}

QString Theme::choiceKey(Choice choice)
{
    switch (choice) {
    case Choice::System:
        return u"system"_s;
    case Choice::Light:
        return u"light"_s;
    case Choice::Dark:
        return u"dark"_s;
    }
    return {};
}

std::optional<Theme::Choice> Theme::choiceFromKey(const QString &key)
{
    for (const Choice choice : allChoices()) {
        if (choiceKey(choice) == key)
            return choice;
    }
    return std::nullopt;
}

ColorScheme Theme::colorSchemeOf(const QPalette &palette)
{
    return SystemAppearance::colorSchemeOf(palette);
}

QPalette Theme::lightPalette()
{
    const std::unique_ptr<QStyle> style(QStyleFactory::create(fusion));
    return style->standardPalette();
}

QPalette Theme::darkPalette()
{
    const QColor window(0x2d2f33);
    const QColor base(0x1e1f22);
    const QColor text(0xe8e8e8);
    const QColor disabledText(0x7d8087);
    const QColor button(0x3a3c40);
    const QColor highlight(0x2f6fce);

    QPalette palette(button, window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26282b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a3d42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9ea2a8));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff6b6b));
    palette.setColor(QPalette::Light, QColor(0x4a4d52));
    palette.setColor(QPalette::Midlight, QColor(0x404347));
    palette.setColor(QPalette::Mid, QColor(0x2a2c2f));
    palette.setColor(QPalette::Dark, QColor(0x1a1b1e));
    palette.setColor(QPalette::Shadow, QColor(0x0c0c0d));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, QColor(0xffffff));
    palette.setColor(QPalette::Link, QColor(0x6cb6ff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc39bff));

    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(0x62656b));
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x323438));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45484d));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    // Not the focused window: selections stay visible, a little quieter.
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x2b5597));
    return palette;
}

void Theme::applyTo(QChart *chart, const QPalette &palette)
{
    const QChart::ChartTheme wanted = colorSchemeOf(palette) == ColorScheme::Dark
        ? QChart::ChartThemeDark
        : QChart::ChartThemeLight;
    if (chart->theme() != wanted)
        chart->setTheme(wanted);
    // On the page's table background rather than Qt Charts' own gradients.
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes())
        applyTo(axis, palette);
}

void Theme::applyTo(QAbstractAxis *axis, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    axis->setLinePenColor(mixed(base, text, 0.45));
    axis->setGridLineColor(mixed(base, text, 0.14));
}

Theme::ToneColours Theme::colours(Tone tone, const QPalette &palette)
{
    const Theme::ToneColours *tones
        = colorSchemeOf(palette) == ColorScheme::Dark ? darkTones : lightTones;
    return tones[int(tone)];
}

Theme::Tone Theme::toneOf(BudgetState state)
{
    switch (state) {
    case BudgetState::Ok:
        return Tone::Ok;
    case BudgetState::Warning:
        return Tone::Warning;
    case BudgetState::Exceeded:
        return Tone::Problem;
    }
    return Tone::Ok;
}
