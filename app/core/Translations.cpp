#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace yc {

QString installTranslations(QCoreApplication& app, const QString& localeName)
{
    QLocale locale = localeName.isEmpty() ? QLocale::system() : QLocale(localeName);
    // The POSIX "C" locale (services, minimal systems) reads as English, plural forms included.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);

    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("yichuang"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    return locale.name();
}

} // namespace yc
