// Crash safety: yichuang-ctl, accepting (case import) and syncing (sync now), is killed with SIGKILL
// while it works. After restarts the platform holds each accepted case exactly once (by id and by
// content), created once, every material byte-identical, and the local store passes its integrity
// check.
//
// What makes the figures able to fail:
// - Kill times are drawn inside the measured span of the work: after the process start-up (the
//   median of `db check` runs) and within the time the import of a batch, or the sync of the queued
//   cases, takes on this machine (calibrated against a separate platform before the campaign, then a
//   running throughput over the campaign's own runs). Each batch's import gets one kill and is then
//   completed by a second run; sync runs are all killed; as many kills land in imports as in syncs.
// - After every kill the test compares the local store with the platform: the cases accepted but not
//   yet on the platform, and their materials not yet complete there, were in flight at that kill.
//   Every case must be in flight at some kill: batches are imported until YC_KILLS kills have landed,
//   an import never removes a case from flight, and a sync while some cases have not yet seen a kill
//   runs against a hung platform (paused with SIGSTOP: it accepts connections and answers nothing),
//   so the kill lands while the pass waits on the network and those cases are still in flight,
//   whatever the machine's load. Every other sync kill lands on live uploads.
// - Next to the imported cases (ids derived from the old system's source id), GUI-style cases with
//   client-generated ids are accepted in-process between the killed runs and travel through the
//   same runs.
// - Duplicates are counted by content (applicant document, item, receive time; PROTOCOL.md §18),
//   not by the platform's unique case id, and the platform's creations (201 answers) must equal the
//   number of cases.
// - A run that was not killed must exit 0.
// YC_KILLS sets the number of kills (default 50; tests/sync/kill-campaign.sh runs more), YC_KILL_SEED
// the seed; YC_KILL_TRACE=1 prints one line per run.
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
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace yc;
using namespace yc::test;

namespace {

constexpr int CasesPerBatch = 4;
constexpr int GuiCasesPerBatch = 1;
constexpr int GuiCaseBase = 10000;         // applicant numbers of GUI-style cases (imported ones count from 0)
constexpr int CalibrationCaseBase = 15000; // applicant numbers of the calibration cases
const QString ItemCode = QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00");
const QString IdType = QStringLiteral("resident-id");
// Cases of "a previous window system", received in the past (a receipt time in the future is refused).
const QDateTime ImportBase(QDateTime::currentDateTimeUtc().date().addDays(-90), QTime(0, 0), Qt::UTC);
const QDateTime GuiBase(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// A case the test accepted: what it is about, and its materials.
struct Expected
{
    QString idNumber;
    QString acceptedAt;    // also its key: every case of a campaign is received at another minute
    QStringList materials; // sha256
    bool gui = false;
};

// Throughput of a kind of work (milliseconds per case), from the campaign's runs, killed or not:
// the work time spent over the cases it finished. Older runs weigh less, so the kill windows follow
// the machine as the data grows.
class Throughput
{
public:
    explicit Throughput(double msPerCase)
        : m_ms(msPerCase * 4)
        , m_cases(4)
    {}
    void add(double workMs, int cases)
    {
        m_ms = m_ms * 0.8 + std::max(0.0, workMs);
        m_cases = m_cases * 0.8 + cases;
    }
    [[nodiscard]] double msPerCase() const { return m_cases > 0.5 ? m_ms / m_cases : m_ms; }

private:
    double m_ms;
    double m_cases;
};

struct Calibration
{
    int startupMs = 0;     // yichuang-ctl start-up and store opening (median of `db check`)
    int importFixedMs = 0; // an import of cases all present already (reading, checking), minus start-up
    int syncFixedMs = 0;   // a sync pass with an empty queue, minus start-up
    double importMs = 0;   // import per case, minus start-up and the fixed part
    double syncMs = 0;     // sync per case, minus start-up and the fixed part
};

// What the window and the platform hold between two runs.
struct Observation
{
    QHash<QString, QString> local; // case id -> receive time (ISO, seconds)
    QSet<QString> platform;        // case ids
    [[nodiscard]] QSet<QString> inFlight() const
    {
        QSet<QString> f;
        for (auto it = local.cbegin(); it != local.cend(); ++it)
            if (!platform.contains(it.key()))
                f.insert(it.key());
        return f;
    }
};

// The cases of the window's store, read through a read-only connection: closing it checkpoints
// nothing, so the next run finds the store exactly as the killed one left it.
QHash<QString, QString> localCases(const QString& dataDir, QString* error)
{
    QHash<QString, QString> cases;
    const QString name = QStringLiteral("crash-observer-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dataDir + QStringLiteral("/yichuang.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = QStringLiteral("cannot open the window's store read-only");
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT id, received_at FROM cases")))
                *error = QStringLiteral("cannot read the window's cases");
            while (q.next())
                cases.insert(q.value(0).toString(),
                             iso(QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return cases;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString spread(const QList<int>& values)
{
    if (values.isEmpty())
        return QStringLiteral("-");
    QList<double> d(values.cbegin(), values.cend());
    return QStringLiteral("min %1 / median %2 / max %3")
        .arg(*std::min_element(values.cbegin(), values.cend()))
        .arg(median(d))
        .arg(*std::max_element(values.cbegin(), values.cend()));
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The longest kill window of a sync against a hung platform.
constexpr int HungWindowMs = 5000;
const QStringList SyncArgs{QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--until-empty"),
                           QStringLiteral("--timeout"), QStringLiteral("20")};

} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

    QRandomGenerator m_rng;

    // Writes an import file of `count` cases from "a previous window system" (cases first..first+count-1,
    // material files of 1 KiB to 600 KiB) and records them in expected.
    QString writeBatch(const QString& dir, int first, int count, QHash<QString, Expected>* expected)
    {
        QJsonArray list;
        for (int n = first; n < first + count; ++n) {
            Expected e;
            e.idNumber = syntheticIdNumber(n);
            e.acceptedAt = iso(ImportBase.addSecs(60LL * n));
            QJsonArray materials;
            for (int m = 0; m < 1 + n % 2; ++m) {
                const QByteArray bytes = syntheticBytes(n * 10 + m, 1024 + qint64(m_rng.bounded(600 * 1024)));
                const QString file = QStringLiteral("m-%1-%2.bin").arg(n).arg(m);
                QFile f(dir + QLatin1Char('/') + file);
                if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                    return {};
                e.materials << sha256Hex(bytes);
                materials.append(QJsonObject{{QStringLiteral("materialId"), QStringLiteral("m%1").arg(m + 1)},
                                             {QStringLiteral("name"), QStringLiteral("申请书")},
                                             {QStringLiteral("file"), file},
                                             {QStringLiteral("mediaType"), QStringLiteral("application/pdf")}});
            }
            list.append(QJsonObject{
                {QStringLiteral("sourceId"), QStringLiteral("OLD-%1").arg(n)},
                {QStringLiteral("staffId"), QStringLiteral("c1001")},
                {QStringLiteral("itemCode"), ItemCode},
                {QStringLiteral("decision"), QStringLiteral("accepted")},
                {QStringLiteral("receivedAt"), e.acceptedAt},
                {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("idType"), IdType},
                                                          {QStringLiteral("idNumber"), e.idNumber},
                                                          {QStringLiteral("name"), QStringLiteral("样例乙")}}},
                {QStringLiteral("materials"), materials}});
            expected->insert(e.acceptedAt, e);
        }
        const QString path = dir + QStringLiteral("/batch-%1.json").arg(first);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("yichuang-case-import")},
                                          {QStringLiteral("formatVersion"), 1},
                                          {QStringLiteral("cases"), list}})
                    .toJson());
        return path;
    }

    // A case accepted at the window in the GUI: written in-process through the same repository,
    // with the id the repository generates. Returns an error, or empty.
    QString acceptGuiCase(const QString& dataDir, int k, QHash<QString, Expected>* expected)
    {
        WindowClient window;
        if (!window.open(dataDir))
            return QStringLiteral("cannot open the window's store");
        storage::NewCase c = window.makeCase(GuiCaseBase + k, 1 + k % 2, 1024 + qint64(m_rng.bounded(300 * 1024)));
        c.receivedAt = GuiBase.addSecs(60LL * k);
        Expected e;
        e.idNumber = c.applicant.idNumber;
        e.acceptedAt = iso(c.receivedAt);
        e.gui = true;
        for (const storage::NewCaseMaterial& m : c.materials)
            e.materials << sha256Hex(m.content);
        storage::CaseRepository cases(window.store->database(), window.store->cipher(), dataDir);
        auto id = cases.accept(std::move(c));
        if (!id)
            return id.error().message;
        expected->insert(e.acceptedAt, e);
        return {};
    }

    static qint64 timedRun(const QString& dataDir, const QStringList& args, CtlRun* run, int killAfterMs = 0)
    {
        QElapsedTimer t;
        t.start();
        *run = runCtl(dataDir, args, {}, killAfterMs);
        return t.elapsed();
    }

    // How long start-up, an import and a sync pass take on this machine, measured on a separate
    // platform and window so that no campaign case escapes the kills.
    bool calibrate(Calibration* cal)
    {
        SyncSetup setup(QStringLiteral("calibration"));
        if (!setup.start({.extraIni = QStringLiteral("chunk_kib=64")}).ok() || !setup.client.installCatalog().isEmpty())
            return false;
        setup.client.close(); // yichuang-ctl works on the data directory from here
        const QString dataDir = setup.client.dataDir;
        const QString importDir = TestEnvironment::current()->freshDir(QStringLiteral("calibration-import"));
        CtlRun run;
        QList<double> startup;
        for (int i = 0; i < 5; ++i) {
            startup << double(timedRun(dataDir, {QStringLiteral("db"), QStringLiteral("check")}, &run));
            if (run.exitCode != 0)
                return false;
        }
        cal->startupMs = int(median(startup));
        QList<double> fixed;
        for (int i = 0; i < 3; ++i) {
            fixed << double(timedRun(dataDir, SyncArgs, &run)) - cal->startupMs;
            if (run.exitCode != 0)
                return false;
        }
        cal->syncFixedMs = std::max(0, int(median(fixed)));
        QHash<QString, Expected> expected;
        QList<double> import;
        QList<double> sync;
        for (int b = 0; b < 3; ++b) {
            const QString batch =
                writeBatch(importDir, CalibrationCaseBase + b * CasesPerBatch, CasesPerBatch, &expected);
            import << double(timedRun(dataDir, {QStringLiteral("case"), QStringLiteral("import"), batch}, &run) -
                             cal->startupMs) /
                          CasesPerBatch;
            if (run.exitCode != 0) {
                qWarning("calibration import failed: %s %s", run.out.constData(), run.err.constData());
                return false;
            }
            sync << double(timedRun(dataDir, SyncArgs, &run) - cal->startupMs - cal->syncFixedMs) / CasesPerBatch;
            if (run.exitCode != 0)
                return false;
        }
        QList<double> again;
        for (int i = 0; i < 3; ++i) {
            again << double(timedRun(dataDir,
                                     {QStringLiteral("case"), QStringLiteral("import"),
                                      importDir + QStringLiteral("/batch-%1.json").arg(CalibrationCaseBase)},
                                     &run)) -
                         cal->startupMs;
            if (run.exitCode != 0)
                return false;
        }
        cal->importFixedMs = std::max(0, int(median(again)));
        cal->importMs = std::max(1.0, median(import) - double(cal->importFixedMs) / CasesPerBatch);
        cal->syncMs = std::max(1.0, median(sync));
        return true;
    }

private slots:
    void killedWhileCasesAreInFlight()
    {
        const int targetKills =
            qEnvironmentVariableIntValue("YC_KILLS") > 0 ? qEnvironmentVariableIntValue("YC_KILLS") : 50;
        const quint32 seed = qEnvironmentVariableIntValue("YC_KILL_SEED") > 0
                                 ? quint32(qEnvironmentVariableIntValue("YC_KILL_SEED"))
                                 : 20261128u;
        m_rng.seed(seed);
        const bool trace = qEnvironmentVariableIntValue("YC_KILL_TRACE") > 0; // one line per run
        QElapsedTimer timer;
        timer.start();

        Calibration cal;
        QVERIFY2(calibrate(&cal), "the calibration runs failed");
        qInfo().noquote() << QStringLiteral("kill campaign: seed %1; calibration: start-up %2 ms, import %3 ms + %4 ms "
                                            "per case, sync %5 ms + %6 ms per case")
                                 .arg(seed)
                                 .arg(cal.startupMs)
                                 .arg(cal.importFixedMs)
                                 .arg(cal.importMs, 0, 'f', 1)
                                 .arg(cal.syncFixedMs)
                                 .arg(cal.syncMs, 0, 'f', 1);

        SyncSetup setup(QStringLiteral("campaign"));
        YC_VERIFY_OK(setup.start({.extraIni = QStringLiteral("chunk_kib=64")}));
        QCOMPARE(setup.client.installCatalog(), QString()); // imports need the items in this PC's catalog
        setup.client.close();                               // yichuang-ctl works on the data directory from here
        PlatformFixture& platform = setup.platform;
        const QString dataDir = setup.client.dataDir;
        PlatformView view(platform.baseUrl());
        QVERIFY(view.ok);
        const QString importDir = TestEnvironment::current()->freshDir(QStringLiteral("import"));

        QHash<QString, Expected> expected; // by receive time
        auto observe = [&](Observation* o) {
            QString error;
            o->local = localCases(dataDir, &error);
            bool platformOk = false;
            const QHash<QString, int> held = view.casesById(&platformOk);
            o->platform = QSet<QString>(held.keyBegin(), held.keyEnd());
            if (!error.isEmpty())
                return error;
            if (!platformOk)
                return QStringLiteral("the platform's hall-wide case query failed");
            for (auto it = o->local.cbegin(); it != o->local.cend(); ++it) {
                if (!expected.contains(it.value()))
                    return QStringLiteral("the window holds a case the test never accepted (received %1)")
                        .arg(it.value());
            }
            return QString();
        };
        auto materialsInFlight = [&](const Observation& o, const QSet<QString>& cases) {
            QStringList hashes;
            for (const QString& id : cases)
                hashes += expected.value(o.local.value(id)).materials;
            if (hashes.isEmpty())
                return 0;
            bool ok = false;
            const int complete = int(view.completeMaterials(hashes, &ok).size());
            return ok ? int(hashes.size()) - complete : -1;
        };

        Throughput importRate(cal.importMs);
        Throughput syncRate(cal.syncMs);
        QSet<QString> seen; // cases in flight at some kill
        QList<int> casesAtKill;
        QList<int> materialsAtKill;
        QStringList perKill;
        int kills = 0;
        int killsDuringImport = 0;
        int killsAgainstHungPlatform = 0; // sync kills while the platform was paused
        int runs = 0;
        int completedRuns = 0;
        int batches = 0;
        int guiCases = 0;
        int escaped = 0;            // cases that reached the platform before any kill found them in flight
        QString batchFile;          // the import in progress (until a run of it completes)
        bool batchFirstRun = false; // its first run, the one that gets a kill; the next one completes it
        const int maxKills = targetKills * 3 + 30;

        for (;;) {
            Observation before;
            const QString problem = observe(&before);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const QSet<QString> inFlight = before.inFlight();
            const QSet<QString> unseen = inFlight - seen;
            if (batchFile.isEmpty() && kills >= targetKills && unseen.isEmpty())
                break;
            QVERIFY2(kills < maxKills,
                     qPrintable(QStringLiteral("%1 kills and still %2 cases never in flight at a kill")
                                    .arg(kills)
                                    .arg(unseen.size())));
            // A new batch when nothing is in flight, else as many kills during import as during sync.
            const int killsDuringSync = kills - killsDuringImport;
            if (batchFile.isEmpty() && kills < targetKills &&
                (inFlight.isEmpty() || killsDuringImport < killsDuringSync ||
                 (killsDuringImport == killsDuringSync && m_rng.bounded(2) == 0))) {
                // A clerk's case accepted in the GUI, then the next batch of the import.
                for (int g = 0; g < GuiCasesPerBatch; ++g) {
                    const QString error = acceptGuiCase(dataDir, guiCases++, &expected);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                }
                const int first = batches * CasesPerBatch;
                batchFile = writeBatch(importDir, first, CasesPerBatch, &expected);
                QVERIFY(!batchFile.isEmpty());
                ++batches;
                batchFirstRun = true;
            }
            const bool doImport = !batchFile.isEmpty();
            int windowMs = 0;
            if (doImport) {
                // One kill per batch, anywhere in the import of the whole batch; the clerk's second run
                // completes it (and must exit 0).
                windowMs = cal.importFixedMs + int(importRate.msPerCase() * CasesPerBatch);
            } else {
                // The whole queue.
                windowMs = cal.syncFixedMs + int(syncRate.msPerCase() * inFlight.size());
            }
            // A sync while some cases have never been in flight at a kill runs against a platform that
            // hangs (paused, it accepts connections and answers nothing): the kill lands while the pass
            // waits on the network, and those cases are in flight at it whatever the machine's speed.
            // Every other sync kill lands on live uploads.
            const bool platformHangs = !doImport && !unseen.isEmpty();
            if (platformHangs) {
                windowMs = std::min(windowMs, HungWindowMs); // well inside the client's 10 s network timeout
                QVERIFY(platform.pause());
            }
            const bool kill = !doImport || batchFirstRun;
            const int killAfter = kill ? cal.startupMs + int(m_rng.bounded(std::max(1, windowMs) + 1)) : 0;
            batchFirstRun = false;
            CtlRun run;
            const QStringList args =
                doImport ? QStringList{QStringLiteral("case"), QStringLiteral("import"), batchFile} : SyncArgs;
            const qint64 elapsed = timedRun(dataDir, args, &run, killAfter);
            if (platformHangs)
                QVERIFY(platform.resume());
            ++runs;
            Observation after;
            const QString problemAfter = observe(&after);
            QVERIFY2(problemAfter.isEmpty(), qPrintable(problemAfter));
            // A run that was not killed must have done its job.
            QVERIFY2(run.killed || run.exitCode == 0, qPrintable(QStringLiteral("%1 exited %2 without being killed: %3")
                                                                     .arg(args.mid(0, 2).join(QLatin1Char(' ')))
                                                                     .arg(run.exitCode)
                                                                     .arg(QString::fromUtf8(run.out + run.err))));
            const double workMs = double(run.killed ? killAfter : elapsed) - cal.startupMs;
            if (doImport) {
                importRate.add(workMs - cal.importFixedMs, int(after.local.size() - before.local.size()));
            } else {
                int sent = 0;
                for (const QString& id : inFlight) {
                    if (after.platform.contains(id)) {
                        ++sent;
                        escaped += unseen.contains(id) ? 1 : 0;
                    }
                }
                if (!platformHangs) // a pass against a hung platform says nothing of the upload speed
                    syncRate.add(workMs - cal.syncFixedMs, sent);
            }
            if (trace)
                qInfo().noquote() << QStringLiteral(
                                         "run %1: %2, %3 in flight (%4 unseen), window %5 ms, kill at %6 ms, "
                                         "%7 after %8 ms, local %9 -> %10, platform %11 -> %12")
                                         .arg(runs)
                                         .arg(doImport ? QStringLiteral("import") : QStringLiteral("sync"))
                                         .arg(inFlight.size())
                                         .arg(unseen.size())
                                         .arg(windowMs)
                                         .arg(killAfter)
                                         .arg(run.killed ? QStringLiteral("killed") : QStringLiteral("exited"))
                                         .arg(elapsed)
                                         .arg(before.local.size())
                                         .arg(after.local.size())
                                         .arg(before.platform.size())
                                         .arg(after.platform.size());
            if (run.killed) {
                ++kills;
                killsDuringImport += doImport ? 1 : 0;
                killsAgainstHungPlatform += platformHangs ? 1 : 0;
                const QSet<QString> atKill = after.inFlight();
                const int materials = materialsInFlight(after, atKill);
                QVERIFY2(materials >= 0, "the platform's material query failed");
                casesAtKill << int(atKill.size());
                materialsAtKill << materials;
                perKill << QStringLiteral("%1%2/%3")
                               .arg(QLatin1Char(doImport ? 'i' : 's'))
                               .arg(atKill.size())
                               .arg(materials);
                seen += atKill;
            } else {
                ++completedRuns;
                if (doImport)
                    batchFile.clear();
            }
        }
        const qint64 killPhaseMs = timer.elapsed();

        // Restart without kills: the sync to the end.
        const CtlRun sync =
            runCtl(dataDir, {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--until-empty"),
                             QStringLiteral("--timeout"), QStringLiteral("120"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, QByteArray(sync.out + sync.err).constData());
        QCOMPARE(runCtl(dataDir, {QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);

        auto db = storage::Database::open(dataDir + QStringLiteral("/yichuang.db"));
        QVERIFY(db.ok());
        QVERIFY(db.value()->integrityCheck().ok());
        Observation final;
        QCOMPARE(observe(&final), QString());
        // Each accepted case is in the window's store once: its receive time is its own.
        QHash<QString, QString> idOf; // receive time -> case id
        for (auto it = final.local.cbegin(); it != final.local.cend(); ++it)
            idOf.insert(it.value(), it.key());
        const int localDuplicates = int(final.local.size() - idOf.size());

        // By id: the platform holds each case once.
        const QHash<QString, int> held = view.casesById();
        int lost = 0;
        int duplicated = 0;
        int neverInFlight = 0;
        for (auto it = final.local.cbegin(); it != final.local.cend(); ++it) {
            const QString& id = it.key();
            neverInFlight += seen.contains(id) ? 0 : 1;
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

        // By content, whatever the id: applicant document, item and receive time.
        const QByteArray contentKey = QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122();
        const QHash<QString, QStringList> byContent = view.casesByContent(contentKey);
        QVERIFY(!byContent.isEmpty());
        int contentLost = 0;
        int contentDuplicates = 0;
        int contentUnknown = 0;
        QSet<QString> expectedKeys;
        for (const Expected& e : std::as_const(expected)) {
            const QString key = caseContentKey(contentKey, IdType, e.idNumber, ItemCode, e.acceptedAt);
            expectedKeys.insert(key);
            const QStringList ids = byContent.value(key);
            contentLost += ids.isEmpty() ? 1 : 0;
            contentDuplicates += std::max<int>(0, int(ids.size()) - 1);
            if (ids.size() == 1 && ids.first() != idOf.value(e.acceptedAt))
                qWarning().noquote() << "stored under another id than the window's:" << ids.first();
        }
        for (auto it = byContent.cbegin(); it != byContent.cend(); ++it)
            contentUnknown += expectedKeys.contains(it.key()) ? 0 : int(it.value().size());

        // The platform's own count of creations: one per case, however often a submission was repeated.
        const QJsonObject submissions = view.stats().value(QLatin1String("caseSubmissions")).toObject();
        const int created = submissions.value(QLatin1String("created")).toInt(-1);
        const int duplicateAnswers = submissions.value(QLatin1String("duplicate")).toInt(-1);

        int mismatched = 0;
        int materialCount = 0;
        for (const Expected& e : std::as_const(expected)) {
            for (const QString& sha : e.materials) {
                ++materialCount;
                mismatched += sha256Hex(view.material(sha)) == sha ? 0 : 1;
            }
        }

        qInfo().noquote() << QStringLiteral("kill campaign: in flight at each kill (i = import, s = sync; "
                                            "cases/materials): %1")
                                 .arg(perKill.join(QLatin1Char(' ')));
        qInfo().noquote() << QStringLiteral(
                                 "kill campaign: %1 kills (%2 during import, %3 during sync, %11 of them against a "
                                 "hung platform) in %4 runs "
                                 "(%5 ran to the end, exit 0); %6 cases (%7 imported in %8 batches, %9 "
                                 "GUI-style), %10 materials")
                                 .arg(kills)
                                 .arg(killsDuringImport)
                                 .arg(kills - killsDuringImport)
                                 .arg(runs)
                                 .arg(completedRuns)
                                 .arg(expected.size())
                                 .arg(batches * CasesPerBatch)
                                 .arg(batches)
                                 .arg(guiCases)
                                 .arg(materialCount)
                                 .arg(killsAgainstHungPlatform);
        qInfo().noquote() << QStringLiteral("kill campaign: in flight per kill: cases %1, materials %2; kills with "
                                            "nothing in flight %3; cases never in flight at a kill %4 (escaped %5)")
                                 .arg(spread(casesAtKill), spread(materialsAtKill))
                                 .arg(casesAtKill.count(0))
                                 .arg(neverInFlight)
                                 .arg(escaped);
        qInfo().noquote() << QStringLiteral("kill campaign: the window holds %1 cases (%2 of them twice)")
                                 .arg(final.local.size())
                                 .arg(localDuplicates);
        qInfo().noquote() << QStringLiteral("kill campaign: platform holds %1 cases: lost %2, duplicated by id %3; "
                                            "by content: lost %4, duplicated %5, unknown %6; created %7 "
                                            "(duplicate answers %8); materials differing %9; local integrity ok; "
                                            "kill phase %10 s, total %11 s")
                                 .arg(held.size())
                                 .arg(lost)
                                 .arg(duplicated)
                                 .arg(contentLost)
                                 .arg(contentDuplicates)
                                 .arg(contentUnknown)
                                 .arg(created)
                                 .arg(duplicateAnswers)
                                 .arg(mismatched)
                                 .arg(double(killPhaseMs) / 1000.0, 0, 'f', 1)
                                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
        if (lost > 0) {
            const QList<QByteArray> lines = platform.serverLog().split('\n');
            for (qsizetype i = std::max<qsizetype>(0, lines.size() - 40); i < lines.size(); ++i)
                qWarning().noquote() << "platform:" << lines[i];
        }
        QVERIFY(kills >= targetKills);
        QCOMPARE(localDuplicates, 0);
        QCOMPARE(idOf.size(), expected.size());
        QCOMPARE(neverInFlight, 0);
        QVERIFY2(median(QList<double>(casesAtKill.cbegin(), casesAtKill.cend())) >= 1,
                 "most kills found no case in flight");
        QCOMPARE(lost, 0);
        QCOMPARE(duplicated, 0);
        QCOMPARE(held.size(), expected.size());
        QCOMPARE(contentLost, 0);
        QCOMPARE(contentDuplicates, 0);
        QCOMPARE(contentUnknown, 0);
        QCOMPARE(created, int(expected.size()));
        QCOMPARE(mismatched, 0);
    }
};

YC_TEST_MAIN(TestSyncCrash)
#include "TestSyncCrash.moc"
