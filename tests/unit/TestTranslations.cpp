// The interface language: our translation and Qt's own (qtbase_zh_CN.qm from Qt's translations
// folder, Debian package qt6-translations-l10n), and QLocale's default, so dates and numbers follow
// the language; a second call (the language of the settings) replaces the first.
#include "TestMain.h"
#include "core/Translations.h"

#include <QDate>
#include <QLibraryInfo>
#include <QLocale>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chineseThenEnglish()
    {
        auto& app = *QCoreApplication::instance();
        const QString qtString = QStringLiteral("Displays version information.");
        QCOMPARE(yc::installTranslations(app, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        // Qt's own strings (here QCommandLineParser's) come from qtbase_zh_CN.qm.
        const QString translated = QCoreApplication::translate("QCommandLineParser", qPrintable(qtString));
        QVERIFY2(translated != qtString, qPrintable(QStringLiteral("qtbase_zh_CN.qm not loaded from ") +
                                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        // Dates follow the language.
        const QDate day(2026, 11, 30);
        QVERIFY2(QLocale().toString(day, QLocale::LongFormat).contains(QStringLiteral("年")),
                 qPrintable(QLocale().toString(day, QLocale::LongFormat)));
        QCOMPARE(QLocale().toString(1234567.5, 'f', 1), QStringLiteral("1,234,567.5"));

        // The language of the settings, read later, replaces the first choice entirely.
        QCOMPARE(yc::installTranslations(app, QStringLiteral("en")), QStringLiteral("en_US"));
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", qPrintable(qtString)), qtString);
        QVERIFY(QLocale().toString(day, QLocale::LongFormat).contains(QStringLiteral("November")));

        // German numbers, as an example of a locale whose separators differ.
        yc::installTranslations(app, QStringLiteral("de_DE"));
        QCOMPARE(QLocale().toString(1234567.5, 'f', 1), QStringLiteral("1.234.567,5"));
    }
};

YC_TEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
