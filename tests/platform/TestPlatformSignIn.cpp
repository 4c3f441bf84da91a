// Sign-in limits of the reference platform (PROTOCOL.md §3.1), in process with a clock the test
// moves: failures of one staff id bring a growing delay (429 sign-in-delayed) and then a lock (423
// account-locked) that survives a restart; a successful sign-in resets the count; an unknown staff
// id gets the same answers as a wrong password.
#include "Platform.h"
#include "PlatformConfig.h"
#include "PlatformFixture.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using yc::platform::Platform;
using yc::platform::PlatformConfig;
using yc::platform::Reply;

namespace {

QByteArray signInBody(const QString& staffId, const QString& password)
{
    return QJsonDocument(QJsonObject{{u"staffId"_s, staffId}, {u"password"_s, password}}).toJson();
}

QJsonObject errorOf(const Reply& r)
{
    return QJsonDocument::fromJson(r.body).object().value(u"error"_s).toObject();
}

QByteArray header(const Reply& r, const QByteArray& name)
{
    for (const auto& [key, value] : r.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// One platform process's state, opened on a data directory, its clock read from *now.
struct PlatformRun
{
    std::unique_ptr<Platform> platform;

    bool open(const PlatformConfig& config, const QString& dir, const qint64* now)
    {
        platform = std::make_unique<Platform>(config, dir);
        platform->setClock([now] { return *now; });
        const auto error = platform->open(false);
        if (error)
            qWarning() << *error;
        return !error;
    }
    Reply signIn(const QString& staffId, const QString& password)
    {
        return platform->signIn(signInBody(staffId, password));
    }
};

} // namespace

class TestPlatformSignIn : public QObject
{
    Q_OBJECT

    PlatformConfig m_config;
    qint64 m_now = QDateTime(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch();

    QString fresh(const QString& name) { return yc::test::TestEnvironment::current()->freshDir(name); }
    void advance(qint64 seconds) { m_now += seconds * 1000; }

private slots:
    void initTestCase()
    {
        QString error;
        auto config = PlatformConfig::load(yc::test::PlatformFixture::trainingConfig(), &error);
        QVERIFY2(config, qPrintable(error));
        m_config = *config;
        // The training configuration's limits, which this test relies on.
        QCOMPARE(m_config.signInLockout.delayAfterFailures, 5);
        QCOMPARE(m_config.signInLockout.delaySeconds, 2);
        QCOMPARE(m_config.signInLockout.lockAfterFailures, 10);
        QCOMPARE(m_config.signInLockout.lockSeconds, 900);
    }

    void delayGrowsThenLockUntilItEnds()
    {
        const QString dir = fresh(u"p-lock"_s);
        PlatformRun run;
        QVERIFY(run.open(m_config, dir, &m_now));
        const QString admin = u"a2001"_s;
        const QString right = u"train-a2001"_s;

        for (int i = 0; i < 5; ++i)
            QCOMPARE(run.signIn(admin, u"wrong-%1"_s.arg(i)).status, 401);
        // Five failures: the next attempt, even with the right password, waits 2 s; then 4, 8, 16, 32 s.
        for (int delay : {2, 4, 8, 16, 32}) {
            Reply r = run.signIn(admin, right);
            QCOMPARE(r.status, 429);
            QCOMPARE(errorOf(r).value(u"code"_s).toString(), u"sign-in-delayed"_s);
            QCOMPARE(errorOf(r).value(u"retryable"_s).toBool(), true);
            QCOMPARE(errorOf(r).value(u"retryAfterSeconds"_s).toInt(), delay);
            QCOMPARE(header(r, "Retry-After"), QByteArray::number(delay));
            advance(delay - 1);
            QCOMPARE(run.signIn(admin, right).status, 429); // one second early
            advance(1);
            r = run.signIn(admin, u"wrong"_s);
            QCOMPARE(r.status, 401);
            QCOMPARE(errorOf(r).value(u"code"_s).toString(), u"bad-credentials"_s);
        }
        // Ten failures: locked for 15 minutes, the right password included.
        Reply r = run.signIn(admin, right);
        QCOMPARE(r.status, 423);
        QCOMPARE(errorOf(r).value(u"code"_s).toString(), u"account-locked"_s);
        QCOMPARE(errorOf(r).value(u"retryAfterSeconds"_s).toInt(), 900);
        QCOMPARE(header(r, "Retry-After"), QByteArray("900"));
        QCOMPARE(errorOf(r).value(u"details"_s).toObject().value(u"retryAt"_s).toString(),
                 QDateTime::fromMSecsSinceEpoch(m_now + 900000, Qt::UTC).toString(Qt::ISODate));
        advance(600);
        QCOMPARE(run.signIn(admin, right).status, 423);
        QCOMPARE(run.signIn(admin, u"wrong"_s).status, 423); // not counted: the lock does not grow

        // The lock is in the platform's database: a restart keeps it.
        run.platform.reset();
        QVERIFY(run.open(m_config, dir, &m_now));
        r = run.signIn(admin, right);
        QCOMPARE(r.status, 423);
        QCOMPARE(errorOf(r).value(u"retryAfterSeconds"_s).toInt(), 300);
        advance(299);
        QCOMPARE(run.signIn(admin, right).status, 423);
        advance(1);
        r = run.signIn(admin, right);
        QCOMPARE(r.status, 200);
        QVERIFY(QJsonDocument::fromJson(r.body).object().contains(u"accessToken"_s));

        // Other accounts were never slowed down.
        QCOMPARE(run.signIn(u"a1001"_s, u"train-a1001"_s).status, 200);
    }

    void successResetsTheCount()
    {
        PlatformRun run;
        QVERIFY(run.open(m_config, fresh(u"p-reset"_s), &m_now));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(run.signIn(u"a3001"_s, u"wrong"_s).status, 401);
        QCOMPARE(run.signIn(u"a3001"_s, u"train-a3001"_s).status, 200);
        // Without the reset, this would be the ninth failure in a row and the next attempt delayed.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(run.signIn(u"a3001"_s, u"wrong"_s).status, 401);
        QCOMPARE(run.signIn(u"a3001"_s, u"train-a3001"_s).status, 200);
        // One failure more than four in a row: the fifth brings the delay.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(run.signIn(u"a3001"_s, u"wrong"_s).status, 401);
        QCOMPARE(run.signIn(u"a3001"_s, u"train-a3001"_s).status, 429);
    }

    void failuresAreForgottenAfterTheLockTime()
    {
        PlatformRun run;
        QVERIFY(run.open(m_config, fresh(u"p-forget"_s), &m_now));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(run.signIn(u"a1001"_s, u"wrong"_s).status, 401);
        advance(900);
        // The four old failures no longer count: five more before any delay.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(run.signIn(u"a1001"_s, u"wrong"_s).status, 401);
        QCOMPARE(run.signIn(u"a1001"_s, u"train-a1001"_s).status, 200);
    }

    void unknownAccountAnsweredLikeWrongPassword()
    {
        PlatformRun run;
        QVERIFY(run.open(m_config, fresh(u"p-unknown"_s), &m_now));
        const Reply wrong = run.signIn(u"c1001"_s, u"wrong"_s);
        const Reply unknown = run.signIn(u"c9999"_s, u"wrong"_s);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, wrong.status);
        QCOMPARE(unknown.body, wrong.body); // same code, message and retryable
        QCOMPARE(unknown.headers, wrong.headers);
        // The same limits for an account that does not exist.
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(run.signIn(u"c1001"_s, u"wrong"_s).status, 401);
            QCOMPARE(run.signIn(u"c9999"_s, u"wrong"_s).status, 401);
        }
        const Reply wrongDelayed = run.signIn(u"c1001"_s, u"wrong"_s);
        const Reply unknownDelayed = run.signIn(u"c9999"_s, u"wrong"_s);
        QCOMPARE(wrongDelayed.status, 429);
        QCOMPARE(unknownDelayed.body, wrongDelayed.body);
        QCOMPARE(unknownDelayed.headers, wrongDelayed.headers);
    }

    void limitsComeFromTheConfig()
    {
        // A configuration with a lock after three failures (no delay before it) and a one-minute lock.
        const QDir dir(fresh(u"p-config"_s));
        QJsonObject root{
            {u"format"_s, u"yichuang-platform-config"_s},
            {u"halls"_s, QJsonArray{QJsonObject{{u"hallCode"_s, u"21020001"_s},
                                                {u"name"_s, u"Hall"_s},
                                                {u"level"_s, u"city"_s},
                                                {u"windows"_s, QJsonArray{QJsonObject{{u"windowNo"_s, u"A01"_s}}}}}}},
            {u"staff"_s, QJsonArray{QJsonObject{{u"staffId"_s, u"a1"_s},
                                                {u"roles"_s, QJsonArray{u"admin"_s}},
                                                {u"hallCode"_s, u"21020001"_s},
                                                {u"password"_s, u"pw-a1"_s}}}},
            {u"signInLockout"_s, QJsonObject{{u"delayAfterFailures"_s, 3},
                                             {u"delaySeconds"_s, 1},
                                             {u"lockAfterFailures"_s, 3},
                                             {u"lockSeconds"_s, 60}}}};
        QFile file(dir.filePath(u"config.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();
        QString error;
        auto config = PlatformConfig::load(file.fileName(), &error);
        QVERIFY2(config, qPrintable(error));
        PlatformRun run;
        QVERIFY(run.open(*config, dir.filePath(u"data"_s), &m_now));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(run.signIn(u"a1"_s, u"wrong"_s).status, 401);
        Reply r = run.signIn(u"a1"_s, u"pw-a1"_s);
        QCOMPARE(r.status, 423);
        QCOMPARE(header(r, "Retry-After"), QByteArray("60"));
        advance(60);
        QCOMPARE(run.signIn(u"a1"_s, u"pw-a1"_s).status, 200);

        // Limits below one are refused.
        root.insert(u"signInLockout"_s, QJsonObject{{u"lockSeconds"_s, 0}});
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        QVERIFY(!PlatformConfig::load(file.fileName(), &error));
        QVERIFY(error.contains(u"signInLockout"_s));
    }
};

YC_TEST_MAIN(TestPlatformSignIn)
#include "TestPlatformSignIn.moc"
