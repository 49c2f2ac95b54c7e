#include "uisettings.h"

#include "language.h"

#include <QSettings>

namespace {

const QString meKey = QStringLiteral("identity/me_email");
const QString periodKey = QStringLiteral("view/period");
const QString customFirstKey = QStringLiteral("view/custom_first");
const QString customLastKey = QStringLiteral("view/custom_last");
const QString geometryKey = QStringLiteral("window/geometry");
const QString themeKey = QStringLiteral("view/theme");
const QString languageKey = QStringLiteral("view/language");
const QString refreshKey = QStringLiteral("view/refresh_minutes");
const QString notificationsKey = QStringLiteral("alerts/desktop_notifications");
const QString exportFolderKey = QStringLiteral("export/folder");
const QString currencyKey = QStringLiteral("view/currency");
// One rate per currency code: "view/currency_rates/EUR" = 920000.
const QString currencyRatesGroup = QStringLiteral("view/currency_rates/");

} // namespace

namespace UiSettings {

QString meOverride()
{
    return QSettings().value(meKey).toString();
}

void setMeOverride(const QString &email)
{
    QSettings settings;
    if (email.isEmpty())
        settings.remove(meKey);
    else
        settings.setValue(meKey, email);
}

ReportPeriod period()
{
    return reportPeriodFromKey(QSettings().value(periodKey).toString())
        .value_or(ReportPeriod::ThisMonth);
}

void setPeriod(ReportPeriod period)
{
    QSettings().setValue(periodKey, reportPeriodKey(period));
}

DateSpan customSpan()
{
    const QSettings settings;
    return {QDate::fromString(settings.value(customFirstKey).toString(), Qt::ISODate),
            QDate::fromString(settings.value(customLastKey).toString(), Qt::ISODate)};
}

void setCustomSpan(const DateSpan &span)
{
    QSettings settings;
    settings.setValue(customFirstKey, span.first.toString(Qt::ISODate));
    settings.setValue(customLastKey, span.last.toString(Qt::ISODate));
}

Theme::Choice themeChoice()
{
    return Theme::choiceFromKey(QSettings().value(themeKey).toString())
        .value_or(Theme::Choice::System);
}

void setThemeChoice(Theme::Choice choice)
{
    QSettings().setValue(themeKey, Theme::choiceKey(choice));
}

QString language()
{
    const QString key = QSettings().value(languageKey).toString();
    return Language::isKnownKey(key) ? key : QStringLiteral("system");
}

void setLanguage(const QString &key)
{
    QSettings().setValue(languageKey, key);
}

QString exportFolder()
{
    return QSettings().value(exportFolderKey).toString();
}

void setExportFolder(const QString &folder)
{
    QSettings().setValue(exportFolderKey, folder);
}

int refreshMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(refreshKey, 5).toInt(&ok);
    return ok && minutes >= 0 ? minutes : 5;
}

void setRefreshMinutes(int minutes)
{
    QSettings().setValue(refreshKey, std::max(0, minutes));
}

bool desktopNotifications()
{
    return QSettings().value(notificationsKey, true).toBool();
}

void setDesktopNotifications(bool on)
{
    QSettings().setValue(notificationsKey, on);
}

CurrencyDisplay currency()
{
    const QString code = QSettings().value(currencyKey).toString();
    if (code.isEmpty())
        return {};
    return CurrencyDisplay::make(code, currencyRate(code).value_or(0)).value_or(CurrencyDisplay());
}

void setCurrency(const CurrencyDisplay &currency)
{
    QSettings settings;
    settings.setValue(currencyKey, currency.code());
    if (!currency.isUsd())
        settings.setValue(currencyRatesGroup + currency.code(), currency.microsPerUsd());
}

std::optional<qint64> currencyRate(const QString &code)
{
    if (code == u"USD")
        return 1'000'000;
    bool ok = false;
    const qint64 rate = QSettings().value(currencyRatesGroup + code).toLongLong(&ok);
    if (!ok || !CurrencyDisplay::isValidRate(rate))
        return std::nullopt;
    return rate;
}

QByteArray windowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(geometryKey, geometry);
}

} // namespace UiSettings
