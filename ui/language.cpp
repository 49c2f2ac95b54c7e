#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

const QString systemKey = QStringLiteral("system");

// Languages with a translation under :/i18n, English being the source language.
const QList<Language::Option> &translatedLanguages()
{
    static const QList<Language::Option> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    return languages;
}

} // namespace

namespace Language {

QList<Option> options()
{
    QList<Option> list {{systemKey, QCoreApplication::translate("Language", "System language")}};
    list += translatedLanguages();
    return list;
}

bool isKnownKey(const QString &key)
{
    return key == systemKey
        || std::any_of(translatedLanguages().cbegin(), translatedLanguages().cend(),
                       [&](const Option &option) { return option.key == key; });
}

QLocale localeFor(const QString &key)
{
    const QLocale system = QLocale::system();
    if (!isKnownKey(key) || key == systemKey)
        return system;
    const QLocale chosen(key);
    if (chosen.language() == system.language())
        return system;
    // The chosen language in the system's territory when that pair exists (fr_CA, es_MX),
    // else the language's own default territory.
    const QLocale inTerritory(chosen.language(), system.territory());
    return inTerritory.language() == chosen.language()
            && inTerritory.territory() == system.territory()
        ? inTerritory
        : chosen;
}

QString install(const QString &key)
{
    const QLocale locale = localeFor(key);
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();
    // QTranslator::load(locale, …) tries every UI language of the locale in order (de_CH, de…).
    auto *burnrate = new QTranslator(app);
    QString loaded = QStringLiteral("en");
    if (burnrate->load(locale, QStringLiteral("burnrate"), QStringLiteral("_"),
                       QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(burnrate);
        loaded = burnrate->language().section(u'_', 0, 0);
    } else {
        delete burnrate;
    }
    if (loaded != QStringLiteral("en")) {
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return loaded;
}

} // namespace Language
