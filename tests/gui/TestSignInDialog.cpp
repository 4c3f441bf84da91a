// The sign-in dialog driven as a clerk does, by object name and keyboard, against the reference
// platform: an online sign-in, a wrong password (shown, nothing kept), and an offline sign-in while
// the platform is down, also after the allowed offline days (clock moved).
#include "FakeClock.h"
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "storage/Database.h"
#include "sync/StaffCredentials.h"
#include "ui/AppContext.h"
#include "ui/sync/SignInDialog.h"

#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>

using namespace yc;
using namespace yc::test;

namespace {

QString fresh(const QString& name)
{
    return TestEnvironment::current()->freshDir(name);
}

qint64 count(storage::Database& db, const QString& sql)
{
    return db.count(sql).valueOr(-1);
}

// Every file of the data directory (database, WAL, key file...) as bytes, to look for a typed secret.
bool anyFileContains(const QString& dir, const QByteArray& needle)
{
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

// Types into the dialog as a clerk would and presses Enter; returns once the dialog has answered
// (closed, or showing an answer with its buttons enabled again). Callers stop when it failed.
void signInWithKeyboard(ui::SignInDialog& dialog, const QString& staffId, const QString& password)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* id = dialog.findChild<QLineEdit*>(QStringLiteral("signInStaffId"));
    auto* pw = dialog.findChild<QLineEdit*>(QStringLiteral("signInPassword"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("signInMessage"));
    QVERIFY(id && pw && message);
    QCOMPARE(pw->echoMode(), QLineEdit::Password);
    id->setFocus();
    QTest::keyClicks(id, staffId);
    QTest::keyClick(id, Qt::Key_Tab);
    QVERIFY(pw->hasFocus());
    QTest::keyClicks(pw, password);
    QTest::keyClick(pw, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible() || (!message->text().isEmpty() && dialog.findChild<QPushButton*>() &&
                                                     dialog.findChild<QPushButton*>()->isEnabled()),
                             60000);
}

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void onlineThenWrongPasswordThenOffline()
    {
        SyncSetup setup(QStringLiteral("signin"));
        YC_VERIFY_OK(setup.start({.staff = {}}));
        auto& [platform, client] = setup;
        FakeClock clock(QDateTime::currentDateTimeUtc()); // the platform's tokens are checked against real time
        AppContext context{
            .store = client.store.get(), .clock = &clock, .settings = client.settings.get(), .dataDir = client.dataDir};
        storage::Database& db = client.store->database();

        // A wrong password: the platform's refusal is shown, the dialog stays open, nothing is kept
        // for the account and the typed password is nowhere in the data directory.
        {
            ui::SignInDialog dialog(context);
            signInWithKeyboard(dialog, QStringLiteral("c1001"), QStringLiteral("not-the-password-7"));
            if (QTest::currentTestFailed())
                return;
            QVERIFY(dialog.isVisible());
            const QString shown = dialog.findChild<QLabel*>(QStringLiteral("signInMessage"))->text();
            QVERIFY2(!shown.isEmpty() && shown != ui::SignInDialog::tr("Signing in…"), qPrintable(shown));
            QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("signInPassword"))->selectedText(),
                     QStringLiteral("not-the-password-7"));
            QCOMPARE(dialog.staff().staffId, QString());
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM staff_credentials")), 0);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-failed' AND "
                                              "detail LIKE 'mode=online %'")),
                     1);
            QVERIFY(!anyFileContains(client.dataDir, "not-the-password-7"));
            QCOMPARE(shown, sync::StaffCredentials::wrongCredentialsMessage());
            dialog.reject();
        }

        // An account the platform does not know: the very same message.
        {
            ui::SignInDialog dialog(context);
            signInWithKeyboard(dialog, QStringLiteral("c9999"), QStringLiteral("not-the-password-7"));
            if (QTest::currentTestFailed())
                return;
            QVERIFY(dialog.isVisible());
            QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("signInMessage"))->text(),
                     sync::StaffCredentials::wrongCredentialsMessage());
            dialog.reject();
        }

        // The right password: signed in online, the verifier and the tokens kept.
        {
            ui::SignInDialog dialog(context);
            signInWithKeyboard(dialog, QStringLiteral("c1001"), QStringLiteral("train-c1001"));
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(!dialog.isVisible(),
                     qPrintable(dialog.findChild<QLabel*>(QStringLiteral("signInMessage"))->text()));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.staff().staffId, QStringLiteral("c1001"));
            QCOMPARE(dialog.staff().role, QStringLiteral("clerk"));
            QVERIFY(!dialog.staff().offline);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM staff_credentials WHERE staff_id = 'c1001' AND "
                                              "token_enc IS NOT NULL")),
                     1);
            QVERIFY(!anyFileContains(client.dataDir, "train-c1001"));
        }

        // The platform goes down: the same clerk signs in offline against the kept verifier.
        QCOMPARE(platform.stop(), 0);
        {
            ui::SignInDialog dialog(context);
            signInWithKeyboard(dialog, QStringLiteral("c1001"), QStringLiteral("train-c1001"));
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(!dialog.isVisible(),
                     qPrintable(dialog.findChild<QLabel*>(QStringLiteral("signInMessage"))->text()));
            QCOMPARE(dialog.staff().staffId, QStringLiteral("c1001"));
            QVERIFY(dialog.staff().offline);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-offline'")), 1);
        }
        // Offline with a wrong password: refused, the message says the platform was not reached.
        {
            ui::SignInDialog dialog(context);
            signInWithKeyboard(dialog, QStringLiteral("c1001"), QStringLiteral("train-c1002"));
            if (QTest::currentTestFailed())
                return;
            QVERIFY(dialog.isVisible());
            const QString shown = dialog.findChild<QLabel*>(QStringLiteral("signInMessage"))->text();
            QVERIFY2(shown.contains(sync::StaffCredentials::tr("Wrong account name or password.")), qPrintable(shown));
            QVERIFY2(shown.contains(u'\n'), qPrintable(shown)); // the online problem comes first
            QVERIFY(!dialog.staff().offline);
            dialog.reject();
        }
        // Eight days later, still offline: the last online sign-in is too old (7 days by default).
        clock.advanceDays(8);
        {
            ui::SignInDialog dialog(context);
            signInWithKeyboard(dialog, QStringLiteral("c1001"), QStringLiteral("train-c1001"));
            if (QTest::currentTestFailed())
                return;
            QVERIFY(dialog.isVisible());
            const QString shown = dialog.findChild<QLabel*>(QStringLiteral("signInMessage"))->text();
            QVERIFY2(shown.contains(QStringLiteral("sign in online first")), qPrintable(shown));
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-offline'")), 1);
            dialog.reject();
        }
    }

    void emptyFieldsAreAskedFor()
    {
        const QString dir = fresh(QStringLiteral("empty"));
        auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        Settings settings(dir);
        FakeClock clock;
        AppContext context{.store = store.value().get(), .clock = &clock, .settings = &settings, .dataDir = dir};
        ui::SignInDialog dialog(context);
        signInWithKeyboard(dialog, QStringLiteral("c1001"), QString());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("signInMessage"))->text(),
                 ui::SignInDialog::tr("Enter your staff id and password."));
        QCOMPARE(store.value()->database().count(QStringLiteral("SELECT count(*) FROM audit")).value(), 0);
    }
};

YC_TEST_MAIN(TestSignInDialog)
#include "TestSignInDialog.moc"
