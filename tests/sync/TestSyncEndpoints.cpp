// The connector's once-only lookups, audit, evaluations, hall query, remote approvals and
// supplements against the real yichuang-platform over loopback TLS: each call's happy path and
// one refusal with the platform's reason.
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "core/AuditChain.h"
#include "storage/Database.h"
#include "sync/DeviceKey.h"
#include "sync/Enrolment.h"
#include "sync/RestConnector.h"
#include "sync/SupplementDocument.h"

#include <QCryptographicHash>
#include <QUuid>

using namespace yc;
using namespace yc::test;

namespace {
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
const QString ItemCode = QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00");
} // namespace

class TestSyncEndpoints : public QObject
{
    Q_OBJECT

private:
    SyncSetup m_setup{QStringLiteral("ep")};
    QString m_machineId;
    std::unique_ptr<sync::RestConnector> m_connector;
    QString m_clerk;      // c1001, bound to the machine
    QString m_supervisor; // s1001, bound to the machine
    QString m_admin;      // a1001, no machine

    QString token(const QString& staffId, bool withMachine = true)
    {
        auto s =
            m_connector->signIn(staffId, QStringLiteral("train-") + staffId, withMachine ? m_machineId : QString());
        return s ? s.value().accessToken : QString();
    }

private slots:
    void initTestCase()
    {
        YC_VERIFY_OK(m_setup.start());
        m_machineId = m_setup.client.machineId();
        QVERIFY(!m_machineId.isEmpty());
        m_connector = std::make_unique<sync::RestConnector>(sync::SyncConfig::restOptions(*m_setup.client.settings));
        m_clerk = token(QStringLiteral("c1001"));
        m_supervisor = token(QStringLiteral("s1001"));
        m_admin = token(QStringLiteral("a1001"), false);
        QVERIFY(!m_clerk.isEmpty() && !m_supervisor.isEmpty() && !m_admin.isEmpty());
    }

    void cleanupTestCase()
    {
        m_connector.reset();
        m_setup.platform.stop();
    }

    void licences()
    {
        // Training data of the platform's configuration (synthetic holder).
        const QString holder = QStringLiteral("210202198503121015");
        auto all = m_connector->lookupLicences(m_clerk, QStringLiteral("resident-id"), holder, {});
        YC_VERIFY_OK(all);
        QCOMPARE(all.value().size(), size_t(2));
        QCOMPARE(all.value()[0].licenceId, QStringLiteral("LIC-TRAIN-0001"));
        QCOMPARE(all.value()[0].type, QStringLiteral("居民身份证"));
        QCOMPARE(all.value()[0].issuedOn, QDate(2019, 5, 20));
        QCOMPARE(all.value()[0].validTo, QDate(2039, 5, 20));
        QCOMPARE(all.value()[0].status, QStringLiteral("valid"));
        auto filtered =
            m_connector->lookupLicences(m_clerk, QStringLiteral("resident-id"), holder, {QStringLiteral("户口簿")});
        QVERIFY(filtered.ok());
        QCOMPARE(filtered.value().size(), size_t(1));
        QVERIFY(!filtered.value()[0].validTo.isValid()); // no end date
        auto none = m_connector->lookupLicences(m_clerk, QStringLiteral("resident-id"), syntheticIdNumber(3), {});
        QVERIFY(none.ok());
        QVERIFY(none.value().empty());

        auto anonymous = m_connector->lookupLicences(QString(), QStringLiteral("resident-id"), holder, {});
        QVERIFY(!anonymous.ok());
        QCOMPARE(anonymous.error().kind, sync::FailureKind::Auth);
        QCOMPARE(anonymous.error().httpStatus, 401);
    }

    void credit()
    {
        auto warnings =
            m_connector->lookupCredit(m_clerk, QStringLiteral("credit-code"), QStringLiteral("91210200YC90000243"));
        YC_VERIFY_OK(warnings);
        QCOMPARE(warnings.value().size(), size_t(1));
        QCOMPARE(warnings.value()[0].kind, QStringLiteral("abnormal-operation"));
        QCOMPARE(warnings.value()[0].listedOn, QDate(2025, 6, 30));
        auto clean =
            m_connector->lookupCredit(m_clerk, QStringLiteral("credit-code"), QStringLiteral("91350100M000100Y43"));
        QVERIFY(clean.ok());
        QVERIFY(clean.value().empty());

        auto wrongType = m_connector->lookupCredit(m_clerk, QStringLiteral("passport"), QStringLiteral("E00000000"));
        QVERIFY(!wrongType.ok());
        QCOMPARE(wrongType.error().kind, sync::FailureKind::Permanent);
        QCOMPARE(wrongType.error().code, QStringLiteral("bad-request"));
        QCOMPARE(wrongType.error().httpStatus, 400);
    }

    void audit()
    {
        const QDateTime at = QDateTime(QDate(2026, 11, 28), QTime(6, 0, 0), Qt::UTC);
        // Chained as AuditLog chains them (PROTOCOL.md §14.1).
        auto chained = [](sync::AuditEntry e, const QString& prevHash) {
            e.windowNo = QStringLiteral("A01");
            e.prevHash = prevHash;
            e.hash = auditchain::hashOf({e.seq, auditchain::canonicalAt(e.at), e.staffId, e.windowNo, e.action,
                                         e.objectType, e.objectId, e.detail, e.prevHash});
            return e;
        };
        const sync::AuditEntry firstEntry{900001,
                                          at,
                                          QStringLiteral("c1001"),
                                          QStringLiteral("case.accept"),
                                          QStringLiteral("case"),
                                          uuid(),
                                          QStringLiteral("decision=accepted materials=1"),
                                          {},
                                          {},
                                          {}};
        const sync::AuditEntry secondEntry{900002,
                                           at.addSecs(5),
                                           QStringLiteral("c1001"),
                                           QStringLiteral("staff.sign-in-online"),
                                           QStringLiteral("staff"),
                                           QStringLiteral("c1001"),
                                           QStringLiteral("role=clerk"),
                                           {},
                                           {},
                                           {}};
        std::vector<sync::AuditEntry> entries{chained(firstEntry, auditchain::genesis())};
        entries.push_back(chained(secondEntry, entries.front().hash));
        const QString batch = uuid();
        auto first = m_connector->uploadAudit(m_clerk, batch, entries);
        YC_VERIFY_OK(first);
        QCOMPARE(first.value().accepted, 2);
        QCOMPARE(first.value().duplicates, 0);
        // The same batch again: the platform answers as before and stores nothing twice.
        auto again = m_connector->uploadAudit(m_clerk, batch, entries);
        QVERIFY(again.ok());
        QCOMPARE(again.value().accepted, 2);
        // The same entries in a new batch are counted as duplicates.
        auto other = m_connector->uploadAudit(m_clerk, uuid(), entries);
        QVERIFY(other.ok());
        QCOMPARE(other.value().accepted, 0);
        QCOMPARE(other.value().duplicates, 2);
        // The batch id reused with other content is refused.
        entries.pop_back();
        auto conflict = m_connector->uploadAudit(m_clerk, batch, entries);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().kind, sync::FailureKind::Permanent);
        QCOMPARE(conflict.error().code, QStringLiteral("id-conflict"));
        // An admin token is not bound to a machine: audit comes from enrolled machines only.
        auto unbound = m_connector->uploadAudit(m_admin, uuid(), entries);
        QVERIFY(!unbound.ok());
        QCOMPARE(unbound.error().code, QStringLiteral("forbidden"));
        QVERIFY(unbound.error().message.contains(QStringLiteral("enrolled machine")));
    }

    void evaluation()
    {
        sync::Evaluation e;
        e.evaluationId = uuid();
        e.caseNumber = QStringLiteral("21020001-2026-999999");
        e.at = QDateTime::currentDateTimeUtc();
        e.level = 2;
        e.overall = 2;
        e.attitude = 3;
        // Evaluations are for cases the platform holds (PROTOCOL.md §14).
        auto unknown = m_connector->submitEvaluation(m_clerk, e);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, sync::FailureKind::Permanent);
        QCOMPARE(unknown.error().code, QStringLiteral("invalid"));
        storage::CaseRepository cases(m_setup.client.store->database(), m_setup.client.store->cipher(),
                                      m_setup.client.dataDir);
        auto id = cases.accept(m_setup.client.makeCase(10, 1, 1000));
        QVERIFY(id.ok());
        auto engine = m_setup.client.engine();
        QVERIFY(engine);
        QCOMPARE(engine->runUntilIdle(30000, true).submitted, 1);
        auto row = cases.get(id.value());
        QVERIFY(row.ok() && row.value());
        e.caseNumber = row.value()->caseNumber;
        e.evaluationId = uuid();
        auto first = m_connector->submitEvaluation(m_clerk, e);
        YC_VERIFY_OK(first);
        QCOMPARE(first.value().evaluationId, e.evaluationId);
        QVERIFY(first.value().followUp); // level <= 2 opens a follow-up
        QVERIFY(!first.value().duplicate);
        auto again = m_connector->submitEvaluation(m_clerk, e);
        QVERIFY(again.ok());
        QVERIFY(again.value().duplicate);
        e.level = 5;
        auto changed = m_connector->submitEvaluation(m_clerk, e);
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().code, QStringLiteral("id-conflict"));
        e.evaluationId = uuid();
        e.level = 9;
        auto invalid = m_connector->submitEvaluation(m_clerk, e);
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().kind, sync::FailureKind::Permanent);
        QCOMPARE(invalid.error().httpStatus, 400);
    }

    void hallCasesAndSupplement()
    {
        storage::CaseRepository cases(m_setup.client.store->database(), m_setup.client.store->cipher(),
                                      m_setup.client.dataDir);
        auto id = cases.accept(m_setup.client.makeCase(11, 1, 3000));
        QVERIFY(id.ok());
        auto engine = m_setup.client.engine();
        QVERIFY(engine);
        QCOMPARE(engine->runUntilIdle(30000, true).submitted, 1);
        auto row = cases.get(id.value());
        QVERIFY(row.ok() && row.value());
        const QString caseNumber = row.value()->caseNumber;

        sync::CaseFilter filter;
        filter.windowNo = QStringLiteral("A01");
        filter.from = QDate::currentDate().addDays(-2);
        filter.limit = 50;
        auto page = m_connector->hallCases(m_supervisor, filter);
        YC_VERIFY_OK(page);
        QVERIFY(!page.value().more);
        bool found = false;
        for (const sync::CaseSummary& c : page.value().cases) {
            if (c.caseId != id.value())
                continue;
            found = true;
            QCOMPARE(c.caseNumber, caseNumber);
            QCOMPARE(c.staffId, QStringLiteral("c1001"));
            QCOMPARE(c.itemCode, ItemCode);
            QCOMPARE(c.status, QStringLiteral("submitted"));
            QCOMPARE(c.materialCount, 1);
            QVERIFY(c.acceptedAt.isValid() && c.receivedAt.isValid());
        }
        QVERIFY(found);
        filter.status = QStringLiteral("completed");
        auto completed = m_connector->hallCases(m_supervisor, filter);
        QVERIFY(completed.ok());
        QVERIFY(completed.value().cases.empty());

        auto clerk = m_connector->hallCases(m_clerk, {});
        QVERIFY(!clerk.ok());
        QCOMPARE(clerk.error().kind, sync::FailureKind::Permanent);
        QCOMPARE(clerk.error().code, QStringLiteral("forbidden"));
        QCOMPARE(clerk.error().httpStatus, 403);
        QVERIFY2(clerk.error().message.contains(QStringLiteral("The hall-wide query is for supervisors")),
                 qPrintable(clerk.error().message));

        // A supplement to that case: material first, then the signed body.
        const QByteArray content = syntheticBytes(4242, 2500);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QVERIFY(m_connector->uploadMaterial(m_clerk, sha, content, 0, {}).ok());
        auto key = sync::Enrolment(m_setup.client.store->database(), m_setup.client.store->cipher()).key();
        QVERIFY(key.ok());
        const QJsonArray materials{sync::SupplementDocument::materialJson(
            QStringLiteral("m5"), QStringLiteral("申请书"), sha, content.size(), QStringLiteral("application/pdf"))};
        const QString supplementId = uuid();
        auto body = sync::SupplementDocument::sign(key.value(), supplementId, materials, QStringLiteral("补交"));
        QVERIFY(body.ok());
        auto sent = m_connector->submitSupplement(m_clerk, caseNumber, body.value());
        YC_VERIFY_OK(sent);
        QCOMPARE(sent.value().supplementId, supplementId);
        QCOMPARE(sent.value().caseNumber, caseNumber);
        QVERIFY(!sent.value().duplicate);
        auto again = m_connector->submitSupplement(m_clerk, caseNumber, body.value());
        QVERIFY(again.ok());
        QVERIFY(again.value().duplicate);
        // Changed after signing: the signature no longer verifies.
        QJsonObject tampered = body.value();
        tampered.insert(QStringLiteral("supplementId"), uuid());
        auto refused = m_connector->submitSupplement(m_clerk, caseNumber, tampered);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, sync::FailureKind::Permanent);
        QCOMPARE(refused.error().code, QStringLiteral("bad-signature"));
        // A material the platform does not hold.
        const QJsonArray unknown{sync::SupplementDocument::materialJson(QStringLiteral("m6"), QStringLiteral("x"),
                                                                        QString(64, QLatin1Char('a')), 10, {})};
        auto missingBody = sync::SupplementDocument::sign(key.value(), uuid(), unknown, {});
        QVERIFY(missingBody.ok());
        auto missing = m_connector->submitSupplement(m_clerk, caseNumber, missingBody.value());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("materials-missing"));
    }

    void approvals()
    {
        sync::ApprovalRequest request;
        request.approvalId = uuid();
        request.kind = QStringLiteral("accept-with-missing");
        request.caseId = uuid();
        request.itemCode = ItemCode;
        request.reason = QStringLiteral("non-key material follows");
        request.deferredMaterials = {QStringLiteral("m5")};
        auto asked = m_connector->requestApproval(m_clerk, request);
        YC_VERIFY_OK(asked);
        QCOMPARE(asked.value().approvalId, request.approvalId);
        QCOMPARE(asked.value().status, QStringLiteral("pending"));
        QCOMPARE(asked.value().requestedBy, QStringLiteral("c1001"));
        QCOMPARE(asked.value().windowNo, QStringLiteral("A01"));
        QCOMPARE(asked.value().deferredMaterials, QStringList{QStringLiteral("m5")});
        QVERIFY(!asked.value().decidedAt.isValid());

        auto read = m_connector->approval(m_clerk, request.approvalId);
        QVERIFY(read.ok());
        QCOMPARE(read.value().caseId, request.caseId);

        auto pending = m_connector->pendingApprovals(m_supervisor, {}, 100);
        YC_VERIFY_OK(pending);
        bool listed = false;
        for (const sync::Approval& a : pending.value().approvals)
            listed = listed || a.approvalId == request.approvalId;
        QVERIFY(listed);
        auto clerkList = m_connector->pendingApprovals(m_clerk, {}, 100);
        QVERIFY(!clerkList.ok());
        QCOMPARE(clerkList.error().code, QStringLiteral("forbidden"));

        auto byClerk = m_connector->decideApproval(m_clerk, request.approvalId, QStringLiteral("approved"), {});
        QVERIFY(!byClerk.ok());
        QCOMPARE(byClerk.error().code, QStringLiteral("forbidden"));

        auto decided = m_connector->decideApproval(m_supervisor, request.approvalId, QStringLiteral("approved"),
                                                   QStringLiteral("ok"));
        YC_VERIFY_OK(decided);
        QCOMPARE(decided.value().status, QStringLiteral("approved"));
        QCOMPARE(decided.value().decidedBy, QStringLiteral("s1001"));
        QVERIFY(decided.value().decidedAt.isValid());
        QCOMPARE(decided.value().note, QStringLiteral("ok"));
        auto same = m_connector->decideApproval(m_supervisor, request.approvalId, QStringLiteral("approved"),
                                                QStringLiteral("ok"));
        QVERIFY(same.ok());
        auto other = m_connector->decideApproval(m_supervisor, request.approvalId, QStringLiteral("rejected"), {});
        QVERIFY(!other.ok());
        QCOMPARE(other.error().kind, sync::FailureKind::Permanent);
        QCOMPARE(other.error().code, QStringLiteral("id-conflict"));
        QCOMPARE(other.error().httpStatus, 409);
        QVERIFY2(other.error().message.contains(QStringLiteral("already approved")), qPrintable(other.error().message));

        auto unknown = m_connector->approval(m_clerk, uuid());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().httpStatus, 404);
    }
};

YC_TEST_MAIN(TestSyncEndpoints)
#include "TestSyncEndpoints.moc"
