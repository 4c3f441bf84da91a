// 1,000 cases drained while the platform injects 20% faults of every kind (PROTOCOL.md §19):
// none lost, none duplicated, and the queue empties once the faults stop.
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>

using namespace yc;
using namespace yc::test;

class TestSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void thousandCasesUnderFaults()
    {
        const int total =
            qEnvironmentVariableIntValue("YC_FAULT_CASES") > 0 ? qEnvironmentVariableIntValue("YC_FAULT_CASES") : 1000;
        const QString spec = qEnvironmentVariable(
            "YC_FAULT_SPEC",
            QStringLiteral("rate=0.2,kinds=latency,drop,reset,500,503,429,expired,truncated,seed=7,latency-ms=200,"
                           "retry-after=1"));
        PlatformFixture platform(TestEnvironment::current()->freshDir(QStringLiteral("platform")));
        QVERIFY(platform.start());
        WindowClient client;
        QVERIFY(client.create(TestEnvironment::current()->freshDir(QStringLiteral("client")), platform.baseUrl()));
        QCOMPARE(client.enrol(), QString());
        QCOMPARE(client.signIn(QStringLiteral("c1001")), QString());

        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        QHash<QString, QByteArray> materialByCase;
        for (int n = 0; n < total; ++n) {
            storage::NewCase c = client.makeCase(n, 1, 512 + (n * 37) % 2048);
            const QByteArray content = c.materials[0].content;
            auto id = cases.accept(std::move(c));
            QVERIFY(id.ok());
            materialByCase.insert(id.value(), content);
        }

        PlatformView admin(platform.baseUrl());
        QVERIFY(admin.ok);
        QCOMPARE(admin.client.post(QStringLiteral("/api/v1/admin/faults"), {{QStringLiteral("spec"), spec}}).status,
                 200);

        auto engine = client.engine();
        QVERIFY(engine);
        QElapsedTimer timer;
        timer.start();
        const qint64 faultBudgetMs = qEnvironmentVariableIntValue("YC_FAULT_SECONDS") > 0
                                         ? qEnvironmentVariableIntValue("YC_FAULT_SECONDS") * 1000LL
                                         : 150000;
        const sync::PassReport underFaults = engine->runUntilIdle(faultBudgetMs, true);
        const qint64 faultMs = timer.elapsed();
        auto leftUnderFaults =
            client.store->database().count(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'submitted'"));

        // Faults off: the rest drains.
        QCOMPARE(
            admin.client.post(QStringLiteral("/api/v1/admin/faults"), {{QStringLiteral("spec"), QString()}}).status,
            200);
        QSqlQuery reset(client.store->database().connection());
        QVERIFY(reset.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL WHERE state <> 'submitted'")));
        const sync::PassReport after = engine->runUntilIdle(120000, true);
        auto left =
            client.store->database().count(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'submitted'"));
        auto permanent = client.store->database().count(
            QStringLiteral("SELECT count(*) FROM outbox WHERE error_kind = 'permanent'"));
        QCOMPARE(permanent.value(), 0);
        QCOMPARE(left.value(), 0);

        const auto held = admin.casesById();
        int duplicates = 0;
        int lost = 0;
        for (auto it = materialByCase.cbegin(); it != materialByCase.cend(); ++it) {
            const int count = held.value(it.key());
            if (count == 0)
                ++lost;
            if (count > 1)
                duplicates += count - 1;
        }
        int mismatched = 0;
        int checked = 0;
        for (auto it = materialByCase.cbegin(); it != materialByCase.cend(); ++it) {
            if (checked++ % 10) // every tenth material, byte for byte
                continue;
            const QString sha =
                QString::fromLatin1(QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex());
            if (admin.material(sha) != it.value())
                ++mismatched;
        }
        const QByteArray log = platform.serverLog();
        qInfo().noquote() << QStringLiteral(
                                 "fault campaign: %1 cases, spec \"%2\"; under faults %3 s: %4 submitted, %5 retryable "
                                 "failures, %6 left; after faults stopped: %7 submitted; platform holds %8 cases, "
                                 "lost %9, duplicated %10, materials checked %11 mismatched %12; faults applied by the "
                                 "platform: %13")
                                 .arg(total)
                                 .arg(spec)
                                 .arg(double(faultMs) / 1000.0, 0, 'f', 1)
                                 .arg(underFaults.submitted)
                                 .arg(underFaults.retryableFailures)
                                 .arg(leftUnderFaults.valueOr(-1))
                                 .arg(after.submitted)
                                 .arg(held.size())
                                 .arg(lost)
                                 .arg(duplicates)
                                 .arg(total / 10)
                                 .arg(mismatched)
                                 .arg(log.count("fault="));
        QCOMPARE(lost, 0);
        QCOMPARE(duplicates, 0);
        QCOMPARE(held.size(), total);
        QCOMPARE(mismatched, 0);
        QVERIFY(client.store->database().integrityCheck().ok());
    }
};

YC_TEST_MAIN(TestSyncFaults)
#include "TestSyncFaults.moc"
