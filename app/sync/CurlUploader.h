#pragma once

#include "sync/PlatformConnector.h"
#include "sync/TlsOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace yc::sync {

class CurlLibrary;

// One HTTP answer as the connectors read it.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    std::optional<std::chrono::seconds> retryAfter; // the wait a Retry-After header asked for
    QByteArray etag;
    QByteArray dateHeader;
    QList<QSslCertificate> peerChain;
};

// Sends large request bodies (material chunks) over HTTPS with libcurl. QNetworkAccessManager
// feeds its TLS socket 16 KiB at a time through the event loop, which halves upload throughput on
// a fast link; libcurl writes straight from the caller's buffer on the calling thread.
//
// The trust rules are TlsOptions', applied the same way as in RestConnector: the system trust
// store or the CA bundle, host name checked, the optional SPKI pin checked right after the
// handshake (before any request byte, token included, is sent), the optional client certificate.
// Verification cannot be switched off. The connection is kept open between calls.
//
// libcurl is loaded at the first exchange (CurlLibrary), not linked: when it cannot be loaded,
// every exchange fails with code "net.curl-unavailable", naming the library and the loader's reason.
//
// Not thread-safe: one instance belongs to one thread (the sync engine's).
class CurlUploader
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::CurlUploader)

public:
    CurlUploader(TlsOptions tls, int timeoutMs);
    ~CurlUploader();
    CurlUploader(const CurlUploader&) = delete;
    CurlUploader& operator=(const CurlUploader&) = delete;

    // One exchange. The body is sent from `body` without copying it. A failure when no complete
    // HTTP answer arrived (network, TLS, pin, timeout); any HTTP status is a response.
    [[nodiscard]] PlatformResult<HttpResponse> exchange(const QByteArray& method, const QUrl& url, const QString& token,
                                                        const QByteArray& body, const QByteArray& contentType,
                                                        const PlatformConnector::Progress& uploadProgress = {});

    // When the flag is set (from any thread), the exchange in flight is aborted: code "net.cancelled".
    void setCancelFlag(const std::atomic_bool* flag) { m_cancel = flag; }
    // The clock a Retry-After date is read against; the system's when not set. It outlives the uploader.
    void setClock(const Clock* clock) { m_clock = clock; }
    // The libcurl the exchanges use; CurlLibrary::system() when not set. Set before the first
    // exchange; it outlives the uploader.
    void setLibrary(const CurlLibrary* library) { m_library = library; }

    // Reads one response header line (as the server sent it) into response: Retry-After (a date read
    // against now), ETag, Date.
    static void applyHeaderLine(HttpResponse& response, const QByteArray& line, const QDateTime& now);

    // The pin in the form libcurl checks ("sha256//<base64>"); empty for no pin or an unreadable one.
    [[nodiscard]] static QByteArray curlPin(const QString& pinSha256);

private:
    struct Handle;
    TlsOptions m_tls;
    int m_timeoutMs;
    const std::atomic_bool* m_cancel = nullptr;
    const Clock* m_clock = nullptr;
    const CurlLibrary* m_library = nullptr;
    std::unique_ptr<Handle> m_handle; // made at the first exchange
};

} // namespace yc::sync
