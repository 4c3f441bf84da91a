// Tools → Settings…: every tab of this PC's settings in one dialog; OK with a wrong field keeps the
// dialog open, names what is wrong and saves nothing; the scanner's test button; once all is valid
// everything is written to yichuang.ini.
#include "FakeClock.h"
#include "TestMain.h"
#include "core/Settings.h"
#include "devices/CardReaderService.h"
#include "devices/DeviceManager.h"
#include "storage/Store.h"
#include "ui/MainWindow.h"
#include "ui/identity/IdCardModule.h"
#include "ui/print/PrinterMemory.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void validatedAndSaved()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("settings-ui"));
        auto store =
            yc::storage::Store::open({dir, yc::storage::KeyStoreMode::File, yc::storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        yc::test::FakeClock clock;
        yc::Settings settings(dir);
        yc::devices::DeviceManager devices({QStringLiteral(YC_BIN_DIR "/../plugins/idcard")},
                                           {QStringLiteral(YC_BIN_DIR "/../plugins/scanner")});
        yc::devices::CardReaderService reader(devices, clock);
        yc::AppContext context{.store = store.value().get(),
                               .clock = &clock,
                               .settings = &settings,
                               .dataDir = dir,
                               .devices = &devices,
                               .cardReader = &reader};
        // The printer remembered by the print module is the one the dialog shows and keeps, also
        // when this PC does not offer it now.
        yc::ui::PrinterMemory(&settings).remember(QStringLiteral("Hall printer 2F"));
        yc::ui::MainWindow window(context);
        yc::ui::IdCardModule module(window, context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
        auto* dialog = window.findChild<yc::ui::SettingsDialog*>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        QCOMPARE(tabs->count(), 5); // reader, platform, scanner and printer, hall and window, general
        auto find = [dialog](const char* name) {
            return dialog->findChild<QWidget*>(QLatin1String(name));
        };
        auto* url = qobject_cast<QLineEdit*>(find("platformUrlEdit"));
        auto* pin = qobject_cast<QLineEdit*>(find("pinEdit"));
        auto* ca = qobject_cast<QLineEdit*>(find("caBundleEdit"));
        auto* scanner = qobject_cast<QComboBox*>(find("scannerPluginCombo"));
        auto* testScanner = qobject_cast<QPushButton*>(find("testScannerButton"));
        auto* scannerResult = qobject_cast<QLabel*>(find("testScannerResult"));
        auto* printer = qobject_cast<QComboBox*>(find("printerCombo"));
        auto* level = qobject_cast<QComboBox*>(find("hallLevelCombo"));
        auto* area = qobject_cast<QLineEdit*>(find("areaCodeEdit"));
        auto* areaName = qobject_cast<QLabel*>(find("areaNameLabel"));
        auto* windowCode = qobject_cast<QLineEdit*>(find("windowCodeEdit"));
        auto* language = qobject_cast<QComboBox*>(find("languageCombo"));
        auto* idle = qobject_cast<QSpinBox*>(find("idleLockSpin"));
        auto* dataDir = qobject_cast<QLineEdit*>(find("dataDirEdit"));
        QVERIFY(url && pin && ca && scanner && testScanner && scannerResult && printer && level && area && areaName &&
                windowCode && language && idle && dataDir);
        QCOMPARE(printer->currentText(), QStringLiteral("Hall printer 2F"));
        QCOMPARE(idle->value(), 10); // the default
        QCOMPARE(idle->text(), QStringLiteral("10 min"));
        QVERIFY(!testScanner->isEnabled()); // no scanner chosen

        // The scanner's test button, with the simulated back-end.
        scanner->setCurrentIndex(scanner->findData(QStringLiteral("simulated")));
        QVERIFY(scanner->currentIndex() > 0);
        QVERIFY(testScanner->isEnabled());
        QTest::mouseClick(testScanner, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(scannerResult->text().contains(QStringLiteral("answers")),
                                  qPrintable(scannerResult->text()), 10000);

        // Wrong fields: the dialog stays, says what is wrong, shows the platform tab, saves nothing.
        url->setText(QStringLiteral("htp:/ platform"));
        pin->setText(QStringLiteral("abc"));
        ca->setText(QDir(dir).filePath(QStringLiteral("no-such-ca.pem")));
        level->setCurrentIndex(level->findData(QStringLiteral("district")));
        area->setText(QStringLiteral("210202"));
        QVERIFY2(areaName->text().contains(QStringLiteral("大连")), qPrintable(areaName->text()));
        windowCode->setText(QStringLiteral("A-07"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        idle->setValue(0);
        QCOMPARE(idle->text(), QStringLiteral("Never"));
        tabs->setCurrentIndex(tabs->count() - 1);
        auto* ok =
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok);
        ok->click();
        QVERIFY(dialog->isVisible());
        const QString problems = dialog->problemText();
        QVERIFY2(problems.contains(QStringLiteral("Nothing was saved")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("platform address")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("key pin")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("no-such-ca.pem")), qPrintable(problems));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("platformSettingsPage"));
        QVERIFY(!settings.contains(QStringLiteral("platform/url")));
        QVERIFY(!settings.contains(QStringLiteral("session/idle_lock_minutes")));
        QVERIFY(!settings.contains(QStringLiteral("scanner/plugin")));

        // One left: still nothing saved.
        url->setText(QStringLiteral("https://platform.example.gov.cn/api"));
        ca->clear();
        ok->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->problemText().contains(QStringLiteral("platform address")));
        QVERIFY(dialog->problemText().contains(QStringLiteral("key pin")));
        QVERIFY(!settings.contains(QStringLiteral("platform/url")));

        // All valid: saved, closed.
        pin->setText(QString(QStringLiteral("ab").repeated(32)));
        ok->click();
        QTRY_VERIFY(!dialog->isVisible());
        yc::Settings reread(dir);
        QCOMPARE(reread.value(QStringLiteral("platform/url")).toString(),
                 QStringLiteral("https://platform.example.gov.cn/api"));
        QCOMPARE(reread.value(QStringLiteral("platform/pin_sha256")).toString(),
                 QString(QStringLiteral("ab").repeated(32)));
        QCOMPARE(reread.value(QStringLiteral("scanner/plugin")).toString(), QStringLiteral("simulated"));
        QCOMPARE(reread.value(QStringLiteral("hall/level")).toString(), QStringLiteral("district"));
        QCOMPARE(reread.value(QStringLiteral("hall/areaCode")).toString(), QStringLiteral("210202"));
        QCOMPARE(reread.value(QStringLiteral("hall/windowCode")).toString(), QStringLiteral("A-07"));
        QCOMPARE(reread.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(reread.value(QStringLiteral("session/idle_lock_minutes")).toInt(), 0);
        QVERIFY(!reread.contains(QStringLiteral("platform/ca_bundle")));
        QCOMPARE(yc::ui::PrinterMemory(&reread).remembered(), QStringLiteral("Hall printer 2F"));
    }
};

YC_TEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
