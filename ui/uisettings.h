#pragma once

#include "analytics/reportperiod.h"
#include "core/currencydisplay.h"
#include "theme.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The user's own preferences, kept with QSettings (never in the ledger, which the app only
// reads). One place for the keys.
namespace UiSettings {

QString meOverride(); // empty: follow the ledger's me_email
void setMeOverride(const QString &email);
ReportPeriod period();
void setPeriod(ReportPeriod period);
DateSpan customSpan(); // the days of the Custom period, invalid until chosen
void setCustomSpan(const DateSpan &span);
Theme::Choice themeChoice(); // System unless chosen in Settings
void setThemeChoice(Theme::Choice choice);
// A Language key: "system" unless chosen in Settings. Takes effect at the next start.
QString language();
void setLanguage(const QString &key);
// The folder of the last export (CSV, PNG, PDF); empty before the first.
QString exportFolder();
void setExportFolder(const QString &folder);
// How often the dashboard reads the ledger again on its own, in minutes (0: only when this
// computer's sources write or on F5). Another computer or burnrate-cli may write the ledger.
int refreshMinutes(); // 5 unless chosen
void setRefreshMinutes(int minutes);
// Whether budget alerts about me show a desktop notification (the banner shows them anyway).
bool desktopNotifications(); // on unless turned off
void setDesktopNotifications(bool on);
// The currency amounts are shown in and its rate (Settings › Currency); US dollars unless
// chosen, and US dollars again if what is stored is not a valid choice.
CurrencyDisplay currency();
// Stores the choice, and its rate as the one remembered for its code.
void setCurrency(const CurrencyDisplay &currency);
// The rate last given for a currency (micro-units per US dollar), so switching back and forth
// does not ask for it again; nothing when none was given.
std::optional<qint64> currencyRate(const QString &code);
QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);

} // namespace UiSettings
