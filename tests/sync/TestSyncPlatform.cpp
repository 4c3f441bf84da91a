// The sync client against the real yichuang-platform over loopback TLS: happy path, an expired
// token, a wrong server certificate, expired, not-yet-valid and wrong-host certificates, and a pin
// mismatch.
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/catalog/CatalogRepository.h"
#include "sync/CatalogFeedImporter.h"
#include "sync/Enrolment.h"
#include "sync/RestConnector.h"
#include "sync/StaffCredentials.h"
#include "sync/SyncStatus.h"
#include "sync/TlsOptions.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QThread>

using namespace yc;
using namespace yc::test;

namespace {
QString fresh(const QString& name)
{
    return TestEnvironment::current()->freshDir(name);
}
QString outboxState(storage::Database& db, const QString& caseId, QString* error = nullptr)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT state, last_error, error_kind FROM outbox WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return {};
    if (error)
        *error = q.value(1).toString();
    return q.value(0).toString() + QLatin1Char('/') + q.value(2).toString();
}
} // namespace

class TestSyncPlatform : public QObject
{
    Q_OBJECT

private slots:
    void catalogFeedIsImported()
    {
        SyncSetup setup(QStringLiteral("catalog"));
        YC_VERIFY_OK(setup.start());
        WindowClient& client = setup.client;

        sync::CatalogFeedImporter importer(client.store->database().path(), client.clock);
        auto engine = client.engine();
        QVERIFY(engine);
        engine->setCatalogSink(&importer);
        engine->runPass();
        QVERIFY(importer.takeChanged());
        auto info = storage::CatalogRepository(client.store->database()).info();
        QVERIFY(info.ok());
        QVERIFY2(info.value().version > 0, "the platform's catalog did not arrive");
        auto item = storage::CatalogRepository(client.store->database())
                        .item(QStringLiteral("000118001002-210200000000-000-11210200YC0000036T-1-00"));
        YC_VERIFY_OK(item);
        QCOMPARE(item.value().name, QStringLiteral("居民身份证换领"));

        // The next pass asks for changes since the held version and changes nothing.
        engine->runPass();
        QVERIFY(!importer.takeChanged());
        QCOMPARE(storage::CatalogRepository(client.store->database()).info().value().version, info.value().version);
    }

    // A window enrolled with sm2-sm3 signs its cases with SM2 over SM3; the platform verifies and
    // stores them.
    void sm2WindowSignsItsCases()
    {
        PlatformFixture platform(fresh(QStringLiteral("p-sm2")));
        QVERIFY2(platform.start(), platform.serverLog().constData());
        WindowClient client;
        QVERIFY(
            client.create(fresh(QStringLiteral("c-sm2")), platform.baseUrl(), QStringLiteral("key_algorithm=sm2-sm3")));
        QCOMPARE(client.enrol(), QString());
        QCOMPARE(client.signIn(QStringLiteral("c1001")), QString());
        auto enrolled = sync::Enrolment(client.store->database(), client.store->cipher()).load();
        QVERIFY(enrolled.ok() && enrolled.value().has_value());
        QCOMPARE(enrolled.value()->algorithm, QStringLiteral("sm2-sm3"));

        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        auto id = cases.accept(client.makeCase(700, 1, 30000, QStringLiteral("c1001")));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        auto engine = client.engine();
        QVERIFY(engine);
        const sync::PassReport report = engine->runUntilIdle(60000, true);
        QVERIFY2(report.lastError.isEmpty(), qPrintable(report.lastError));
        QCOMPARE(report.submitted, 1);
        QCOMPARE(outboxState(client.store->database(), id.value()), QStringLiteral("submitted/"));
        PlatformView view(platform.baseUrl());
        QVERIFY(view.ok);
        QCOMPARE(view.casesById().value(id.value()), 1);
    }

    void happyPath()
    {
        SyncSetup setup(QStringLiteral("happy"));
        YC_VERIFY_OK(setup.start({.staff = {QStringLiteral("c1001"), QStringLiteral("c1002")}}));
        auto& [platform, client] = setup;

        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        QStringList ids;
        QList<QByteArray> contents;
        for (int n = 0; n < 4; ++n) {
            // Two clerks on one PC: each case keeps the clerk who accepted it.
            storage::NewCase c =
                client.makeCase(n, 2, 20000 + n * 70000, n % 2 ? QStringLiteral("c1002") : QStringLiteral("c1001"));
            for (const auto& m : c.materials)
                contents << m.content;
            auto id = cases.accept(c);
            YC_VERIFY_OK(id);
            ids << id.value();
        }
        auto engine = client.engine();
        QVERIFY(engine);
        const sync::PassReport report = engine->runUntilIdle(60000, true);
        QVERIFY2(report.lastError.isEmpty(), qPrintable(report.lastError));
        QCOMPARE(report.submitted, 4);
        for (const QString& id : ids)
            QCOMPARE(outboxState(client.store->database(), id), QStringLiteral("submitted/"));

        PlatformView view(platform.baseUrl());
        QVERIFY(view.ok);
        const auto held = view.casesById();
        QCOMPARE(held.size(), 4);
        for (const QString& id : ids)
            QCOMPARE(held.value(id), 1);
        for (const QByteArray& content : contents) {
            const QString sha =
                QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
            QCOMPARE(view.material(sha), content);
        }
        // Staff attribution: the platform holds each case under the clerk who accepted it.
        const HttpResult listing = view.client.get(QStringLiteral("/api/v1/hall/cases?limit=100"));
        for (const QJsonValue& v : listing.json.value(QLatin1String("cases")).toArray()) {
            const QJsonObject o = v.toObject();
            const int n = int(ids.indexOf(o.value(QLatin1String("caseId")).toString()));
            QVERIFY(n >= 0);
            QCOMPARE(o.value(QLatin1String("staffId")).toString(),
                     n % 2 ? QStringLiteral("c1002") : QStringLiteral("c1001"));
        }

        // Resending is idempotent: clear the submitted state and drain again.
        QSqlQuery q(client.store->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'queued'")));
        const sync::PassReport again = engine->runUntilIdle(30000, true);
        QCOMPARE(again.submitted, 4);
        QCOMPARE(view.casesById().size(), 4);

        // A department's action reaches the window through the change feed.
        auto row = cases.get(ids[0]);
        QVERIFY(row.ok() && row.value());
        QCOMPARE(platform.runCommand({QStringLiteral("case-action"), QStringLiteral("--data"), platform.dataDir(),
                                      row.value()->caseNumber, QStringLiteral("review")}),
                 0);
        engine->runPass();
        QSqlQuery s(client.store->database().connection());
        s.prepare(QStringLiteral("SELECT platform_status FROM outbox WHERE case_id = ?"));
        s.addBindValue(ids[0]);
        QVERIFY(s.exec() && s.next());
        QCOMPARE(s.value(0).toString(), QStringLiteral("under-review"));

        auto status = sync::SyncStatus::read(client.store->database(), client.clock.now());
        QVERIFY(status.ok());
        QCOMPARE(status.value().pending, 0);
        QVERIFY(status.value().online);
        QVERIFY(status.value().caseNumbersLeft > 0);
        QCOMPARE(status.value().gate, sync::SyncStatus::Gate::Open);
    }

    // A draft taken in field by field and decided reaches the platform with its materials' form
    // and source, its situations and notes; the department's status comes back into the case's
    // own column while the sync state stays in the outbox.
    void draftWithCaseFieldsReachesThePlatform()
    {
        SyncSetup setup(QStringLiteral("fields"));
        YC_VERIFY_OK(setup.start());
        auto& [platform, client] = setup;

        const storage::NewCase template_ = client.makeCase(41, 2, 4000);
        storage::DraftRepository drafts(client.store->database(), client.store->cipher(), client.dataDir, client.clock);
        auto id = drafts.create(QStringLiteral("c1001"));
        QVERIFY(id.ok());
        QVERIFY(drafts.saveApplicant(id.value(), template_.applicant).ok());
        QVERIFY(drafts.saveItem(id.value(), template_.itemCode, template_.itemVersion).ok());
        QVERIFY(drafts.saveSituations(id.value(), {{QStringLiteral("s1"), QStringLiteral("s1b")}}).ok());
        QVERIFY(drafts.saveNotes(id.value(), QStringLiteral("委托代理人办理")).ok());
        storage::NewCaseMaterial original = template_.materials[0];
        original.form = MaterialForm::Original;
        storage::NewCaseMaterial reused = template_.materials[1];
        reused.form = MaterialForm::Electronic;
        reused.source = MaterialSource::Reuse;
        QVERIFY(drafts.addMaterial(id.value(), original).ok());
        QVERIFY(drafts.addMaterial(id.value(), reused).ok());

        auto engine = client.engine();
        QVERIFY(engine);
        engine->runUntilIdle(30000, true);
        QCOMPARE(client.store->database().count(QStringLiteral("SELECT count(*) FROM outbox")).valueOr(-1), 0);
        QCOMPARE(PlatformView(platform.baseUrl()).casesById().size(), 0);

        QVERIFY(drafts.decide(id.value(), Decision::Accepted).ok());
        const sync::PassReport report = engine->runUntilIdle(60000, true);
        QVERIFY2(report.lastError.isEmpty(), qPrintable(report.lastError));
        QCOMPARE(report.submitted, 1);
        QCOMPARE(outboxState(client.store->database(), id.value()), QStringLiteral("submitted/"));

        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir, client.clock);
        auto local = cases.get(id.value());
        QVERIFY(local.ok() && local.value());
        QVERIFY(local.value()->lifecycle == CaseLifecycle::Decided);
        QVERIFY(local.value()->departmentStatus == DepartmentStatus::Submitted);
        const QString caseNumber = local.value()->caseNumber;
        QVERIFY(!caseNumber.isEmpty());

        PlatformView view(platform.baseUrl());
        QVERIFY(view.ok);
        const HttpResult held = view.client.get(QStringLiteral("/api/v1/cases/") + caseNumber);
        QCOMPARE(held.status, 200);
        const QJsonObject c = held.json.value(QLatin1String("case")).toObject();
        QCOMPARE(c.value(QLatin1String("situations")).toObject(),
                 (QJsonObject{{QStringLiteral("s1"), QStringLiteral("s1b")}}));
        QCOMPARE(c.value(QLatin1String("notes")).toString(), QStringLiteral("委托代理人办理"));
        const QJsonArray materials = c.value(QLatin1String("materials")).toArray();
        QCOMPARE(materials.size(), 2);
        QCOMPARE(materials[0].toObject().value(QLatin1String("form")).toString(), QStringLiteral("original"));
        QCOMPARE(materials[0].toObject().value(QLatin1String("source")).toString(), QStringLiteral("upload"));
        QCOMPARE(materials[1].toObject().value(QLatin1String("form")).toString(), QStringLiteral("electronic"));
        QCOMPARE(materials[1].toObject().value(QLatin1String("source")).toString(), QStringLiteral("reuse"));

        QCOMPARE(platform.runCommand({QStringLiteral("case-action"), QStringLiteral("--data"), platform.dataDir(),
                                      caseNumber, QStringLiteral("review")}),
                 0);
        engine->runPass();
        QVERIFY(cases.get(id.value()).value()->departmentStatus == DepartmentStatus::UnderReview);
        QCOMPARE(outboxState(client.store->database(), id.value()), QStringLiteral("submitted/"));
    }

    void expiredTokenIsRefreshed()
    {
        SyncSetup setup(QStringLiteral("expired"));
        YC_VERIFY_OK(setup.start({.platformArguments = {QStringLiteral("--token-lifetime"), QStringLiteral("2")}}));
        auto& [platform, client] = setup;
        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        auto id = cases.accept(client.makeCase(1, 1, 5000));
        QVERIFY(id.ok());
        // Make the stored access token look valid although the platform has expired it.
        QThread::sleep(3);
        QSqlQuery q(client.store->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE staff_credentials SET token_expires_at = '2099-01-01T00:00:00.000Z'")));
        auto engine = client.engine();
        const sync::PassReport report = engine->runUntilIdle(30000, true);
        QCOMPARE(report.submitted, 1);
        QVERIFY(platform.serverLog().contains("/auth/refresh"));
        QCOMPARE(outboxState(client.store->database(), id.value()), QStringLiteral("submitted/"));

        // When the refresh token is gone too, the case waits for its clerk: nothing is sent under
        // another name, nothing is lost.
        auto id2 = cases.accept(client.makeCase(2, 1, 5000));
        QVERIFY(id2.ok());
        sync::StaffCredentials credentials(client.store->database(), client.store->cipher());
        QVERIFY(credentials.forgetToken(QStringLiteral("c1001")).ok());
        QCOMPARE(client.signIn(QStringLiteral("c1002")), QString()); // another clerk on the same PC
        engine->runPass();
        QString error;
        QCOMPARE(outboxState(client.store->database(), id2.value(), &error), QStringLiteral("uploading/retryable"));
        QVERIFY2(!error.isEmpty(), "the waiting case shows why");
        QCOMPARE(client.signIn(QStringLiteral("c1001")), QString());
        QVERIFY(sync::SyncEngine::retryNow(client.store->database(), 2).ok());
        engine->runUntilIdle(30000, true);
        QCOMPARE(outboxState(client.store->database(), id2.value()), QStringLiteral("submitted/"));
    }

    void wrongServerCertificateIsRefused()
    {
        SyncSetup setup(QStringLiteral("wrongcert"));
        YC_VERIFY_OK(setup.start(
            {.enrol = false,
             .platformArguments = {
                 QStringLiteral("--tls-cert"), PlatformFixture::certsDir() + QStringLiteral("/other-server.pem"),
                 QStringLiteral("--tls-key"), PlatformFixture::certsDir() + QStringLiteral("/other-server-key.pem")}}));
        auto& [platform, client] = setup;
        sync::RestConnector connector(sync::SyncConfig::restOptions(*client.settings));
        auto health = connector.health();
        QVERIFY(!health.ok());
        QCOMPARE(health.error().kind, sync::FailureKind::Tls);
        QCOMPARE(health.error().code, QStringLiteral("tls.verify"));
        QVERIFY(health.error().message.contains(QStringLiteral("not trusted")));
        auto signIn = connector.signIn(QStringLiteral("a1001"), QStringLiteral("train-a1001"), {});
        QVERIFY(!signIn.ok());
        QCOMPARE(signIn.error().kind, sync::FailureKind::Tls);
        // Material chunks travel through libcurl under the same rules.
        const QByteArray bytes("material bytes");
        auto up =
            connector.uploadMaterial(QStringLiteral("token"), QString::fromLatin1(QByteArray(64, 'a')), bytes, 0, {});
        QVERIFY(!up.ok());
        QCOMPARE(up.error().kind, sync::FailureKind::Tls);
        QCOMPARE(up.error().code, QStringLiteral("tls.verify"));
        QVERIFY2(!platform.serverLog().contains("/api/v1/"), "no request reached the platform");
    }

    // Certificates from the trusted test CA that are wrong in one way each (make-test-certs.sh):
    // both transports refuse them as untrusted, the message names the reason, and no request
    // reaches the platform.
    void badServerCertificateIsRefused_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("qtReason");   // QSslError text in the Qt transport's message
        QTest::addColumn<QString>("curlReason"); // OpenSSL/libcurl text in the upload path's message
        QTest::newRow("expired") << QStringLiteral("expired-server") << QStringLiteral("has expired")
                                 << QStringLiteral("certificate has expired");
        QTest::newRow("not-yet-valid") << QStringLiteral("not-yet-valid-server") << QStringLiteral("is not yet valid")
                                       << QStringLiteral("certificate is not yet valid");
        QTest::newRow("wrong-host") << QStringLiteral("wrong-host-server") << QStringLiteral("host name did not match")
                                    << QStringLiteral("no alternative certificate subject name matches");
    }
    void badServerCertificateIsRefused()
    {
        QFETCH(QString, cert);
        QFETCH(QString, qtReason);
        QFETCH(QString, curlReason);
        SyncSetup setup(cert);
        YC_VERIFY_OK(setup.start(
            {.enrol = false,
             .platformArguments = {QStringLiteral("--tls-cert"), PlatformFixture::certsDir() + u'/' + cert + u".pem",
                                   QStringLiteral("--tls-key"),
                                   PlatformFixture::certsDir() + u'/' + cert + u"-key.pem"}}));
        auto& [platform, client] = setup;
        sync::RestConnector connector(sync::SyncConfig::restOptions(*client.settings));
        auto health = connector.health();
        QVERIFY(!health.ok());
        QCOMPARE(health.error().kind, sync::FailureKind::Tls);
        QCOMPARE(health.error().code, QStringLiteral("tls.verify"));
        QVERIFY2(health.error().message.contains(qtReason), qPrintable(health.error().message));
        auto signIn = connector.signIn(QStringLiteral("a1001"), QStringLiteral("train-a1001"), {});
        QVERIFY(!signIn.ok());
        QCOMPARE(signIn.error().kind, sync::FailureKind::Tls);
        QCOMPARE(signIn.error().code, QStringLiteral("tls.verify"));
        QVERIFY2(signIn.error().message.contains(qtReason), qPrintable(signIn.error().message));
        auto up = connector.uploadMaterial(QStringLiteral("token"), QString::fromLatin1(QByteArray(64, 'a')),
                                           QByteArray("material bytes"), 0, {});
        QVERIFY(!up.ok());
        QCOMPARE(up.error().kind, sync::FailureKind::Tls);
        QCOMPARE(up.error().code, QStringLiteral("tls.verify"));
        QVERIFY2(up.error().message.contains(curlReason), qPrintable(up.error().message));
        // The platform is up and serves the same certificate; it saw no request.
        QVERIFY(platform.running());
        QVERIFY2(!platform.serverLog().contains("/api/v1/"), platform.serverLog().constData());
    }

    void pinMismatchIsRefused()
    {
        // The right pin works...
        const QSslCertificate serverCert =
            QSslCertificate::fromPath(PlatformFixture::certsDir() + QStringLiteral("/server.pem")).constFirst();
        SyncSetup setup(QStringLiteral("pin-good"));
        YC_VERIFY_OK(setup.start(
            {.staff = {}, .extraIni = QStringLiteral("pin_sha256=") + sync::TlsOptions::spkiPin(serverCert)}));
        auto& platform = setup.platform;
        // ...a pin of another key (the CA is trusted, the chain is valid) is refused before any request.
        const QSslCertificate other =
            QSslCertificate::fromPath(PlatformFixture::certsDir() + QStringLiteral("/other-server.pem")).constFirst();
        WindowClient client;
        QVERIFY(client.create(fresh(QStringLiteral("c-pin")), platform.baseUrl(),
                              QStringLiteral("pin_sha256=") + sync::TlsOptions::spkiPin(other)));
        const QByteArray logBefore = platform.serverLog();
        sync::RestConnector connector(sync::SyncConfig::restOptions(*client.settings));
        auto r = connector.signIn(QStringLiteral("a1001"), QStringLiteral("train-a1001"), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, sync::FailureKind::Tls);
        QCOMPARE(r.error().code, QStringLiteral("tls.pin-mismatch"));
        // The upload path (libcurl) refuses the same way and names the key the platform presented.
        auto up = connector.uploadMaterial(QStringLiteral("token"), QString::fromLatin1(QByteArray(64, 'a')),
                                           QByteArray("material bytes"), 0, {});
        QVERIFY(!up.ok());
        QCOMPARE(up.error().kind, sync::FailureKind::Tls);
        QCOMPARE(up.error().code, QStringLiteral("tls.pin-mismatch"));
        QVERIFY2(up.error().message.contains(sync::TlsOptions::spkiPin(serverCert)), qPrintable(up.error().message));
        QThread::msleep(200);
        QCOMPARE(platform.serverLog().count("/auth/sign-in"), logBefore.count("/auth/sign-in"));
        QCOMPARE(platform.serverLog().count("/materials/"), logBefore.count("/materials/"));
    }

    void clientCertificate()
    {
        PlatformFixture platform(fresh(QStringLiteral("p-mtls")));
        QVERIFY(platform.start(
            {QStringLiteral("--client-ca"), PlatformFixture::certsDir() + QStringLiteral("/client-ca.pem")}));
        // Without a client certificate the platform refuses the connection: no answer, nothing sent.
        WindowClient anonymous;
        QVERIFY(anonymous.create(fresh(QStringLiteral("c-mtls-none")), platform.baseUrl()));
        sync::RestConnector bare(sync::SyncConfig::restOptions(*anonymous.settings));
        auto refused = bare.health();
        QVERIFY(!refused.ok());
        // Under TLS 1.3 the client's handshake is complete before the platform asks for its
        // certificate; the platform then closes the connection, and the client sees a connection
        // closed by the peer: a retryable network failure, not a certificate problem.
        QCOMPARE(refused.error().kind, sync::FailureKind::Retryable);
        QCOMPARE(refused.error().code, QStringLiteral("net.%1").arg(int(QNetworkReply::RemoteHostClosedError)));
        QVERIFY2(!platform.serverLog().contains("/health"), platform.serverLog().constData());
        // With the window's certificate it works end to end.
        WindowClient client;
        QVERIFY(client.create(fresh(QStringLiteral("c-mtls")), platform.baseUrl(),
                              QStringLiteral("client_cert=%1/client.pem\nclient_key=%1/client-key.pem")
                                  .arg(PlatformFixture::certsDir())));
        QCOMPARE(client.enrol(), QString());
        QCOMPARE(client.signIn(QStringLiteral("c1001")), QString());
        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        QVERIFY(cases.accept(client.makeCase(7, 1, 4000)).ok());
        QCOMPARE(client.engine()->runUntilIdle(30000, true).submitted, 1);
    }
};

YC_TEST_MAIN(TestSyncPlatform)
#include "TestSyncPlatform.moc"
