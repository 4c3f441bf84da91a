// The engine's state machine against a scripted connector and a fake clock: retryable failures
// back off geometrically with the schedule in the store, Retry-After holds every request,
// permanent failures wait for "Retry now", and a case is never submitted before its materials.
#include "FakeClock.h"
#include "FakePlatformConnector.h"
#include "TestMain.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Store.h"
#include "sync/Enrolment.h"
#include "sync/StaffCredentials.h"
#include "sync/SyncEngine.h"

#include <QSqlQuery>

using namespace yc;
using namespace yc::sync;

namespace {

struct Script
{
    QList<PlatformFailure> submitFailures; // consumed one per submit
    QStringList calls;
    QStringList unexpected; // calls the fake does not answer
    QSet<QString> uploaded;
    QStringList submitTokens; // the token of each submit, in order
};

// Answers what enrolment and the engine's passes ask for; anything else is unexpected.
class FakeConnector final : public test::FakePlatformConnector
{
public:
    explicit FakeConnector(Script& s)
        : FakePlatformConnector(s.unexpected)
        , m_s(s)
    {}
    PlatformResult<QJsonObject> enrol(const QString&, const QJsonObject&) override { return QJsonObject(); }
    PlatformResult<QJsonObject> machine(const QString&) override
    {
        m_s.calls << QStringLiteral("machine");
        return QJsonObject();
    }
    PlatformResult<CaseNumberLease> lease(const QString&, const QString&, int year, int) override
    {
        return CaseNumberLease{QStringLiteral("L-1"), QStringLiteral("21020001"), year, 1, 50};
    }
    PlatformResult<MaterialQuery> queryMaterials(const QString&, const QStringList& sha) override
    {
        MaterialQuery q;
        q.missing = sha;
        return q;
    }
    PlatformResult<Done> uploadMaterial(const QString&, const QString& sha, const QByteArray&, qint64,
                                        const Progress&) override
    {
        m_s.calls << QStringLiteral("upload");
        m_s.uploaded.insert(sha);
        return Done{};
    }
    PlatformResult<SubmitOutcome> submitCase(const QString& token, const QJsonObject& body) override
    {
        m_s.calls << QStringLiteral("submit");
        m_s.submitTokens << token;
        for (const QJsonValue& m : body.value(QLatin1String("materials")).toArray())
            if (!m_s.uploaded.contains(m.toObject().value(QLatin1String("sha256")).toString()))
                return PlatformFailure{FailureKind::Permanent, QStringLiteral("materials-missing"), {}, 422, {}};
        if (!m_s.submitFailures.isEmpty())
            return m_s.submitFailures.takeFirst();
        return SubmitOutcome{body.value(QLatin1String("caseNumber")).toString(), QStringLiteral("submitted"), false};
    }
    PlatformResult<AuditUpload> uploadAudit(const QString&, const QString&,
                                            const std::vector<AuditEntry>& entries) override
    {
        return AuditUpload{qint64(entries.size()), 0};
    }
    PlatformResult<ChangePage> changes(const QString&, const QString&) override { return ChangePage{{}, {}, false}; }
    PlatformResult<QJsonObject> calendar(const QString&, const QString&, QString*) override { return QJsonObject(); }

private:
    Script& m_s;
};

QString outbox(storage::Database& db, const QString& column)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + column + QStringLiteral(" FROM outbox")) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void backoffRetryAfterAndPermanent()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("engine"));
        auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        test::FakeClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
        Script script;
        FakeConnector enrolConnector(script);
        Enrolment enrolment(store.value()->database(), store.value()->cipher());
        QVERIFY(enrolment
                    .enrol(enrolConnector, QStringLiteral("t"), QStringLiteral("a1001"), QStringLiteral("21020001"),
                           QStringLiteral("A01"), QStringLiteral("https://platform.invalid"))
                    .ok());
        StaffSession session;
        session.accessToken = QStringLiteral("token");
        session.expiresAt = clock.now().addDays(7);
        session.staffId = QStringLiteral("c1001");
        session.displayName = QStringLiteral("测试甲");
        session.roles = {QStringLiteral("clerk")};
        QVERIFY(StaffCredentials(store.value()->database(), store.value()->cipher())
                    .rememberOnlineSignIn(session, QStringLiteral("pw"), clock.now())
                    .ok());
        storage::CaseRepository cases(store.value()->database(), store.value()->cipher(), dir);
        storage::NewCase c;
        c.itemCode = QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00");
        c.staffId = QStringLiteral("c1001");
        c.decision = Decision::Accepted;
        c.applicant.idType = QStringLiteral("resident-id");
        c.applicant.idNumber = QStringLiteral("11010519491231002X");
        c.applicant.name = QStringLiteral("测试甲");
        storage::NewCaseMaterial material;
        material.catalogMaterialId = QStringLiteral("m1");
        material.name = QStringLiteral("申请书");
        material.status = QStringLiteral("received");
        material.originalFileName = QStringLiteral("a.pdf");
        material.mimeType = QStringLiteral("application/pdf");
        material.content = QByteArray(3000, 'x');
        c.materials.push_back(material);
        QVERIFY(cases.accept(c).ok());

        PlatformFailure unavailable{FailureKind::Retryable, QStringLiteral("unavailable"), QStringLiteral("busy"), 503,
                                    std::chrono::seconds(120)};
        PlatformFailure internal{FailureKind::Retryable, QStringLiteral("internal"), QStringLiteral("oops"), 500, {}};
        PlatformFailure refused{
            FailureKind::Permanent, QStringLiteral("invalid"), QStringLiteral("Unknown item"), 422, {}};
        script.submitFailures = {unavailable, internal, internal, refused};

        SyncEngineOptions options;
        options.retry.firstDelay = std::chrono::seconds(10);
        options.retry.factor = 2.0;
        options.retry.maxDelay = std::chrono::seconds(3600);
        SyncEngine engine(
            dir, store.value()->cipher(), clock,
            [&script](const EnrolmentInfo&) { return std::make_unique<FakeConnector>(script); }, options);
        QVERIFY(engine.open().ok());
        storage::Database& db = store.value()->database();

        // 503 with Retry-After 120 s: the item waits 120 s (longer than the 10 s backoff) and the
        // engine sends nothing at all until then.
        engine.runPass();
        QCOMPARE(script.calls.count(QStringLiteral("upload")), 1);
        QCOMPARE(script.calls.indexOf(QStringLiteral("upload")) < script.calls.indexOf(QStringLiteral("submit")), true);
        QCOMPARE(outbox(db, QStringLiteral("attempts")), QStringLiteral("1"));
        QCOMPARE(outbox(db, QStringLiteral("next_attempt_at")), QStringLiteral("2026-11-28T09:02:00.000Z"));
        const qsizetype before = script.calls.size();
        clock.advanceSecs(60);
        engine.runPass();
        QCOMPARE(script.calls.size(), before); // Retry-After holds every request
        clock.advanceSecs(61);
        engine.runPass(); // 500: geometric backoff, attempt 2 -> 20 s
        QCOMPARE(outbox(db, QStringLiteral("attempts")), QStringLiteral("2"));
        QCOMPARE(outbox(db, QStringLiteral("next_attempt_at")), QStringLiteral("2026-11-28T09:02:21.000Z"));
        QCOMPARE(script.calls.count(QStringLiteral("upload")), 1); // the material is not sent again
        clock.advanceSecs(21);
        engine.runPass(); // 500 again: 40 s
        QCOMPARE(outbox(db, QStringLiteral("next_attempt_at")), QStringLiteral("2026-11-28T09:03:02.000Z"));
        clock.advanceSecs(41);
        engine.runPass(); // permanent: waits for a person, with the platform's reason
        QCOMPARE(outbox(db, QStringLiteral("error_kind")), QStringLiteral("permanent"));
        QCOMPARE(outbox(db, QStringLiteral("last_error")), QStringLiteral("Unknown item"));
        const qsizetype submits = script.calls.count(QStringLiteral("submit"));
        clock.advanceDays(2);
        engine.runPass();
        QCOMPARE(script.calls.count(QStringLiteral("submit")), submits); // not retried by itself
        QVERIFY(SyncEngine::retryNow(db, 1).ok());
        engine.runPass();
        QVERIFY2(outbox(db, QStringLiteral("state")) == QLatin1String("submitted"),
                 qPrintable(outbox(db, QStringLiteral("last_error")) + QLatin1Char('|') +
                            script.calls.join(QLatin1Char(','))));
        QCOMPARE(outbox(db, QStringLiteral("error_kind")), QString());
        QVERIFY2(script.unexpected.isEmpty(), qPrintable(script.unexpected.join(QLatin1String(", "))));
    }

    // Two clerks on one PC (the second signed in from the first one's lock screen, or after them):
    // each case goes with the token of the clerk who accepted it, never with the one signed in last;
    // a clerk without a token keeps their case waiting, and nobody else's token is tried for it.
    void eachCaseGoesUnderItsOwnClerk()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("engine-clerks"));
        auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        test::FakeClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
        Script script;
        FakeConnector enrolConnector(script);
        QVERIFY(Enrolment(store.value()->database(), store.value()->cipher())
                    .enrol(enrolConnector, QStringLiteral("t"), QStringLiteral("a1001"), QStringLiteral("21020001"),
                           QStringLiteral("A01"), QStringLiteral("https://platform.invalid"))
                    .ok());
        StaffCredentials credentials(store.value()->database(), store.value()->cipher());
        for (const QString& id : {QStringLiteral("c1001"), QStringLiteral("c1002"), QStringLiteral("c1003")}) {
            StaffSession session;
            session.accessToken = QStringLiteral("token-") + id;
            session.expiresAt = clock.now().addDays(7);
            session.staffId = id;
            session.displayName = QStringLiteral("测试") + id;
            session.roles = {QStringLiteral("clerk")};
            QVERIFY(credentials.rememberOnlineSignIn(session, QStringLiteral("pw"), clock.now()).ok());
            clock.advanceSecs(60); // c1003 signed in last
        }
        QVERIFY(credentials.forgetToken(QStringLiteral("c1003")).ok()); // c1003's sign-in has ended
        storage::CaseRepository cases(store.value()->database(), store.value()->cipher(), dir);
        auto accept = [&](const QString& staffId, int n) {
            storage::NewCase c;
            c.itemCode = QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00");
            c.staffId = staffId;
            c.decision = Decision::Accepted;
            c.applicant.idType = QStringLiteral("resident-id");
            c.applicant.idNumber = QStringLiteral("11010519491231002X");
            c.applicant.name = QStringLiteral("测试甲");
            c.receivedAt = clock.now().addSecs(-n);
            return cases.accept(c).ok();
        };
        QVERIFY(accept(QStringLiteral("c1001"), 3));
        QVERIFY(accept(QStringLiteral("c1003"), 2));
        QVERIFY(accept(QStringLiteral("c1002"), 1));

        SyncEngine engine(dir, store.value()->cipher(), clock,
                          [&script](const EnrolmentInfo&) { return std::make_unique<FakeConnector>(script); }, {});
        QVERIFY(engine.open().ok());
        engine.runPass();
        QStringList tokens = script.submitTokens;
        tokens.sort();
        QCOMPARE(tokens, (QStringList{QStringLiteral("token-c1001"), QStringLiteral("token-c1002")}));
        QSqlQuery q(store.value()->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT staff_id, state FROM outbox WHERE kind = 'case' ORDER BY staff_id")));
        QStringList states;
        while (q.next())
            states << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        QCOMPARE(states.size(), 3);
        QCOMPARE(states.at(0), QStringLiteral("c1001 submitted"));
        QCOMPARE(states.at(1), QStringLiteral("c1002 submitted"));
        QVERIFY2(states.at(2).startsWith(QStringLiteral("c1003 ")) &&
                     !states.at(2).endsWith(QStringLiteral("submitted")),
                 qPrintable(states.at(2)));
    }
};

YC_TEST_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
