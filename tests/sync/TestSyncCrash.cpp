// Crash safety: yichuang-ctl, accepting (case import) and syncing (sync now), is killed with SIGKILL
// at random points. After restarts the platform holds each accepted case exactly once, every
// material byte-identical, and the local store passes its integrity check.
// YC_KILLS sets the number of kills (default 50; tests/sync/kill-campaign.sh runs more).
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace yc;
using namespace yc::test;

namespace {
constexpr int CasesPerBatch = 4;
} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedAtRandomPoints()
    {
        const int targetKills =
            qEnvironmentVariableIntValue("YC_KILLS") > 0 ? qEnvironmentVariableIntValue("YC_KILLS") : 50;
        const quint32 seed = qEnvironmentVariableIntValue("YC_KILL_SEED") > 0
                                 ? quint32(qEnvironmentVariableIntValue("YC_KILL_SEED"))
                                 : 20261128u;
        QRandomGenerator rng(seed);
        PlatformFixture platform(TestEnvironment::current()->freshDir(QStringLiteral("platform")));
        QVERIFY(platform.start());
        const QString dataDir = TestEnvironment::current()->freshDir(QStringLiteral("client"));
        {
            WindowClient client;
            QVERIFY(client.create(dataDir, platform.baseUrl(), QStringLiteral("chunk_kib=64")));
            QCOMPARE(client.enrol(), QString());
            QCOMPARE(client.signIn(QStringLiteral("c1001")), QString());
        }

        // Batches of cases from "a previous window system", with material files of 1 KiB to 600 KiB.
        const QString importDir = TestEnvironment::current()->freshDir(QStringLiteral("import"));
        const int batches = std::max(8, targetKills / 2);
        QHash<QString, QByteArray> materialFiles; // sha256 -> bytes
        for (int b = 0; b < batches; ++b) {
            QJsonArray list;
            for (int i = 0; i < CasesPerBatch; ++i) {
                const int n = b * CasesPerBatch + i;
                QJsonArray materials;
                const int count = 1 + n % 2;
                for (int m = 0; m < count; ++m) {
                    const QByteArray bytes = syntheticBytes(n * 10 + m, 1024 + qint64(rng.bounded(600 * 1024)));
                    const QString file = QStringLiteral("m-%1-%2.bin").arg(n).arg(m);
                    QFile f(importDir + QLatin1Char('/') + file);
                    QVERIFY(f.open(QIODevice::WriteOnly));
                    f.write(bytes);
                    materialFiles.insert(
                        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                        bytes);
                    materials.append(QJsonObject{{QStringLiteral("materialId"), QStringLiteral("m%1").arg(m + 1)},
                                                 {QStringLiteral("name"), QStringLiteral("申请书")},
                                                 {QStringLiteral("file"), file},
                                                 {QStringLiteral("mediaType"), QStringLiteral("application/pdf")}});
                }
                list.append(QJsonObject{
                    {QStringLiteral("sourceId"), QStringLiteral("OLD-%1").arg(n)},
                    {QStringLiteral("staffId"), QStringLiteral("c1001")},
                    {QStringLiteral("itemCode"),
                     QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00")},
                    {QStringLiteral("decision"), QStringLiteral("accepted")},
                    {QStringLiteral("receivedAt"), QStringLiteral("2026-11-27T09:00:00Z")},
                    {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("idType"), QStringLiteral("resident-id")},
                                                              {QStringLiteral("idNumber"), syntheticIdNumber(n)},
                                                              {QStringLiteral("name"), QStringLiteral("样例乙")}}},
                    {QStringLiteral("materials"), materials}});
            }
            QFile f(importDir + QStringLiteral("/batch-%1.json").arg(b));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("yichuang-case-import")},
                                              {QStringLiteral("formatVersion"), 1},
                                              {QStringLiteral("cases"), list}})
                        .toJson());
        }

        QElapsedTimer timer;
        timer.start();
        int kills = 0;
        int killsDuringImport = 0;
        int runs = 0;
        int nextBatch = 0;
        bool drained = false; // the last run was a sync that emptied the queue: import before syncing again
        while (kills < targetKills) {
            const bool doImport = nextBatch < batches && (drained || rng.bounded(2) == 0);
            const QStringList args =
                doImport ? QStringList{QStringLiteral("case"), QStringLiteral("import"),
                                       importDir + QStringLiteral("/batch-%1.json").arg(nextBatch)}
                         : QStringList{QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--until-empty"),
                                       QStringLiteral("--timeout"), QStringLiteral("20")};
            // An import takes tens of milliseconds, a sync of a few cases a few hundred: kill each inside
            // its own span.
            const int killAfter = doImport ? 10 + int(rng.bounded(150)) : 20 + int(rng.bounded(350));
            const CtlRun run = runCtl(dataDir, args, {}, killAfter);
            const bool killed = run.killed;
            const int rc = run.exitCode;
            const QByteArray runOutput = run.out + run.err;
            ++runs;
            drained = !doImport && !killed && rc == 0;
            if (killed) {
                ++kills;
                killsDuringImport += doImport ? 1 : 0;
            } else if (doImport) {
                QVERIFY2(rc == 0, runOutput.constData());
                ++nextBatch;
            }
        }
        // Restart without kills: the rest of the import, then the sync to the end.
        for (; nextBatch < batches; ++nextBatch) {
            QCOMPARE(runCtl(dataDir, {QStringLiteral("case"), QStringLiteral("import"),
                                      importDir + QStringLiteral("/batch-%1.json").arg(nextBatch)})
                         .exitCode,
                     0);
        }
        const CtlRun sync =
            runCtl(dataDir, {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--until-empty"),
                             QStringLiteral("--timeout"), QStringLiteral("120"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, QByteArray(sync.out + sync.err).constData());
        QCOMPARE(runCtl(dataDir, {QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);

        auto db = storage::Database::open(dataDir + QStringLiteral("/yichuang.db"));
        QVERIFY(db.ok());
        QVERIFY(db.value()->integrityCheck().ok());
        QStringList local;
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM cases")));
        while (q.next())
            local << q.value(0).toString();
        QCOMPARE(local.size(), batches * CasesPerBatch);

        PlatformView view(platform.baseUrl());
        QVERIFY(view.ok);
        const auto held = view.casesById();
        int lost = 0;
        int duplicated = 0;
        for (const QString& id : local) {
            if (held.value(id) == 0) {
                QSqlQuery o(db.value()->connection());
                o.prepare(QStringLiteral("SELECT o.state, o.error_kind, o.last_error, c.case_number FROM outbox o JOIN "
                                         "cases c ON c.id = o.case_id WHERE o.case_id = ?"));
                o.addBindValue(id);
                if (o.exec() && o.next())
                    qWarning().noquote() << "not on the platform:" << id << o.value(0).toString()
                                         << o.value(1).toString() << o.value(2).toString() << o.value(3).toString();
                else
                    qWarning().noquote() << "not on the platform and no outbox row:" << id;
            }
            lost += held.value(id) == 0 ? 1 : 0;
            duplicated += std::max(0, held.value(id) - 1);
        }
        int mismatched = 0;
        for (auto it = materialFiles.cbegin(); it != materialFiles.cend(); ++it)
            mismatched += view.material(it.key()) == it.value() ? 0 : 1;
        qInfo().noquote() << QStringLiteral("kill campaign: %1 kills (%2 during import, %3 during sync) in %4 runs, "
                                            "%5 cases, %6 materials; platform holds %7 cases: lost %8, duplicated %9, "
                                            "materials differing %10; local integrity ok; %11 s")
                                 .arg(kills)
                                 .arg(killsDuringImport)
                                 .arg(kills - killsDuringImport)
                                 .arg(runs)
                                 .arg(local.size())
                                 .arg(materialFiles.size())
                                 .arg(held.size())
                                 .arg(lost)
                                 .arg(duplicated)
                                 .arg(mismatched)
                                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
        if (lost > 0) {
            const QList<QByteArray> lines = platform.serverLog().split('\n');
            for (qsizetype i = std::max<qsizetype>(0, lines.size() - 40); i < lines.size(); ++i)
                qWarning().noquote() << "platform:" << lines[i];
        }
        QCOMPARE(lost, 0);
        QCOMPARE(duplicated, 0);
        QCOMPARE(held.size(), local.size());
        QCOMPARE(mismatched, 0);
    }
};

YC_TEST_MAIN(TestSyncCrash)
#include "TestSyncCrash.moc"
