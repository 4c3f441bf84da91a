#pragma once

#include "sync/CurlUploader.h"
#include "sync/PlatformConnector.h"
#include "sync/TlsOptions.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace yc::sync {

struct RestOptions
{
    QUrl baseUrl; // https://host:port (the /api/v1 prefix is added here)
    TlsOptions tls;
    int timeoutMs = 30000; // no byte moving for this long: the call fails (retryable)
    qint64 chunkBytes = 4 * 1024 * 1024;
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

    using Response = HttpResponse;
    // One HTTP exchange; a failure when no HTTP answer arrived (network, TLS, pin, timeout).
    PlatformResult<Response> exchange(const QByteArray& method, const QString& path, const QString& token,
                                      const QByteArray& body, const QByteArray& contentType,
                                      const Progress& uploadProgress = {});

private:
    [[nodiscard]] QUrl urlFor(const QString& path) const;
    PlatformResult<QJsonObject> jsonCall(const QByteArray& method, const QString& path, const QString& token,
                                         const QJsonObject& body, int* status = nullptr);

    RestOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSslConfiguration m_ssl;
    std::optional<PlatformFailure> m_configError;
    std::unique_ptr<CurlUploader> m_uploader; // material chunks (see CurlUploader for why)
};

} // namespace yc::sync
