#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

class QDBusVariant;

enum class ColorScheme { Light, Dark };

// Whether the desktop wants light or dark. Qt 6.4 has no QStyleHints::colorScheme, so this reads
// what the desktop exposes: the platform palette (Windows, macOS, KDE and qt6ct hand Qt a dark
// one), the XDG desktop portal's "color-scheme" (GNOME 42+, KDE 5.24+ and most current Linux
// desktops, also under QT_QPA_PLATFORMTHEME=gtk3, whose 6.4 palette is always light), and GTK's
// own settings (GTK_THEME, settings.ini). It follows the portal's changes while the app runs.
class SystemAppearance : public QObject
{
    Q_OBJECT
public:
    // What the desktop said, gathered in one place so the decision can be tested.
    struct Hints
    {
        QPalette platformPalette;
        // org.freedesktop.appearance color-scheme: 0 no preference, 1 dark, 2 light.
        std::optional<uint> portalColorScheme;
        QString gtkThemeVariable; // GTK_THEME, e.g. "Adwaita:dark"
        QString gtkSettings; // the text of gtk-3.0/settings.ini (or gtk-4.0's)
    };

    // Reads the hints at once (the portal with a short timeout) and watches the portal.
    explicit SystemAppearance(const QPalette &platformPalette, QObject *parent = nullptr);

    ColorScheme colorScheme() const { return m_colorScheme; }

    static Hints readHints(const QPalette &platformPalette);
    static ColorScheme colorSchemeOf(const Hints &hints);
    // Dark when the window background is darker than its text.
    static ColorScheme colorSchemeOf(const QPalette &palette);

signals:
    void colorSchemeChanged(ColorScheme scheme);

private slots:
    // Connected by name: QtDBus has no pointer-to-member connect.
    void onPortalSettingChanged(const QString &group, const QString &key,
                                const QDBusVariant &value);

private:
    void watchPortal();

    Hints m_hints;
    ColorScheme m_colorScheme = ColorScheme::Light;
};
