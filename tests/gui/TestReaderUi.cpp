// The ID card reader in the clerk's window: status bar indicator, Case → Read ID card (F2) with the
// simulated reader, the card dialog, and Tools → Settings… with the reader page and its test button.
#include "FakeClock.h"
#include "TestMain.h"
#include "core/Settings.h"
#include "devices/CardReaderService.h"
#include "devices/DeviceManager.h"
#include "storage/Store.h"
#include "ui/MainWindow.h"
#include "ui/identity/IdCardModule.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

class TestReaderUi : public QObject
{
    Q_OBJECT

private slots:
    void readerInTheMainWindow()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("ui"));
        auto store =
            yc::storage::Store::open({dir, yc::storage::KeyStoreMode::File, yc::storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        yc::test::FakeClock clock;
        yc::Settings settings(dir);
        yc::devices::DeviceManager devices({QStringLiteral(YC_BIN_DIR "/../plugins/idcard")});
        yc::devices::CardReaderService reader(devices, clock);
        yc::AppContext context{.store = store.value().get(),
                               .clock = &clock,
                               .settings = &settings,
                               .dataDir = dir,
                               .devices = &devices,
                               .cardReader = &reader};
        yc::ui::MainWindow window(context);
        yc::ui::IdCardModule module(window, context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* status = window.findChild<QLabel*>(QStringLiteral("readerStatusLabel"));
        QVERIFY(status);
        module.openConfiguredReader(); // nothing configured yet
        QVERIFY2(status->text().contains(QStringLiteral("no reader")), qPrintable(status->text()));

        auto* read = window.findChild<QAction*>(QStringLiteral("actionReadIdCard"));
        QVERIFY(read);
        QCOMPARE(read->shortcut(), QKeySequence(Qt::Key_F2));

        // Tools → Settings…: choose the simulated reader, test it, keep it.
        auto* settingsAction = window.findChild<QAction*>(QStringLiteral("actionSettings"));
        QVERIFY(settingsAction);
        settingsAction->trigger();
        auto* dialog = window.findChild<yc::ui::SettingsDialog*>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* plugin = dialog->findChild<QComboBox*>(QStringLiteral("readerPluginCombo"));
        auto* port = dialog->findChild<QComboBox*>(QStringLiteral("readerPortCombo"));
        auto* baud = dialog->findChild<QComboBox*>(QStringLiteral("readerBaudCombo"));
        auto* test = dialog->findChild<QPushButton*>(QStringLiteral("testReaderButton"));
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("testReaderResult"));
        QVERIFY(plugin && port && baud && test && result);
        QVERIFY(plugin->findData(QStringLiteral("samserial")) >= 0);
        QVERIFY(plugin->findData(QStringLiteral("termb")) >= 0);
        QCOMPARE(baud->currentText(), QStringLiteral("115200"));
        plugin->setCurrentIndex(plugin->findData(QStringLiteral("samserial")));
        QVERIFY(baud->isEnabled());
        port->setCurrentText(QStringLiteral("/dev/nonexistent-reader"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(QStringLiteral("/dev/nonexistent-reader")),
                                  qPrintable(result->text()), 10000);
        plugin->setCurrentIndex(plugin->findData(QStringLiteral("simulated")));
        port->setCurrentText(QString());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(QStringLiteral("answers")), qPrintable(result->text()),
                                  10000);
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(settings.value(QStringLiteral("reader/plugin")).toString(), QStringLiteral("simulated"));
        QCOMPARE(settings.value(QStringLiteral("reader/baud")).toInt(), 115200);

        // The configured reader is opened; the status bar follows it.
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("ready")), qPrintable(status->text()), 10000);

        // Read ID card (F2, checked above) reads a card and shows it.
        read->trigger();
        auto* cardDialog = module.cardDialog();
        QVERIFY(cardDialog);
        QTRY_VERIFY_WITH_TIMEOUT(cardDialog->isVisible(), 10000);
        auto* name = cardDialog->findChild<QLabel*>(QStringLiteral("idCardName"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("测试甲"));
        auto* photo = cardDialog->findChild<QLabel*>(QStringLiteral("idCardPhoto"));
        QVERIFY(photo);
        QVERIFY(!photo->text().isEmpty()); // no decoder library here: a placeholder
        QVERIFY(status->text().contains(QStringLiteral("ready")));
        QVERIFY(photo->pixmap().isNull());
        cardDialog->close();
        QVERIFY(!cardDialog->findChild<QLabel*>(QStringLiteral("idCardName"))); // cleared when closed
    }
};

YC_TEST_MAIN(TestReaderUi)
#include "TestReaderUi.moc"
