// 1,000 cases (200 of the first 400 with scans of several 64 KiB chunks) drained while the platform
// injects 20% faults of every kind (PROTOCOL.md §19). The fault phase lasts until every kind has been
// applied at least 5 times (the platform's own counts) and the platform holds 150 cases, or 150 s;
// then the faults stop and the rest drains. None lost or duplicated, every material back byte for byte.
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace yc;
using namespace yc::test;

class TestSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void thousandCasesUnderFaults()
    {
        const int total = envInt("YC_FAULT_CASES", 1000);
        // Every second case of the first 400 (those sent while the faults are on) also carries a scan
        // of four full client chunks and a short one: each full chunk is a request body of 64 KiB or
        // more, which `drop-upload` cuts off. The later cases stay small, so the drain is quick.
        const int largeEvery = envInt("YC_FAULT_LARGE_EVERY", 2);
        const int largeUpTo = envInt("YC_FAULT_LARGE_UP_TO", 400);
        const int chunkKib = 64;
        const int minimumEach = envInt("YC_FAULT_MIN_EACH", 5);
        const int minimumCases = envInt("YC_FAULT_MIN_CASES", 150);
        const QString spec = qEnvironmentVariable(
            "YC_FAULT_SPEC",
            QStringLiteral("rate=0.2,kinds=latency,drop,reset,500,503,429,expired,truncated,drop-upload,seed=7,"
                           "latency-ms=200,retry-after=1"));
        SyncSetup setup(QStringLiteral("faults"));
        YC_VERIFY_OK(setup.start({.extraIni = QStringLiteral("chunk_kib=%1").arg(chunkKib)}));
        auto& [platform, client] = setup;

        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        QHash<QString, QList<QByteArray>> materialsByCase;
        int largeMaterials = 0;
        for (int n = 0; n < total; ++n) {
            const bool large = largeEvery > 0 && n < largeUpTo && n % largeEvery == 0;
            storage::NewCase c = client.makeCase(n, large ? 2 : 1, 512 + (n * 37) % 2048);
            if (large) {
                c.materials[1].content = syntheticBytes(n * 100 + 1, 4LL * chunkKib * 1024 + 4096 + (n % 13) * 512);
                ++largeMaterials;
            }
            QList<QByteArray> contents;
            for (const storage::NewCaseMaterial& m : c.materials)
                contents.append(m.content);
            auto id = cases.accept(std::move(c));
            QVERIFY(id.ok());
            materialsByCase.insert(id.value(), contents);
        }

        PlatformView admin(platform.baseUrl());
        QVERIFY(admin.ok);
        QCOMPARE(admin.client.post(QStringLiteral("/api/v1/admin/faults"), {{QStringLiteral("spec"), spec}}).status,
                 200);

        auto engine = client.engine();
        QVERIFY(engine);
        // The fault phase runs in slices until every kind has been applied minimumEach times and the
        // platform holds minimumCases cases, the queue is empty, or the time budget is spent.
        QElapsedTimer timer;
        timer.start();
        const qint64 faultBudgetMs = envInt("YC_FAULT_SECONDS", 150) * 1000LL;
        sync::PassReport underFaults;
        HttpResult stats;
        QStringList appliedText;
        QStringList tooFew;
        qint64 appliedTotal = 0;
        qint64 casesHeldUnderFaults = -1;
        qint64 leftUnderFaults = -1;
        QString phaseEnd;
        while (phaseEnd.isEmpty()) {
            const sync::PassReport slice = engine->runUntilIdle(5000, true);
            underFaults.submitted += slice.submitted;
            underFaults.retryableFailures += slice.retryableFailures;
            // What the platform applied and holds, read while the faults are on (the admin paths
            // are never faulted).
            stats = admin.client.get(QStringLiteral("/api/v1/admin/stats"));
            QCOMPARE(stats.status, 200);
            const QJsonObject applied = stats.json.value(QLatin1String("faults")).toObject();
            const QJsonArray kinds = stats.json.value(QLatin1String("faultKinds")).toArray();
            QVERIFY2(!kinds.isEmpty(), stats.body.constData());
            casesHeldUnderFaults = stats.json.value(QLatin1String("cases")).toInteger(-1);
            appliedText.clear();
            tooFew.clear();
            appliedTotal = 0;
            for (const QJsonValue& kind : kinds) {
                const qint64 count = applied.value(kind.toString()).toInteger();
                appliedTotal += count;
                appliedText << QStringLiteral("%1=%2").arg(kind.toString()).arg(count);
                if (count < minimumEach)
                    tooFew << kind.toString();
            }
            leftUnderFaults = client.store->database()
                                  .count(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'submitted'"))
                                  .valueOr(-1);
            if (leftUnderFaults == 0)
                phaseEnd = QStringLiteral("queue empty");
            else if (tooFew.isEmpty() && casesHeldUnderFaults >= minimumCases)
                phaseEnd = QStringLiteral("targets reached");
            else if (timer.elapsed() >= faultBudgetMs)
                phaseEnd = QStringLiteral("time budget spent");
        }
        const qint64 faultMs = timer.elapsed();
        const qint64 requestsUnderFaults = stats.json.value(QLatin1String("requests")).toInteger(-1);

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
        for (auto it = materialsByCase.cbegin(); it != materialsByCase.cend(); ++it) {
            const int count = held.value(it.key());
            if (count == 0)
                ++lost;
            if (count > 1)
                duplicates += count - 1;
        }
        // Every material, byte for byte, as the platform serves it back.
        int compared = 0;
        qint64 comparedBytes = 0;
        int mismatched = 0;
        for (auto it = materialsByCase.cbegin(); it != materialsByCase.cend(); ++it) {
            for (const QByteArray& content : it.value()) {
                const QString sha =
                    QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
                const QByteArray served = admin.material(sha);
                ++compared;
                comparedBytes += served.size();
                if (served != content)
                    ++mismatched;
            }
        }
        qInfo().noquote() << QStringLiteral(
                                 "fault campaign: %1 cases (%2 with a %3-chunk scan, chunk %4 KiB), spec \"%5\"; "
                                 "under faults %6 s (%21): %7 faultable requests, faults applied %8 (%9); the client "
                                 "submitted %10, %11 retryable failures, %12 left; the platform held %13 cases when "
                                 "the faults stopped; after faults stopped: %14 submitted; platform holds %15 cases, "
                                 "lost %16, duplicated %17; materials compared byte for byte %18 (%19 bytes), "
                                 "mismatched %20")
                                 .arg(total)
                                 .arg(largeMaterials)
                                 .arg(5)
                                 .arg(chunkKib)
                                 .arg(spec)
                                 .arg(double(faultMs) / 1000.0, 0, 'f', 1)
                                 .arg(requestsUnderFaults)
                                 .arg(appliedTotal)
                                 .arg(appliedText.join(QStringLiteral(", ")))
                                 .arg(underFaults.submitted)
                                 .arg(underFaults.retryableFailures)
                                 .arg(leftUnderFaults)
                                 .arg(casesHeldUnderFaults)
                                 .arg(after.submitted)
                                 .arg(held.size())
                                 .arg(lost)
                                 .arg(duplicates)
                                 .arg(compared)
                                 .arg(comparedBytes)
                                 .arg(mismatched)
                                 .arg(phaseEnd);
        // The faults were really there: every kind configured was applied, and cases went through
        // while they were.
        QVERIFY2(tooFew.isEmpty(), qPrintable(QStringLiteral("applied fewer than %1 times: %2")
                                                  .arg(minimumEach)
                                                  .arg(tooFew.join(QStringLiteral(", ")))));
        QVERIFY2(casesHeldUnderFaults > 0, stats.body.constData());
        QCOMPARE(lost, 0);
        QCOMPARE(duplicates, 0);
        QCOMPARE(held.size(), total);
        QCOMPARE(compared, total + largeMaterials);
        QCOMPARE(mismatched, 0);
        QVERIFY(client.store->database().integrityCheck().ok());
    }

private:
    static int envInt(const char* name, int fallback)
    {
        bool ok = false;
        const int value = qEnvironmentVariableIntValue(name, &ok);
        return ok && value >= 0 ? value : fallback;
    }
};

YC_TEST_MAIN(TestSyncFaults)
#include "TestSyncFaults.moc"
