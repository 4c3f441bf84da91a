#include "SyncTestSupport.h"

#include "CatalogFixtures.h"
#include "TestEnvironment.h"
#include "core/catalog/CatalogDocument.h"
#include "storage/Database.h"
#include "storage/catalog/CatalogRepository.h"
#include "sync/Enrolment.h"
#include "sync/RestConnector.h"
#include "sync/SignInWorkflow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace yc::test {

QString syntheticIdNumber(int n)
{
    // 110105 area, a 1950-1999 birth date, sequence from n.
    const QString body = QStringLiteral("110105%1%2%3%4")
                             .arg(1950 + n % 50)
                             .arg(1 + n % 12, 2, 10, QLatin1Char('0'))
                             .arg(1 + n % 28, 2, 10, QLatin1Char('0'))
                             .arg(n % 1000, 3, 10, QLatin1Char('0'));
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body[i].digitValue() * weights[i];
    return body + QLatin1Char("10X98765432"[sum % 11]);
}

QByteArray syntheticBytes(int n, qint64 size)
{
    QByteArray out;
    out.reserve(size + 32);
    QByteArray seed = QByteArray::number(n) + "-material";
    while (out.size() < size) {
        seed = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
        out += seed;
    }
    out.truncate(size);
    return out;
}

bool WindowClient::create(const QString& dir, const QUrl& url, const QString& extraIni)
{
    dataDir = dir;
    QDir().mkpath(dir);
    QFile ini(dir + QStringLiteral("/yichuang.ini"));
    if (!ini.open(QIODevice::WriteOnly))
        return false;
    ini.write(QStringLiteral("[platform]\nurl=%1\nca_bundle=%2/ca.pem\ntimeout_seconds=10\n%3\n[sync]\n"
                             "retry_first_seconds=1\nretry_factor=2\nretry_max_seconds=2\n")
                  .arg(url.toString(), PlatformFixture::certsDir(), extraIni)
                  .toUtf8());
    ini.close();
    storage::StoreOptions options;
    options.dataDir = dir;
    auto opened = storage::Store::open(options);
    if (!opened)
        return false;
    store = std::move(opened.value());
    settings = std::make_unique<Settings>(dir);
    return true;
}

bool WindowClient::open(const QString& dir)
{
    dataDir = dir;
    storage::StoreOptions options;
    options.dataDir = dir;
    auto opened = storage::Store::open(options);
    if (!opened)
        return false;
    store = std::move(opened.value());
    settings = std::make_unique<Settings>(dir);
    return true;
}

void WindowClient::close()
{
    store.reset();
    settings.reset();
}

QString WindowClient::enrol(const QString& windowNo)
{
    sync::SignInWorkflow workflow(store->database(), store->cipher(), sync::SyncConfig::restOptions(*settings), clock);
    const sync::EnrolResult r =
        workflow.enrol(QStringLiteral("a1001"), QStringLiteral("train-a1001"), QStringLiteral("21020001"), windowNo);
    return r.ok() ? QString() : r.message;
}

QString WindowClient::installCatalog()
{
    // The catalog the reference platform serves, as hall IT installs it with the window: cases are
    // imported only for items in this PC's catalog.
    const auto document = catalog::CatalogDocument::parse(test::trainingCatalogBytes());
    if (!document)
        return document.error().message;
    auto imported = storage::CatalogRepository(store->database()).import(document.value(), clock.now());
    return imported ? QString() : imported.error().message;
}

QString WindowClient::signIn(const QString& staffId)
{
    sync::SignInWorkflow workflow(store->database(), store->cipher(), sync::SyncConfig::restOptions(*settings), clock);
    const sync::SignInResult r =
        workflow.signIn(staffId, QStringLiteral("train-") + staffId, sync::SignInMode::OnlineOnly);
    if (r.outcome == sync::SignInOutcome::NotEnrolled)
        return QStringLiteral("not enrolled");
    return r.ok() ? QString() : r.message;
}

QString WindowClient::machineId()
{
    auto info = sync::Enrolment(store->database(), store->cipher()).load();
    return info.ok() && info.value() ? info.value()->machineId : QString();
}

storage::NewCase WindowClient::makeCase(int n, int materials, qint64 bytesEach, const QString& staffId)
{
    storage::NewCase c;
    c.itemCode = QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00");
    c.itemVersion = 1;
    c.staffId = staffId;
    c.decision = Decision::Accepted;
    c.receivedAt = QDateTime::currentDateTimeUtc();
    c.applicant.idType = QStringLiteral("resident-id");
    c.applicant.idNumber = syntheticIdNumber(n);
    c.applicant.name = QStringLiteral("测试甲");
    for (int m = 0; m < materials; ++m) {
        storage::NewCaseMaterial material;
        material.catalogMaterialId = QStringLiteral("m%1").arg(m + 1);
        material.name = QStringLiteral("申请书");
        material.status = QStringLiteral("received");
        material.mimeType = QStringLiteral("application/pdf");
        material.originalFileName = QStringLiteral("scan-%1.pdf").arg(m);
        material.content = syntheticBytes(n * 100 + m, bytesEach);
        c.materials.push_back(material);
    }
    return c;
}

std::unique_ptr<sync::SyncEngine> WindowClient::engine()
{
    auto e =
        std::make_unique<sync::SyncEngine>(dataDir, store->cipher(), clock, sync::SyncConfig::restFactory(*settings),
                                           sync::SyncConfig::engineOptions(*settings));
    if (!e->open())
        return nullptr;
    return e;
}

SyncSetup::SyncSetup(const QString& name, const QString& platformConfig)
    : platform(TestEnvironment::current()->freshDir(QStringLiteral("p-") + name), platformConfig)
{
    client.dataDir = TestEnvironment::current()->freshDir(QStringLiteral("c-") + name);
}

Status SyncSetup::start(const SyncSetupOptions& options)
{
    if (!platform.start(options.platformArguments))
        return makeError(QStringLiteral("setup.platform"),
                         QStringLiteral("the platform did not start:\n") + QString::fromUtf8(platform.serverLog()));
    if (!client.create(client.dataDir, platform.baseUrl(), options.extraIni))
        return makeError(QStringLiteral("setup.window"),
                         QStringLiteral("the window's data directory %1 could not be made").arg(client.dataDir));
    if (!options.enrol)
        return {};
    if (const QString failed = client.enrol(); !failed.isEmpty())
        return makeError(QStringLiteral("setup.enrol"), failed);
    for (const QString& staffId : options.staff) {
        if (const QString failed = client.signIn(staffId); !failed.isEmpty())
            return makeError(QStringLiteral("setup.sign-in"), staffId + QStringLiteral(": ") + failed);
    }
    return {};
}

qint64 localCount(WindowClient& client, const QString& sql)
{
    return client.store->database().count(sql).valueOr(-1);
}

qint64 platformCount(const PlatformFixture& platform, const QString& sql, const QVariantList& binds)
{
    qint64 result = -1;
    const QString name = QStringLiteral("platform-view-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(platform.dataDir() + QStringLiteral("/platform.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant& b : binds)
                q.addBindValue(b);
            if (q.exec() && q.next())
                result = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

CtlRun runCtl(const QString& dataDir, const QStringList& args, const QByteArray& input, int killAfterMs,
              const QStringList& environment)
{
    CtlRun run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("YICHUANG_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("YICHUANG_KEYSTORE"), QStringLiteral("file"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
    for (const QString& item : environment) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq > 0)
            env.insert(item.left(eq), item.mid(eq + 1));
    }
    p.setProcessEnvironment(env);
    p.start(executable(QStringLiteral("yichuang-ctl")), args);
    if (!p.waitForStarted()) {
        run.exitCode = -3;
        return run;
    }
    p.write(input);
    p.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    const qint64 limit = killAfterMs > 0 ? killAfterMs : 180000;
    while (p.state() != QProcess::NotRunning && timer.elapsed() < limit) {
        // Slices of at most 5 ms that end at the limit: the kill lands within a millisecond or two of it.
        const int slice = int(std::clamp<qint64>(limit - timer.elapsed(), 1, 5));
        QCoreApplication::processEvents(QEventLoop::AllEvents, slice);
        p.waitForFinished(slice);
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill(); // SIGKILL
        p.waitForFinished();
        run.killed = killAfterMs > 0;
        run.exitCode = run.killed ? -1 : -2;
        return run;
    }
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return run;
}

PlatformView::PlatformView(const QUrl& url)
    : client(url)
{
    const HttpResult r = client.signIn(QStringLiteral("a1001"), QStringLiteral("train-a1001"));
    ok = r.status == 200;
}

QHash<QString, int> PlatformView::casesById(bool* ok)
{
    if (ok)
        *ok = false;
    QHash<QString, int> result;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
        if (!cursor.isEmpty())
            q.addQueryItem(QStringLiteral("cursor"), cursor);
        const HttpResult r = client.get(QStringLiteral("/api/v1/hall/cases?") + q.toString(QUrl::FullyEncoded));
        if (r.status != 200)
            return {};
        for (const QJsonValue& v : r.json.value(QLatin1String("cases")).toArray())
            result[v.toObject().value(QLatin1String("caseId")).toString()] += 1;
        cursor = r.json.value(QLatin1String("cursor")).toString();
        if (!r.json.value(QLatin1String("hasMore")).toBool()) {
            if (ok)
                *ok = true;
            break;
        }
    }
    return result;
}

QByteArray PlatformView::material(const QString& sha256)
{
    const HttpResult r = client.get(QStringLiteral("/api/v1/materials/") + sha256);
    return r.status == 200 ? r.body : QByteArray();
}

QSet<QString> PlatformView::completeMaterials(const QStringList& sha256, bool* ok)
{
    if (ok)
        *ok = false;
    QSet<QString> present;
    for (qsizetype from = 0; from < sha256.size(); from += 1000) {
        const HttpResult r =
            client.post(QStringLiteral("/api/v1/materials/query"),
                        QJsonObject{{QStringLiteral("sha256"), QJsonArray::fromStringList(sha256.mid(from, 1000))}});
        if (r.status != 200)
            return {};
        for (const QJsonValue& v : r.json.value(QLatin1String("present")).toArray())
            present.insert(v.toString());
    }
    if (ok)
        *ok = true;
    return present;
}

QHash<QString, QStringList> PlatformView::casesByContent(const QByteArray& key)
{
    QHash<QString, QStringList> result;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
        if (!cursor.isEmpty())
            q.addQueryItem(QStringLiteral("cursor"), cursor);
        const HttpResult r =
            client.post(QStringLiteral("/api/v1/admin/cases/content-keys?") + q.toString(QUrl::FullyEncoded),
                        QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key.toHex())}});
        if (r.status != 200)
            return {};
        for (const QJsonValue& v : r.json.value(QLatin1String("cases")).toArray())
            result[v.toObject().value(QLatin1String("contentKey")).toString()].append(
                v.toObject().value(QLatin1String("caseId")).toString());
        cursor = r.json.value(QLatin1String("cursor")).toString();
        if (!r.json.value(QLatin1String("hasMore")).toBool())
            break;
    }
    return result;
}

QJsonObject PlatformView::stats()
{
    const HttpResult r = client.get(QStringLiteral("/api/v1/admin/stats"));
    return r.status == 200 ? r.json : QJsonObject();
}

QString caseContentKey(const QByteArray& key, const QString& idType, const QString& idNumber, const QString& itemCode,
                       const QString& acceptedAt)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    for (const QString& part : {idType, idNumber, itemCode, acceptedAt}) {
        mac.addData(part.toUtf8());
        mac.addData("\n");
    }
    return QString::fromLatin1(mac.result().toHex());
}

} // namespace yc::test
