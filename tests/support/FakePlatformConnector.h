#pragma once

#include "sync/PlatformConnector.h"

#include <QStringList>

namespace yc::test {

// A platform for tests that expects nothing: every call fails (permanent, code "test.unexpected",
// the call named in the message) and is listed in the test's list of unexpected calls. A test's fake
// derives from it and answers only the calls its test expects; the test checks that list stays empty.
class FakePlatformConnector : public sync::PlatformConnector
{
public:
    // unexpected outlives the connector (the sync engine owns and drops its connectors).
    explicit FakePlatformConnector(QStringList& unexpected)
        : m_unexpected(unexpected)
    {}

    sync::PlatformResult<sync::Health> health() override { return unexpected("health"); }
    sync::PlatformResult<sync::StaffSession> signIn(const QString&, const QString&, const QString&) override
    {
        return unexpected("signIn");
    }
    sync::PlatformResult<sync::StaffSession> refresh(const QString&) override { return unexpected("refresh"); }
    sync::PlatformResult<QJsonArray> halls(const QString&) override { return unexpected("halls"); }
    sync::PlatformResult<QJsonObject> enrol(const QString&, const QJsonObject&) override { return unexpected("enrol"); }
    sync::PlatformResult<QJsonObject> machine(const QString&) override { return unexpected("machine"); }
    sync::PlatformResult<sync::MaterialQuery> queryMaterials(const QString&, const QStringList&) override
    {
        return unexpected("queryMaterials");
    }
    sync::PlatformResult<sync::Done> uploadMaterial(const QString&, const QString&, const QByteArray&, qint64,
                                                    const Progress&) override
    {
        return unexpected("uploadMaterial");
    }
    sync::PlatformResult<sync::SubmitOutcome> submitCase(const QString&, const QJsonObject&) override
    {
        return unexpected("submitCase");
    }
    sync::PlatformResult<sync::ChangePage> changes(const QString&, const QString&) override
    {
        return unexpected("changes");
    }
    sync::PlatformResult<sync::CaseNumberLease> lease(const QString&, const QString&, int, int) override
    {
        return unexpected("lease");
    }
    sync::PlatformResult<QJsonObject> calendar(const QString&, const QString&, QString*) override
    {
        return unexpected("calendar");
    }
    sync::PlatformResult<QJsonObject> catalog(const QString&, qint64) override { return unexpected("catalog"); }
    sync::PlatformResult<std::vector<sync::Licence>> lookupLicences(const QString&, const QString&, const QString&,
                                                                    const QStringList&) override
    {
        return unexpected("lookupLicences");
    }
    sync::PlatformResult<std::vector<sync::CreditWarning>> lookupCredit(const QString&, const QString&,
                                                                        const QString&) override
    {
        return unexpected("lookupCredit");
    }
    sync::PlatformResult<sync::AuditUpload> uploadAudit(const QString&, const QString&,
                                                        const std::vector<sync::AuditEntry>&) override
    {
        return unexpected("uploadAudit");
    }
    sync::PlatformResult<sync::EvaluationOutcome> submitEvaluation(const QString&, const sync::Evaluation&) override
    {
        return unexpected("submitEvaluation");
    }
    sync::PlatformResult<sync::CasePage> hallCases(const QString&, const sync::CaseFilter&) override
    {
        return unexpected("hallCases");
    }
    sync::PlatformResult<sync::Approval> requestApproval(const QString&, const sync::ApprovalRequest&) override
    {
        return unexpected("requestApproval");
    }
    sync::PlatformResult<sync::Approval> approval(const QString&, const QString&) override
    {
        return unexpected("approval");
    }
    sync::PlatformResult<sync::ApprovalPage> pendingApprovals(const QString&, const QString&, int) override
    {
        return unexpected("pendingApprovals");
    }
    sync::PlatformResult<sync::Approval> decideApproval(const QString&, const QString&, const QString&,
                                                        const QString&) override
    {
        return unexpected("decideApproval");
    }
    sync::PlatformResult<sync::SupplementOutcome> submitSupplement(const QString&, const QString&,
                                                                   const QJsonObject&) override
    {
        return unexpected("submitSupplement");
    }

protected:
    sync::PlatformFailure unexpected(const char* call)
    {
        m_unexpected << QLatin1String(call);
        return sync::PlatformFailure{sync::FailureKind::Permanent,
                                     QStringLiteral("test.unexpected"),
                                     QStringLiteral("%1 was not expected").arg(QLatin1String(call)),
                                     0,
                                     {}};
    }

private:
    QStringList& m_unexpected;
};

} // namespace yc::test
