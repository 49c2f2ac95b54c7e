#include "systemappearance.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAppearance, "burnrate.ui.appearance", QtInfoMsg)

namespace {

const QString portalService = u"org.freedesktop.portal.Desktop"_s;
const QString portalPath = u"/org/freedesktop/portal/desktop"_s;
const QString portalInterface = u"org.freedesktop.portal.Settings"_s;
const QString appearanceGroup = u"org.freedesktop.appearance"_s;
const QString colorSchemeKey = u"color-scheme"_s;
// At start-up only: a desktop without the portal answers at once, a stuck one must not hold
// the window back.
constexpr int portalTimeoutMs = 300;

// Settings.Read wraps the value in one variant more than ReadOne does.
QVariant unwrapped(QVariant value)
{
    while (value.userType() == qMetaTypeId<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    return value;
}

std::optional<uint> readPortalColorScheme()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return std::nullopt;
    QDBusMessage call
        = QDBusMessage::createMethodCall(portalService, portalPath, portalInterface, u"Read"_s);
    call << appearanceGroup << colorSchemeKey;
    const QDBusMessage reply = bus.call(call, QDBus::Block, portalTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        qCDebug(lcAppearance) << "no color-scheme from the desktop portal:" << reply.errorMessage();
        return std::nullopt;
    }
    bool isNumber = false;
    const uint scheme = unwrapped(reply.arguments().constFirst()).toUInt(&isNumber);
    return isNumber ? std::optional<uint>(scheme) : std::nullopt;
}

QString readGtkSettings()
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    for (const QString &name : {u"gtk-4.0/settings.ini"_s, u"gtk-3.0/settings.ini"_s}) {
        QFile file(QDir(config).filePath(name));
        if (file.open(QIODevice::ReadOnly | QIODevice::Text))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

bool isDarkThemeName(QStringView name)
{
    return name.trimmed().endsWith(u"-dark", Qt::CaseInsensitive);
}

// gtk-application-prefer-dark-theme=1 (or true), or a theme whose name says dark.
std::optional<ColorScheme> colorSchemeOfGtkSettings(const QString &settings)
{
    std::optional<ColorScheme> scheme;
    for (const QString &line : settings.split(u'\n')) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0)
            continue;
        const QStringView key = QStringView(line).left(equals).trimmed();
        const QStringView value = QStringView(line).mid(equals + 1).trimmed();
        if (key == u"gtk-application-prefer-dark-theme") {
            if (value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0)
                return ColorScheme::Dark;
        } else if (key == u"gtk-theme-name") {
            scheme = isDarkThemeName(value) ? ColorScheme::Dark : ColorScheme::Light;
        }
    }
    return scheme;
}

} // namespace

SystemAppearance::SystemAppearance(const QPalette &platformPalette, QObject *parent)
    : QObject(parent), m_hints(readHints(platformPalette)), m_colorScheme(colorSchemeOf(m_hints))
{
    qCDebug(lcAppearance) << "the desktop is"
                          << (m_colorScheme == ColorScheme::Dark ? "dark" : "light");
    watchPortal();
}

SystemAppearance::Hints SystemAppearance::readHints(const QPalette &platformPalette)
{
    Hints hints;
    hints.platformPalette = platformPalette;
    hints.portalColorScheme = readPortalColorScheme();
    hints.gtkThemeVariable = qEnvironmentVariable("GTK_THEME");
    hints.gtkSettings = readGtkSettings();
    return hints;
}

ColorScheme SystemAppearance::colorSchemeOf(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
            < palette.color(QPalette::WindowText).lightness()
        ? ColorScheme::Dark
        : ColorScheme::Light;
}

ColorScheme SystemAppearance::colorSchemeOf(const Hints &hints)
{
    // A platform that hands Qt a dark palette is dark, whatever else it says.
    if (colorSchemeOf(hints.platformPalette) == ColorScheme::Dark)
        return ColorScheme::Dark;
    if (hints.portalColorScheme == 1u)
        return ColorScheme::Dark;
    if (hints.portalColorScheme == 2u)
        return ColorScheme::Light;
    // GTK_THEME overrides GTK's settings ("Adwaita:dark", "Yaru-dark").
    if (!hints.gtkThemeVariable.isEmpty()) {
        const QStringList parts = hints.gtkThemeVariable.split(u':');
        const bool isDark = isDarkThemeName(parts.constFirst())
            || (parts.size() > 1
                && parts.at(1).trimmed().compare(u"dark", Qt::CaseInsensitive) == 0);
        return isDark ? ColorScheme::Dark : ColorScheme::Light;
    }
    return colorSchemeOfGtkSettings(hints.gtkSettings).value_or(ColorScheme::Light);
}

void SystemAppearance::watchPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(portalService, portalPath, portalInterface, u"SettingChanged"_s, this,
                SLOT(onPortalSettingChanged(QString, QString, QDBusVariant)));
}

void SystemAppearance::onPortalSettingChanged(const QString &group, const QString &key,
                                              const QDBusVariant &value)
{
    if (group != appearanceGroup || key != colorSchemeKey)
        return;
    bool isNumber = false;
    const uint scheme = unwrapped(value.variant()).toUInt(&isNumber);
    if (!isNumber)
        return;
    m_hints.portalColorScheme = scheme;
    const ColorScheme now = colorSchemeOf(m_hints);
    if (now == m_colorScheme)
        return;
    m_colorScheme = now;
    qCDebug(lcAppearance) << "the desktop turned" << (now == ColorScheme::Dark ? "dark" : "light");
    emit colorSchemeChanged(now);
}
