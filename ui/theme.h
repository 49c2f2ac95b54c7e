#pragma once

#include "budgets/budgetevaluator.h"
#include "systemappearance.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPalette>

#include <optional>

class QAbstractAxis;
class QChart;

// Light or dark: the user's choice (or the desktop's, for "system"), the application style and
// palette that carry it, and the colours everything else takes from a palette: charts, states
// (ok, warning, problem), banners. Widgets never hold colours of their own; they ask Theme with
// their palette, so they follow a switch made while the app runs.
//
// Where the platform's own look already has the wanted scheme it is kept (native style, the
// desktop's palette); otherwise the app switches to Fusion with Burnrate's light or dark palette.
class Theme : public QObject
{
    Q_OBJECT
public:
    enum class Choice { System, Light, Dark };
    Q_ENUM(Choice)
    enum class Tone { Ok, Warning, Problem };
    Q_ENUM(Tone)

    // One state's colours on one palette; each pair that is read together has at least WCAG AA
    // contrast (4.5:1 for text, 3:1 for a fill against the table).
    struct ToneColours
    {
        QColor text; // state words on the window or a table
        QColor fill; // bars, dots
        QColor onFill; // text drawn over the fill
        QColor background; // a banner
        QColor border;
        QColor onBackground; // a banner's text
    };

    // Applies the choice at once. systemScheme is what the desktop wants (SystemAppearance).
    Theme(Choice choice, ColorScheme systemScheme, QObject *parent = nullptr);
    // Gives the application its own style and palette back.
    ~Theme() override;

    Choice choice() const { return m_choice; }
    void setChoice(Choice choice);
    void setSystemColorScheme(ColorScheme scheme);
    ColorScheme colorScheme() const { return m_colorScheme; } // the one in effect

    static QList<Choice> allChoices();
    static QString choiceKey(Choice choice); // "system", "light", "dark"
    static std::optional<Choice> choiceFromKey(const QString &key);

    static QPalette lightPalette();
    static QPalette darkPalette();
    static ColorScheme colorSchemeOf(const QPalette &palette);

    // Every chart takes its theme from here: Qt Charts' light or dark theme after the palette,
    // on the palette's table background. setTheme() resets series colours: set them after.
    static void applyTo(QChart *chart, const QPalette &palette);
    static void applyTo(QAbstractAxis *axis, const QPalette &palette);
    static ToneColours colours(Tone tone, const QPalette &palette);
    // A budget's state as a tone: ok, warning, exceeded as a problem.
    static Tone toneOf(BudgetState state);

signals:
    void colorSchemeChanged(ColorScheme scheme);

private:
    void apply();
    void restorePlatformLook();

    Choice m_choice = Choice::System;
    ColorScheme m_systemScheme = ColorScheme::Light;
    ColorScheme m_colorScheme = ColorScheme::Light;
    QString m_platformStyle; // the style the application started with
    ColorScheme m_platformScheme = ColorScheme::Light; // of the palette it started with
    std::optional<ColorScheme> m_look; // Burnrate's own look, while the platform's is not it
};
