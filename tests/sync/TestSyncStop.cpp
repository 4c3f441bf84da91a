// Stopping the sync engine while it waits on the network: the transfer in flight is aborted at
// once (not after the timeout), and what was cut short is not counted as a failed attempt.
// The peer here is a socket that accepts connections and never answers.
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "sync/CurlUploader.h"

#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>

#include <atomic>
#include <optional>
#include <thread>

using namespace yc;
using namespace yc::test;

class TestSyncStop : public QObject
{
    Q_OBJECT

private slots:
    void uploadIsCancelledByTheFlag()
    {
        QTcpServer silent; // the kernel completes the TCP handshake; nobody speaks TLS
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        sync::TlsOptions tls;
        tls.caBundle = PlatformFixture::certsDir() + QStringLiteral("/ca.pem");
        std::atomic_bool cancel{false};
        std::optional<sync::PlatformFailure> failure;
        std::thread worker([&] {
            sync::CurlUploader uploader(tls, 600000); // the timeout alone would wait ten minutes
            uploader.setCancelFlag(&cancel);
            auto r =
                uploader.exchange("PUT",
                                  QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/materials/%2?offset=0&size=1048576")
                                           .arg(silent.serverPort())
                                           .arg(QString(64, QLatin1Char('a')))),
                                  QStringLiteral("token"), QByteArray(1 << 20, 'x'), "application/octet-stream");
            if (!r)
                failure = r.error();
        });
        QVERIFY(silent.waitForNewConnection(10000)); // the upload is under way, waiting for the server
        cancel.store(true);
        worker.join();
        QVERIFY(failure.has_value());
        QCOMPARE(failure->code, QStringLiteral("net.cancelled"));
        QCOMPARE(failure->kind, sync::FailureKind::Retryable);
    }

    void stopEndsAPassWaitingOnThePlatform()
    {
        SyncSetup setup(QStringLiteral("stop"));
        YC_VERIFY_OK(setup.start({.extraIni = QStringLiteral("timeout_seconds=600")}));
        auto& [platform, client] = setup;
        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        auto id = cases.accept(client.makeCase(1, 1, 300 * 1024));
        QVERIFY(id.ok());

        // The platform "hangs": connections are accepted and never answered.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        client.settings->setValue(QStringLiteral("platform/url"),
                                  QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()));
        auto engine = std::make_unique<sync::SyncEngine>(client.dataDir, client.store->cipher(), client.clock,
                                                         sync::SyncConfig::restFactory(*client.settings),
                                                         sync::SyncConfig::engineOptions(*client.settings));
        engine->start();
        QVERIFY(silent.waitForNewConnection(10000)); // a pass is waiting for the platform's answer
        engine->stop(); // returns now; without the cancellation it would wait for the 600 s timeout

        QSqlQuery q(client.store->database().connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT attempts, COALESCE(last_error, ''), state FROM outbox WHERE kind = 'case'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0); // cut short: not a failed attempt
        QCOMPARE(q.value(1).toString(), QString());
        q.finish();

        // The platform answers again: the same engine starts anew and the case goes.
        client.settings->setValue(QStringLiteral("platform/url"), platform.baseUrl().toString());
        auto next = client.engine();
        QVERIFY(next);
        QCOMPARE(next->runUntilIdle(60000, true).submitted, 1);
    }
};

YC_TEST_MAIN(TestSyncStop)
#include "TestSyncStop.moc"
