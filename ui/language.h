#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// The languages Burnrate's interface is translated into, and loading them. The choice is a key
// kept in the user's settings: "system" follows the desktop's language, otherwise a language
// code ("de", "ja"). A language without a translation falls back to English.
namespace Language {

struct Option
{
    QString key; // "system", "en", "de", ...
    QString nativeName; // shown in the selector in its own language: "Deutsch", "日本語"
};

// System first, then English and the translations.
QList<Option> options();
bool isKnownKey(const QString &key);

// The locale the choice stands for: the system's for "system", else the language with the
// system's territory where that fits (German in Switzerland stays de_CH).
QLocale localeFor(const QString &key);

// Installs Burnrate's translation and Qt's own (dialog buttons, say) for the choice on the
// application, and makes its locale the default so numbers and dates follow. Call once, before
// any widget exists; changing language later takes a restart. Returns the language code loaded
// ("en" when English is shown).
QString install(const QString &key);

} // namespace Language
