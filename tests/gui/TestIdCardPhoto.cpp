// The card photo is shown when a WLT decoder library is installed (here the stand-in of
// tests/support/WltStandin.cpp, named by YICHUANG_WLT_LIBRARY in the test's environment).
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

class TestIdCardPhoto : public QObject
{
    Q_OBJECT

private slots:
    void photoShownWhenADecoderIsInstalled()
    {
        yc::test::FakeClock clock;
        yc::devices::DeviceManager devices({QStringLiteral(YC_BIN_DIR "/../plugins/idcard")});
        yc::devices::CardReaderService reader(devices, clock);
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("photo"));
        yc::Settings settings(dir);
        settings.setValue(QStringLiteral("reader/plugin"), QStringLiteral("simulated"));
        auto store =
            yc::storage::Store::open({dir, yc::storage::KeyStoreMode::File, yc::storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        yc::AppContext context{.store = store.value().get(),
                               .clock = &clock,
                               .settings = &settings,
                               .dataDir = dir,
                               .devices = &devices,
                               .cardReader = &reader};
        yc::ui::MainWindow window(context);
        yc::ui::IdCardModule module(window, context);
        module.openConfiguredReader();
        QTRY_COMPARE_WITH_TIMEOUT(reader.status(), yc::devices::CardReaderService::Status::Ready, 10000);
        module.readCard();
        QTRY_VERIFY_WITH_TIMEOUT(module.cardDialog()->isVisible(), 10000);
        auto* photo = module.cardDialog()->findChild<QLabel*>(QStringLiteral("idCardPhoto"));
        QVERIFY(photo);
        QCOMPARE(photo->pixmap().size(), QSize(102, 126));
    }
};

YC_TEST_MAIN(TestIdCardPhoto)
#include "TestIdCardPhoto.moc"
