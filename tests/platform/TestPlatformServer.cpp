// The reference platform against its protocol (PROTOCOL.md), through the real process over loopback TLS.
#include "PlatformCrypto.h"
#include "PlatformFixture.h"
#include "TestMain.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;
using yc::test::HttpResult;
using yc::test::PlatformClient;
using yc::test::PlatformFixture;

namespace {

const QString kHall = u"21020001"_s;
const QString kItem = u"000117001001-210200000000-000-11210200YC000001X0-1-00"_s;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString sha(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int thisYear()
{
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().year();
}

// One enrolled window PC: its key pair and a clerk signed in on it.
struct Window
{
    QString machineId = uuid();
    QString windowNo;
    QByteArray privateKey;
    QByteArray publicKey;
    QString algorithm = u"ecdsa-p256-sha256"_s;
};

} // namespace

class TestPlatformServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlatformFixture> m_platform;
    std::unique_ptr<PlatformClient> m_admin;

    std::unique_ptr<PlatformClient> client() { return std::make_unique<PlatformClient>(m_platform->baseUrl()); }

    bool enrol(Window& w)
    {
        if (!yc::platform::generateKeyPair(w.algorithm, &w.privateKey, &w.publicKey))
            return false;
        const HttpResult r = m_admin->post(u"/api/v1/machines"_s, {{u"machineId"_s, w.machineId},
                                                                   {u"hallCode"_s, kHall},
                                                                   {u"windowNo"_s, w.windowNo},
                                                                   {u"label"_s, QString(w.windowNo + u"-PC"_s)},
                                                                   {u"keyAlgorithm"_s, w.algorithm},
                                                                   {u"publicKey"_s, QString::fromLatin1(w.publicKey)}});
        return r.status == 201;
    }

    std::unique_ptr<PlatformClient> clerk(const Window& w)
    {
        auto c = client();
        const HttpResult r = c->signIn(u"c1001"_s, u"train-c1001"_s, w.machineId);
        if (r.status != 200)
            qWarning() << "clerk sign-in" << r.status << r.body;
        return c;
    }

    QJsonObject lease(PlatformClient& c, int count, const QString& requestId = uuid())
    {
        const HttpResult r =
            c.post(u"/api/v1/leases"_s, {{u"requestId"_s, requestId}, {u"year"_s, thisYear()}, {u"count"_s, count}});
        return r.json.value(u"lease"_s).toObject();
    }

    bool upload(PlatformClient& c, const QByteArray& bytes)
    {
        const HttpResult r = c.put(u"/api/v1/materials/%1?offset=0&size=%2"_s.arg(sha(bytes)).arg(bytes.size()), bytes);
        return r.status == 201 || (r.status == 200 && r.json.value(u"complete"_s).toBool());
    }

    QJsonObject signedCase(const Window& w, const QString& caseNumber, const QString& leaseId,
                           const QList<QByteArray>& materials, const QString& caseId = uuid())
    {
        QJsonArray refs;
        int n = 1;
        for (const QByteArray& m : materials)
            refs.append(QJsonObject{{u"materialId"_s, u"m%1"_s.arg(n++)},
                                    {u"name"_s, u"材料"_s},
                                    {u"form"_s, u"copy"_s},
                                    {u"source"_s, u"upload"_s},
                                    {u"sha256"_s, sha(m)},
                                    {u"size"_s, m.size()},
                                    {u"mediaType"_s, u"application/pdf"_s}});
        QJsonObject body{{u"caseId"_s, caseId},
                         {u"caseNumber"_s, caseNumber},
                         {u"leaseId"_s, leaseId},
                         {u"machineId"_s, w.machineId},
                         {u"hallCode"_s, kHall},
                         {u"windowNo"_s, w.windowNo},
                         {u"staffId"_s, u"c1001"_s},
                         {u"itemCode"_s, kItem},
                         {u"itemVersion"_s, 1},
                         {u"catalogVersion"_s, 1},
                         {u"decision"_s, u"accepted"_s},
                         {u"acceptedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {u"promisedDate"_s, u"2026-12-10"_s},
                         {u"applicant"_s, QJsonObject{{u"kind"_s, u"person"_s},
                                                      {u"idType"_s, u"resident-id"_s},
                                                      {u"idNumber"_s, u"210202198503121015"_s},
                                                      {u"name"_s, u"测试甲乙"_s}}},
                         {u"situations"_s, QJsonObject{{u"s1"_s, u"s1a"_s}}},
                         {u"materials"_s, refs},
                         {u"notes"_s, u""_s}};
        const QByteArray signature = yc::platform::sign(w.algorithm, w.privateKey, yc::platform::canonicalJson(body));
        body.insert(u"signature"_s, QJsonObject{{u"algorithm"_s, w.algorithm},
                                                {u"value"_s, QString::fromLatin1(signature.toBase64())}});
        return body;
    }

    QString number(const QJsonObject& lease, int offset)
    {
        return u"%1-%2-%3"_s.arg(kHall)
            .arg(thisYear())
            .arg(lease.value(u"first"_s).toInteger() + offset, 6, 10, QLatin1Char('0'));
    }

    bool restart(const QStringList& extra = {})
    {
        if (const int code = m_platform->stop(); code != 0) {
            qWarning("platform exit code %d:\n%s", code, m_platform->serverLog().right(6000).constData());
            return false;
        }
        if (!m_platform->start(extra))
            return false;
        m_admin = std::make_unique<PlatformClient>(m_platform->baseUrl(), PlatformFixture::clientTls(true));
        return m_admin->signIn(u"a1001"_s, u"train-a1001"_s).status == 200;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(PlatformFixture::binary()), "yichuang-platform is not built");
        m_platform = std::make_unique<PlatformFixture>(yc::test::TestEnvironment::current()->freshDir(u"platform"_s));
        QVERIFY2(m_platform->start(), m_platform->serverLog().constData());
        m_admin = client();
        QCOMPARE(m_admin->signIn(u"a1001"_s, u"train-a1001"_s).status, 200);
    }

    void cleanupTestCase()
    {
        if (m_platform)
            QCOMPARE(m_platform->stop(), 0); // SIGTERM: clean exit
    }

    void healthAndSignIn()
    {
        auto c = client();
        HttpResult r = c->get(u"/api/v1/health"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"protocol"_s).toInt(), 1);
        QCOMPARE(r.header("X-Yc-Protocol"), QByteArray("1"));
        r = c->signIn(u"c1001"_s, u"wrong"_s, uuid());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"bad-credentials"_s);
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"retryable"_s).toBool(true), false);
        // An unknown staff id gets the very same answer, and the same limits: after five failures the
        // next attempt is delayed (PROTOCOL.md §3.1).
        const QString nobody = u"x"_s + uuid().left(8);
        HttpResult unknown = c->signIn(nobody, u"wrong"_s, uuid());
        QCOMPARE(unknown.status, r.status);
        QCOMPARE(unknown.json, r.json);
        for (int i = 1; i < 5; ++i)
            QCOMPARE(c->signIn(nobody, u"wrong"_s).status, 401);
        unknown = c->signIn(nobody, u"wrong"_s);
        QCOMPARE(unknown.status, 429);
        QCOMPARE(unknown.errorCode(), u"sign-in-delayed"_s);
        QCOMPARE(unknown.header("Retry-After"), QByteArray("2"));
        r = c->get(u"/api/v1/halls"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"unauthenticated"_s);
        // A clerk needs an enrolled machine.
        r = c->signIn(u"c1001"_s, u"train-c1001"_s, uuid());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"machine-unknown"_s);
        // The log never holds passwords or tokens.
        const QByteArray log = m_platform->serverLog();
        QVERIFY(log.contains("/api/v1/auth/sign-in"));
        QVERIFY(!log.contains("train-"));
        QVERIFY(!log.contains(m_admin->token()));
    }

    void enrolment()
    {
        // Each admin sees their own hall (the one they may enrol into); the four halls' levels.
        HttpResult r = m_admin->get(u"/api/v1/halls"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"halls"_s).toArray().size(), 1);
        QStringList levels;
        for (const QString& admin : {u"a1001"_s, u"a2001"_s, u"a3001"_s, u"a4001"_s}) {
            auto c = client();
            QCOMPARE(c->signIn(admin, u"train-"_s + admin).status, 200);
            for (const QJsonValue& h : c->get(u"/api/v1/halls"_s).json.value(u"halls"_s).toArray())
                levels.append(h.toObject().value(u"level"_s).toString());
        }
        QCOMPARE(levels, QStringList({u"city"_s, u"district"_s, u"street"_s, u"community"_s}));

        Window w;
        w.windowNo = u"A01"_s;
        QVERIFY(yc::platform::generateKeyPair(w.algorithm, &w.privateKey, &w.publicKey));
        const QJsonObject request{{u"machineId"_s, w.machineId},
                                  {u"hallCode"_s, kHall},
                                  {u"windowNo"_s, w.windowNo},
                                  {u"keyAlgorithm"_s, w.algorithm},
                                  {u"publicKey"_s, QString::fromLatin1(w.publicKey)}};
        r = m_admin->post(u"/api/v1/machines"_s, request);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"hall"_s).toObject().value(u"hallCode"_s).toString(), kHall);
        QCOMPARE(r.json.value(u"window"_s).toObject().value(u"windowNo"_s).toString(), u"A01"_s);
        QCOMPARE(r.json.value(u"limits"_s).toObject().value(u"offlineMaxDays"_s).toInt(), 3);
        QCOMPARE(r.json.value(u"limits"_s).toObject().value(u"pendingMaxCases"_s).toInt(), 200);
        QCOMPARE(m_admin->post(u"/api/v1/machines"_s, request).status, 200); // same again: idempotent
        QByteArray otherPrivate;
        QByteArray otherPublic;
        QVERIFY(yc::platform::generateKeyPair(w.algorithm, &otherPrivate, &otherPublic));
        QJsonObject other = request;
        other.insert(u"publicKey"_s, QString::fromLatin1(otherPublic));
        r = m_admin->post(u"/api/v1/machines"_s, other);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"machine-key-conflict"_s);
        other.insert(u"keyAlgorithm"_s, u"sm2-sm3"_s);
        QCOMPARE(m_admin->post(u"/api/v1/machines"_s, other).status, 422); // P-256 key is not SM2
        QJsonObject badWindow = request;
        badWindow.insert(u"machineId"_s, uuid());
        badWindow.insert(u"windowNo"_s, u"Z99"_s);
        QCOMPARE(m_admin->post(u"/api/v1/machines"_s, badWindow).status, 422);

        auto c = clerk(w);
        QVERIFY(!c->token().isEmpty());
        r = c->get(u"/api/v1/machine"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"machine"_s).toObject().value(u"machineId"_s).toString(), w.machineId);
        QCOMPARE(c->post(u"/api/v1/machines"_s, request).status, 403); // clerks do not enrol
    }

    void sm2Machine()
    {
        Window w;
        w.windowNo = u"A02"_s;
        w.algorithm = u"sm2-sm3"_s;
        QVERIFY(enrol(w));
        auto c = clerk(w);
        const QJsonObject l = lease(*c, 5);
        const QByteArray bytes = "sm2 material " + w.machineId.toLatin1();
        QVERIFY(upload(*c, bytes));
        const HttpResult r =
            c->post(u"/api/v1/cases"_s, signedCase(w, number(l, 0), l.value(u"leaseId"_s).toString(), {bytes}));
        QCOMPARE(r.status, 201);
        // A tampered SM2-signed case is refused like an ECDSA one.
        QJsonObject tampered = signedCase(w, number(l, 1), l.value(u"leaseId"_s).toString(), {bytes});
        tampered.insert(u"itemVersion"_s, 2);
        const HttpResult bad = c->post(u"/api/v1/cases"_s, tampered);
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.errorCode(), u"bad-signature"_s);
    }

    void expiredToken()
    {
        QVERIFY(restart({u"--token-lifetime"_s, u"1"_s}));
        auto c = client();
        HttpResult r = c->signIn(u"a1001"_s, u"train-a1001"_s);
        QCOMPARE(r.status, 200);
        const QString refreshToken = r.json.value(u"refreshToken"_s).toString();
        QThread::msleep(1500);
        r = c->get(u"/api/v1/halls"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"token-expired"_s);
        r = c->post(u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, refreshToken}});
        QCOMPARE(r.status, 200);
        // The answer was lost: the same refresh token works again; once a successor is used, it is gone.
        r = c->post(u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, refreshToken}});
        QCOMPARE(r.status, 200);
        r = c->post(u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, r.json.value(u"refreshToken"_s).toString()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(c->post(u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, refreshToken}}).errorCode(),
                 u"unauthenticated"_s);
        c->setToken(r.json.value(u"accessToken"_s).toString().toLatin1());
        QCOMPARE(c->get(u"/api/v1/halls"_s).status, 200);
        // Signed out: the token is gone.
        QCOMPARE(c->post(u"/api/v1/auth/sign-out"_s, {}).status, 204);
        QCOMPARE(c->get(u"/api/v1/halls"_s).errorCode(), u"unauthenticated"_s);
        QVERIFY(restart());
    }

    void catalogFullAndDelta()
    {
        HttpResult r = m_admin->get(u"/api/v1/catalog"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"format"_s).toString(), u"yichuang-catalog"_s);
        QCOMPARE(r.json.value(u"kind"_s).toString(), u"full"_s);
        QCOMPARE(r.json.value(u"version"_s).toInt(), 1);
        const QJsonArray items = r.json.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 78);
        // It is exactly the configured catalog document.
        QFile file(QStringLiteral(YC_SOURCE_DIR) + u"/resources/catalog/training-catalog.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(r.json, QJsonDocument::fromJson(file.readAll()).object());
        QCOMPARE(m_admin->get(u"/api/v1/catalog?since=1"_s).status, 304);

        // Publish version 2 as a delta: one item changed, one removed.
        QJsonObject changed = items.at(5).toObject();
        changed.insert(u"name"_s, QString(changed.value(u"name"_s).toString() + u"（已修订）"_s));
        changed.insert(u"itemVersion"_s, changed.value(u"itemVersion"_s).toInt() + 1);
        QString removedCode;
        for (const QJsonValue& v : items) { // a standalone item nobody refers to
            const QJsonObject o = v.toObject();
            if (o.value(u"parentCode"_s).isNull() && !o.value(u"materials"_s).toArray().isEmpty() &&
                o.value(u"code"_s) != changed.value(u"code"_s)) {
                bool parent = false;
                for (const QJsonValue& x : items)
                    parent = parent || x.toObject().value(u"parentCode"_s) == o.value(u"code"_s);
                if (!parent) {
                    removedCode = o.value(u"code"_s).toString();
                    break;
                }
            }
        }
        QVERIFY(!removedCode.isEmpty());
        const QJsonObject delta{{u"format"_s, u"yichuang-catalog"_s},
                                {u"formatVersion"_s, 1},
                                {u"kind"_s, u"delta"_s},
                                {u"version"_s, 2},
                                {u"baseVersion"_s, 1},
                                {u"items"_s, QJsonArray{changed}},
                                {u"removed"_s, QJsonArray{removedCode}}};
        const QString deltaPath = yc::test::TestEnvironment::current()->freshDir(u"delta"_s) + u"/delta.json"_s;
        QFile deltaFile(deltaPath);
        QVERIFY(deltaFile.open(QIODevice::WriteOnly));
        deltaFile.write(QJsonDocument(delta).toJson());
        deltaFile.close();
        QByteArray out;
        QByteArray err;
        QCOMPARE(m_platform->runCommand({u"publish-catalog"_s, u"--data"_s, m_platform->dataDir(), u"--config"_s,
                                         m_platform->configPath(), deltaPath},
                                        &out, &err),
                 0);

        r = m_admin->get(u"/api/v1/catalog?since=1"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"kind"_s).toString(), u"delta"_s);
        QCOMPARE(r.json.value(u"baseVersion"_s).toInt(), 1);
        QCOMPARE(r.json.value(u"version"_s).toInt(), 2);
        QCOMPARE(r.json.value(u"items"_s).toArray(), QJsonArray{changed});
        QCOMPARE(r.json.value(u"removed"_s).toArray(), QJsonArray{removedCode});
        QCOMPARE(m_admin->get(u"/api/v1/catalog?since=2"_s).status, 304);
        r = m_admin->get(u"/api/v1/catalog?since=77"_s); // unknown version: full document
        QCOMPARE(r.json.value(u"kind"_s).toString(), u"full"_s);
        QCOMPARE(r.json.value(u"items"_s).toArray().size(), 77);
        // A delta on a version that is not current is refused.
        QCOMPARE(m_platform->runCommand({u"publish-catalog"_s, u"--data"_s, m_platform->dataDir(), u"--config"_s,
                                         m_platform->configPath(), deltaPath}),
                 1);
    }

    void calendar()
    {
        HttpResult r = m_admin->get(u"/api/v1/calendar"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"format"_s).toString(), u"yichuang-workdays"_s);
        QVERIFY(r.json.value(u"years"_s).toObject().contains(u"2026"_s));
        const QByteArray etag = r.header("ETag");
        QVERIFY(!etag.isEmpty());
        QCOMPARE(m_admin->get(u"/api/v1/calendar"_s, {{"If-None-Match", etag}}).status, 304);
    }

    void leasesNeverOverlapAndPersist()
    {
        Window a;
        a.windowNo = u"A03"_s;
        Window b;
        b.windowNo = u"A04"_s;
        QVERIFY(enrol(a));
        QVERIFY(enrol(b));
        auto ca = clerk(a);
        auto cb = clerk(b);
        QList<QPair<qint64, qint64>> ranges;
        const QString repeated = uuid();
        const QJsonObject first = lease(*ca, 50, repeated);
        QVERIFY(!first.isEmpty());
        QCOMPARE(lease(*ca, 50, repeated), first); // same requestId: same lease
        ranges.append({first.value(u"first"_s).toInteger(), first.value(u"last"_s).toInteger()});
        for (int i = 0; i < 10; ++i) {
            const QJsonObject l = lease(i % 2 ? *ca : *cb, 7 + i);
            QCOMPARE(l.value(u"last"_s).toInteger() - l.value(u"first"_s).toInteger() + 1, 7 + i);
            ranges.append({l.value(u"first"_s).toInteger(), l.value(u"last"_s).toInteger()});
        }
        QVERIFY(restart({u"--durable"_s})); // the following tests run with fsync on every write
        auto cb2 = clerk(b);
        const QJsonObject after = lease(*cb2, 10);
        ranges.append({after.value(u"first"_s).toInteger(), after.value(u"last"_s).toInteger()});
        for (int i = 0; i < ranges.size(); ++i) {
            for (int j = i + 1; j < ranges.size(); ++j)
                QVERIFY2(ranges[i].second < ranges[j].first || ranges[j].second < ranges[i].first,
                         qPrintable(u"leases %1 and %2 overlap"_s.arg(i).arg(j)));
        }
        const HttpResult listed = cb2->get(u"/api/v1/leases"_s);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json.value(u"leases"_s).toArray().size(), 6); // 5 before the restart, 1 after
        // Wrong year and count are refused.
        QCOMPARE(cb2->post(u"/api/v1/leases"_s, {{u"requestId"_s, uuid()}, {u"year"_s, 2001}, {u"count"_s, 5}}).status,
                 422);
        QCOMPARE(
            cb2->post(u"/api/v1/leases"_s, {{u"requestId"_s, uuid()}, {u"year"_s, thisYear()}, {u"count"_s, 0}}).status,
            400);
    }

    void resumableUpload()
    {
        Window w;
        w.windowNo = u"A01"_s; // a second PC at the same window
        QVERIFY(enrol(w));
        auto c = client();
        const HttpResult signedIn = c->signIn(u"c1001"_s, u"train-c1001"_s, w.machineId);
        QVERIFY2(signedIn.status == 200, qPrintable(signedIn.errorString + QString::fromUtf8(signedIn.body)));
        QByteArray bytes(3 * 1024 * 1024 + 123, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>((i * 131) ^ (i >> 7));
        const QString hash = sha(bytes);
        HttpResult r = c->post(u"/api/v1/materials/query"_s, {{u"sha256"_s, QJsonArray{hash}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"missing"_s).toArray(), QJsonArray{hash});
        const qsizetype chunk = 1024 * 1024;
        r = c->put(u"/api/v1/materials/%1?offset=0&size=%2"_s.arg(hash).arg(bytes.size()), bytes.left(chunk));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"received"_s).toInteger(), chunk);
        QCOMPARE(r.json.value(u"complete"_s).toBool(), false);
        // The platform restarts in the middle: the upload resumes where it stopped.
        QVERIFY(restart());
        c = client();
        QCOMPARE(c->signIn(u"c1001"_s, u"train-c1001"_s, w.machineId).status, 200);
        r = c->post(u"/api/v1/materials/query"_s, {{u"sha256"_s, QJsonArray{hash}}});
        const QJsonObject partial = r.json.value(u"partial"_s).toArray().at(0).toObject();
        QCOMPARE(partial.value(u"received"_s).toInteger(), chunk);
        QCOMPARE(partial.value(u"size"_s).toInteger(), bytes.size());
        // A repeated (already stored) chunk: offset mismatch, with what the platform holds.
        r = c->put(u"/api/v1/materials/%1?offset=0&size=%2"_s.arg(hash).arg(bytes.size()), bytes.left(chunk));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"offset-mismatch"_s);
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"received"_s).toInteger(),
                 chunk);
        for (qsizetype offset = chunk; offset < bytes.size(); offset += chunk) {
            r = c->put(u"/api/v1/materials/%1?offset=%2&size=%3"_s.arg(hash).arg(offset).arg(bytes.size()),
                       bytes.mid(offset, chunk));
            QVERIFY2(r.status == 200 || r.status == 201, r.body.constData());
        }
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"complete"_s).toBool(), true);
        r = c->post(u"/api/v1/materials/query"_s, {{u"sha256"_s, QJsonArray{hash}}});
        QCOMPARE(r.json.value(u"present"_s).toArray(), QJsonArray{hash});
        QFile stored(m_platform->dataDir() + u"/materials/"_s + hash);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(stored.readAll() == bytes);                           // byte-identical
        QCOMPARE(c->get(u"/api/v1/materials/"_s + hash).status, 403); // clerks do not download
        // Again: already complete, nothing written.
        r = c->put(u"/api/v1/materials/%1?offset=0&size=%2"_s.arg(hash).arg(bytes.size()), bytes.left(10));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"complete"_s).toBool(), true);
    }

    void wrongHashRefused()
    {
        auto c = client();
        Window w;
        w.windowNo = u"A02"_s;
        QVERIFY(enrol(w));
        QCOMPARE(c->signIn(u"c1001"_s, u"train-c1001"_s, w.machineId).status, 200);
        const QByteArray bytes = "these bytes do not hash to the announced value";
        const QString claimed = sha("something else");
        HttpResult r = c->put(u"/api/v1/materials/%1?offset=0&size=%2"_s.arg(claimed).arg(bytes.size()), bytes);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"hash-mismatch"_s);
        r = c->post(u"/api/v1/materials/query"_s, {{u"sha256"_s, QJsonArray{claimed}}});
        QCOMPARE(r.json.value(u"missing"_s).toArray(), QJsonArray{claimed}); // partial bytes discarded
        QCOMPARE(m_admin->get(u"/api/v1/materials/"_s + claimed).status, 404);
        // Chunk past the announced size.
        r = c->put(u"/api/v1/materials/%1?offset=0&size=3"_s.arg(sha("abc")), "abcdef");
        QCOMPARE(r.status, 422);
    }

    void casesIdempotentAndComplete()
    {
        Window w;
        w.windowNo = u"A01"_s;
        QVERIFY(enrol(w));
        auto c = clerk(w);
        const QJsonObject l = lease(*c, 20);
        const QString leaseId = l.value(u"leaseId"_s).toString();
        const QByteArray m1 = "material one " + w.machineId.toLatin1();
        const QByteArray m2 = "material two " + w.machineId.toLatin1();
        QVERIFY(upload(*c, m1));

        // A case whose material is not on the platform is refused, and nothing is stored.
        const QJsonObject body = signedCase(w, number(l, 0), leaseId, {m1, m2});
        HttpResult r = c->post(u"/api/v1/cases"_s, body);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"materials-missing"_s);
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"missing"_s).toArray(),
                 QJsonArray{sha(m2)});
        QCOMPARE(c->get(u"/api/v1/cases/"_s + number(l, 0)).status, 404);

        QVERIFY(upload(*c, m2));
        r = c->post(u"/api/v1/cases"_s, body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"case"_s).toObject().value(u"status"_s).toString(), u"submitted"_s);
        r = c->post(u"/api/v1/cases"_s, body); // sent twice: stored once
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"case"_s).toObject().value(u"duplicate"_s).toBool(), true);
        // Re-signed (ECDSA signatures differ each time) but the same content: still a duplicate.
        QJsonObject resigned = body;
        resigned.remove(u"signature"_s);
        const QByteArray sig2 = yc::platform::sign(w.algorithm, w.privateKey, yc::platform::canonicalJson(resigned));
        resigned.insert(u"signature"_s,
                        QJsonObject{{u"algorithm"_s, w.algorithm}, {u"value"_s, QString::fromLatin1(sig2.toBase64())}});
        QCOMPARE(c->post(u"/api/v1/cases"_s, resigned).status, 200);

        // Same caseId, other content: conflict.
        QJsonObject changed = signedCase(w, number(l, 1), leaseId, {m1}, body.value(u"caseId"_s).toString());
        r = c->post(u"/api/v1/cases"_s, changed);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"case-conflict"_s);
        // Same number, other caseId.
        r = c->post(u"/api/v1/cases"_s, signedCase(w, number(l, 0), leaseId, {m1}));
        QCOMPARE(r.errorCode(), u"case-number-conflict"_s);
        // A number outside this machine's leases.
        r = c->post(u"/api/v1/cases"_s, signedCase(w, u"%1-%2-999999"_s.arg(kHall).arg(thisYear()), leaseId, {m1}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"case-number-not-leased"_s);
        // A tampered case: the signature no longer verifies.
        QJsonObject tampered = signedCase(w, number(l, 2), leaseId, {m1});
        tampered.insert(u"itemVersion"_s, 2);
        r = c->post(u"/api/v1/cases"_s, tampered);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"bad-signature"_s);
        // Malformed JSON and missing keys.
        QCOMPARE(c->postRaw(u"/api/v1/cases"_s, "{\"caseId\": ").status, 400);
        QJsonObject missingKey = signedCase(w, number(l, 3), leaseId, {m1});
        missingKey.remove(u"acceptedAt"_s);
        r = c->post(u"/api/v1/cases"_s, missingKey);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"key"_s).toString(),
                 u"acceptedAt"_s);

        // The supervisor's hall-wide query holds the case exactly once, without applicant data.
        auto sup = client();
        QCOMPARE(sup->signIn(u"s1001"_s, u"train-s1001"_s, w.machineId).status, 200);
        r = sup->get(u"/api/v1/hall/cases?limit=500"_s);
        QCOMPARE(r.status, 200);
        int found = 0;
        for (const QJsonValue& v : r.json.value(u"cases"_s).toArray())
            found += v.toObject().value(u"caseId"_s) == body.value(u"caseId"_s) ? 1 : 0;
        QCOMPARE(found, 1);
        QVERIFY(!r.body.contains("210202198503121015"));
        QCOMPARE(c->get(u"/api/v1/hall/cases"_s).status, 403); // clerks do not query the hall
        // Personal data never reaches the log.
        const QByteArray log = m_platform->serverLog();
        QVERIFY(!log.contains("210202198503121015"));
        QVERIFY(!log.contains(QByteArray("测试甲乙")));
    }

    void duplicatesByContentAndCreations()
    {
        Window w;
        w.windowNo = u"A02"_s;
        QVERIFY(enrol(w));
        auto c = clerk(w);
        const QJsonObject l = lease(*c, 5);
        const QString leaseId = l.value(u"leaseId"_s).toString();
        const QByteArray m1 = "content material " + w.machineId.toLatin1();
        QVERIFY(upload(*c, m1));
        const QJsonObject before = m_admin->get(u"/api/v1/admin/stats"_s).json.value(u"caseSubmissions"_s).toObject();

        // One acceptance sent twice under its id, then once more under another id (a client that lost
        // the id it had given the case): the unique caseId cannot see the third one, its content can.
        auto resign = [&](QJsonObject body) {
            body.remove(u"signature"_s);
            const QByteArray sig = yc::platform::sign(w.algorithm, w.privateKey, yc::platform::canonicalJson(body));
            body.insert(u"signature"_s,
                        QJsonObject{{u"algorithm"_s, w.algorithm}, {u"value"_s, QString::fromLatin1(sig.toBase64())}});
            return body;
        };
        QJsonObject first = signedCase(w, number(l, 0), leaseId, {m1});
        first.insert(u"acceptedAt"_s, u"2026-01-02T03:04:05Z"_s);
        first = resign(first);
        QJsonObject again = first;
        again.insert(u"caseId"_s, uuid());
        again.insert(u"caseNumber"_s, number(l, 1));
        again = resign(again);
        QCOMPARE(c->post(u"/api/v1/cases"_s, first).status, 201);
        QCOMPARE(c->post(u"/api/v1/cases"_s, first).status, 200);
        QCOMPARE(c->post(u"/api/v1/cases"_s, again).status, 201);

        const QJsonObject after = m_admin->get(u"/api/v1/admin/stats"_s).json.value(u"caseSubmissions"_s).toObject();
        QCOMPARE(after.value(u"created"_s).toInteger() - before.value(u"created"_s).toInteger(), 2);
        QCOMPARE(after.value(u"duplicate"_s).toInteger() - before.value(u"duplicate"_s).toInteger(), 1);

        const QByteArray key = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f1011121314151617");
        QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
        for (const QString& part : {u"resident-id"_s, u"210202198503121015"_s, kItem, u"2026-01-02T03:04:05Z"_s}) {
            mac.addData(part.toUtf8());
            mac.addData("\n");
        }
        const QString expectedKey = QString::fromLatin1(mac.result().toHex());
        QStringList ids;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            const HttpResult r = m_admin->post(u"/api/v1/admin/cases/content-keys?limit=2&cursor="_s + cursor,
                                               {{u"key"_s, QString::fromLatin1(key.toHex())}});
            QCOMPARE(r.status, 200);
            QVERIFY(!r.body.contains("210202198503121015"));
            for (const QJsonValue& v : r.json.value(u"cases"_s).toArray()) {
                if (v.toObject().value(u"contentKey"_s).toString() == expectedKey)
                    ids << v.toObject().value(u"caseId"_s).toString();
            }
            cursor = r.json.value(u"cursor"_s).toString();
            if (!r.json.value(u"hasMore"_s).toBool())
                break;
        }
        ids.sort();
        QStringList both{first.value(u"caseId"_s).toString(), again.value(u"caseId"_s).toString()};
        both.sort();
        QCOMPARE(ids, both);

        // Another key, other content keys; a short key is refused; clerks do not ask.
        const HttpResult other = m_admin->post(u"/api/v1/admin/cases/content-keys"_s,
                                               {{u"key"_s, QString::fromLatin1(QByteArray(16, 'k').toHex())}});
        QCOMPARE(other.status, 200);
        QVERIFY(!other.body.contains(expectedKey.toLatin1()));
        QCOMPARE(m_admin->post(u"/api/v1/admin/cases/content-keys"_s, {{u"key"_s, u"00ff"_s}}).status, 400);
        QCOMPARE(c->post(u"/api/v1/admin/cases/content-keys"_s, {{u"key"_s, QString::fromLatin1(key.toHex())}}).status,
                 403);
    }

    void changeFeedAfterCaseAction()
    {
        Window w;
        w.windowNo = u"A02"_s;
        QVERIFY(enrol(w));
        auto c = clerk(w);
        // Read the feed to its end.
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            const HttpResult r = c->get(u"/api/v1/changes?limit=50&cursor="_s + cursor);
            QCOMPARE(r.status, 200);
            cursor = r.json.value(u"cursor"_s).toString();
            if (!r.json.value(u"hasMore"_s).toBool())
                break;
        }
        const QJsonObject l = lease(*c, 3);
        const QByteArray m = "feed material " + w.machineId.toLatin1();
        QVERIFY(upload(*c, m));
        const QString caseNumber = number(l, 0);
        QCOMPARE(c->post(u"/api/v1/cases"_s, signedCase(w, caseNumber, l.value(u"leaseId"_s).toString(), {m})).status,
                 201);
        auto run = [&](const QString& action) {
            return m_platform->runCommand({u"case-action"_s, u"--data"_s, m_platform->dataDir(), caseNumber, action,
                                           u"--note"_s, u"note for "_s + action});
        };
        QCOMPARE(run(u"complete"_s), 1); // not allowed from submitted
        QCOMPARE(run(u"review"_s), 0);
        QCOMPARE(run(u"correction"_s), 0);
        QCOMPARE(run(u"review"_s), 0);
        // The admin endpoint plays the same actions.
        HttpResult r = m_admin->post(u"/api/v1/admin/cases/%1/action"_s.arg(caseNumber),
                                     {{u"action"_s, u"complete"_s}, {u"note"_s, u""_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(run(u"deliver"_s), 0);

        r = c->get(u"/api/v1/changes?limit=2&cursor="_s + cursor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"hasMore"_s).toBool(), true);
        QStringList statuses;
        QString next = cursor;
        qint64 lastSeq = cursor.toLongLong();
        for (int page = 0; page < 20; ++page) {
            r = c->get(u"/api/v1/changes?limit=2&cursor="_s + next);
            for (const QJsonValue& v : r.json.value(u"changes"_s).toArray()) {
                const QJsonObject change = v.toObject();
                QVERIFY(change.value(u"seq"_s).toInteger() > lastSeq); // strictly growing
                lastSeq = change.value(u"seq"_s).toInteger();
                if (change.value(u"caseNumber"_s).toString() == caseNumber)
                    statuses.append(change.value(u"status"_s).toString());
            }
            next = r.json.value(u"cursor"_s).toString();
            if (!r.json.value(u"hasMore"_s).toBool())
                break;
        }
        QCOMPARE(statuses, QStringList({u"submitted"_s, u"under-review"_s, u"correction-requested"_s, u"under-review"_s,
                                        u"completed"_s, u"delivered"_s}));
        // At the end, the cursor stays put; the same cursor gives the same answer after a restart.
        r = c->get(u"/api/v1/changes?cursor="_s + next);
        QCOMPARE(r.json.value(u"changes"_s).toArray().size(), 0);
        QCOMPARE(r.json.value(u"cursor"_s).toString(), next);
        const HttpResult before = c->get(u"/api/v1/changes?limit=3&cursor="_s + cursor);
        QVERIFY(restart());
        auto c2 = clerk(w);
        const HttpResult afterRestart = c2->get(u"/api/v1/changes?limit=3&cursor="_s + cursor);
        QCOMPARE(afterRestart.json, before.json);
        // Other halls do not see this hall's cases.
        r = c2->get(u"/api/v1/cases/"_s + caseNumber);
        QCOMPARE(r.json.value(u"case"_s).toObject().value(u"status"_s).toString(), u"delivered"_s);
        QCOMPARE(r.json.value(u"case"_s).toObject().value(u"history"_s).toArray().size(), 6);
    }

    void supplementAfterCorrection()
    {
        Window w;
        w.windowNo = u"A01"_s;
        QVERIFY(enrol(w));
        auto c = clerk(w);
        const QJsonObject l = lease(*c, 2);
        const QByteArray m = "case material " + w.machineId.toLatin1();
        QVERIFY(upload(*c, m));
        const QString caseNumber = number(l, 0);
        QCOMPARE(c->post(u"/api/v1/cases"_s, signedCase(w, caseNumber, l.value(u"leaseId"_s).toString(), {m})).status,
                 201);
        for (const QString& action : {u"review"_s, u"correction"_s})
            QCOMPARE(m_platform->runCommand({u"case-action"_s, u"--data"_s, m_platform->dataDir(), caseNumber, action}),
                     0);
        const QByteArray extra = "supplemented material " + w.machineId.toLatin1();
        QJsonObject body{{u"supplementId"_s, uuid()},
                         {u"materials"_s, QJsonArray{QJsonObject{{u"materialId"_s, u"m9"_s},
                                                                 {u"source"_s, u"upload"_s},
                                                                 {u"sha256"_s, sha(extra)},
                                                                 {u"size"_s, extra.size()}}}},
                         {u"note"_s, u""_s}};
        const QByteArray signature = yc::platform::sign(w.algorithm, w.privateKey, yc::platform::canonicalJson(body));
        body.insert(u"signature"_s, QJsonObject{{u"algorithm"_s, w.algorithm},
                                                {u"value"_s, QString::fromLatin1(signature.toBase64())}});
        const QString path = u"/api/v1/cases/%1/supplements"_s.arg(caseNumber);
        HttpResult r = c->post(path, body);
        QCOMPARE(r.errorCode(), u"materials-missing"_s); // the platform never holds it without its materials
        QVERIFY(upload(*c, extra));
        QCOMPARE(c->post(path, body).status, 201);
        QCOMPARE(c->post(path, body).status, 200);
        r = c->get(u"/api/v1/cases/"_s + caseNumber);
        QCOMPARE(r.json.value(u"case"_s).toObject().value(u"status"_s).toString(), u"supplemented"_s);
        r = m_admin->get(u"/api/v1/admin/stats"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(u"cases"_s).toInt() >= 1);
        QCOMPARE(r.json.value(u"supplements"_s).toInt(), 1);
    }

    void lookupsAuditEvaluationsApprovals()
    {
        Window w;
        w.windowNo = u"A03"_s;
        QVERIFY(enrol(w));
        auto c = clerk(w);
        HttpResult r = c->post(u"/api/v1/licences/lookup"_s,
                               {{u"holderIdType"_s, u"resident-id"_s}, {u"holderId"_s, u"210202198503121015"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"licences"_s).toArray().size(), 2);
        r = c->post(u"/api/v1/licences/lookup"_s, {{u"holderIdType"_s, u"resident-id"_s},
                                                   {u"holderId"_s, u"210202198503121015"_s},
                                                   {u"types"_s, QJsonArray{u"户口簿"_s}}});
        QCOMPARE(r.json.value(u"licences"_s).toArray().size(), 1);
        r = c->post(u"/api/v1/credit/lookup"_s,
                    {{u"subjectIdType"_s, u"credit-code"_s}, {u"subjectId"_s, u"91210200YC90000243"_s}});
        QCOMPARE(r.json.value(u"warnings"_s).toArray().size(), 1);
        r = c->post(u"/api/v1/credit/lookup"_s,
                    {{u"subjectIdType"_s, u"credit-code"_s}, {u"subjectId"_s, u"92210202YC90000162"_s}});
        QCOMPARE(r.json.value(u"warnings"_s).toArray().size(), 0);

        // Audit entries form a hash chain (PROTOCOL.md §14.1), checked against what the platform holds.
        auto chained = [](qint64 seq, const QString& action, const QString& prevHash) {
            QJsonObject e{{u"seq"_s, seq},
                          {u"at"_s, u"2026-11-28T06:0%1:00.000Z"_s.arg(seq % 10)},
                          {u"staffId"_s, u"c1001"_s},
                          {u"windowNo"_s, u"A01"_s},
                          {u"action"_s, action},
                          {u"objectType"_s, QString()},
                          {u"objectId"_s, QString()},
                          {u"detail"_s, QString()},
                          {u"prevHash"_s, prevHash}};
            const QJsonArray fields{prevHash, seq,       e.value(u"at"_s), u"c1001"_s, u"A01"_s,
                                    action,   QString(), QString(),        QString()};
            e.insert(u"hash"_s,
                     QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact),
                                                                  QCryptographicHash::Sha256)
                                             .toHex()));
            return e;
        };
        const QJsonObject e1 = chained(1, u"case.accept"_s, QString(64, u'0'));
        const QJsonObject e2 = chained(2, u"staff.sign-in-online"_s, e1.value(u"hash"_s).toString());
        const QJsonObject batch{{u"batchId"_s, uuid()}, {u"entries"_s, QJsonArray{e1, e2}}};
        r = c->post(u"/api/v1/audit"_s, batch);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"accepted"_s).toInt(), 2);
        QCOMPARE(c->post(u"/api/v1/audit"_s, batch).status, 200);
        QJsonObject again = batch;
        again.insert(u"batchId"_s, uuid());
        r = c->post(u"/api/v1/audit"_s, again);
        QCOMPARE(r.json.value(u"duplicates"_s).toInt(), 2);
        // Refused: an edited entry, an entry that does not follow the last one held, a gap, and an
        // entry held already that comes again changed.
        QJsonObject edited = chained(3, u"case.accept"_s, e2.value(u"hash"_s).toString());
        edited.insert(u"detail"_s, u"decision=refused"_s);
        const QJsonObject e3 = chained(3, u"case.accept"_s, e1.value(u"hash"_s).toString());
        const QJsonObject e5 = chained(5, u"case.accept"_s, e2.value(u"hash"_s).toString());
        const QJsonObject e2changed = chained(2, u"case.refuse"_s, e1.value(u"hash"_s).toString());
        for (const QJsonObject& bad : {edited, e3, e5, e2changed}) {
            r = c->post(u"/api/v1/audit"_s, {{u"batchId"_s, uuid()}, {u"entries"_s, QJsonArray{bad}}});
            QCOMPARE(r.status, 422);
            QCOMPARE(r.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"audit-chain"_s);
        }
        r = c->post(u"/api/v1/audit"_s,
                    {{u"batchId"_s, uuid()},
                     {u"entries"_s, QJsonArray{chained(3, u"case.accept"_s, e2.value(u"hash"_s).toString())}}});
        QCOMPARE(r.status, 201);

        // Evaluations are for cases the platform holds.
        const QJsonObject l = lease(*c, 1);
        const QByteArray m = "evaluated case " + w.machineId.toLatin1();
        QVERIFY(upload(*c, m));
        QCOMPARE(c->post(u"/api/v1/cases"_s, signedCase(w, number(l, 0), l.value(u"leaseId"_s).toString(), {m})).status,
                 201);
        const QJsonObject evaluation{{u"evaluationId"_s, uuid()},
                                     {u"caseNumber"_s, number(l, 0)},
                                     {u"at"_s, u"2026-11-28T06:00:00Z"_s},
                                     {u"channel"_s, u"window-device"_s},
                                     {u"level"_s, 2},
                                     {u"indicators"_s, QJsonObject{{u"overall"_s, 2}, {u"attitude"_s, 1}}}};
        r = c->post(u"/api/v1/evaluations"_s, evaluation);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"evaluation"_s).toObject().value(u"followUp"_s).toBool(), true);
        QCOMPARE(c->post(u"/api/v1/evaluations"_s, evaluation).status, 200);
        QJsonObject badLevel = evaluation;
        badLevel.insert(u"evaluationId"_s, uuid());
        badLevel.insert(u"level"_s, 6);
        QCOMPARE(c->post(u"/api/v1/evaluations"_s, badLevel).status, 400);

        const QString approvalId = uuid();
        r = c->post(u"/api/v1/approvals"_s, {{u"approvalId"_s, approvalId},
                                             {u"kind"_s, u"accept-with-missing"_s},
                                             {u"caseId"_s, uuid()},
                                             {u"itemCode"_s, kItem},
                                             {u"reason"_s, u"非关键材料后补"_s},
                                             {u"deferredMaterials"_s, QJsonArray{u"m5"_s}}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"approval"_s).toObject().value(u"status"_s).toString(), u"pending"_s);
        auto sup = client();
        QCOMPARE(sup->signIn(u"s1001"_s, u"train-s1001"_s, w.machineId).status, 200);
        r = sup->get(u"/api/v1/approvals?status=pending"_s);
        QVERIFY(r.body.contains(approvalId.toLatin1()));
        QCOMPARE(c->post(u"/api/v1/approvals/%1/decision"_s.arg(approvalId), {{u"decision"_s, u"approved"_s}}).status,
                 403);
        r = sup->post(u"/api/v1/approvals/%1/decision"_s.arg(approvalId),
                      {{u"decision"_s, u"approved"_s}, {u"note"_s, u"同意"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"approval"_s).toObject().value(u"decidedBy"_s).toString(), u"s1001"_s);
        QCOMPARE(sup->post(u"/api/v1/approvals/%1/decision"_s.arg(approvalId), {{u"decision"_s, u"rejected"_s}}).status,
                 409);
        r = c->get(u"/api/v1/approvals/"_s + approvalId);
        QCOMPARE(r.json.value(u"approval"_s).toObject().value(u"status"_s).toString(), u"approved"_s);
    }

    void outboxImport()
    {
        Window w;
        w.windowNo = u"A04"_s;
        QVERIFY(enrol(w));
        auto c = clerk(w);
        const QJsonObject l = lease(*c, 10);
        const QString dir = yc::test::TestEnvironment::current()->freshDir(u"export"_s);
        QDir(dir).mkpath(u"cases"_s);
        QDir(dir).mkpath(u"materials"_s);
        QJsonArray cases;
        QJsonArray materials;
        QStringList caseIds;
        for (int i = 0; i < 3; ++i) {
            const QByteArray m = "exported material " + QByteArray::number(i) + w.machineId.toLatin1();
            QFile mf(dir + u"/materials/"_s + sha(m));
            QVERIFY(mf.open(QIODevice::WriteOnly));
            mf.write(m);
            materials.append(QJsonObject{
                {u"sha256"_s, sha(m)}, {u"size"_s, m.size()}, {u"file"_s, QString(u"materials/"_s + sha(m))}});
            const QJsonObject body = signedCase(w, number(l, i), l.value(u"leaseId"_s).toString(), {m});
            const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
            const QString caseId = body.value(u"caseId"_s).toString();
            caseIds.append(caseId);
            QFile cf(dir + u"/cases/"_s + caseId + u".json"_s);
            QVERIFY(cf.open(QIODevice::WriteOnly));
            cf.write(bytes);
            cases.append(QJsonObject{{u"caseId"_s, caseId},
                                     {u"caseNumber"_s, number(l, i)},
                                     {u"file"_s, QString(u"cases/"_s + caseId + u".json"_s)},
                                     {u"sha256"_s, sha(bytes)}});
        }
        // A fourth case refers to a material that is not in the export: refused.
        const QByteArray absent = "never exported";
        const QJsonObject orphan = signedCase(w, number(l, 3), l.value(u"leaseId"_s).toString(), {absent});
        const QByteArray orphanBytes = QJsonDocument(orphan).toJson(QJsonDocument::Compact);
        QFile of(dir + u"/cases/orphan.json"_s);
        QVERIFY(of.open(QIODevice::WriteOnly));
        of.write(orphanBytes);
        of.close();
        cases.append(QJsonObject{{u"caseId"_s, orphan.value(u"caseId"_s)},
                                 {u"caseNumber"_s, number(l, 3)},
                                 {u"file"_s, u"cases/orphan.json"_s},
                                 {u"sha256"_s, sha(orphanBytes)}});
        const QStringList args{u"import-outbox"_s,       u"--data"_s, m_platform->dataDir(), u"--config"_s,
                               m_platform->configPath(), dir};
        QCOMPARE(m_platform->runCommand(args), 3); // no manifest yet: an incomplete export
        QFile manifest(dir + u"/manifest.json"_s);
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QJsonDocument(QJsonObject{{u"format"_s, u"yichuang-outbox-export"_s},
                                                 {u"formatVersion"_s, 1},
                                                 {u"machineId"_s, w.machineId},
                                                 {u"hallCode"_s, kHall},
                                                 {u"windowNo"_s, w.windowNo},
                                                 {u"exportedAt"_s, u"2026-11-28T06:00:00Z"_s},
                                                 {u"cases"_s, cases},
                                                 {u"materials"_s, materials}})
                           .toJson());
        manifest.close();
        QByteArray out;
        QCOMPARE(m_platform->runCommand(args, &out), 1); // one refused
        QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(QJsonDocument::fromJson(lines[i]).object().value(u"result"_s).toString(), u"stored"_s);
        QCOMPARE(QJsonDocument::fromJson(lines[3]).object().value(u"code"_s).toString(), u"materials-missing"_s);
        QCOMPARE(m_platform->runCommand(args, &out), 1); // again: duplicates, nothing stored twice
        lines = out.trimmed().split('\n');
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(u"result"_s).toString(), u"duplicate"_s);
        // The running server sees the imported cases; the client sending them again gets duplicates.
        const HttpResult r = c->get(u"/api/v1/cases/"_s + number(l, 1));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"case"_s).toObject().value(u"caseId"_s).toString(), caseIds[1]);
    }

    void outboxImportStaysInsideTheExport()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(u"export-bad"_s);
        QDir(dir).mkpath(u"materials"_s);
        QFile outside(dir + u"/secret"_s);
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.write("outside");
        outside.close();
        Window w;
        w.windowNo = u"A01"_s;
        QVERIFY(enrol(w));
        QFile manifest(dir + u"/manifest.json"_s);
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(
            QJsonDocument(QJsonObject{{u"format"_s, u"yichuang-outbox-export"_s},
                                      {u"formatVersion"_s, 1},
                                      {u"machineId"_s, w.machineId},
                                      {u"cases"_s, QJsonArray()},
                                      {u"materials"_s, QJsonArray{QJsonObject{{u"sha256"_s, sha("outside")},
                                                                              {u"size"_s, 7},
                                                                              {u"file"_s, u"materials/../secret"_s}}}}})
                .toJson());
        manifest.close();
        QByteArray err;
        QCOMPARE(m_platform->runCommand({u"import-outbox"_s, u"--data"_s, m_platform->dataDir(), u"--config"_s,
                                         m_platform->configPath(), dir},
                                        nullptr, &err),
                 3);
        QVERIFY(err.contains("bad material entry"));
        // An export of a machine the platform does not know cannot be imported.
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QJsonDocument(QJsonObject{{u"format"_s, u"yichuang-outbox-export"_s},
                                                 {u"formatVersion"_s, 1},
                                                 {u"machineId"_s, uuid()},
                                                 {u"cases"_s, QJsonArray()}})
                           .toJson());
        manifest.close();
        QCOMPARE(m_platform->runCommand({u"import-outbox"_s, u"--data"_s, m_platform->dataDir(), u"--config"_s,
                                         m_platform->configPath(), dir}),
                 3);
    }

    void passwordHashInConfig()
    {
        QProcess hasher;
        hasher.start(PlatformFixture::binary(), {u"hash-password"_s});
        QVERIFY(hasher.waitForStarted());
        hasher.write("a-real-secret\n");
        hasher.closeWriteChannel();
        QVERIFY(hasher.waitForFinished(30000));
        QCOMPARE(hasher.exitCode(), 0);
        const QString hash = QString::fromLatin1(hasher.readAllStandardOutput().trimmed());
        QVERIFY(hash.startsWith(u"pbkdf2-sha256$"_s));
        QVERIFY(!hash.contains(u"a-real-secret"_s));
        QVERIFY(yc::platform::verifyPassword(u"a-real-secret"_s, hash));
        QVERIFY(!yc::platform::verifyPassword(u"a-real-secreT"_s, hash));

        QFile training(PlatformFixture::trainingConfig());
        QVERIFY(training.open(QIODevice::ReadOnly));
        QJsonObject config = QJsonDocument::fromJson(training.readAll()).object();
        config.insert(u"catalog"_s,
                      QString(QStringLiteral(YC_SOURCE_DIR) + u"/resources/catalog/training-catalog.json"_s));
        config.insert(u"calendar"_s,
                      QString(QStringLiteral(YC_SOURCE_DIR) + u"/resources/calendar/cn_workdays.json"_s));
        QJsonArray staff = config.value(u"staff"_s).toArray();
        QJsonObject admin = staff.at(3).toObject();
        QCOMPARE(admin.value(u"staffId"_s).toString(), u"a1001"_s);
        admin.remove(u"password"_s);
        admin.insert(u"passwordHash"_s, hash);
        staff.replace(3, admin);
        config.insert(u"staff"_s, staff);
        const QString dir = yc::test::TestEnvironment::current()->freshDir(u"hashed"_s);
        QFile file(dir + u"/config.json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
        file.close();
        PlatformFixture other(dir + u"/data"_s, file.fileName());
        QVERIFY2(other.start(), other.serverLog().constData());
        PlatformClient c(other.baseUrl());
        QCOMPARE(c.signIn(u"a1001"_s, u"train-a1001"_s).status, 401);
        QCOMPARE(c.signIn(u"a1001"_s, u"a-real-secret"_s).status, 200);
        QCOMPARE(other.stop(), 0);
    }

    void clientCertificateRequired()
    {
        const bool restarted = restart({u"--client-ca"_s, PlatformFixture::certsDir() + u"/client-ca.pem"_s});
        QVERIFY2(restarted, m_platform->serverLog().constData());
        PlatformClient withCert(m_platform->baseUrl(), PlatformFixture::clientTls(true));
        QCOMPARE(withCert.get(u"/api/v1/health"_s).status, 200);
        PlatformClient withoutCert(m_platform->baseUrl(), PlatformFixture::clientTls(false));
        withoutCert.setTimeoutMs(10000);
        const HttpResult r = withoutCert.get(u"/api/v1/health"_s);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(restart());
    }

    void wrongServerCertificateRefused()
    {
        // A client that trusts only another CA refuses this server.
        QSslConfiguration tls = PlatformFixture::clientTls();
        tls.setCaCertificates(QSslCertificate::fromPath(PlatformFixture::certsDir() + u"/other-ca.pem"_s));
        PlatformClient c(m_platform->baseUrl(), tls);
        const HttpResult r = c.get(u"/api/v1/health"_s);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    }
};

YC_TEST_MAIN(TestPlatformServer)
#include "TestPlatformServer.moc"
