// Benchmark: material upload throughput over loopback TLS, the sync client's RestConnector side by
// side with curl sending the same bytes (same chunks, same platform), and cases per second for small
// cases through the whole engine. Prints its figures; never fails on timing.
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "sync/RestConnector.h"
#include "sync/StaffCredentials.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace yc;
using namespace yc::test;

namespace {
QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}
} // namespace

class BenchSyncUpload : public QObject
{
    Q_OBJECT

private slots:
    void uploadThroughputAgainstCurl()
    {
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        SyncSetup setup(QStringLiteral("upload"));
        YC_VERIFY_OK(setup.start({.extraIni = QStringLiteral("chunk_kib=8192")}));
        auto& [platform, client] = setup;
        sync::StaffCredentials credentials(client.store->database(), client.store->cipher());
        const QString token = credentials.tokens(QStringLiteral("c1001")).value().access;
        const qint64 size = qEnvironmentVariableIntValue("YC_BENCH_MIB") > 0
                                ? qEnvironmentVariableIntValue("YC_BENCH_MIB") * 1024LL * 1024
                                : 64LL * 1024 * 1024;
        const qint64 chunk = 8LL * 1024 * 1024;
        const QString work = TestEnvironment::current()->freshDir(QStringLiteral("bench"));
        sync::RestConnector connector(sync::SyncConfig::restOptions(*client.settings));
        QVERIFY(connector.health().ok()); // connection and TLS session warmed, as curl's first request is not

        double bestOurs = 0;
        double bestCurl = 0;
        double bestQnam = 0;
        for (int round = 0; round < 5; ++round) {
            // Content-addressed: each upload gets bytes the platform has not seen (one byte differs).
            QByteArray bytes = syntheticBytes(round, size);
            // curl: one process, connection reused across the chunk PUTs.
            if (!curl.isEmpty()) {
                bytes[0] = char('c');
                const QString sha = sha256Hex(bytes);
                QStringList args{QStringLiteral("-sS"),
                                 QStringLiteral("--fail"),
                                 QStringLiteral("-o"),
                                 QStringLiteral("/dev/null"),
                                 QStringLiteral("--cacert"),
                                 PlatformFixture::certsDir() + QStringLiteral("/ca.pem"),
                                 QStringLiteral("-H"),
                                 QStringLiteral("Authorization: Bearer ") + token,
                                 QStringLiteral("-H"),
                                 QStringLiteral("Content-Type: application/octet-stream"),
                                 QStringLiteral("-H"),
                                 QStringLiteral("Expect:")}; // no 100-continue round trip (the platform sends none)
                for (qint64 offset = 0; offset < size; offset += chunk) {
                    const QString file = work + QStringLiteral("/chunk-%1").arg(offset / chunk);
                    QFile f(file);
                    QVERIFY(f.open(QIODevice::WriteOnly));
                    f.write(bytes.mid(offset, chunk));
                    f.close();
                    args << QStringLiteral("-T") << file
                         << platform.baseUrl().toString() +
                                QStringLiteral("/api/v1/materials/%1?offset=%2&size=%3").arg(sha).arg(offset).arg(size);
                }
                QProcess p;
                QElapsedTimer t;
                t.start();
                p.start(curl, args);
                while (p.state() != QProcess::NotRunning) { // keep the platform's log pipe drained
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                    p.waitForFinished(5);
                }
                const double seconds = double(t.nsecsElapsed()) / 1e9;
                QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
                bestCurl = std::max(bestCurl, double(size) / seconds / 1048576.0);
            }
            // The same chunks through QNetworkAccessManager (RestConnector::exchange), for comparison.
            {
                bytes[0] = char('q');
                const QString qsha = sha256Hex(bytes);
                QElapsedTimer q;
                q.start();
                for (qint64 offset = 0; offset < size; offset += chunk) {
                    auto r = connector.exchange(
                        "PUT", QStringLiteral("/materials/%1?offset=%2&size=%3").arg(qsha).arg(offset).arg(size), token,
                        QByteArray::fromRawData(bytes.constData() + offset, std::min(chunk, size - offset)),
                        "application/octet-stream");
                    QVERIFY(r.ok() && (r.value().status == 200 || r.value().status == 201));
                }
                bestQnam = std::max(bestQnam, double(size) / (double(q.nsecsElapsed()) / 1e9) / 1048576.0);
            }
            bytes[0] = char('o');
            const QString sha = sha256Hex(bytes);
            QElapsedTimer t;
            t.start();
            auto done = connector.uploadMaterial(token, sha, bytes, 0, {});
            const double seconds = double(t.nsecsElapsed()) / 1e9;
            YC_VERIFY_OK(done);
            bestOurs = std::max(bestOurs, double(size) / seconds / 1048576.0);
            (void)platform.serverLog();
        }
        // Small materials one after another: the per-request cost of the upload path.
        QElapsedTimer small;
        small.start();
        const int smallCount = 200;
        for (int n = 0; n < smallCount; ++n) {
            QByteArray bytes = syntheticBytes(1000 + n, 2048);
            auto done = connector.uploadMaterial(token, sha256Hex(bytes), bytes, 0, {});
            QVERIFY(done.ok());
        }
        const double smallSeconds = double(small.nsecsElapsed()) / 1e9;
        QElapsedTimer smallQ;
        smallQ.start();
        for (int n = 0; n < smallCount; ++n) {
            QByteArray bytes = syntheticBytes(5000 + n, 2048);
            auto r = connector.exchange("PUT", QStringLiteral("/materials/%1?offset=0&size=2048").arg(sha256Hex(bytes)),
                                        token, bytes, "application/octet-stream");
            QVERIFY(r.ok() && r.value().status == 201);
        }
        const double smallQSeconds = double(smallQ.nsecsElapsed()) / 1e9;
        qInfo().noquote() << QStringLiteral("%1 materials of 2 KiB uploaded one by one: %2 per second "
                                            "(through QNetworkAccessManager: %3 per second)")
                                 .arg(smallCount)
                                 .arg(smallCount / smallSeconds, 0, 'f', 0)
                                 .arg(smallCount / smallQSeconds, 0, 'f', 0);
        if (bestCurl > 0)
            qInfo().noquote() << QStringLiteral("upload over loopback TLS, %1 MiB in 8 MiB chunks, best of 5: "
                                                "RestConnector %2 MiB/s, curl %3 MiB/s, ratio %4% (target >= 80%); "
                                                "the same PUTs through QNetworkAccessManager %5 MiB/s")
                                     .arg(size / 1048576)
                                     .arg(bestOurs, 0, 'f', 1)
                                     .arg(bestCurl, 0, 'f', 1)
                                     .arg(100.0 * bestOurs / bestCurl, 0, 'f', 0)
                                     .arg(bestQnam, 0, 'f', 1);
        else
            qInfo().noquote() << QStringLiteral("upload: RestConnector %1 MiB/s (curl not installed, no baseline)")
                                     .arg(bestOurs, 0, 'f', 1);
    }

    void smallCasesPerSecond()
    {
        SyncSetup setup(QStringLiteral("small-cases"));
        YC_VERIFY_OK(setup.start());
        WindowClient& client = setup.client;
        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        const int count = 300;
        QElapsedTimer accept;
        accept.start();
        for (int n = 0; n < count; ++n)
            QVERIFY(cases.accept(client.makeCase(n, 1, 2048)).ok());
        const double acceptSeconds = double(accept.nsecsElapsed()) / 1e9;
        auto engine = client.engine();
        QElapsedTimer t;
        t.start();
        const sync::PassReport report = engine->runUntilIdle(300000, true);
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        QCOMPARE(report.submitted, count);
        qInfo().noquote() << QStringLiteral("small cases (one 2 KiB material each): %1 accepted locally in %2 s "
                                            "(%3 per second); %1 sent in %4 s: %5 cases per second")
                                 .arg(count)
                                 .arg(acceptSeconds, 0, 'f', 2)
                                 .arg(count / acceptSeconds, 0, 'f', 0)
                                 .arg(seconds, 0, 'f', 2)
                                 .arg(count / seconds, 0, 'f', 1);
    }
};

YC_TEST_MAIN(BenchSyncUpload)
#include "BenchSyncUpload.moc"
