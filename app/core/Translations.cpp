#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace yc {

namespace {
// The translators installed last: a second call (the language of the settings, read once the data
// directory is known) replaces them.
QPointer<QTranslator> g_qtTranslator;
QPointer<QTranslator> g_ourTranslator;

void removeInstalled()
{
    for (QPointer<QTranslator>* t : {&g_qtTranslator, &g_ourTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}
} // namespace

QString installTranslations(QCoreApplication& app, const QString& localeName)
{
    removeInstalled();
    QLocale locale = localeName.isEmpty() ? QLocale::system() : QLocale(localeName);
    // The POSIX "C" locale (services, minimal systems) reads as English, plural forms included.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);

    auto* qtTranslator = new QTranslator(&app);
    // Qt's own strings (standard buttons, QCommandLineParser, print dialogs): qtbase_<lang>.qm from
    // Qt's translations folder (Debian: qt6-translations-l10n, a dependency of the package).
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        g_qtTranslator = qtTranslator;
    } else
        delete qtTranslator;

    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("yichuang"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        g_ourTranslator = ours;
    } else
        delete ours;
    return locale.name();
}

} // namespace yc
