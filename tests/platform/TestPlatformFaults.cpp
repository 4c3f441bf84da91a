// Every fault kind of --faults is observable by a client, and says truthfully whether the request took
// effect (PROTOCOL.md §19). Runs the real process over loopback TLS.
#include "FaultInjector.h"
#include "PlatformCrypto.h"
#include "PlatformFixture.h"
#include "TestMain.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;
using yc::platform::FaultInjector;
using yc::test::HttpResult;
using yc::test::PlatformClient;
using yc::test::PlatformFixture;

namespace {
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
int thisYear()
{
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().year();
}
} // namespace

class TestPlatformFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlatformFixture> m_platform;
    std::unique_ptr<PlatformClient> m_admin;
    std::unique_ptr<PlatformClient> m_clerk;

    void setFaults(const QString& spec)
    {
        const HttpResult r = m_admin->post(u"/api/v1/admin/faults"_s, {{u"spec"_s, spec}});
        QCOMPARE(r.status, 200);
    }

    HttpResult leaseRequest(const QString& requestId)
    {
        return m_clerk->post(u"/api/v1/leases"_s,
                             {{u"requestId"_s, requestId}, {u"year"_s, thisYear()}, {u"count"_s, 1}});
    }

private slots:
    void initTestCase()
    {
        m_platform = std::make_unique<PlatformFixture>(yc::test::TestEnvironment::current()->freshDir(u"faults"_s));
        QVERIFY2(m_platform->start(), m_platform->serverLog().constData());
        m_admin = std::make_unique<PlatformClient>(m_platform->baseUrl());
        QCOMPARE(m_admin->signIn(u"a1001"_s, u"train-a1001"_s).status, 200);
        QByteArray privateKey;
        QByteArray publicKey;
        QVERIFY(yc::platform::generateKeyPair(u"ecdsa-p256-sha256"_s, &privateKey, &publicKey));
        const QString machineId = uuid();
        QCOMPARE(m_admin
                     ->post(u"/api/v1/machines"_s, {{u"machineId"_s, machineId},
                                                    {u"hallCode"_s, u"21020001"_s},
                                                    {u"windowNo"_s, u"A01"_s},
                                                    {u"keyAlgorithm"_s, u"ecdsa-p256-sha256"_s},
                                                    {u"publicKey"_s, QString::fromLatin1(publicKey)}})
                     .status,
                 201);
        m_clerk = std::make_unique<PlatformClient>(m_platform->baseUrl());
        QCOMPARE(m_clerk->signIn(u"c1001"_s, u"train-c1001"_s, machineId).status, 200);
        m_clerk->setTimeoutMs(15000);
    }

    void cleanupTestCase()
    {
        if (m_platform)
            QCOMPARE(m_platform->stop(), 0);
    }

    void cleanup()
    {
        if (m_admin)
            setFaults(QString());
    }

    void specParsing()
    {
        FaultInjector f;
        QVERIFY(!f.configure(u"rate=0.2,kinds=latency,drop,500,503,429,expired,truncated,seed=7"_s));
        QVERIFY(f.enabled());
        QVERIFY(f.configure(u"rate=2"_s).has_value());
        QVERIFY(f.configure(u"kinds=teapot"_s).has_value());
        QVERIFY(f.configure(u"colour=blue"_s).has_value());
        QVERIFY(f.configure(u"drop"_s).has_value()); // a kind without kinds=
        QVERIFY(!f.configure(QString()));
        QVERIFY(!f.enabled());
        QCOMPARE(f.draw(), FaultInjector::Kind::None);
    }

    void deterministicAndAtTheRate()
    {
        FaultInjector a;
        FaultInjector b;
        QVERIFY(!a.configure(u"rate=0.2,kinds=all,seed=7"_s));
        QVERIFY(!b.configure(u"rate=0.2,kinds=all,seed=7"_s));
        int faults = 0;
        QSet<FaultInjector::Kind> seen;
        for (int i = 0; i < 2000; ++i) {
            const auto kind = a.draw();
            QCOMPARE(b.draw(), kind);
            if (kind != FaultInjector::Kind::None) {
                ++faults;
                seen.insert(kind);
            }
        }
        QVERIFY2(faults > 300 && faults < 500, qPrintable(QString::number(faults)));
        QCOMPARE(seen.size(), 8); // every kind but drop-upload, which is drawn while a body arrives
    }

    void internalError()
    {
        setFaults(u"rate=1,kinds=500"_s);
        const QString id = uuid();
        HttpResult r = leaseRequest(id);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.errorCode(), u"internal"_s);
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"retryable"_s).toBool(), true);
        setFaults(QString());
        QCOMPARE(leaseRequest(id).status, 201); // it had no effect
    }

    void unavailableAndRateLimitedCarryRetryAfter_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("503") << u"503"_s << 503 << u"unavailable"_s;
        QTest::newRow("429") << u"429"_s << 429 << u"rate-limited"_s;
    }

    void unavailableAndRateLimitedCarryRetryAfter()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        setFaults(u"rate=1,kinds=%1,retry-after=3"_s.arg(kind));
        const QString id = uuid();
        HttpResult r = leaseRequest(id);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.header("Retry-After"), QByteArray("3"));
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"retryAfterSeconds"_s).toInt(), 3);
        // Health and administration are never faulted.
        QCOMPARE(m_clerk->get(u"/api/v1/health"_s).status, 200);
        setFaults(QString());
        QCOMPARE(leaseRequest(id).status, 201);
    }

    void expiredToken()
    {
        setFaults(u"rate=1,kinds=expired"_s);
        HttpResult r = m_clerk->get(u"/api/v1/machine"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"token-expired"_s);
        setFaults(QString());
        QCOMPARE(m_clerk->get(u"/api/v1/machine"_s).status, 200); // the token itself stays valid
    }

    void latency()
    {
        setFaults(u"rate=1,kinds=latency,latency-ms=400"_s);
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = m_clerk->get(u"/api/v1/machine"_s);
        QCOMPARE(r.status, 200);
        QVERIFY2(timer.elapsed() >= 40, qPrintable(QString::number(timer.elapsed()))); // delay is 41..400 ms
    }

    void droppedMidBody()
    {
        setFaults(u"rate=1,kinds=drop"_s);
        const QString id = uuid();
        HttpResult r = leaseRequest(id);
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.status)));
        QVERIFY(r.json.isEmpty()); // no usable answer
        setFaults(QString());
        r = leaseRequest(id);
        QCOMPARE(r.status, 200); // the request had taken effect: the repeat is recognised
    }

    void droppedWhileUploading()
    {
        setFaults(u"rate=1,kinds=drop-upload"_s);
        QCOMPARE(leaseRequest(uuid()).status, 201); // small bodies are never cut
        QByteArray bytes(2 * 1024 * 1024, 'x');
        for (qsizetype i = 0; i < bytes.size(); i += 4096)
            bytes[i] = static_cast<char>(i / 4096);
        const QString sha = QString::fromLatin1(yc::platform::sha256Hex(bytes));
        const QString path = u"/api/v1/materials/%1?offset=0&size=%2"_s.arg(sha).arg(bytes.size());
        HttpResult r = m_clerk->put(path, bytes);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        setFaults(QString());
        r = m_clerk->post(u"/api/v1/materials/query"_s, {{u"sha256"_s, QJsonArray{sha}}});
        QVERIFY(!r.body.contains("\"present\":[\""));
        r = m_clerk->put(path, bytes); // no effect: the upload starts again at 0 and completes
        QCOMPARE(r.status, 201);
        QVERIFY(m_platform->serverLog().contains("fault=drop-upload"));
    }

    void resetWithoutAnswer()
    {
        setFaults(u"rate=1,kinds=reset"_s);
        const QString id = uuid();
        HttpResult r = leaseRequest(id);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        setFaults(QString());
        QCOMPARE(leaseRequest(id).status, 201); // no effect
    }

    void truncatedJson()
    {
        setFaults(u"rate=1,kinds=truncated"_s);
        const QString id = uuid();
        HttpResult r = leaseRequest(id);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE(r.header("Content-Length").toInt(), r.body.size());
        setFaults(QString());
        QCOMPARE(leaseRequest(id).status, 200); // took effect
    }

    void faultsFromTheCommandLine()
    {
        PlatformFixture second(yc::test::TestEnvironment::current()->freshDir(u"faults-cli"_s));
        QVERIFY(second.start({u"--faults"_s, u"rate=1,kinds=503,retry-after=2,seed=3"_s}));
        PlatformClient c(second.baseUrl());
        QCOMPARE(c.get(u"/api/v1/health"_s).status, 200);
        const HttpResult r = c.post(u"/api/v1/auth/sign-in"_s, {{u"staffId"_s, u"a1001"_s}, {u"password"_s, u"x"_s}});
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("2"));
        QCOMPARE(second.stop(), 0);
        QVERIFY(second.serverLog().contains("fault=503"));
        // A bad spec is a usage error.
        PlatformFixture third(yc::test::TestEnvironment::current()->freshDir(u"faults-bad"_s));
        QVERIFY(!third.start({u"--faults"_s, u"rate=7"_s}, 10000));
    }

    void mixedFaultsEveryRequestAnswersOrFails()
    {
        // Half the requests faulted, every kind: each request ends (answer or network error) within the timeout, and a
        // lease asked again after the faults stop is granted exactly once.
        setFaults(u"rate=0.5,kinds=all,latency-ms=50,seed=11"_s);
        QStringList ids;
        for (int i = 0; i < 60; ++i) {
            ids.append(uuid());
            leaseRequest(ids.last());
        }
        const HttpResult stats = m_admin->get(u"/api/v1/admin/stats"_s);
        qint64 injected = 0;
        const QJsonObject faults = stats.json.value(u"faults"_s).toObject();
        for (auto it = faults.begin(); it != faults.end(); ++it)
            injected += it.value().toInteger();
        QVERIFY2(injected >= 10, stats.body.constData());
        setFaults(QString());
        QSet<qint64> firsts;
        for (const QString& id : ids) {
            const HttpResult r = leaseRequest(id);
            QVERIFY(r.status == 200 || r.status == 201);
            firsts.insert(r.json.value(u"lease"_s).toObject().value(u"first"_s).toInteger());
        }
        QCOMPARE(firsts.size(), ids.size());
    }
};

YC_TEST_MAIN(TestPlatformFaults)
#include "TestPlatformFaults.moc"
