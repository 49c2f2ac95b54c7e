#pragma once

#include "analytics/reportperiod.h"

#include <QByteArray>
#include <QString>

// The user's own preferences, kept with QSettings (never in the ledger, which the app only
// reads). One place for the keys.
namespace UiSettings {

QString meOverride(); // empty: follow the ledger's me_email
void setMeOverride(const QString &email);
ReportPeriod period();
void setPeriod(ReportPeriod period);
QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);

} // namespace UiSettings
