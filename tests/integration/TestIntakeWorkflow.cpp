// The intake workflow below the screens (yc_intake), on a real store with the training catalog:
// every decision and the rules that refuse it, supervisor approvals here and through the platform,
// the acceptance gate, a draft decided once under a race, and a draft that outlives its store.
#define YC_TEST_FONTS
#include "FakeClock.h"
#include "FakePlatformConnector.h"
#include "IntakeFixtures.h"
#include "TestMain.h"
#include "core/Settings.h"
#include "intake/CaseDecider.h"
#include "intake/IntakeSession.h"
#include "intake/RemoteApprovals.h"
#include "intake/SupervisorApprovals.h"
#include "storage/AccessAudit.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/MaterialStore.h"
#include "storage/NoticeRepository.h"
#include "storage/Retention.h"
#include "sync/CurrentStaff.h"
#include "sync/Enrolment.h"
#include "sync/OutboxExport.h"
#include "sync/SessionLock.h"
#include "sync/SignInWorkflow.h"

#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace yc;
using namespace yc::intake;

namespace {

const QDateTime BeforeNationalDay(QDate(2026, 9, 30), QTime(10, 0), QTimeZone(8 * 3600));

QByteArray scan(const char* marker)
{
    return QByteArray("%PDF-1.4 synthetic scan ") + marker + QByteArray(2000, 's');
}

Result<QByteArray> stubPdf(const NoticeData& n)
{
    return QByteArray(QByteArray("%PDF-stub ") + noticeKindName(n.kind).toUtf8());
}

MaterialEvidence scanned(const char* marker)
{
    MaterialEvidence e;
    e.state = MaterialState::Scanned;
    e.content = scan(marker);
    e.mimeType = QStringLiteral("application/pdf");
    e.fileName = QStringLiteral("scan.pdf");
    return e;
}

MaterialEvidence licence(const QString& id)
{
    MaterialEvidence e;
    e.state = MaterialState::Licence;
    e.licenceId = id;
    return e;
}

MaterialEvidence stateOnly(MaterialState state, const QString& reason = {}, const QDate& due = {})
{
    MaterialEvidence e;
    e.state = state;
    e.reason = reason;
    e.dueDate = due;
    return e;
}

QStringList materialIds(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

qint64 count(storage::Database& db, const QString& sql)
{
    auto n = db.count(sql);
    return n ? n.value() : -1;
}

// Every byte under dir (database, its log, material files), to look for plaintext.
QByteArray allBytes(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// The platform's side of §16 for RemoteApprovals: approvals asked, answered by the test.
class ApprovalPlatform final : public sync::PlatformConnector
{
public:
    struct State
    {
        QMutex mutex;
        QHash<QString, sync::Approval> approvals;
        QStringList tokens;
        int posts = 0;
        bool offline = false;
    };

    explicit ApprovalPlatform(State& s)
        : m_s(s)
    {}

    sync::PlatformResult<sync::Approval> requestApproval(const QString& token,
                                                         const sync::ApprovalRequest& request) override
    {
        QMutexLocker lock(&m_s.mutex);
        m_s.tokens << token;
        if (m_s.offline)
            return unreachable();
        ++m_s.posts;
        if (!m_s.approvals.contains(request.approvalId)) {
            sync::Approval a;
            a.approvalId = request.approvalId;
            a.kind = request.kind;
            a.caseId = request.caseId;
            a.itemCode = request.itemCode;
            a.reason = request.reason;
            a.deferredMaterials = request.deferredMaterials;
            a.requestedBy = QStringLiteral("c1001");
            a.status = QStringLiteral("pending");
            m_s.approvals.insert(a.approvalId, a);
        }
        return m_s.approvals.value(request.approvalId);
    }
    sync::PlatformResult<sync::Approval> approval(const QString& token, const QString& approvalId) override
    {
        QMutexLocker lock(&m_s.mutex);
        m_s.tokens << token;
        if (m_s.offline)
            return unreachable();
        if (!m_s.approvals.contains(approvalId))
            return sync::PlatformFailure{sync::FailureKind::Permanent, QStringLiteral("not-found"), {}, 404, {}};
        return m_s.approvals.value(approvalId);
    }

    sync::PlatformResult<sync::Health> health() override { return sync::Health{}; }
    sync::PlatformResult<sync::StaffSession> signIn(const QString&, const QString&, const QString&) override
    {
        return fail();
    }
    sync::PlatformResult<sync::StaffSession> refresh(const QString&) override { return fail(); }
    sync::PlatformResult<QJsonArray> halls(const QString&) override { return fail(); }
    sync::PlatformResult<QJsonObject> enrol(const QString&, const QJsonObject&) override { return fail(); }
    sync::PlatformResult<QJsonObject> machine(const QString&) override { return fail(); }
    sync::PlatformResult<sync::MaterialQuery> queryMaterials(const QString&, const QStringList&) override
    {
        return fail();
    }
    sync::PlatformResult<sync::Done> uploadMaterial(const QString&, const QString&, const QByteArray&, qint64,
                                                    const Progress&) override
    {
        return fail();
    }
    sync::PlatformResult<sync::SubmitOutcome> submitCase(const QString&, const QJsonObject&) override { return fail(); }
    sync::PlatformResult<sync::ChangePage> changes(const QString&, const QString&) override { return fail(); }
    sync::PlatformResult<sync::CaseNumberLease> lease(const QString&, const QString&, int, int) override
    {
        return fail();
    }
    sync::PlatformResult<QJsonObject> calendar(const QString&, const QString&, QString*) override { return fail(); }
    sync::PlatformResult<QJsonObject> catalog(const QString&, qint64) override { return fail(); }
    sync::PlatformResult<std::vector<sync::Licence>> lookupLicences(const QString&, const QString&, const QString&,
                                                                    const QStringList&) override
    {
        return fail();
    }
    sync::PlatformResult<std::vector<sync::CreditWarning>> lookupCredit(const QString&, const QString&,
                                                                        const QString&) override
    {
        return fail();
    }
    sync::PlatformResult<sync::AuditUpload> uploadAudit(const QString&, const QString&,
                                                        const std::vector<sync::AuditEntry>&) override
    {
        return fail();
    }
    sync::PlatformResult<sync::EvaluationOutcome> submitEvaluation(const QString&, const sync::Evaluation&) override
    {
        return fail();
    }
    sync::PlatformResult<sync::CasePage> hallCases(const QString&, const sync::CaseFilter&) override { return fail(); }
    sync::PlatformResult<sync::ApprovalPage> pendingApprovals(const QString&, const QString&, int) override
    {
        return fail();
    }
    sync::PlatformResult<sync::Approval> decideApproval(const QString&, const QString&, const QString&,
                                                        const QString&) override
    {
        return fail();
    }
    sync::PlatformResult<sync::SupplementOutcome> submitSupplement(const QString&, const QString&,
                                                                   const QJsonObject&) override
    {
        return fail();
    }

private:
    static sync::PlatformFailure fail()
    {
        return sync::PlatformFailure{sync::FailureKind::Permanent, QStringLiteral("invalid"), {}, 422, {}};
    }
    static sync::PlatformFailure unreachable()
    {
        return sync::PlatformFailure{
            sync::FailureKind::Retryable, QStringLiteral("net.refused"), QStringLiteral("connection refused"), 0, {}};
    }
    State& m_s;
};

// Answers enrolment only (the window must be enrolled to export its queue).
class EnrolOnlyConnector final : public test::FakePlatformConnector
{
public:
    explicit EnrolOnlyConnector(QStringList& unexpected)
        : FakePlatformConnector(unexpected)
    {}
    sync::PlatformResult<QJsonObject> enrol(const QString&, const QJsonObject&) override { return QJsonObject(); }
    sync::PlatformResult<sync::CaseNumberLease> lease(const QString&, const QString&, int year, int) override
    {
        return sync::CaseNumberLease{QStringLiteral("L-enrol"), QStringLiteral("21020001"), year, 500, 50};
    }
};

} // namespace

class TestIntakeWorkflow : public QObject
{
    Q_OBJECT

    QString m_dir;
    std::unique_ptr<test::FakeClock> m_clock;
    std::unique_ptr<storage::Store> m_store;

    // A fresh store for one test, the clock at `now`.
    bool fresh(const QString& name, const QDateTime& now = BeforeNationalDay)
    {
        m_store.reset();
        m_dir = test::TestEnvironment::current()->freshDir(name);
        m_clock = std::make_unique<test::FakeClock>(now);
        m_store = test::openIntakeStore(m_dir, now);
        return m_store != nullptr;
    }

    IntakeContext context(bool realPdf = false)
    {
        WindowInfo window;
        window.hallName = QStringLiteral("大连市政务服务中心（测试）");
        window.window = QStringLiteral("A01 综合受理一号窗");
        return IntakeContext{m_store->database(),
                             m_store->cipher(),
                             m_dir,
                             *m_clock,
                             WorkCalendar::bundled(),
                             window,
                             realPdf ? NoticeRenderer() : NoticeRenderer(stubPdf),
                             {}};
    }

    // A draft of 食品经营许可（新办） with every material there, the applicant in person.
    QString completeFoodDraft(const QString& clerk = QStringLiteral("c1001"), int applicant = 1)
    {
        IntakeSession session(context());
        auto id = session.createDraft(clerk, {}, QStringLiteral("A01"));
        if (!id)
            return {};
        const QString d = id.value();
        const bool ok = session.setApplicant(d, test::person(applicant)) && session.setItem(d, test::FoodLicenceNew) &&
                        session.setSituations(d, {{QStringLiteral("s1"), QStringLiteral("s1a")},
                                                  {QStringLiteral("s2"), QStringLiteral("s2a")},
                                                  {QStringLiteral("s3"), QStringLiteral("s3a")}}) &&
                        session.setMaterial(d, QStringLiteral("m1"), scanned("M1")) &&
                        session.setMaterial(d, QStringLiteral("m2"), licence(QStringLiteral("LIC-0001"))) &&
                        session.setMaterial(d, QStringLiteral("m3"), licence(QStringLiteral("LIC-0002"))) &&
                        session.setMaterial(d, QStringLiteral("m4"), scanned("M4")) &&
                        session.setMaterial(d, QStringLiteral("m5"), scanned("M5"));
        return ok ? d : QString();
    }

private slots:
    void acceptPromisesWorkingDaysAcrossNationalDay()
    {
        QVERIFY(fresh(QStringLiteral("accept")));
        const QString draft = completeFoodDraft();
        QVERIFY(!draft.isEmpty());
        CaseDecider decider(context(true));
        auto outcome = decider.accept(draft);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        const DecisionOutcome& o = outcome.value();
        // 5 promised working days from Wednesday 30 September 2026: 1-7 October are the National
        // Day holiday, Saturday 10 October a make-up working day: 8, 9, 10, 12, 13 October.
        qInfo("accepted on %s, promised %s (5 working days)", qPrintable(o.decidedOn.toString(Qt::ISODate)),
              qPrintable(o.promisedDate.toString(Qt::ISODate)));
        QCOMPARE(o.decidedOn, QDate(2026, 9, 30));
        QCOMPARE(o.promisedDate, QDate(2026, 10, 13));
        QVERIFY(!o.promisedProvisional);
        QCOMPARE(o.caseNumber, QStringLiteral("21020001-2026-000001"));
        QVERIFY(o.decision == Decision::Accepted);
        QVERIFY(o.warning.isEmpty());
        QCOMPARE(o.notices.size(), 1);
        const IssuedNotice& notice = o.notices.first();
        QVERIFY(notice.kind == NoticeKind::Acceptance);
        QVERIFY2(notice.renderError.isEmpty(), qPrintable(notice.renderError));
        QVERIFY(notice.pdf.startsWith("%PDF"));
        QCOMPARE(notice.data.promisedOn, QDate(2026, 10, 13));
        QCOMPARE(notice.data.item.promisedWorkingDays, 5);
        QCOMPARE(notice.data.caseNumber, o.caseNumber);
        QCOMPARE(notice.data.materials.size(), 5);
        QCOMPARE(notice.data.clerk, QStringLiteral("测试丙"));

        storage::Database& db = m_store->database();
        auto stored = storage::CaseRepository(db, m_store->cipher(), m_dir, *m_clock).get(draft);
        QVERIFY(stored.ok() && stored.value());
        QVERIFY(stored.value()->lifecycle == CaseLifecycle::Decided);
        QCOMPARE(stored.value()->promisedDate, QDate(2026, 10, 13));
        QCOMPARE(stored.value()->caseNumber, o.caseNumber);
        // Queued exactly as every decided case is: one outbox entry, in the decision's transaction.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'case' AND state = 'queued'")),
                 qint64(1));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM case_number_leases WHERE used_by_case IS NOT NULL")),
                 qint64(1));
        // Decided once: the same draft again is refused, and nothing more is queued.
        auto again = decider.accept(draft);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("case.decided"));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox")), qint64(1));
        // The notices can be produced again for a reprint.
        auto reprint = decider.notices(draft);
        QVERIFY(reprint.ok());
        QCOMPARE(reprint.value().size(), 1);
        QCOMPARE(reprint.value().first().data.promisedOn, QDate(2026, 10, 13));
        QCOMPARE(reprint.value().first().data.acceptedOn, QDate(2026, 9, 30));
    }

    void acceptNeedsEveryMaterialAndAnswer()
    {
        QVERIFY(fresh(QStringLiteral("accept-rules")));
        IntakeSession session(context());
        CaseDecider decider(context());
        auto id = session.createDraft(QStringLiteral("c1001"));
        QVERIFY(id.ok());
        const QString d = id.value();
        QCOMPARE(decider.accept(d).error().code, QStringLiteral("intake.incomplete"));
        QVERIFY(session.setApplicant(d, test::person(2)).ok());
        QVERIFY(session.setItem(d, test::FoodLicenceNew).ok());
        QCOMPARE(decider.accept(d).error().code, QStringLiteral("intake.situations"));
        QCOMPARE(session.answerSituation(d, QStringLiteral("s1"), QStringLiteral("s9")).error().code,
                 QStringLiteral("intake.situation"));
        QVERIFY(session
                    .setSituations(d, {{QStringLiteral("s1"), QStringLiteral("s1b")},
                                       {QStringLiteral("s2"), QStringLiteral("s2a")},
                                       {QStringLiteral("s3"), QStringLiteral("s3a")}})
                    .ok());
        auto draft = session.load(d);
        QVERIFY(draft.ok());
        // Required m1-m5 and m6, which "自建网站" adds.
        QStringList ids;
        for (const ChecklistEntry& e : draft.value().checklist)
            ids << e.materialId;
        QCOMPARE(ids, materialIds("m1 m2 m3 m4 m5 m6"));
        auto refused = decider.accept(d);
        QCOMPARE(refused.error().code, QStringLiteral("intake.materials-incomplete"));
        QVERIFY(refused.error().message.contains(QStringLiteral("食品经营许可申请书")));
        // A licence material names its licence; a material without a licence type has none.
        QCOMPARE(session.setMaterial(d, QStringLiteral("m2"), licence({})).error().code,
                 QStringLiteral("intake.evidence"));
        QCOMPARE(session.setMaterial(d, QStringLiteral("m1"), licence(QStringLiteral("LIC-9"))).error().code,
                 QStringLiteral("intake.no-licence-type"));
        QCOMPARE(session.setMaterial(d, QStringLiteral("m8"), scanned("X")).error().code,
                 QStringLiteral("intake.material-unknown"));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM outbox")), qint64(0));
    }

    void onTheSpotCaseIsCompletedInOneVisit()
    {
        QVERIFY(fresh(QStringLiteral("on-the-spot")));
        IntakeSession session(context());
        CaseDecider decider(context(true));
        auto id = session.createDraft(QStringLiteral("c1001"), {}, QStringLiteral("A01"));
        QVERIFY(id.ok());
        const QString d = id.value();
        QVERIFY(session.setApplicant(d, test::person(3)).ok());
        QVERIFY(session.setItem(d, test::SocialSecurityCard).ok());
        QVERIFY(session
                    .setSituations(d, {{QStringLiteral("s1"), QStringLiteral("s1a")},
                                       {QStringLiteral("s2"), QStringLiteral("s2a")}})
                    .ok());
        QVERIFY(session.setMaterial(d, QStringLiteral("m1"), licence(QStringLiteral("LIC-ID-1"))).ok());
        QCOMPARE(decider.accept(d).error().code, QStringLiteral("intake.on-the-spot-item"));
        QCOMPARE(decider.completeOnTheSpot(d, QStringLiteral("  ")).error().code,
                 QStringLiteral("intake.result-missing"));
        auto outcome = decider.completeOnTheSpot(d, QStringLiteral("社会保障卡一张（当场制卡）"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QVERIFY(outcome.value().onTheSpot);
        QVERIFY(!outcome.value().promisedDate.isValid());
        QVERIFY(outcome.value().decision == Decision::Accepted);
        QCOMPARE(outcome.value().notices.size(), 1);
        QVERIFY(outcome.value().notices.first().data.onTheSpot());
        QVERIFY(outcome.value().notices.first().pdf.startsWith("%PDF"));
        // The notice is kept with its case, encrypted, byte for byte as handed over.
        storage::NoticeRepository kept(m_store->database(), m_store->cipher(), *m_clock);
        auto keptNotices = kept.list(d);
        QVERIFY(keptNotices.ok());
        QCOMPARE(int(keptNotices.value().size()), 1);
        QCOMPARE(keptNotices.value().front().id, outcome.value().notices.first().noticeId);
        auto keptPdf = kept.load(outcome.value().notices.first().noticeId);
        QVERIFY(keptPdf.ok());
        QCOMPARE(keptPdf.value(), outcome.value().notices.first().pdf);
        auto details = storage::IntakeRepository(m_store->database(), m_store->cipher(), m_dir, *m_clock).details(d);
        QVERIFY(details.ok());
        QCOMPARE(details.value().handedOver, QStringLiteral("社会保障卡一张（当场制卡）"));
        QCOMPARE(details.value().completedAt, m_clock->now());
        auto stored = storage::CaseRepository(m_store->database(), m_store->cipher(), m_dir, *m_clock).get(d);
        QVERIFY(stored.ok() && stored.value());
        QVERIFY(!stored.value()->promisedDate.isValid());
        // A promised-date item is not completed on the spot.
        const QString other = completeFoodDraft();
        QCOMPARE(decider.completeOnTheSpot(other, QStringLiteral("x")).error().code,
                 QStringLiteral("intake.not-on-the-spot"));
    }

    void correctionListsEveryMaterialToSupply()
    {
        QVERIFY(fresh(QStringLiteral("correction")));
        IntakeSession session(context());
        CaseDecider decider(context(true));
        const QString d = completeFoodDraft();
        QVERIFY(!d.isEmpty());
        auto nothing = decider.notifyCorrection(d);
        QVERIFY(!nothing.ok());
        QCOMPARE(nothing.error().code, QStringLiteral("intake.nothing-to-correct"));
        QCOMPARE(session.setMaterial(d, QStringLiteral("m4"), stateOnly(MaterialState::Deficient)).error().code,
                 QStringLiteral("intake.reason-missing"));
        QVERIFY(session
                    .setMaterial(d, QStringLiteral("m4"),
                                 stateOnly(MaterialState::Deficient, QStringLiteral("未标明专间位置")))
                    .ok());
        QVERIFY(session.setMaterial(d, QStringLiteral("m1"), stateOnly(MaterialState::Missing)).ok());
        // The scan that m1 had is gone with its state.
        QCOMPARE(count(m_store->database(),
                       QStringLiteral("SELECT count(*) FROM materials WHERE catalog_material_id = 'm1'")),
                 qint64(0));
        auto outcome = decider.notifyCorrection(d);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QVERIFY(outcome.value().decision == Decision::CorrectionNotified);
        QVERIFY(!outcome.value().promisedDate.isValid());
        QCOMPARE(outcome.value().notices.size(), 1);
        const NoticeData& n = outcome.value().notices.first().data;
        QVERIFY(n.kind == NoticeKind::Correction);
        QVERIFY(outcome.value().notices.first().pdf.startsWith("%PDF"));
        const QList<NoticeMaterial> missing = n.materialsWith(MaterialStatus::Missing);
        const QList<NoticeMaterial> deficient = n.materialsWith(MaterialStatus::Deficient);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().name, QStringLiteral("食品经营许可申请书"));
        QCOMPARE(missing.first().reason, QStringLiteral("未提交"));
        QCOMPARE(deficient.size(), 1);
        QCOMPARE(deficient.first().reason, QStringLiteral("未标明专间位置"));
        // The case waits for the supplement with its time limit stopped from today.
        auto details = storage::IntakeRepository(m_store->database(), m_store->cipher(), m_dir, *m_clock).details(d);
        QVERIFY(details.ok());
        QCOMPARE(details.value().clockPausedFrom, QDate(2026, 9, 30));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM outbox")), qint64(1));
    }

    void acceptWithMissingOnlyForDeferrableMaterials()
    {
        QVERIFY(fresh(QStringLiteral("deferred")));
        IntakeSession session(context());
        SupervisorApprovals approvals(context());
        CaseDecider decider(context(true));
        const QString d = completeFoodDraft();
        QVERIFY(!d.isEmpty());
        const QDate due(2026, 10, 20);
        QCOMPARE(session.setMaterial(d, QStringLiteral("m1"), stateOnly(MaterialState::Deferred, {}, due)).error().code,
                 QStringLiteral("intake.not-deferrable"));
        QCOMPARE(session.setMaterial(d, QStringLiteral("m5"), stateOnly(MaterialState::Deferred)).error().code,
                 QStringLiteral("intake.due-date"));
        QCOMPARE(
            session.setMaterial(d, QStringLiteral("m5"), stateOnly(MaterialState::Deferred, {}, QDate(2026, 9, 30)))
                .error()
                .code,
            QStringLiteral("intake.due-date"));
        QVERIFY(session.setMaterial(d, QStringLiteral("m5"), stateOnly(MaterialState::Deferred, {}, due)).ok());
        QCOMPARE(decider.accept(d).error().code, QStringLiteral("intake.materials-incomplete"));
        QCOMPARE(decider.acceptWithMissing(d, {}).error().code, QStringLiteral("intake.approval-missing"));
        auto approval =
            approvals.approveHere(d, ApprovalKind::AcceptWithMissing, QStringLiteral("s2001"), test::IntakePassword);
        QVERIFY2(approval.ok(), qPrintable(approval.ok() ? QString() : approval.error().message));
        // Approved for 20 October: another date needs another approval.
        QVERIFY(
            session.setMaterial(d, QStringLiteral("m5"), stateOnly(MaterialState::Deferred, {}, due.addDays(1))).ok());
        QCOMPARE(decider.acceptWithMissing(d, approval.value().approvalId).error().code,
                 QStringLiteral("intake.approval-stale"));
        QVERIFY(session.setMaterial(d, QStringLiteral("m5"), stateOnly(MaterialState::Deferred, {}, due)).ok());
        auto outcome = decider.acceptWithMissing(d, approval.value().approvalId);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QVERIFY(outcome.value().decision == Decision::AcceptedWithMissing);
        QCOMPARE(outcome.value().promisedDate, QDate(2026, 10, 13));
        QCOMPARE(outcome.value().notices.size(), 2);
        QVERIFY(outcome.value().notices[0].kind == NoticeKind::Acceptance);
        QVERIFY(outcome.value().notices[1].kind == NoticeKind::Commitment);
        QVERIFY(outcome.value().notices[1].pdf.startsWith("%PDF"));
        QCOMPARE(outcome.value().notices[1].data.dueDate, due);
        QCOMPARE(outcome.value().notices[1].data.materialsWith(MaterialStatus::Deferred).size(), 1);
        // Sent with the case: the approval it rests on and the deferred material with its date.
        auto parts =
            storage::IntakeRepository(m_store->database(), m_store->cipher(), m_dir, *m_clock).caseDocumentParts(d);
        QVERIFY(parts.ok());
        QCOMPARE(parts.value().approvals.size(), std::size_t(1));
        QCOMPARE(parts.value().approvals[0].supervisorId, QStringLiteral("s2001"));
        QCOMPARE(parts.value().approvals[0].mode, QStringLiteral("local"));
        QCOMPARE(parts.value().deferred.size(), std::size_t(1));
        QCOMPARE(parts.value().deferred[0].first, QStringLiteral("m5"));
        QCOMPARE(parts.value().deferred[0].second, due);
    }

    void refusalNeedsAnotherSupervisorsApproval()
    {
        QVERIFY(fresh(QStringLiteral("refusal")));
        IntakeSession session(context());
        SupervisorApprovals approvals(context());
        CaseDecider decider(context(true));
        const QString d = completeFoodDraft();
        QVERIFY(!d.isEmpty());
        QCOMPARE(
            approvals.approveHere(d, ApprovalKind::Refusal, QStringLiteral("s2001"), test::IntakePassword).error().code,
            QStringLiteral("intake.refusal-reason"));
        QCOMPARE(session.setRefusalReason(d, {RefusalCategory::NotRequired, QStringLiteral(" ")}).error().code,
                 QStringLiteral("intake.refusal-reason"));
        QVERIFY(session
                    .setRefusalReason(d, {RefusalCategory::NotRequired,
                                          QStringLiteral("仅销售预包装食品，依法实行备案管理，不需要取得许可")})
                    .ok());
        // Without approval; the clerk approving their own refusal; a wrong supervisor password; a
        // clerk's own correct password: all refused.
        QCOMPARE(decider.refuse(d, {}).error().code, QStringLiteral("intake.approval-missing"));
        QCOMPARE(
            approvals.approveHere(d, ApprovalKind::Refusal, QStringLiteral("c1001"), test::IntakePassword).error().code,
            QStringLiteral("intake.self-approval"));
        QCOMPARE(approvals.approveHere(d, ApprovalKind::Refusal, QStringLiteral("s2001"), QStringLiteral("wrong pw"))
                     .error()
                     .code,
                 QStringLiteral("intake.supervisor-refused"));
        QCOMPARE(
            approvals.approveHere(d, ApprovalKind::Refusal, QStringLiteral("c1002"), test::IntakePassword).error().code,
            QStringLiteral("intake.not-supervisor"));
        QCOMPARE(count(m_store->database(),
                       QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-failed'")),
                 qint64(1));
        auto approval = approvals.approveHere(d, ApprovalKind::Refusal, QStringLiteral("s2001"), test::IntakePassword);
        QVERIFY2(approval.ok(), qPrintable(approval.ok() ? QString() : approval.error().message));
        // An approval of a refusal is not one of an acceptance with missing materials.
        QCOMPARE(decider.acceptWithMissing(d, approval.value().approvalId).error().code,
                 QStringLiteral("intake.nothing-deferred"));
        auto outcome = decider.refuse(d, approval.value().approvalId);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QVERIFY(outcome.value().decision == Decision::Refused);
        const NoticeData& n = outcome.value().notices.first().data;
        QVERIFY(n.kind == NoticeKind::Refusal);
        QCOMPARE(n.legalBasis, QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（一）项"));
        QVERIFY(n.reason.contains(QStringLiteral("备案管理")));
        QVERIFY(outcome.value().notices.first().pdf.startsWith("%PDF"));
        auto stored = storage::CaseRepository(m_store->database(), m_store->cipher(), m_dir, *m_clock).get(d);
        QVERIFY(stored.ok() && stored.value());
        QVERIFY(stored.value()->notes.startsWith(QStringLiteral("申请事项依法不需要取得行政许可：")));
        QCOMPARE(count(m_store->database(),
                       QStringLiteral("SELECT count(*) FROM intake_approvals WHERE cited = 1 AND kind = 'refusal'")),
                 qint64(1));

        // A supervisor who takes a case in is not their own approver either.
        const QString own = completeFoodDraft(QStringLiteral("s2001"), 4);
        QVERIFY(session.setRefusalReason(own, {RefusalCategory::NotInRemit, QStringLiteral("属于区级事项")}).ok());
        QCOMPARE(approvals.approveHere(own, ApprovalKind::Refusal, QStringLiteral("s2001"), test::IntakePassword)
                     .error()
                     .code,
                 QStringLiteral("intake.self-approval"));
        QVERIFY(approvals.approveHere(own, ApprovalKind::Refusal, QStringLiteral("s2002"), test::IntakePassword).ok());
    }

    // Every kind of action a window records (issue "Security and privacy", point 6) is an entry of the
    // audit chain, with codes only; the chain holds after all of them and an edited entry breaks it.
    void everyActionIsInTheAuditChain()
    {
        QVERIFY(fresh(QStringLiteral("audit-coverage")));
        storage::Database& db = m_store->database();
        const storage::FieldCipher& cipher = m_store->cipher();
        const QString clerk = QStringLiteral("c1001");
        QStringList unexpected;
        EnrolOnlyConnector connector(unexpected);
        QVERIFY(sync::Enrolment(db, cipher, *m_clock)
                    .enrol(connector, QStringLiteral("t"), QStringLiteral("a1001"), QStringLiteral("21020001"),
                           QStringLiteral("A01"), QStringLiteral("https://platform.invalid"))
                    .ok());

        // Sign-in (online: when the fixture's staff signed in; offline here).
        sync::SignInWorkflow workflow(db, cipher, {}, *m_clock);
        const sync::SignInResult signedIn = workflow.signIn(clerk, test::IntakePassword, sync::SignInMode::OfflineOnly);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));
        sync::CurrentStaff current;
        current.set(signedIn.staff, m_clock->now());

        // A settings change (and one of a secret key, and one that changes nothing).
        Settings settings(m_dir);
        storage::auditSettingChanges(settings, db, cipher, *m_clock, [&current] { return current.staffId(); });
        settings.setValue(sync::SessionLock::idleMinutesKey(), 5);
        settings.setValue(sync::SessionLock::idleMinutesKey(), QStringLiteral("5"));
        settings.setValue(QStringLiteral("platform/client_token"), QStringLiteral("not-for-the-trail"));

        // Lock and unlock.
        sync::SessionLock lock(db, cipher, *m_clock, current);
        YC_VERIFY_OK(lock.lock(sync::LockReason::Demand));
        YC_VERIFY_OK(lock.unlock({}, test::IntakePassword));

        // A card read.
        const Party person = test::person(1);
        YC_VERIFY_OK(
            storage::AccessAudit(db, cipher, *m_clock)
                .cardRead(clerk, person.identity.idType, person.identity.idNumber, QStringLiteral("resident"), true));

        // Accept, then the personal data of a draft opened again, a correction and an approved refusal.
        CaseDecider decider(context());
        IntakeSession session(context());
        const QString accepted = completeFoodDraft(clerk, 1);
        QVERIFY(!accepted.isEmpty());
        auto acceptance = decider.accept(accepted);
        QVERIFY2(acceptance.ok(), qPrintable(acceptance.ok() ? QString() : acceptance.error().message));
        const QString corrected = completeFoodDraft(clerk, 2);
        YC_VERIFY_OK(
            storage::AccessAudit(db, cipher, *m_clock).personalDataViewed(clerk, corrected, QStringLiteral("draft")));
        QVERIFY(session.setMaterial(corrected, QStringLiteral("m1"), stateOnly(MaterialState::Missing)).ok());
        QVERIFY(decider.notifyCorrection(corrected).ok());
        const QString refused = completeFoodDraft(clerk, 3);
        QVERIFY(session.setRefusalReason(refused, {RefusalCategory::NotInRemit, QStringLiteral("属于区级事项")}).ok());
        auto approval = SupervisorApprovals(context()).approveHere(refused, ApprovalKind::Refusal,
                                                                   QStringLiteral("s2001"), test::IntakePassword);
        QVERIFY2(approval.ok(), qPrintable(approval.ok() ? QString() : approval.error().message));
        QVERIFY(decider.refuse(refused, approval.value().approvalId).ok());

        // The acceptance notice printed to PDF.
        QVERIFY(!acceptance.value().notices.isEmpty());
        const QString noticeId = acceptance.value().notices.first().noticeId;
        QVERIFY(!noticeId.isEmpty());
        QVERIFY(storage::NoticeRepository(db, cipher, *m_clock)
                    .recordPrint(noticeId, clerk, storage::PrintOutput::PdfFile)
                    .ok());

        // The queue exported to removable media.
        const QString medium = test::TestEnvironment::current()->freshDir(QStringLiteral("audit-coverage-medium"));
        auto exported = sync::OutboxExport::exportTo(db, cipher, m_dir, medium, QStringLiteral("a long passphrase 7"),
                                                     m_clock->now());
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));

        // The accepted case completed and synced long ago: purged.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'submitted' WHERE case_id = '%1'").arg(accepted)));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE cases SET department_status = 'completed' WHERE id = '%1'").arg(accepted)));
        m_clock->advanceDays(200);
        auto purged = storage::Retention(db, cipher, m_dir, *m_clock).run(30, false);
        QVERIFY(purged.ok());
        QVERIFY(purged.value().caseIds.contains(accepted));

        // Sign-out.
        YC_VERIFY_OK(sync::StaffCredentials(db, cipher).recordSignOut(clerk, m_clock->now()));

        auto entries = [&db](const QString& condition) {
            return count(db, QStringLiteral("SELECT count(*) FROM audit WHERE ") + condition);
        };
        for (const QString& action :
             {QStringLiteral("staff.sign-in-online"), QStringLiteral("staff.sign-in-offline"),
              QStringLiteral("staff.sign-out"), QStringLiteral("session.lock"), QStringLiteral("session.unlock"),
              QStringLiteral("card.read"), QStringLiteral("case.view-personal"), QStringLiteral("case.accept"),
              QStringLiteral("case.approval"), QStringLiteral("notice.print"), QStringLiteral("outbox.export"),
              QStringLiteral("settings.change"), QStringLiteral("case.purge")})
            QVERIFY2(entries(QStringLiteral("action = '%1'").arg(action)) >= 1, qPrintable(action));
        QCOMPARE(entries(QStringLiteral("action = 'case.accept' AND detail LIKE 'decision=accepted %'")), qint64(1));
        QCOMPARE(entries(QStringLiteral("action = 'case.accept' AND detail LIKE 'decision=correction-notified %'")),
                 qint64(1));
        QCOMPARE(entries(QStringLiteral("action = 'case.accept' AND detail LIKE 'decision=refused %'")), qint64(1));
        // Who, where and when: the staff member on the clerk's actions, the window on every entry.
        QCOMPARE(entries(QStringLiteral("action IN ('session.lock', 'card.read', 'case.view-personal', "
                                        "'notice.print', 'settings.change') AND staff_id <> 'c1001'")),
                 qint64(0));
        QCOMPARE(entries(QStringLiteral("action <> 'staff.sign-in-online' AND (window_code IS NULL OR window_code <> "
                                        "'A01')")),
                 qint64(0));
        // Settings: one entry per real change, a secret's values left out.
        QCOMPARE(entries(QStringLiteral("action = 'settings.change'")), qint64(2));
        QCOMPARE(entries(QStringLiteral("action = 'settings.change' AND object_id = 'session/idle_lock_minutes' AND "
                                        "detail = 'old=(unset) new=5'")),
                 qint64(1));
        QCOMPARE(entries(QStringLiteral("action = 'settings.change' AND detail = 'old=(secret) new=(secret)'")),
                 qint64(1));
        // The card read names the applicant only by the store's keyed hash.
        const QString index =
            storage::ApplicantRepository(db, cipher).indexOf(person.identity.idType, person.identity.idNumber);
        QCOMPARE(entries(QStringLiteral("action = 'card.read' AND object_id = '%1' AND detail = "
                                        "'card=resident valid=yes'")
                             .arg(index)),
                 qint64(1));
        // No personal value anywhere in the trail (it is stored in clear and leaves the PC).
        const QString idTail = person.identity.idNumber.right(8);
        for (const QString& value : {person.identity.idNumber, idTail, person.identity.name, person.identity.phone,
                                     QStringLiteral("not-for-the-trail")})
            QCOMPARE(entries(QStringLiteral("staff_id || '|' || object_id || '|' || detail LIKE '%%1%'").arg(value)),
                     qint64(0));

        auto verified = storage::AuditLog(db).verify();
        QVERIFY(verified.ok());
        QVERIFY2(verified.value().ok(), qPrintable(verified.value().problem));
        // An edited entry breaks the chain at that entry.
        auto cardRow = db.count(QStringLiteral("SELECT id FROM audit WHERE action = 'card.read'"));
        QVERIFY(cardRow.ok());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE audit SET detail = 'card=resident valid=no' WHERE id = %1").arg(cardRow.value())));
        verified = storage::AuditLog(db).verify();
        QVERIFY(verified.ok());
        QCOMPARE(verified.value().firstBad, cardRow.value());
    }

    void remoteApprovalIsAskedWithoutBlocking()
    {
        QVERIFY(fresh(QStringLiteral("remote")));
        IntakeSession session(context());
        CaseDecider decider(context());
        const QString d = completeFoodDraft();
        QVERIFY(!d.isEmpty());
        QVERIFY(session.setRefusalReason(d, {RefusalCategory::NotEligible, QStringLiteral("经营场所不符合条件")}).ok());
        ApprovalPlatform::State platform;
        platform.offline = true;
        RemoteApprovals remote(context(), [&platform]() { return std::make_unique<ApprovalPlatform>(platform); });
        QSignalSpy changed(&remote, &RemoteApprovals::approvalChanged);
        QSignalSpy failed(&remote, &RemoteApprovals::approvalFailed);
        // Asked while the platform cannot be reached: stored as pending, the failure told.
        auto id = remote.request(d, ApprovalKind::Refusal);
        QVERIFY(id.ok());
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toString(), id.value());
        QCOMPARE(decider.refuse(d, id.value()).error().code, QStringLiteral("intake.approval-pending"));
        // Online again: check() finds the platform never got it and sends the same request again.
        platform.offline = false;
        QVERIFY(remote.check(id.value()).ok());
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.last().at(1).toString(), id.value());
        QCOMPARE(changed.last().at(2).toString(), QStringLiteral("pending"));
        QCOMPARE(platform.posts, 1);
        {
            QMutexLocker lock(&platform.mutex);
            QVERIFY(platform.approvals.contains(id.value()));
            QCOMPARE(platform.approvals.value(id.value()).kind, QStringLiteral("refusal"));
            QVERIFY(platform.tokens.contains(QStringLiteral("token-c1001"))); // under the clerk's own sign-in
            sync::Approval& a = platform.approvals[id.value()];
            a.status = QStringLiteral("approved");
            a.decidedBy = QStringLiteral("s2001");
            a.decidedAt = m_clock->now();
        }
        QVERIFY(remote.check(id.value()).ok());
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.last().at(2).toString(), QStringLiteral("approved"));
        QCOMPARE(platform.posts, 1); // answered by GET, not asked twice
        auto outcome = decider.refuse(d, id.value());
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        auto parts =
            storage::IntakeRepository(m_store->database(), m_store->cipher(), m_dir, *m_clock).caseDocumentParts(d);
        QVERIFY(parts.ok());
        QCOMPARE(parts.value().approvals.size(), std::size_t(1));
        QCOMPARE(parts.value().approvals[0].mode, QStringLiteral("remote"));

        // A remote approval the clerk decided themselves (a supervisor at a window) does not count.
        const QString own = completeFoodDraft(QStringLiteral("s2001"), 5);
        QVERIFY(session.setRefusalReason(own, {RefusalCategory::Other, QStringLiteral("申请人撤回")}).ok());
        auto ownId = remote.request(own, ApprovalKind::Refusal);
        QVERIFY(ownId.ok());
        QVERIFY(changed.wait(10000));
        {
            QMutexLocker lock(&platform.mutex);
            sync::Approval& a = platform.approvals[ownId.value()];
            a.status = QStringLiteral("approved");
            a.decidedBy = QStringLiteral("s2001");
        }
        QVERIFY(remote.check(ownId.value()).ok());
        QVERIFY(changed.wait(10000));
        QCOMPARE(decider.refuse(own, ownId.value()).error().code, QStringLiteral("intake.self-approval"));
    }

    void acceptanceGateWarnsThenBlocks()
    {
        QVERIFY(fresh(QStringLiteral("gate")));
        QVERIFY(
            m_store->database()
                .setMeta(QStringLiteral("sync.limits"), QStringLiteral(R"({"pendingWarnCases":1,"pendingMaxCases":2})"))
                .ok());
        CaseDecider decider(context());
        auto first = decider.accept(completeFoodDraft(QStringLiteral("c1001"), 11));
        QVERIFY(first.ok());
        QVERIFY(first.value().warning.isEmpty());
        auto second = decider.accept(completeFoodDraft(QStringLiteral("c1001"), 12));
        QVERIFY(second.ok());
        qInfo("gate warning: %s", qPrintable(second.value().warning));
        QVERIFY(!second.value().warning.isEmpty());
        const QString third = completeFoodDraft(QStringLiteral("c1001"), 13);
        auto blocked = decider.accept(third);
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().code, QStringLiteral("acceptance.blocked"));
        QCOMPARE(decider.acceptanceGate().error().code, QStringLiteral("acceptance.blocked"));
        // Not taken: still a draft, no number used, nothing queued.
        QVERIFY(IntakeSession(context()).load(third).ok());
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM outbox")), qint64(2));
        QCOMPARE(count(m_store->database(),
                       QStringLiteral("SELECT count(*) FROM case_number_leases WHERE used_by_case IS NOT NULL")),
                 qint64(2));
        // The citizen is still told what to supply: a correction is not an acceptance.
        QVERIFY(
            IntakeSession(context()).setMaterial(third, QStringLiteral("m1"), stateOnly(MaterialState::Missing)).ok());
        QVERIFY(decider.notifyCorrection(third).ok());
    }

    void noCaseNumberNoAcceptance()
    {
        QVERIFY(fresh(QStringLiteral("no-number")));
        const QString d = completeFoodDraft();
        // Only 2026 numbers are leased; on 1 January 2027 (China time) none is left.
        m_clock->set(QDateTime(QDate(2026, 12, 31), QTime(16, 30), QTimeZone::utc()));
        auto refused = CaseDecider(context()).accept(d);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("intake.no-case-number"));
        QVERIFY(IntakeSession(context()).load(d).ok());
    }

    void doubleSubmitDecidesOnce()
    {
        QVERIFY(fresh(QStringLiteral("race")));
        for (int round = 0; round < 5; ++round) {
            const QString d = completeFoodDraft(QStringLiteral("c1001"), 20 + round);
            QVERIFY(!d.isEmpty());
            QSemaphore ready;
            QSemaphore go;
            std::atomic_int decided{0};
            std::atomic_int refusedAsDecided{0};
            QStringList otherErrors;
            QMutex errorsMutex;
            auto submit = [&]() {
                // Each thread its own connection, as two windows of the program would have.
                auto connection = m_store->openConnection();
                if (!connection)
                    return;
                IntakeContext c{
                    *connection.value(), m_store->cipher(), m_dir, *m_clock, WorkCalendar::bundled(), {}, stubPdf, {}};
                ready.release();
                go.acquire();
                auto outcome = CaseDecider(c).accept(d);
                if (outcome.ok())
                    ++decided;
                else if (outcome.error().code == QLatin1String("case.decided"))
                    ++refusedAsDecided;
                else {
                    QMutexLocker lock(&errorsMutex);
                    otherErrors << outcome.error().code + QStringLiteral(": ") + outcome.error().message;
                }
            };
            std::unique_ptr<QThread> a(QThread::create(submit));
            std::unique_ptr<QThread> b(QThread::create(submit));
            a->start();
            b->start();
            QVERIFY(ready.tryAcquire(2, 30000));
            go.release(2);
            QVERIFY(a->wait(60000));
            QVERIFY(b->wait(60000));
            QVERIFY2(otherErrors.isEmpty(), qPrintable(otherErrors.join(QLatin1Char('\n'))));
            QCOMPARE(decided.load(), 1);
            QCOMPARE(refusedAsDecided.load(), 1);
        }
        storage::Database& db = m_store->database();
        qInfo("5 double submits: %lld case(s) queued, %lld number(s) used",
              count(db, QStringLiteral("SELECT count(*) FROM outbox")),
              count(db, QStringLiteral("SELECT count(*) FROM case_number_leases WHERE used_by_case IS NOT NULL")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox")), qint64(5));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM case_number_leases WHERE used_by_case IS NOT NULL")),
                 qint64(5));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'case.accept'")), qint64(5));
    }

    // The store's side of the race, made certain: the second decision starts while the first one's
    // transaction is open, and must wait for it and then find the case decided.
    void secondDecisionWaitsForTheFirstTransaction()
    {
        QVERIFY(fresh(QStringLiteral("claim")));
        const QString d = completeFoodDraft();
        QVERIFY(!d.isEmpty());
        QSemaphore firstInside;
        QSemaphore secondStarted;
        Status first;
        Status second;
        std::unique_ptr<QThread> a(QThread::create([&]() {
            auto connection = m_store->openConnection();
            if (!connection)
                return;
            storage::DraftRepository drafts(*connection.value(), m_store->cipher(), m_dir, *m_clock);
            first = drafts.decide(d, Decision::Accepted, QDate(2026, 10, 13), [&]() -> Status {
                firstInside.release();
                secondStarted.acquire();
                QThread::msleep(300); // the second decision is waiting on the store's lock now
                return {};
            });
        }));
        std::unique_ptr<QThread> b(QThread::create([&]() {
            auto connection = m_store->openConnection();
            if (!connection)
                return;
            storage::DraftRepository drafts(*connection.value(), m_store->cipher(), m_dir, *m_clock);
            firstInside.acquire();
            secondStarted.release();
            second = drafts.decide(d, Decision::Refused);
        }));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(!second.ok());
        qInfo("the second decision, started inside the first one's transaction, ended with %s",
              qPrintable(second.error().code));
        QCOMPARE(second.error().code, QStringLiteral("case.decided"));
        auto stored = storage::CaseRepository(m_store->database(), m_store->cipher(), m_dir, *m_clock).get(d);
        QVERIFY(stored.ok() && stored.value());
        QVERIFY(stored.value()->decision == std::optional<Decision>(Decision::Accepted));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM outbox")), qint64(1));
    }

    void draftSurvivesClosingTheStore()
    {
        QVERIFY(fresh(QStringLiteral("reopen")));
        const QString applicantName = QStringLiteral("样例申请人");
        const QString agentName = QStringLiteral("样例受托人");
        const test::FakeClock& clock = *m_clock;
        QString d;
        intake::Party applicant = test::organisation(7, applicantName);
        intake::Party agent = test::person(8, agentName);
        {
            IntakeSession session(context());
            auto id = session.createDraft(QStringLiteral("c1001"), {}, QStringLiteral("A01"));
            QVERIFY(id.ok());
            d = id.value();
            QVERIFY(session.setApplicant(d, applicant).ok());
            QVERIFY(session.setAgent(d, agent).ok());
            QVERIFY(session.setItem(d, test::FoodLicenceNew).ok());
            QVERIFY(session.answerSituation(d, QStringLiteral("s1"), QStringLiteral("s1a")).ok());
            QVERIFY(session.answerSituation(d, QStringLiteral("s2"), QStringLiteral("s2b")).ok());
            QVERIFY(session.answerSituation(d, QStringLiteral("s3"), QStringLiteral("s3b")).ok());
            QVERIFY(session.setMaterial(d, QStringLiteral("m1"), scanned("SCAN-MARKER-M1")).ok());
            QVERIFY(session.setMaterial(d, QStringLiteral("m2"), licence(QStringLiteral("LIC-0042"))).ok());
            QVERIFY(session.setMaterial(d, QStringLiteral("m3"), stateOnly(MaterialState::OriginalReturned)).ok());
            QVERIFY(session
                        .setMaterial(d, QStringLiteral("m4"),
                                     stateOnly(MaterialState::Deficient, QStringLiteral("平面图缺少比例尺")))
                        .ok());
            QVERIFY(
                session
                    .setMaterial(d, QStringLiteral("m5"),
                                 stateOnly(MaterialState::Deferred, QStringLiteral("制度修订中"), QDate(2026, 10, 23)))
                    .ok());
            QVERIFY(session
                        .setFormFields(d, {{QStringLiteral("businessAddress"), QStringLiteral("样例路88号")},
                                           {QStringLiteral("contactPhone"), QStringLiteral("13900000000")}})
                        .ok());
            QCOMPARE(session.setFormField(d, QStringLiteral("bad key!"), QStringLiteral("x")).error().code,
                     QStringLiteral("intake.form-field"));
            QVERIFY(session.setNotes(d, QStringLiteral("样例备注内容")).ok());
            QVERIFY(session.setRefusalReason(d, {RefusalCategory::Other, QStringLiteral("样例不予受理理由")}).ok());
        }
        m_store.reset(); // the program ends (or crashes after the last committed step)
        m_store = test::openIntakeStore(m_dir, clock.now(), false);
        QVERIFY(m_store);
        IntakeSession session(context());
        auto drafts = session.listDrafts(QStringLiteral("c1001"));
        QVERIFY(drafts.ok());
        QCOMPARE(drafts.value().size(), std::size_t(1));
        QCOMPARE(drafts.value()[0].id, d);
        QCOMPARE(drafts.value()[0].itemCode, test::FoodLicenceNew);
        auto loaded = session.load(d);
        QVERIFY(loaded.ok());
        const IntakeDraft& draft = loaded.value();
        QVERIFY(draft.applicant);
        QVERIFY(draft.applicant->kind == ApplicantKind::Organisation);
        QCOMPARE(draft.applicant->identity.idNumber, applicant.identity.idNumber);
        QCOMPARE(draft.applicant->identity.name, applicantName);
        QVERIFY(draft.agent);
        QCOMPARE(draft.agent->identity.idNumber, agent.identity.idNumber);
        QCOMPARE(draft.agent->identity.name, agentName);
        QCOMPARE(draft.itemVersion, 1);
        QCOMPARE(draft.itemName, QStringLiteral("食品经营许可（新办）"));
        QCOMPARE(draft.situations.value(QStringLiteral("s2")), QStringLiteral("s2b"));
        QVERIFY(draft.unansweredSituations.isEmpty());
        QCOMPARE(draft.formFields.value(QStringLiteral("businessAddress")), QStringLiteral("样例路88号"));
        QCOMPARE(draft.notes, QStringLiteral("样例备注内容"));
        QVERIFY(draft.refusal);
        QCOMPARE(draft.refusal->text, QStringLiteral("样例不予受理理由"));
        QStringList ids;
        for (const ChecklistEntry& e : draft.checklist)
            ids << e.materialId;
        QCOMPARE(ids, materialIds("m1 m2 m3 m4 m5 m7 m8 m9"));
        const ChecklistEntry* m1 = draft.entry(QStringLiteral("m1"));
        QVERIFY(m1->state == MaterialState::Scanned);
        auto content =
            storage::MaterialStore(m_store->database(), m_store->cipher(), m_dir).content(m1->storedMaterialId);
        QVERIFY(content.ok());
        QCOMPARE(content.value(), scan("SCAN-MARKER-M1"));
        QVERIFY(draft.entry(QStringLiteral("m2"))->state == MaterialState::Licence);
        QCOMPARE(draft.entry(QStringLiteral("m2"))->licenceId, QStringLiteral("LIC-0042"));
        QVERIFY(draft.entry(QStringLiteral("m3"))->state == MaterialState::OriginalReturned);
        QVERIFY(draft.entry(QStringLiteral("m4"))->state == MaterialState::Deficient);
        QCOMPARE(draft.entry(QStringLiteral("m4"))->reason, QStringLiteral("平面图缺少比例尺"));
        QVERIFY(draft.entry(QStringLiteral("m5"))->state == MaterialState::Deferred);
        QCOMPARE(draft.entry(QStringLiteral("m5"))->dueDate, QDate(2026, 10, 23));
        QVERIFY(draft.entry(QStringLiteral("m7"))->state == MaterialState::Missing);

        // Nothing personal in clear anywhere in the data folder.
        m_store.reset();
        const QByteArray bytes = allBytes(m_dir);
        for (const QString& secret :
             {applicantName, agentName, applicant.identity.idNumber, agent.identity.idNumber,
              QStringLiteral("样例路88号"), QStringLiteral("样例备注内容"), QStringLiteral("样例不予受理理由"),
              QStringLiteral("平面图缺少比例尺"), QStringLiteral("SCAN-MARKER-M1")})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(QStringLiteral("in clear: ") + secret));
        m_store = test::openIntakeStore(m_dir, clock.now(), false);
        QVERIFY(m_store);

        // Discarding the draft takes its files and both people's rows with it.
        QVERIFY(IntakeSession(context()).discard(d).ok());
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM applicants")), qint64(0));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM materials")), qint64(0));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM intake_materials")), qint64(0));
    }

    void organisationWithAgentNeedsPowerOfAttorney()
    {
        QVERIFY(fresh(QStringLiteral("agent")));
        IntakeSession session(context());
        auto id = session.createDraft(QStringLiteral("c1001"));
        QVERIFY(id.ok());
        const QString d = id.value();
        intake::Party bad = test::organisation(9);
        bad.identity.idNumber[17] = bad.identity.idNumber[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QCOMPARE(session.setApplicant(d, bad).error().code, QStringLiteral("id.check"));
        intake::Party mismatched = test::person(9);
        mismatched.kind = ApplicantKind::Organisation;
        QCOMPARE(session.setApplicant(d, mismatched).error().code, QStringLiteral("intake.party-kind"));
        QVERIFY(session.setApplicant(d, test::organisation(9)).ok());
        QCOMPARE(session.setAgent(d, test::organisation(10)).error().code, QStringLiteral("intake.party-kind"));
        QVERIFY(session.setItem(d, test::FoodLicenceNew).ok());
        // "本人办理": the item adds no power of attorney, the agent does.
        QVERIFY(session
                    .setSituations(d, {{QStringLiteral("s1"), QStringLiteral("s1a")},
                                       {QStringLiteral("s2"), QStringLiteral("s2a")},
                                       {QStringLiteral("s3"), QStringLiteral("s3a")}})
                    .ok());
        auto without = session.load(d);
        QVERIFY(without.ok());
        QVERIFY(!without.value().entry(QStringLiteral("m8")));
        QVERIFY(session.setAgent(d, test::person(10, QStringLiteral("样例乙"))).ok());
        auto with = session.load(d);
        QVERIFY(with.ok());
        QVERIFY(with.value().applicant->kind == ApplicantKind::Organisation);
        const ChecklistEntry* poa = with.value().entry(QStringLiteral("m8"));
        QVERIFY(poa);
        QCOMPARE(poa->name, QStringLiteral("授权委托书"));
        QVERIFY(poa->forAgent);
        // The agent leaves: so does the power of attorney, and the agent's row.
        QVERIFY(session.setAgent(d, std::nullopt).ok());
        QVERIFY(!session.load(d).value().entry(QStringLiteral("m8")));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM applicants")), qint64(1));
        // An item that lists no power of attorney gets one of its own for the agent.
        auto other = session.createDraft(QStringLiteral("c1001"));
        QVERIFY(other.ok());
        QVERIFY(session.setApplicant(other.value(), test::person(11)).ok());
        QVERIFY(session.setAgent(other.value(), test::person(12, QStringLiteral("样例丙"))).ok());
        QVERIFY(session.setItem(other.value(), test::Unemployment).ok());
        auto unemployment = session.load(other.value());
        QVERIFY(unemployment.ok());
        const ChecklistEntry* own = unemployment.value().entry(PowerOfAttorneyId);
        QVERIFY(own);
        QCOMPARE(own->name, QStringLiteral("授权委托书"));
        QVERIFY(!own->deferrable);
    }
};

YC_TEST_MAIN(TestIntakeWorkflow)
#include "TestIntakeWorkflow.moc"
