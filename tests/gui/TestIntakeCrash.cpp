// A draft survives the process: the intake screen runs in a child process (intake-draft-child),
// takes an applicant, and is killed with SIGKILL right after the page saved the draft. The next
// start offers the draft (offerDrafts) and reopens it with what was typed.
#define YC_TEST_FONTS
#include <QTimeZone>

#include "IntakeFixtures.h"
#include "TestMain.h"
#include "core/Clock.h"
#include "ui/intake/IntakePage.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QProcess>
#include <QTimer>

class TestIntakeCrash : public QObject
{
    Q_OBJECT

private slots:
    void draftSurvivesSigkill()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("intake-crash"));
        yc::SystemClock clock;
        QVERIFY(yc::test::openIntakeStore(dir, clock.now())); // prepared, then closed
        const QString number = yc::test::person(21).identity.idNumber;

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(YC_TEST_CHILD), {dir, number});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY2(child.waitForReadyRead(60000), child.readAllStandardError().constData());
        const QString draftId = QString::fromLatin1(child.readLine()).trimmed();
        QVERIFY(!draftId.isEmpty());
        child.kill(); // SIGKILL: no destructor, no flush, no clean close of the store
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto store = yc::test::openIntakeStore(dir, clock.now(), false);
        QVERIFY(store);
        yc::AppContext context{.store = store.get(), .clock = &clock, .dataDir = dir};
        yc::ui::IntakePage page(context);
        page.setStaffId(QStringLiteral("c1001"));
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        int offered = -1;
        QTimer::singleShot(0, this, [&offered] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            offered = static_cast<int>(dialog->comboBoxItems().size());
            dialog->accept();
        });
        page.offerDrafts();
        QCOMPARE(offered, 1);
        QCOMPARE(page.draftId(), draftId);
        QCOMPARE(page.currentStep(), int(yc::ui::IntakePage::ItemStep));
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("applicantIdNumber"))->text(), number);
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("applicantName"))->text(), QStringLiteral("测试甲"));
    }
};

YC_TEST_MAIN(TestIntakeCrash)
#include "TestIntakeCrash.moc"
