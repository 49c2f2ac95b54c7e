#include "systemappearance.h"
#include "theme.h"

#include <QApplication>
#include <QtTest>

class tst_SystemAppearance : public QObject
{
    Q_OBJECT
private slots:
    void colorSchemeOfHints_data();
    void colorSchemeOfHints();
    void colorSchemeOfPalette();
};

void tst_SystemAppearance::colorSchemeOfHints_data()
{
    QTest::addColumn<bool>("isPlatformDark");
    QTest::addColumn<int>("portal"); // -1: no portal
    QTest::addColumn<QString>("gtkTheme");
    QTest::addColumn<QString>("gtkSettings");
    QTest::addColumn<ColorScheme>("expected");

    const auto light = ColorScheme::Light;
    const auto dark = ColorScheme::Dark;
    const QString none;
    const QString preferDark = "[Settings]\ngtk-application-prefer-dark-theme=1\n";
    QTest::newRow("nothing said") << false << -1 << none << none << light;
    QTest::newRow("dark platform palette (KDE, macOS, qt6ct)")
        << true << -1 << none << none << dark;
    QTest::newRow("dark platform wins over a light portal") << true << 2 << none << none << dark;
    QTest::newRow("portal prefers dark (GNOME 42+)") << false << 1 << none << none << dark;
    QTest::newRow("portal prefers light") << false << 2 << QString("Adwaita:dark") << none << light;
    QTest::newRow("portal has no preference, GTK_THEME dark")
        << false << 0 << QString("Adwaita:dark") << none << dark;
    QTest::newRow("GTK_THEME named dark") << false << -1 << QString("Yaru-dark") << none << dark;
    QTest::newRow("GTK_THEME light overrides settings")
        << false << -1 << QString("Adwaita") << preferDark << light;
    QTest::newRow("settings prefer dark") << false << -1 << none << preferDark << dark;
    QTest::newRow("settings prefer dark, true")
        << false << -1 << none << QString("[Settings]\ngtk-application-prefer-dark-theme = true\n")
        << dark;
    QTest::newRow("settings dark theme name")
        << false << -1 << none << QString("[Settings]\ngtk-theme-name=Arc-Dark\n") << dark;
    QTest::newRow("settings light theme")
        << false << -1 << none
        << QString("[Settings]\ngtk-theme-name=Adwaita\ngtk-application-prefer-dark-theme=0\n")
        << light;
}

void tst_SystemAppearance::colorSchemeOfHints()
{
    QFETCH(bool, isPlatformDark);
    QFETCH(int, portal);
    QFETCH(QString, gtkTheme);
    QFETCH(QString, gtkSettings);
    QFETCH(ColorScheme, expected);

    SystemAppearance::Hints hints;
    hints.platformPalette = isPlatformDark ? Theme::darkPalette() : Theme::lightPalette();
    if (portal >= 0)
        hints.portalColorScheme = uint(portal);
    hints.gtkThemeVariable = gtkTheme;
    hints.gtkSettings = gtkSettings;
    QCOMPARE(SystemAppearance::colorSchemeOf(hints), expected);
}

void tst_SystemAppearance::colorSchemeOfPalette()
{
    QCOMPARE(SystemAppearance::colorSchemeOf(Theme::lightPalette()), ColorScheme::Light);
    QCOMPARE(SystemAppearance::colorSchemeOf(Theme::darkPalette()), ColorScheme::Dark);
    // A desktop's own dark palette, not ours.
    QPalette kdeBreezeDark(QColor(0x31363b), QColor(0x2a2e32));
    kdeBreezeDark.setColor(QPalette::WindowText, QColor(0xfcfcfc));
    QCOMPARE(SystemAppearance::colorSchemeOf(kdeBreezeDark), ColorScheme::Dark);
}

QTEST_MAIN(tst_SystemAppearance)
#include "tst_systemappearance.moc"
