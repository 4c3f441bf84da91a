#pragma once

#include "sync/CurlUploader.h"
#include "sync/PlatformConnector.h"
#include "sync/TlsOptions.h"

#include <QCoreApplication>
#include <QUrl>

#include <initializer_list>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace yc::sync {

struct RestOptions
{
    QUrl baseUrl; // https://host:port (the /api/v1 prefix is added here)
    TlsOptions tls;
    int timeoutMs = 30000; // no byte moving for this long: the call fails (retryable)
    qint64 chunkBytes = 4 * 1024 * 1024;
    QString keyAlgorithm = QStringLiteral("ecdsa-p256-sha256"); // of the key made at enrolment (or sm2-sm3)
};

// PlatformConnector over HTTPS with QNetworkAccessManager; material chunks go through CurlUploader
// under the same TLS options. Lives on (and must be called from) one
// thread: the sync engine's. TLS errors are never ignored; a pinned key that differs aborts the
// connection right after the handshake, before any request byte (token included) is sent.
class RestConnector final : public PlatformConnector
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::RestConnector)

public:
    explicit RestConnector(RestOptions options);
    ~RestConnector() override;

    void setCancelFlag(const std::atomic_bool* flag) override { m_uploader->setCancelFlag(flag); }
    void setClock(const Clock* clock) override;

    PlatformResult<Health> health() override;
    PlatformResult<StaffSession> signIn(const QString& staffId, const QString& password,
                                        const QString& machineId) override;
    PlatformResult<StaffSession> refresh(const QString& refreshToken) override;
    PlatformResult<QJsonArray> halls(const QString& token) override;
    PlatformResult<QJsonObject> enrol(const QString& token, const QJsonObject& body) override;
    PlatformResult<QJsonObject> machine(const QString& token) override;
    PlatformResult<MaterialQuery> queryMaterials(const QString& token, const QStringList& sha256) override;
    PlatformResult<Done> uploadMaterial(const QString& token, const QString& sha256, const QByteArray& content,
                                        qint64 offset, const Progress& progress) override;
    PlatformResult<SubmitOutcome> submitCase(const QString& token, const QJsonObject& signedBody) override;
    PlatformResult<ChangePage> changes(const QString& token, const QString& cursor) override;
    PlatformResult<CaseNumberLease> lease(const QString& token, const QString& requestId, int year, int count) override;
    PlatformResult<QJsonObject> calendar(const QString& token, const QString& etag, QString* newEtag) override;
    PlatformResult<QJsonObject> catalog(const QString& token, qint64 sinceVersion) override;
    PlatformResult<std::vector<Licence>> lookupLicences(const QString& token, const QString& holderIdType,
                                                        const QString& holderId, const QStringList& types) override;
    PlatformResult<std::vector<CreditWarning>> lookupCredit(const QString& token, const QString& subjectIdType,
                                                            const QString& subjectId) override;
    PlatformResult<AuditUpload> uploadAudit(const QString& token, const QString& batchId,
                                            const std::vector<AuditEntry>& entries) override;
    PlatformResult<EvaluationOutcome> submitEvaluation(const QString& token, const Evaluation& evaluation) override;
    PlatformResult<Done> submitEvaluationFollowUp(const QString& token, const EvaluationFollowUp& followUp) override;
    PlatformResult<CasePage> hallCases(const QString& token, const CaseFilter& filter) override;
    PlatformResult<Approval> requestApproval(const QString& token, const ApprovalRequest& request) override;
    PlatformResult<Approval> approval(const QString& token, const QString& approvalId) override;
    PlatformResult<ApprovalPage> pendingApprovals(const QString& token, const QString& cursor, int limit) override;
    PlatformResult<Approval> decideApproval(const QString& token, const QString& approvalId, const QString& decision,
                                            const QString& note) override;
    PlatformResult<SupplementOutcome> submitSupplement(const QString& token, const QString& caseNumber,
                                                       const QJsonObject& signedBody) override;

    // The body of one audit entry as uploaded (PROTOCOL.md §14).
    [[nodiscard]] static QJsonObject auditEntryJson(const AuditEntry& entry);

    using Response = HttpResponse;
    // One HTTP exchange; a failure when no HTTP answer arrived (network, TLS, pin, timeout).
    PlatformResult<Response> exchange(const QByteArray& method, const QString& path, const QString& token,
                                      const QByteArray& body, const QByteArray& contentType,
                                      const Progress& uploadProgress = {});

private:
    [[nodiscard]] QUrl urlFor(const QString& path) const;
    // A GET of reference data: the answer (200), or none when the platform has nothing new (304).
    PlatformResult<std::optional<Response>> getIfChanged(const QString& path, const QString& token);
    // A JSON call (no body for GET) whose answer goes through parse when its status is one of
    // accepted (any 2xx when none are named); any other status becomes a failure.
    template<typename T>
    PlatformResult<T> parsedCall(const QByteArray& method, const QString& path, const QString& token,
                                 const QJsonObject& body, PlatformResult<T> (*parse)(const QByteArray&),
                                 std::initializer_list<int> accepted = {});

    RestOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSslConfiguration m_ssl;
    std::optional<PlatformFailure> m_configError;
    std::unique_ptr<CurlUploader> m_uploader; // material chunks (see CurlUploader for why)
    const Clock* m_clock = nullptr;           // Retry-After dates; the system clock when none
};

} // namespace yc::sync
