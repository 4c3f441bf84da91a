// Staff sign-in and window enrolment through the one workflow the window, yichuang-ctl and the
// tests share, against the real yichuang-platform: the window's SignInService runs it on its own
// thread and connection (no QtSql thread warning), sets and clears the signed-in staff member, falls
// back to the offline verifier when the platform is gone; enrolment prepares the first case-number
// lease and the first sign-in takes it, so a window cut off afterwards can export its queue.
#include "CatalogFixtures.h"
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "core/DataLocation.h"
#include "storage/Database.h"
#include "sync/CurrentStaff.h"
#include "sync/SignInService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QUuid>

using namespace yc;
using namespace yc::test;

namespace {
QString fresh(const QString& name)
{
    return TestEnvironment::current()->freshDir(name);
}

// Every warning Qt logs while it is installed (QtSql's thread check is a qWarning).
class WarningCapture
{
public:
    WarningCapture()
    {
        s_self = this;
        m_previous = qInstallMessageHandler(&WarningCapture::handle);
    }
    ~WarningCapture()
    {
        qInstallMessageHandler(m_previous);
        s_self = nullptr;
    }
    QStringList matching(const QString& text) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_messages.filter(text);
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (s_self && type != QtDebugMsg && type != QtInfoMsg) {
            const QMutexLocker lock(&s_self->m_mutex);
            s_self->m_messages << message;
        }
        if (s_self && s_self->m_previous)
            s_self->m_previous(type, context, message);
    }
    static inline WarningCapture* s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_messages;
};

const QString ThreadWarning = QStringLiteral("does not belong to the calling thread");

// The training configuration with sign-in limits a test reaches quickly: locked for ten minutes after
// three failures, without a delay before.
QString quickLockConfig(const QString& dir)
{
    QFile in(PlatformFixture::trainingConfig());
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject config = QJsonDocument::fromJson(in.readAll()).object();
    const QDir base = QFileInfo(PlatformFixture::trainingConfig()).absoluteDir();
    for (const char* key : {"catalog", "calendar"})
        config.insert(QLatin1String(key), base.absoluteFilePath(config.value(QLatin1String(key)).toString()));
    config.insert(QStringLiteral("signInLockout"), QJsonObject{{QStringLiteral("delayAfterFailures"), 3},
                                                               {QStringLiteral("delaySeconds"), 1},
                                                               {QStringLiteral("lockAfterFailures"), 3},
                                                               {QStringLiteral("lockSeconds"), 600}});
    QFile out(QDir(dir).filePath(QStringLiteral("config.json")));
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(config).toJson());
    return out.fileName();
}

sync::SignInResult waitForSignIn(QSignalSpy& spy)
{
    if (spy.isEmpty() && !spy.wait(60000))
        return {};
    return spy.takeFirst().at(0).value<sync::SignInResult>();
}
} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void serviceSignsInOnItsOwnThreadAndSetsTheSession()
    {
        SyncSetup setup(QStringLiteral("service"));
        YC_VERIFY_OK(setup.start({.staff = {}}));
        auto& [platform, client] = setup;

        WarningCapture warnings;
        sync::CurrentStaff current;
        QSignalSpy changed(&current, &sync::CurrentStaff::changed);
        QSignalSpy signedOut(&current, &sync::CurrentStaff::signedOut);
        {
            sync::SignInService service(client.dataDir, client.store->cipher(), *client.settings, client.clock,
                                        current);
            QSignalSpy finished(&service, &sync::SignInService::signInFinished);

            // A refusal by the platform: no session, the failure audited.
            service.signIn(QStringLiteral("c1001"), QStringLiteral("wrong"));
            QVERIFY(service.isBusy());
            sync::SignInResult refused = waitForSignIn(finished);
            QCOMPARE(refused.outcome, sync::SignInOutcome::Refused);
            QVERIFY(!refused.message.isEmpty());
            QVERIFY(!current.isSignedIn());
            QCOMPARE(changed.count(), 0);
            QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                                       "'staff.sign-in-failed' AND detail LIKE 'mode=online%'")),
                     1);

            // Online: the session is set before the answer arrives, with the first lease taken.
            const QDateTime before = client.clock.now();
            service.signIn(QStringLiteral("c1001"), QStringLiteral("train-c1001"));
            sync::SignInResult online = waitForSignIn(finished);
            QVERIFY2(online.ok(), qPrintable(online.message));
            QVERIFY(!service.isBusy());
            QCOMPARE(current.staffId(), QStringLiteral("c1001"));
            QCOMPARE(current.role(), QStringLiteral("clerk"));
            QVERIFY(!current.displayName().isEmpty());
            QVERIFY(!current.isOffline());
            QVERIFY(current.signedInAt() >= before);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(online.caseNumbers, 100);
            QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM case_number_leases")), 100);

            // Sign-out clears the session and is audited (on the service's thread).
            service.signOut();
            QVERIFY(!current.isSignedIn());
            QCOMPARE(changed.count(), 2);
            QCOMPARE(signedOut.count(), 1);
            QCOMPARE(signedOut.at(0).at(0).toString(), QStringLiteral("c1001"));
            QTRY_COMPARE(
                localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-out'")), 1);

            // The platform gone: the same call signs in against the offline verifier.
            QCOMPARE(platform.stop(), 0);
            service.signIn(QStringLiteral("c1001"), QStringLiteral("train-c1001"));
            sync::SignInResult offline = waitForSignIn(finished);
            QVERIFY2(offline.ok(), qPrintable(offline.message));
            QVERIFY(current.isOffline());
            QCOMPARE(current.staffId(), QStringLiteral("c1001"));
            QCOMPARE(changed.count(), 3);
            // Offline with a wrong password: refused, and the message names the platform problem too.
            service.signIn(QStringLiteral("c1001"), QStringLiteral("wrong"));
            sync::SignInResult wrong = waitForSignIn(finished);
            QCOMPARE(wrong.outcome, sync::SignInOutcome::Refused);
            QVERIFY(wrong.message.contains(QLatin1Char('\n')));
            QCOMPARE(current.staffId(), QStringLiteral("c1001")); // the earlier sign-in stands
        } // the service's thread ends and closes its connection there
        const QStringList wrongThread = warnings.matching(ThreadWarning);
        QVERIFY2(wrongThread.isEmpty(), qPrintable(wrongThread.join(QLatin1Char('\n'))));
    }

    // The platform locks an account after failed sign-ins: the window shows it with its end and does not
    // sign the clerk in offline around it, and yichuang-ctl refuses with the same message.
    void platformLockIsShownAndNotBypassedOffline()
    {
        const QString configPath = quickLockConfig(fresh(QStringLiteral("p-lock-config")));
        QVERIFY(!configPath.isEmpty());
        SyncSetup setup(QStringLiteral("lock"), configPath);
        YC_VERIFY_OK(setup.start()); // c1001 signs in online: an offline verifier is kept
        WindowClient& client = setup.client;

        sync::SignInWorkflow workflow(client.store->database(), client.store->cipher(),
                                      sync::SyncConfig::restOptions(*client.settings), client.clock);
        for (int i = 0; i < 3; ++i) {
            const auto wrong =
                workflow.signIn(QStringLiteral("c1001"), QStringLiteral("wrong"), sync::SignInMode::OnlineThenOffline);
            QCOMPARE(wrong.outcome, sync::SignInOutcome::Refused);
            QCOMPARE(wrong.message, sync::StaffCredentials::wrongCredentialsMessage());
        }
        // An unknown account is answered alike.
        const auto unknown =
            workflow.signIn(QStringLiteral("c1009"), QStringLiteral("wrong"), sync::SignInMode::OnlineThenOffline);
        QCOMPARE(unknown.outcome, sync::SignInOutcome::Refused);
        QCOMPARE(unknown.message, sync::StaffCredentials::wrongCredentialsMessage());

        // Locked on the platform: the right password is refused, with the lock's end, and not checked offline.
        const QDateTime before = client.clock.now();
        const auto locked = workflow.signIn(QStringLiteral("c1001"), QStringLiteral("train-c1001"),
                                            sync::SignInMode::OnlineThenOffline);
        QCOMPARE(locked.outcome, sync::SignInOutcome::Refused);
        QVERIFY(locked.locked);
        QVERIFY2(locked.retryAt >= before.addSecs(590) && locked.retryAt <= client.clock.now().addSecs(601),
                 qPrintable(locked.retryAt.toString(Qt::ISODate)));
        QVERIFY2(locked.message.contains(QStringLiteral("locked")), qPrintable(locked.message));
        QVERIFY2(locked.message.contains(sync::SignInLimiter::formatRetryAt(locked.retryAt, client.clock.now())),
                 qPrintable(locked.message));
        QCOMPARE(
            localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-offline'")), 0);
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-failed' "
                                                   "AND detail = 'mode=online reason=account-locked'")),
                 1);

        // yichuang-ctl staff sign-in: the same refusal, a non-zero exit.
        client.store.reset();
        const CtlRun run = runCtl(
            client.dataDir,
            {QStringLiteral("staff"), QStringLiteral("sign-in"), QStringLiteral("--staff"), QStringLiteral("c1001")},
            "train-c1001\n");
        QCOMPARE(run.exitCode, 1); // ExitNegative: refused
        QVERIFY2(run.err.contains("locked"), run.err.constData());
        QVERIFY2(run.out.isEmpty(), run.out.constData());
    }

    // A refused admin sign-in at enrolment is audited without what was typed.
    void refusedEnrolmentSignInIsAudited()
    {
        SyncSetup setup(QStringLiteral("enrol-refused"));
        YC_VERIFY_OK(setup.start({.enrol = false}));
        WindowClient& client = setup.client;
        sync::SignInWorkflow workflow(client.store->database(), client.store->cipher(),
                                      sync::SyncConfig::restOptions(*client.settings), client.clock);
        const auto halls = workflow.halls(QStringLiteral("a1001"), QStringLiteral("Typed-Secret-1"));
        QCOMPARE(halls.outcome, sync::SignInOutcome::Refused);
        QCOMPARE(halls.message, sync::StaffCredentials::wrongCredentialsMessage());
        const auto enrolled = workflow.enrol(QStringLiteral("210203199001011234"), QStringLiteral("Typed-Secret-2"),
                                             QStringLiteral("21020001"), QStringLiteral("A01"));
        QCOMPARE(enrolled.outcome, sync::SignInOutcome::Refused);
        QCOMPARE(enrolled.message, sync::StaffCredentials::wrongCredentialsMessage());
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-failed' "
                                                   "AND detail = 'mode=enrol reason=bad-credentials account=unknown' "
                                                   "AND (staff_id IS NULL OR staff_id = '')")),
                 2);
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE staff_id LIKE '%a1001%' OR "
                                                   "object_id LIKE '%a1001%' OR detail LIKE '%Typed-Secret%' OR "
                                                   "detail LIKE '%2102031990%' OR object_id LIKE '%2102031990%' OR "
                                                   "staff_id LIKE '%2102031990%'")),
                 0);
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM device_enrolment")), 0);
    }

    // The CLI runs the same workflow: enrolment stores the lease request before any request, the
    // first sign-in takes the lease with it, and with the platform stopped a case is imported and
    // the queue exported.
    void enrolledWindowCutOffExportsItsQueue()
    {
        SyncSetup setup(QStringLiteral("cutoff"));
        YC_VERIFY_OK(setup.start({.enrol = false}));
        auto& [platform, client] = setup;
        client.store.reset(); // yichuang-ctl works on the store from here

        CtlRun run = runCtl(client.dataDir,
                            {QStringLiteral("enrol"), QStringLiteral("--url"), platform.baseUrl().toString(),
                             QStringLiteral("--admin"), QStringLiteral("a1001"), QStringLiteral("--hall"),
                             QStringLiteral("21020001"), QStringLiteral("--window"), QStringLiteral("A01")},
                            "train-a1001\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject enrolled = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(enrolled.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(enrolled.value(QLatin1String("hallCode")).toString(), QStringLiteral("21020001"));
        QCOMPARE(enrolled.value(QLatin1String("windowNo")).toString(), QStringLiteral("A01"));
        QString requestId;
        {
            auto db = storage::Database::open(DataLocation::databasePath(client.dataDir));
            QVERIFY(db.ok());
            const QJsonObject pending =
                QJsonDocument::fromJson(db.value()->meta(QStringLiteral("sync.lease_request")).valueOr({}).toUtf8())
                    .object();
            requestId = pending.value(QLatin1String("requestId")).toString();
            QVERIFY(!QUuid::fromString(requestId).isNull());
        }
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM leases")), 0);

        run = runCtl(
            client.dataDir,
            {QStringLiteral("staff"), QStringLiteral("sign-in"), QStringLiteral("--staff"), QStringLiteral("c1001")},
            "train-c1001\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject signedIn = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(signedIn.value(QLatin1String("staffId")).toString(), QStringLiteral("c1001"));
        QCOMPARE(signedIn.value(QLatin1String("roles")).toArray(), QJsonArray{QStringLiteral("clerk")});
        QCOMPARE(signedIn.value(QLatin1String("offline")).toBool(true), false);
        // The lease was asked for with the id stored at enrolment, once.
        QCOMPARE(
            platformCount(platform, QStringLiteral("SELECT count(*) FROM leases WHERE request_id = ?"), {requestId}),
            1);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM leases")), 1);
        // A second sign-in with numbers left asks for nothing.
        run = runCtl(
            client.dataDir,
            {QStringLiteral("staff"), QStringLiteral("sign-in"), QStringLiteral("--staff"), QStringLiteral("c1001")},
            "train-c1001\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM leases")), 1);
        // A refusal keeps its exit code (negative answer) and message.
        run = runCtl(
            client.dataDir,
            {QStringLiteral("staff"), QStringLiteral("sign-in"), QStringLiteral("--staff"), QStringLiteral("c1001")},
            "wrong\n");
        QCOMPARE(run.exitCode, 1);

        QCOMPARE(platform.stop(), 0);
        run = runCtl(client.dataDir,
                     {QStringLiteral("staff"), QStringLiteral("sign-in"), QStringLiteral("--staff"),
                      QStringLiteral("c1001"), QStringLiteral("--offline")},
                     "train-c1001\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("offline")).toBool(), true);

        const QString importFile = fresh(QStringLiteral("import")) + QStringLiteral("/cases.json");
        {
            QFile f(importFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QJsonObject applicant{{QStringLiteral("idType"), QStringLiteral("resident-id")},
                                        {QStringLiteral("idNumber"), syntheticIdNumber(7)},
                                        {QStringLiteral("name"), QStringLiteral("样例乙")}};
            const QJsonObject c{
                {QStringLiteral("sourceId"), QStringLiteral("OLD-CUTOFF-1")},
                {QStringLiteral("staffId"), QStringLiteral("c1001")},
                {QStringLiteral("itemCode"), QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00")},
                {QStringLiteral("decision"), QStringLiteral("accepted")},
                {QStringLiteral("receivedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                {QStringLiteral("applicant"), applicant},
                {QStringLiteral("materials"), QJsonArray()}};
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("yichuang-case-import")},
                                              {QStringLiteral("formatVersion"), 1},
                                              {QStringLiteral("cases"), QJsonArray{c}}})
                        .toJson());
        }
        // Cases are imported only for items in this PC's catalog; hall IT installs it from a file.
        run = runCtl(client.dataDir,
                     {QStringLiteral("catalog"), QStringLiteral("import"), yc::test::trainingCatalogPath()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCtl(client.dataDir, {QStringLiteral("case"), QStringLiteral("import"), importFile});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QVERIFY(run.out.contains("\"result\":\"queued\""));

        run = runCtl(client.dataDir, {QStringLiteral("outbox"), QStringLiteral("export"), fresh(QStringLiteral("usb"))},
                     "correct horse battery\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("cases")).toInt(), 1);
    }
};

YC_TEST_MAIN(TestSignIn)
#include "TestSignIn.moc"
