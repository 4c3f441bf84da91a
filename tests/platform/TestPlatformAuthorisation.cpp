// The platform's authorisation rules (PROTOCOL.md §1.4): each rule, what it allows and its refusal
// (status and error code), through the real process over loopback TLS.
#include "PlatformCrypto.h"
#include "PlatformFixture.h"
#include "TestMain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using yc::test::HttpResult;
using yc::test::PlatformClient;
using yc::test::PlatformFixture;

namespace {

const QString kHallA = u"21020001"_s; // a1001, s1001, c1001, c1002; windows A01-A04
const QString kHallB = u"21020201"_s; // a2001, s2001, c2001; windows B01-B03
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

struct Window
{
    QString machineId = uuid();
    QString hallCode;
    QString windowNo;
    QByteArray privateKey;
    QByteArray publicKey;
    QString algorithm = u"ecdsa-p256-sha256"_s;
    QJsonObject lease;
    int used = 0;
};

QJsonObject localApproval(const QString& kind, const QString& supervisorId)
{
    return {{u"approvalId"_s, uuid()},
            {u"kind"_s, kind},
            {u"supervisorId"_s, supervisorId},
            {u"mode"_s, u"local"_s},
            {u"decidedAt"_s, u"2026-11-28T06:00:00Z"_s}};
}

QJsonObject remoteApproval(const QString& approvalId, const QString& kind)
{
    return {{u"approvalId"_s, approvalId}, {u"kind"_s, kind}, {u"mode"_s, u"remote"_s}};
}

bool privateToOwner(const QString& path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileInfo info(path);
    if (!info.exists() || (info.permissions() & others) != 0) {
        qWarning("%s: permissions %x", qPrintable(path), static_cast<unsigned>(info.permissions()));
        return false;
    }
    return true;
}

} // namespace

class TestPlatformAuthorisation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlatformFixture> m_platform;
    std::unique_ptr<PlatformClient> m_adminA;
    std::unique_ptr<PlatformClient> m_adminB;
    Window m_a; // hall A, window A01
    Window m_b; // hall B, window B01

    std::unique_ptr<PlatformClient> signedIn(const QString& staffId, const QString& machineId = {})
    {
        auto c = std::make_unique<PlatformClient>(m_platform->baseUrl());
        const HttpResult r = c->signIn(staffId, u"train-"_s + staffId, machineId);
        if (r.status != 200)
            qWarning() << "sign-in" << staffId << r.status << r.body;
        return c;
    }

    bool enrol(PlatformClient& admin, Window& w)
    {
        if (!yc::platform::generateKeyPair(w.algorithm, &w.privateKey, &w.publicKey))
            return false;
        const HttpResult r = admin.post(u"/api/v1/machines"_s, {{u"machineId"_s, w.machineId},
                                                                {u"hallCode"_s, w.hallCode},
                                                                {u"windowNo"_s, w.windowNo},
                                                                {u"keyAlgorithm"_s, w.algorithm},
                                                                {u"publicKey"_s, QString::fromLatin1(w.publicKey)}});
        if (r.status != 201)
            qWarning() << "enrol" << r.status << r.body;
        return r.status == 201;
    }

    bool lease(PlatformClient& c, Window& w)
    {
        const HttpResult r =
            c.post(u"/api/v1/leases"_s, {{u"requestId"_s, uuid()}, {u"year"_s, thisYear()}, {u"count"_s, 100}});
        w.lease = r.json.value(u"lease"_s).toObject();
        w.used = 0;
        return r.status == 201;
    }

    bool upload(PlatformClient& c, const QByteArray& bytes)
    {
        const HttpResult r = c.put(u"/api/v1/materials/%1?offset=0&size=%2"_s.arg(sha(bytes)).arg(bytes.size()), bytes);
        return r.status == 201 || (r.status == 200 && r.json.value(u"complete"_s).toBool());
    }

    // A signed case of window w under the next number of its lease.
    QJsonObject signedCase(Window& w, const QString& staffId, const QList<QByteArray>& materials,
                           const QString& decision = u"accepted"_s, const QJsonArray& approvals = {},
                           const QString& caseId = uuid())
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
        const QString number = u"%1-%2-%3"_s.arg(w.hallCode)
                                   .arg(thisYear())
                                   .arg(w.lease.value(u"first"_s).toInteger() + w.used++, 6, 10, QLatin1Char('0'));
        QJsonObject body{{u"caseId"_s, caseId},
                         {u"caseNumber"_s, number},
                         {u"leaseId"_s, w.lease.value(u"leaseId"_s).toString()},
                         {u"machineId"_s, w.machineId},
                         {u"hallCode"_s, w.hallCode},
                         {u"windowNo"_s, w.windowNo},
                         {u"staffId"_s, staffId},
                         {u"itemCode"_s, kItem},
                         {u"itemVersion"_s, 1},
                         {u"catalogVersion"_s, 1},
                         {u"decision"_s, decision},
                         {u"acceptedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {u"promisedDate"_s, u"2026-12-10"_s},
                         {u"applicant"_s, QJsonObject{{u"kind"_s, u"person"_s},
                                                      {u"idType"_s, u"resident-id"_s},
                                                      {u"idNumber"_s, u"210202198503121015"_s},
                                                      {u"name"_s, u"测试甲乙"_s}}},
                         {u"situations"_s, QJsonObject()},
                         {u"materials"_s, refs},
                         {u"notes"_s, u""_s}};
        if (decision == u"accepted-with-missing"_s)
            body.insert(u"deferredMaterials"_s,
                        QJsonArray{QJsonObject{{u"materialId"_s, u"m5"_s}, {u"dueDate"_s, u"2026-12-05"_s}}});
        if (!approvals.isEmpty())
            body.insert(u"approvals"_s, approvals);
        const QByteArray signature = yc::platform::sign(w.algorithm, w.privateKey, yc::platform::canonicalJson(body));
        body.insert(u"signature"_s, QJsonObject{{u"algorithm"_s, w.algorithm},
                                                {u"value"_s, QString::fromLatin1(signature.toBase64())}});
        return body;
    }

    // A remote approval asked by `clerk` for caseId and, unless decision is empty, decided by `supervisor`.
    QString remote(PlatformClient& clerk, PlatformClient* supervisor, const QString& kind, const QString& caseId,
                   const QString& decision = u"approved"_s)
    {
        const QString approvalId = uuid();
        HttpResult r = clerk.post(u"/api/v1/approvals"_s, {{u"approvalId"_s, approvalId},
                                                           {u"kind"_s, kind},
                                                           {u"caseId"_s, caseId},
                                                           {u"itemCode"_s, kItem},
                                                           {u"reason"_s, u"理由"_s}});
        if (r.status != 201)
            qWarning() << "approval" << r.status << r.body;
        if (supervisor && !decision.isEmpty()) {
            r = supervisor->post(u"/api/v1/approvals/%1/decision"_s.arg(approvalId), {{u"decision"_s, decision}});
            if (r.status != 200)
                qWarning() << "decision" << r.status << r.body;
        }
        return approvalId;
    }

    static void refused(const HttpResult& r, int status, const QString& code)
    {
        QVERIFY2(r.status == status && r.errorCode() == code,
                 qPrintable(u"expected %1 %2, got %3 %4"_s.arg(status).arg(code).arg(r.status).arg(
                     QString::fromUtf8(r.body))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(PlatformFixture::binary()), "yichuang-platform is not built");
        const QString dir = yc::test::TestEnvironment::current()->freshDir(u"platform"_s);
        // A data directory made open to everyone beforehand: the platform closes it.
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                               QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                               QFileDevice::ExeOther));
        m_platform = std::make_unique<PlatformFixture>(dir);
        QVERIFY2(m_platform->start(), m_platform->serverLog().constData());
        m_adminA = signedIn(u"a1001"_s);
        m_adminB = signedIn(u"a2001"_s);
        m_a.hallCode = kHallA;
        m_a.windowNo = u"A01"_s;
        m_b.hallCode = kHallB;
        m_b.windowNo = u"B01"_s;
        QVERIFY(enrol(*m_adminA, m_a));
        QVERIFY(enrol(*m_adminB, m_b));
    }

    void cleanupTestCase()
    {
        if (m_platform)
            QCOMPARE(m_platform->stop(), 0);
    }

    // accepted-with-missing and refused need an approval of their kind; an approval cited by a case
    // holds for it (approved, that case, that hall, that decision); a local one names a supervisor of
    // the hall. accepted and correction-notified go without one, as the client sends them today.
    void approvalsCitedByACase()
    {
        auto clerk = signedIn(u"c1001"_s, m_a.machineId);
        auto supervisor = signedIn(u"s1001"_s, m_a.machineId);
        QVERIFY(lease(*clerk, m_a));
        const QByteArray m = "approval material " + m_a.machineId.toLatin1();
        QVERIFY(upload(*clerk, m));

        QCOMPARE(clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m})).status, 201);
        QCOMPARE(clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"correction-notified"_s)).status,
                 201);

        // No approval at all.
        refused(clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"accepted-with-missing"_s)), 422,
                u"invalid"_s);
        refused(clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"refused"_s)), 422, u"invalid"_s);
        // An approval of another kind than the decision needs.
        refused(clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"refused"_s,
                                                           {localApproval(u"accept-with-missing"_s, u"s1001"_s)})),
                422, u"invalid"_s);
        // Local approvals: a supervisor of the hall, not a clerk, not another hall's supervisor, not nobody.
        refused(clerk->post(u"/api/v1/cases"_s,
                            signedCase(m_a, u"c1001"_s, {m}, u"refused"_s, {localApproval(u"refusal"_s, u"c1002"_s)})),
                422, u"invalid"_s);
        refused(clerk->post(u"/api/v1/cases"_s,
                            signedCase(m_a, u"c1001"_s, {m}, u"refused"_s, {localApproval(u"refusal"_s, u"s2001"_s)})),
                403, u"forbidden"_s);
        QJsonObject unnamed = localApproval(u"refusal"_s, {});
        unnamed.remove(u"supervisorId"_s);
        refused(clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"refused"_s, {unnamed})), 400,
                u"bad-request"_s);
        HttpResult r = clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"refused"_s,
                                                                  {localApproval(u"refusal"_s, u"s1001"_s)}));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"case"_s).toObject().value(u"status"_s).toString(), u"refused"_s);

        // Remote approvals: approved, for this case, of this hall, for this decision.
        QString caseId = uuid();
        const QString pending = remote(*clerk, nullptr, u"accept-with-missing"_s, caseId);
        refused(
            clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"accepted-with-missing"_s,
                                                       {remoteApproval(pending, u"accept-with-missing"_s)}, caseId)),
            422, u"invalid"_s);
        const QString rejected = remote(*clerk, supervisor.get(), u"accept-with-missing"_s, caseId, u"rejected"_s);
        refused(
            clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"accepted-with-missing"_s,
                                                       {remoteApproval(rejected, u"accept-with-missing"_s)}, caseId)),
            422, u"invalid"_s);
        const QString otherCase = remote(*clerk, supervisor.get(), u"accept-with-missing"_s, uuid());
        refused(
            clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"accepted-with-missing"_s,
                                                       {remoteApproval(otherCase, u"accept-with-missing"_s)}, caseId)),
            422, u"invalid"_s);
        const QString refusal = remote(*clerk, supervisor.get(), u"refusal"_s, caseId);
        refused(clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"accepted-with-missing"_s,
                                                           {remoteApproval(refusal, u"refusal"_s)}, caseId)),
                422, u"invalid"_s);
        // Cited under another kind than it was asked as.
        refused(
            clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"accepted-with-missing"_s,
                                                       {remoteApproval(refusal, u"accept-with-missing"_s)}, caseId)),
            422, u"invalid"_s);
        refused(clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"accepted-with-missing"_s,
                                                           {remoteApproval(uuid(), u"accept-with-missing"_s)}, caseId)),
                422, u"invalid"_s);
        // Asked and approved in hall B, cited by a case of hall A.
        auto clerkB = signedIn(u"c2001"_s, m_b.machineId);
        auto supervisorB = signedIn(u"s2001"_s, m_b.machineId);
        const QString otherHall = remote(*clerkB, supervisorB.get(), u"accept-with-missing"_s, caseId);
        refused(
            clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"accepted-with-missing"_s,
                                                       {remoteApproval(otherHall, u"accept-with-missing"_s)}, caseId)),
            403, u"forbidden"_s);
        const QString good = remote(*clerk, supervisor.get(), u"accept-with-missing"_s, caseId);
        r = clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"accepted-with-missing"_s,
                                                       {remoteApproval(good, u"accept-with-missing"_s)}, caseId));
        QCOMPARE(r.status, 201);
        // An override stands behind an acceptance, never behind a refusal.
        refused(clerk->post(u"/api/v1/cases"_s, signedCase(m_a, u"c1001"_s, {m}, u"refused"_s,
                                                           {localApproval(u"refusal"_s, u"s1001"_s),
                                                            localApproval(u"override"_s, u"s1001"_s)})),
                422, u"invalid"_s);
        QCOMPARE(clerk
                     ->post(u"/api/v1/cases"_s,
                            signedCase(m_a, u"c1001"_s, {m}, u"accepted"_s, {localApproval(u"override"_s, u"s1001"_s)}))
                     .status,
                 201);
    }

    // A case's staffId is the signed-in staff member; an imported case names a clerk or supervisor
    // of the machine's hall.
    void caseStaffIsTheSignedInStaff()
    {
        auto clerk = signedIn(u"c1001"_s, m_a.machineId);
        auto other = signedIn(u"c1002"_s, m_a.machineId);
        QVERIFY(lease(*clerk, m_a));
        const QByteArray m = "staff material " + m_a.machineId.toLatin1();
        QVERIFY(upload(*clerk, m));
        const QJsonObject byOther = signedCase(m_a, u"c1002"_s, {m});
        refused(clerk->post(u"/api/v1/cases"_s, byOther), 403, u"forbidden"_s);
        QCOMPARE(other->post(u"/api/v1/cases"_s, byOther).status, 201);
        // Sent again under another staff member's token: still refused, not a duplicate.
        refused(clerk->post(u"/api/v1/cases"_s, byOther), 403, u"forbidden"_s);

        // Outbox import has no token: the staff member must be a clerk or supervisor of the hall.
        const QString dir = yc::test::TestEnvironment::current()->freshDir(u"export-staff"_s);
        QVERIFY(QDir(dir).mkpath(u"cases"_s));
        QJsonArray entries;
        const QStringList staff{u"a1001"_s, u"c2001"_s, u"nobody"_s, u"c1002"_s};
        for (const QString& staffId : staff) {
            const QJsonObject body = signedCase(m_a, staffId, {m});
            const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
            const QString file = u"cases/%1.json"_s.arg(body.value(u"caseId"_s).toString());
            QFile f(dir + u'/' + file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            entries.append(QJsonObject{{u"caseId"_s, body.value(u"caseId"_s)},
                                       {u"caseNumber"_s, body.value(u"caseNumber"_s)},
                                       {u"file"_s, file},
                                       {u"sha256"_s, sha(bytes)}});
        }
        QFile manifest(dir + u"/manifest.json"_s);
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QJsonDocument(QJsonObject{{u"format"_s, u"yichuang-outbox-export"_s},
                                                 {u"formatVersion"_s, 1},
                                                 {u"machineId"_s, m_a.machineId},
                                                 {u"cases"_s, entries}})
                           .toJson());
        manifest.close();
        QByteArray out;
        QCOMPARE(m_platform->runCommand({u"import-outbox"_s, u"--data"_s, m_platform->dataDir(), u"--config"_s,
                                         m_platform->configPath(), dir},
                                        &out),
                 1);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(QJsonDocument::fromJson(lines[i]).object().value(u"code"_s).toString(), u"forbidden"_s);
        QCOMPARE(QJsonDocument::fromJson(lines[3]).object().value(u"result"_s).toString(), u"stored"_s);
    }

    // Materials are read by supervisors and admins of a hall with a case or supplement that refers
    // to them.
    void materialDownloads()
    {
        auto clerk = signedIn(u"c1001"_s, m_a.machineId);
        auto supervisor = signedIn(u"s1001"_s, m_a.machineId);
        auto supervisorB = signedIn(u"s2001"_s, m_b.machineId);
        QVERIFY(lease(*clerk, m_a));
        const QByteArray inCase = "downloaded material " + m_a.machineId.toLatin1();
        const QByteArray inSupplement = "supplemented material " + m_a.machineId.toLatin1();
        const QByteArray loose = "material of no case " + m_a.machineId.toLatin1();
        for (const QByteArray& bytes : {inCase, inSupplement, loose})
            QVERIFY(upload(*clerk, bytes));
        const QJsonObject c = signedCase(m_a, u"c1001"_s, {inCase});
        QCOMPARE(clerk->post(u"/api/v1/cases"_s, c).status, 201);
        QJsonObject supplement{{u"supplementId"_s, uuid()},
                               {u"materials"_s, QJsonArray{QJsonObject{{u"materialId"_s, u"m9"_s},
                                                                       {u"source"_s, u"upload"_s},
                                                                       {u"sha256"_s, sha(inSupplement)},
                                                                       {u"size"_s, inSupplement.size()}}}},
                               {u"note"_s, u""_s}};
        const QByteArray signature =
            yc::platform::sign(m_a.algorithm, m_a.privateKey, yc::platform::canonicalJson(supplement));
        supplement.insert(u"signature"_s, QJsonObject{{u"algorithm"_s, m_a.algorithm},
                                                      {u"value"_s, QString::fromLatin1(signature.toBase64())}});
        QCOMPARE(
            clerk->post(u"/api/v1/cases/%1/supplements"_s.arg(c.value(u"caseNumber"_s).toString()), supplement).status,
            201);

        const QString path = u"/api/v1/materials/"_s;
        HttpResult r = supervisor->get(path + sha(inCase));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body == inCase);
        QVERIFY(m_adminA->get(path + sha(inCase)).body == inCase);
        QVERIFY(m_adminA->get(path + sha(inSupplement)).body == inSupplement);
        refused(clerk->get(path + sha(inCase)), 403, u"forbidden"_s);
        refused(supervisorB->get(path + sha(inCase)), 403, u"forbidden"_s);
        refused(m_adminB->get(path + sha(inSupplement)), 403, u"forbidden"_s);
        refused(m_adminA->get(path + sha(loose)), 403, u"forbidden"_s);
        refused(m_adminA->get(path + sha("never uploaded")), 404, u"not-found"_s);
        // Once a case of hall B refers to it, hall B's supervisor reads it too.
        auto clerkB = signedIn(u"c2001"_s, m_b.machineId);
        QVERIFY(lease(*clerkB, m_b));
        QCOMPARE(clerkB->post(u"/api/v1/cases"_s, signedCase(m_b, u"c2001"_s, {inCase})).status, 201);
        QVERIFY(supervisorB->get(path + sha(inCase)).body == inCase);

        // A data directory from before the material references: they are rebuilt from the stored
        // cases and supplements when the platform opens it.
        QCOMPARE(m_platform->stop(), 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(m_platform->dataDir() + u"/platform.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DROP TABLE material_refs"_s));
            QVERIFY(q.exec(u"DELETE FROM meta WHERE key = 'material_refs'"_s));
        }
        QSqlDatabase::removeDatabase(u"older"_s);
        QVERIFY(m_platform->start());
        m_adminA = signedIn(u"a1001"_s);
        m_adminB = signedIn(u"a2001"_s);
        QVERIFY(m_adminA->get(path + sha(inCase)).body == inCase);
        QVERIFY(m_adminA->get(path + sha(inSupplement)).body == inSupplement);
        QVERIFY(m_adminB->get(path + sha(inCase)).body == inCase);
        refused(m_adminB->get(path + sha(inSupplement)), 403, u"forbidden"_s);
        refused(m_adminA->get(path + sha(loose)), 403, u"forbidden"_s);
    }

    // Evaluations are for cases the platform holds, of the token's hall.
    void evaluationsForCasesOfTheHall()
    {
        auto clerk = signedIn(u"c1001"_s, m_a.machineId);
        auto clerkB = signedIn(u"c2001"_s, m_b.machineId);
        QVERIFY(lease(*clerk, m_a));
        const QByteArray m = "evaluated material " + m_a.machineId.toLatin1();
        QVERIFY(upload(*clerk, m));
        const QJsonObject c = signedCase(m_a, u"c1001"_s, {m});
        QCOMPARE(clerk->post(u"/api/v1/cases"_s, c).status, 201);
        QJsonObject evaluation{{u"evaluationId"_s, uuid()},
                               {u"caseNumber"_s, c.value(u"caseNumber"_s)},
                               {u"at"_s, u"2026-11-28T06:00:00Z"_s},
                               {u"channel"_s, u"window-device"_s},
                               {u"level"_s, 5}};
        refused(clerkB->post(u"/api/v1/evaluations"_s, evaluation), 403, u"forbidden"_s);
        QCOMPARE(clerk->post(u"/api/v1/evaluations"_s, evaluation).status, 201);
        evaluation.insert(u"evaluationId"_s, uuid());
        evaluation.insert(u"caseNumber"_s, u"%1-%2-999999"_s.arg(kHallA).arg(thisYear()));
        refused(clerk->post(u"/api/v1/evaluations"_s, evaluation), 422, u"invalid"_s);
    }

    // A remote approval is decided by a supervisor of its hall only: a clerk's token (also the
    // asking clerk's), an admin's and another hall's supervisor's are refused, and nothing changes.
    void approvalsDecidedBySupervisorsOfTheHall()
    {
        auto clerk = signedIn(u"c1001"_s, m_a.machineId);
        auto otherClerk = signedIn(u"c1002"_s, m_a.machineId);
        auto admin = signedIn(u"a1001"_s, m_a.machineId);
        auto supervisor = signedIn(u"s1001"_s, m_a.machineId);
        auto supervisorB = signedIn(u"s2001"_s, m_b.machineId);
        const QString approvalId = remote(*clerk, nullptr, u"refusal"_s, uuid());
        const QString path = u"/api/v1/approvals/%1/decision"_s.arg(approvalId);
        const QJsonObject approve{{u"decision"_s, u"approved"_s}, {u"note"_s, u"ok"_s}};
        refused(clerk->post(path, approve), 403, u"forbidden"_s);
        refused(otherClerk->post(path, approve), 403, u"forbidden"_s);
        refused(otherClerk->post(path, {{u"decision"_s, u"rejected"_s}, {u"note"_s, u"no"_s}}), 403, u"forbidden"_s);
        refused(admin->post(path, approve), 403, u"forbidden"_s);
        refused(supervisorB->post(path, approve), 403, u"forbidden"_s);
        HttpResult r = clerk->get(u"/api/v1/approvals/"_s + approvalId);
        QCOMPARE(r.json.value(u"approval"_s).toObject().value(u"status"_s).toString(), u"pending"_s);
        r = supervisor->post(path, approve);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"approval"_s).toObject().value(u"decidedBy"_s).toString(), u"s1001"_s);
    }

    // The follow-up of a bad evaluation (§14): a supervisor of the evaluated case's hall, once per
    // evaluation, only for an evaluation that opened one.
    void evaluationFollowUpBySupervisorsOfTheHall()
    {
        auto clerk = signedIn(u"c1001"_s, m_a.machineId);
        auto supervisor = signedIn(u"s1001"_s, m_a.machineId);
        auto supervisorB = signedIn(u"s2001"_s, m_b.machineId);
        QVERIFY(lease(*clerk, m_a));
        const QByteArray m = "followed-up material " + m_a.machineId.toLatin1();
        QVERIFY(upload(*clerk, m));
        const QJsonObject c = signedCase(m_a, u"c1001"_s, {m});
        QCOMPARE(clerk->post(u"/api/v1/cases"_s, c).status, 201);
        auto evaluate = [&](int level) {
            const QString id = uuid();
            const HttpResult r = clerk->post(u"/api/v1/evaluations"_s, {{u"evaluationId"_s, id},
                                                                        {u"caseNumber"_s, c.value(u"caseNumber"_s)},
                                                                        {u"at"_s, u"2026-11-28T06:00:00Z"_s},
                                                                        {u"channel"_s, u"window-device"_s},
                                                                        {u"level"_s, level}});
            if (r.status != 201)
                qWarning() << "evaluation" << r.status << r.body;
            return id;
        };
        const QString bad = evaluate(1);
        const QString good = evaluate(4);
        const QJsonObject followUp{{u"rectification"_s, u"窗口已补充告知单"_s},
                                   {u"callback"_s, u"已电话回访，申请人表示理解"_s},
                                   {u"at"_s, u"2026-11-30T03:00:00.000Z"_s}};
        const QString path = u"/api/v1/evaluations/%1/follow-up"_s;
        refused(clerk->post(path.arg(bad), followUp), 403, u"forbidden"_s);
        refused(supervisorB->post(path.arg(bad), followUp), 403, u"forbidden"_s);
        refused(supervisor->post(path.arg(uuid()), followUp), 404, u"not-found"_s);
        refused(supervisor->post(path.arg(good), followUp), 422, u"invalid"_s);
        refused(supervisor->post(path.arg(bad), {{u"rectification"_s, u"x"_s}, {u"at"_s, u"2026-11-30T03:00:00Z"_s}}),
                400, u"bad-request"_s);
        HttpResult r = supervisor->post(path.arg(bad), followUp);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"followUp"_s).toObject().value(u"recordedBy"_s).toString(), u"s1001"_s);
        r = supervisor->post(path.arg(bad), followUp);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(u"followUp"_s).toObject().value(u"duplicate"_s).toBool());
        QJsonObject other = followUp;
        other.insert(u"callback"_s, u"另一条记录"_s);
        refused(supervisor->post(path.arg(bad), other), 409, u"id-conflict"_s);
    }

    // An admin acts only in their own hall: enrolment, sign-in on a machine, hall queries, case
    // reads and department actions.
    void adminsActInTheirOwnHall()
    {
        auto clerk = signedIn(u"c1001"_s, m_a.machineId);
        QVERIFY(lease(*clerk, m_a));
        const QByteArray m = "admin material " + m_a.machineId.toLatin1();
        QVERIFY(upload(*clerk, m));
        const QJsonObject c = signedCase(m_a, u"c1001"_s, {m});
        QCOMPARE(clerk->post(u"/api/v1/cases"_s, c).status, 201);
        const QString caseNumber = c.value(u"caseNumber"_s).toString();

        Window intoA;
        intoA.hallCode = kHallA;
        intoA.windowNo = u"A02"_s;
        QVERIFY(!enrol(*m_adminB, intoA));
        refused(m_adminB->post(u"/api/v1/machines"_s, {{u"machineId"_s, intoA.machineId},
                                                       {u"hallCode"_s, kHallA},
                                                       {u"windowNo"_s, u"A02"_s},
                                                       {u"keyAlgorithm"_s, intoA.algorithm},
                                                       {u"publicKey"_s, QString::fromLatin1(intoA.publicKey)}}),
                403, u"forbidden"_s);
        QVERIFY(enrol(*m_adminA, intoA));

        PlatformClient onOtherMachine(m_platform->baseUrl());
        refused(onOtherMachine.signIn(u"a2001"_s, u"train-a2001"_s, m_a.machineId), 403, u"forbidden"_s);
        QCOMPARE(onOtherMachine.signIn(u"a1001"_s, u"train-a1001"_s, m_a.machineId).status, 200);

        HttpResult r = m_adminB->get(u"/api/v1/halls"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"halls"_s).toArray().size(), 1);
        QCOMPARE(r.json.value(u"halls"_s).toArray().at(0).toObject().value(u"hallCode"_s).toString(), kHallB);
        r = m_adminB->get(u"/api/v1/hall/cases?limit=500"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains(caseNumber.toLatin1()));
        QVERIFY(m_adminA->get(u"/api/v1/hall/cases?limit=500"_s).body.contains(caseNumber.toLatin1()));

        refused(m_adminB->get(u"/api/v1/cases/"_s + caseNumber), 403, u"forbidden"_s);
        QCOMPARE(m_adminA->get(u"/api/v1/cases/"_s + caseNumber).status, 200);
        const QString action = u"/api/v1/admin/cases/%1/action"_s.arg(caseNumber);
        refused(m_adminB->post(action, {{u"action"_s, u"review"_s}}), 403, u"forbidden"_s);
        r = m_adminA->post(action, {{u"action"_s, u"review"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"case"_s).toObject().value(u"status"_s).toString(), u"under-review"_s);
    }

    // Re-enrolling a machine into another hall revokes every token issued for it; a new window in
    // the same hall does not.
    void reEnrolmentIntoAnotherHallRevokesTokens()
    {
        Window w;
        w.hallCode = kHallA;
        w.windowNo = u"A03"_s;
        QVERIFY(enrol(*m_adminA, w));
        auto clerk = std::make_unique<PlatformClient>(m_platform->baseUrl());
        HttpResult r = clerk->signIn(u"c1001"_s, u"train-c1001"_s, w.machineId);
        QCOMPARE(r.status, 200);
        const QString refreshToken = r.json.value(u"refreshToken"_s).toString();
        QCOMPARE(clerk->get(u"/api/v1/machine"_s).status, 200);

        QJsonObject request{{u"machineId"_s, w.machineId},
                            {u"hallCode"_s, kHallA},
                            {u"windowNo"_s, u"A04"_s},
                            {u"keyAlgorithm"_s, w.algorithm},
                            {u"publicKey"_s, QString::fromLatin1(w.publicKey)},
                            {u"replace"_s, true}};
        QCOMPARE(m_adminA->post(u"/api/v1/machines"_s, request).status, 201);
        r = clerk->get(u"/api/v1/machine"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"window"_s).toObject().value(u"windowNo"_s).toString(), u"A04"_s);

        request.insert(u"hallCode"_s, kHallB);
        request.insert(u"windowNo"_s, u"B02"_s);
        QCOMPARE(m_adminB->post(u"/api/v1/machines"_s, request).status, 201);
        refused(clerk->get(u"/api/v1/machine"_s), 401, u"unauthenticated"_s);
        refused(clerk->post(u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, refreshToken}}), 401, u"unauthenticated"_s);
        // Hall A's clerk cannot sign in on it any more; hall B's can.
        refused(clerk->signIn(u"c1001"_s, u"train-c1001"_s, w.machineId), 403, u"forbidden"_s);
        auto clerkB = signedIn(u"c2001"_s, w.machineId);
        QCOMPARE(clerkB->get(u"/api/v1/machine"_s).json.value(u"hall"_s).toObject().value(u"hallCode"_s).toString(),
                 kHallB);
    }

    // The data directory, store, WAL and materials (stored, partial and imported) are the user's only;
    // so is the log file the fixture writes.
    void platformFilesArePrivate()
    {
        auto clerk = signedIn(u"c1001"_s, m_a.machineId);
        const QByteArray big(300 * 1024, 'p');
        HttpResult r = clerk->put(u"/api/v1/materials/%1?offset=0&size=%2"_s.arg(sha(big)).arg(big.size() + 10), big);
        QCOMPARE(r.status, 200); // partial
        const QDir data(m_platform->dataDir());
        QVERIFY(privateToOwner(data.path()));
        QVERIFY(privateToOwner(data.filePath(u"materials"_s)));
        QVERIFY(privateToOwner(data.filePath(u"platform.sqlite"_s)));
        QVERIFY(privateToOwner(data.filePath(u"platform.sqlite-wal"_s)));
        QVERIFY(privateToOwner(data.filePath(u"platform.sqlite-shm"_s)));
        QVERIFY(privateToOwner(data.filePath(u"materials/%1.part"_s.arg(sha(big)))));
        const QStringList stored = QDir(data.filePath(u"materials"_s)).entryList(QDir::Files);
        QVERIFY(stored.size() > 3);
        for (const QString& name : stored)
            QVERIFY(privateToOwner(data.filePath(u"materials/"_s + name)));
        QVERIFY(privateToOwner(m_platform->logPath()));

        // A material imported from an export readable by everyone is stored private.
        const QString dir = yc::test::TestEnvironment::current()->freshDir(u"export-open"_s);
        QVERIFY(QDir(dir).mkpath(u"materials"_s));
        const QByteArray bytes = "imported open material";
        QFile mf(dir + u"/materials/"_s + sha(bytes));
        QVERIFY(mf.open(QIODevice::WriteOnly));
        mf.write(bytes);
        mf.close();
        QVERIFY(mf.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                  QFileDevice::ReadOther));
        QFile manifest(dir + u"/manifest.json"_s);
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(
            QJsonDocument(QJsonObject{{u"format"_s, u"yichuang-outbox-export"_s},
                                      {u"formatVersion"_s, 1},
                                      {u"machineId"_s, m_a.machineId},
                                      {u"cases"_s, QJsonArray()},
                                      {u"materials"_s,
                                       QJsonArray{QJsonObject{{u"sha256"_s, sha(bytes)},
                                                              {u"size"_s, bytes.size()},
                                                              {u"file"_s, QString(u"materials/"_s + sha(bytes))}}}}})
                .toJson());
        manifest.close();
        QCOMPARE(m_platform->runCommand({u"import-outbox"_s, u"--data"_s, m_platform->dataDir(), u"--config"_s,
                                         m_platform->configPath(), dir}),
                 0);
        QVERIFY(privateToOwner(data.filePath(u"materials/"_s + sha(bytes))));
    }
};

YC_TEST_MAIN(TestPlatformAuthorisation)
#include "TestPlatformAuthorisation.moc"
