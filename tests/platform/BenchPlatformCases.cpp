// Benchmark (prints figures, never fails on speed): small cases per second stored by the reference
// platform over loopback TLS, each a material upload plus a signed case, sent one after the other by a
// blocking client; and the same cases sent again (duplicates).
#include "PlatformCrypto.h"
#include "PlatformFixture.h"
#include "TestMain.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;
using yc::test::HttpResult;
using yc::test::PlatformClient;
using yc::test::PlatformFixture;

class BenchPlatformCases : public QObject
{
    Q_OBJECT

private slots:
    void casesPerSecond()
    {
        const int count =
            qEnvironmentVariableIntValue("YC_BENCH_CASES") > 0 ? qEnvironmentVariableIntValue("YC_BENCH_CASES") : 300;
        PlatformFixture platform(yc::test::TestEnvironment::current()->freshDir(u"bench"_s));
        QVERIFY2(platform.start(), platform.serverLog().constData());
        PlatformClient admin(platform.baseUrl());
        QCOMPARE(admin.signIn(u"a1001"_s, u"train-a1001"_s).status, 200);
        QByteArray privateKey;
        QByteArray publicKey;
        QVERIFY(yc::platform::generateKeyPair(u"ecdsa-p256-sha256"_s, &privateKey, &publicKey));
        const QString machineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(admin
                     .post(u"/api/v1/machines"_s, {{u"machineId"_s, machineId},
                                                   {u"hallCode"_s, u"21020001"_s},
                                                   {u"windowNo"_s, u"A01"_s},
                                                   {u"keyAlgorithm"_s, u"ecdsa-p256-sha256"_s},
                                                   {u"publicKey"_s, QString::fromLatin1(publicKey)}})
                     .status,
                 201);
        PlatformClient clerk(platform.baseUrl());
        QCOMPARE(clerk.signIn(u"c1001"_s, u"train-c1001"_s, machineId).status, 200);
        const int year = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().year();
        const HttpResult lease =
            clerk.post(u"/api/v1/leases"_s, {{u"requestId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                             {u"year"_s, year},
                                             {u"count"_s, qMin(count, 1000)}});
        QCOMPARE(lease.status, 201);
        const qint64 first = lease.json.value(u"lease"_s).toObject().value(u"first"_s).toInteger();
        const QString leaseId = lease.json.value(u"lease"_s).toObject().value(u"leaseId"_s).toString();

        QList<QJsonObject> bodies;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < qMin(count, 1000); ++i) {
            const QByteArray material = "small scanned material " + QByteArray::number(i) + QByteArray(2000, 'x');
            const QString sha = QString::fromLatin1(yc::platform::sha256Hex(material));
            const HttpResult up =
                clerk.put(u"/api/v1/materials/%1?offset=0&size=%2"_s.arg(sha).arg(material.size()), material);
            QCOMPARE(up.status, 201);
            QJsonObject body{{u"caseId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {u"caseNumber"_s, u"21020001-%1-%2"_s.arg(year).arg(first + i, 6, 10, QLatin1Char('0'))},
                             {u"leaseId"_s, leaseId},
                             {u"machineId"_s, machineId},
                             {u"hallCode"_s, u"21020001"_s},
                             {u"windowNo"_s, u"A01"_s},
                             {u"staffId"_s, u"c1001"_s},
                             {u"itemCode"_s, u"000117001001-210200000000-000-11210200YC000001X0-1-00"_s},
                             {u"itemVersion"_s, 1},
                             {u"decision"_s, u"accepted"_s},
                             {u"acceptedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                             {u"promisedDate"_s, u"2026-12-10"_s},
                             {u"applicant"_s, QJsonObject{{u"kind"_s, u"person"_s},
                                                          {u"idType"_s, u"resident-id"_s},
                                                          {u"idNumber"_s, u"210202198503121015"_s}}},
                             {u"situations"_s, QJsonObject()},
                             {u"materials"_s, QJsonArray{QJsonObject{{u"materialId"_s, u"m1"_s},
                                                                     {u"source"_s, u"upload"_s},
                                                                     {u"sha256"_s, sha},
                                                                     {u"size"_s, material.size()}}}}};
            const QByteArray signature =
                yc::platform::sign(u"ecdsa-p256-sha256"_s, privateKey, yc::platform::canonicalJson(body));
            body.insert(u"signature"_s, QJsonObject{{u"algorithm"_s, u"ecdsa-p256-sha256"_s},
                                                    {u"value"_s, QString::fromLatin1(signature.toBase64())}});
            QCOMPARE(clerk.post(u"/api/v1/cases"_s, body).status, 201);
            bodies.append(body);
        }
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        for (const QJsonObject& body : bodies)
            QCOMPARE(clerk.post(u"/api/v1/cases"_s, body).status, 200);
        const double again = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        qInfo("platform: %lld small cases (upload + signed case) in %.2f s: %.1f cases/s; sent again "
              "(duplicates): %.1f cases/s",
              static_cast<long long>(bodies.size()), seconds, static_cast<double>(bodies.size()) / seconds,
              static_cast<double>(bodies.size()) / again);
        QCOMPARE(platform.stop(), 0);
    }
};

YC_TEST_MAIN(BenchPlatformCases)
#include "BenchPlatformCases.moc"
