#include "sync/CurlUploader.h"

#include "core/Clock.h"
#include "sync/CurlLibrary.h"
#include "sync/ResponseParsers.h"

#include <QSslCertificate>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>

namespace yc::sync {

namespace {

constexpr qsizetype maxResponseBytes = 4 * 1024 * 1024; // answers to uploads are small JSON documents
constexpr qint64 progressStep = 256 * 1024;

struct Transfer
{
    const QByteArray* body = nullptr;
    qint64 sent = 0;
    HttpResponse response;
    bool responseTooLarge = false;
    const PlatformConnector::Progress* progress = nullptr;
    qint64 lastReported = -1;
    const std::atomic_bool* cancel = nullptr;
    const Clock* clock = nullptr; // the system clock when none
};

size_t readBody(char* buffer, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const qint64 left = t->body->size() - t->sent;
    const qint64 n = std::min<qint64>(left, qint64(size * count));
    if (n > 0) {
        std::memcpy(buffer, t->body->constData() + t->sent, size_t(n));
        t->sent += n;
    }
    return size_t(n);
}

size_t writeBody(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    if (t->response.body.size() + qsizetype(n) > maxResponseBytes) {
        t->responseTooLarge = true;
        return 0; // aborts the transfer
    }
    t->response.body.append(data, qsizetype(n));
    return n;
}

size_t readHeader(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    static const SystemClock systemClock;
    CurlUploader::applyHeaderLine(t->response, QByteArray(data, qsizetype(n)),
                                  (t->clock ? *t->clock : systemClock).now());
    return n;
}

int transferInfo(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t uploaded)
{
    auto* t = static_cast<Transfer*>(user);
    if (t->cancel && t->cancel->load())
        return 1; // aborts the transfer (libcurl calls this at least once a second, also while waiting)
    if (t->progress && *t->progress && uploaded != t->lastReported &&
        (uploaded - std::max<qint64>(t->lastReported, 0) >= progressStep || uploaded == t->body->size())) {
        t->lastReported = uploaded;
        (*t->progress)(qint64(uploaded), t->body->size());
    }
    return 0;
}

QList<QSslCertificate> peerChain(const CurlLibrary::Api& api, CURL* curl)
{
    QList<QSslCertificate> chain;
    curl_certinfo* info = nullptr;
    if (api.easyGetinfo(curl, CURLINFO_CERTINFO, &info) != CURLE_OK || !info)
        return chain;
    for (int i = 0; i < info->num_of_certs; ++i) {
        for (curl_slist* field = info->certinfo[i]; field; field = field->next) {
            const QByteArray text(field->data);
            if (text.startsWith("Cert:"))
                chain << QSslCertificate::fromData(text.mid(5), QSsl::Pem);
        }
    }
    return chain;
}

} // namespace

struct CurlUploader::Handle
{
    const CurlLibrary::Api& api;
    CURL* curl = nullptr;
    curl_slist* headers = nullptr;
    char error[CURL_ERROR_SIZE] = {};

    explicit Handle(const CurlLibrary::Api& curlApi)
        : api(curlApi)
        , curl(curlApi.easyInit())
    {}
    ~Handle()
    {
        api.slistFreeAll(headers);
        if (curl)
            api.easyCleanup(curl);
    }
};

CurlUploader::CurlUploader(TlsOptions tls, int timeoutMs)
    : m_tls(std::move(tls))
    , m_timeoutMs(std::max(1000, timeoutMs))
{}

CurlUploader::~CurlUploader() = default;

void CurlUploader::applyHeaderLine(HttpResponse& response, const QByteArray& rawLine, const QDateTime& now)
{
    const QByteArray line = rawLine.trimmed();
    if (line.startsWith("HTTP/")) { // a new response (after an interim answer): forget the last one's headers
        response.retryAfter.reset();
        response.etag.clear();
        response.dateHeader.clear();
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return;
    const QByteArray name = line.left(colon).trimmed().toLower();
    const QByteArray value = line.mid(colon + 1).trimmed().left(256); // longer values are not headers we use
    if (name == "retry-after")
        response.retryAfter = ResponseParsers::retryAfter(value, now);
    else if (name == "etag")
        response.etag = value;
    else if (name == "date")
        response.dateHeader = value;
}

QByteArray CurlUploader::curlPin(const QString& pinSha256)
{
    QString pin = pinSha256.trimmed();
    if (pin.isEmpty())
        return {};
    if (pin.startsWith(QLatin1String("sha256//")))
        pin = pin.mid(8);
    else if (pin.startsWith(QLatin1String("sha256/")))
        pin = pin.mid(7);
    QByteArray digest;
    if (pin.size() == 64)
        digest = QByteArray::fromHex(pin.toLatin1());
    if (digest.size() != 32) {
        const auto decoded = QByteArray::fromBase64Encoding(pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        digest = decoded ? decoded.decoded : QByteArray();
    }
    if (digest.size() != 32)
        return {};
    return "sha256//" + digest.toBase64();
}

PlatformResult<HttpResponse> CurlUploader::exchange(const QByteArray& method, const QUrl& url, const QString& token,
                                                    const QByteArray& body, const QByteArray& contentType,
                                                    const PlatformConnector::Progress& uploadProgress)
{
    if (url.scheme() != QLatin1String("https"))
        return makeFailure(FailureKind::Tls, QStringLiteral("tls.not-https"),
                           tr("The platform address must start with https:// (found %1).").arg(url.toString()));
    // libcurl is loaded on the first exchange, not when the program starts (see CurlLibrary).
    const CurlLibrary& library = m_library ? *m_library : CurlLibrary::system();
    if (!library.ok())
        return makeFailure(FailureKind::Retryable, QStringLiteral("net.curl-unavailable"), library.error());
    if (!m_handle)
        m_handle = std::make_unique<Handle>(library.api());
    const CurlLibrary::Api& api = m_handle->api;
    CURL* curl = m_handle->curl;
    if (!curl)
        return makeFailure(FailureKind::Retryable, QStringLiteral("net.init"),
                           tr("The network library could not be initialised."));
    const QByteArray pin = curlPin(m_tls.pinSha256);
    if (!m_tls.pinSha256.trimmed().isEmpty() && pin.isEmpty())
        return makeFailure(FailureKind::Tls, QStringLiteral("tls.pin-invalid"),
                           tr("The pinned platform key (%1) is not a SHA-256 in base64 or hex: no connection made.")
                               .arg(m_tls.pinSha256));

    // Options are set afresh for each exchange; curl_easy_reset keeps the open connection.
    api.easyReset(curl);
    Transfer transfer;
    transfer.body = &body;
    transfer.progress = &uploadProgress;
    transfer.cancel = m_cancel;
    transfer.clock = m_clock;

    const QByteArray urlBytes = url.toEncoded();
    const QByteArray methodBytes = method;
    const QByteArray caBundle = m_tls.caBundle.toLocal8Bit();
    const QByteArray clientCert = m_tls.clientCertPath.toLocal8Bit();
    const QByteArray clientKey = m_tls.clientKeyPath.toLocal8Bit();
    api.slistFreeAll(m_handle->headers);
    m_handle->headers = nullptr;
    auto addHeader = [&](const QByteArray& h) {
        m_handle->headers = api.slistAppend(m_handle->headers, h.constData());
    };
    addHeader("Accept: application/json");
    addHeader("Expect:"); // no 100-continue round trip: the platform answers refusals as soon as it reads the headers
    if (!token.isEmpty())
        addHeader("Authorization: Bearer " + token.toUtf8());
    if (!contentType.isEmpty())
        addHeader("Content-Type: " + contentType);
    m_handle->error[0] = '\0';

    api.easySetopt(curl, CURLOPT_URL, urlBytes.constData());
    api.easySetopt(curl, CURLOPT_PROTOCOLS_STR, "https");
    api.easySetopt(curl, CURLOPT_NOSIGNAL, 1L);
    api.easySetopt(curl, CURLOPT_PROXY, ""); // as RestConnector: straight to the platform
    api.easySetopt(curl, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    api.easySetopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    api.easySetopt(curl, CURLOPT_ERRORBUFFER, m_handle->error);
    api.easySetopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    api.easySetopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caBundle.isEmpty())
        api.easySetopt(curl, CURLOPT_CAINFO, caBundle.constData());
    if (!pin.isEmpty()) {
        api.easySetopt(curl, CURLOPT_PINNEDPUBLICKEY, pin.constData());
        api.easySetopt(curl, CURLOPT_CERTINFO, 1L); // to name the key presented when it differs
    }
    if (!clientCert.isEmpty()) {
        api.easySetopt(curl, CURLOPT_SSLCERT, clientCert.constData());
        api.easySetopt(curl, CURLOPT_SSLCERTTYPE, "PEM");
        api.easySetopt(curl, CURLOPT_SSLKEY, (clientKey.isEmpty() ? clientCert : clientKey).constData());
        api.easySetopt(curl, CURLOPT_SSLKEYTYPE, "PEM");
    }
    api.easySetopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_timeoutMs));
    // As QNetworkRequest::setTransferTimeout: fail when nothing moves for the timeout.
    api.easySetopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    api.easySetopt(curl, CURLOPT_LOW_SPEED_TIME, long(std::max(1, m_timeoutMs / 1000)));
    api.easySetopt(curl, CURLOPT_HTTPHEADER, m_handle->headers);
    if (method == "PUT" || !body.isEmpty()) {
        api.easySetopt(curl, CURLOPT_UPLOAD, 1L);
        api.easySetopt(curl, CURLOPT_UPLOAD_BUFFERSIZE, 512L * 1024);
        api.easySetopt(curl, CURLOPT_READFUNCTION, &readBody);
        api.easySetopt(curl, CURLOPT_READDATA, &transfer);
        api.easySetopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(body.size()));
    }
    if (method != "PUT" && method != "GET")
        api.easySetopt(curl, CURLOPT_CUSTOMREQUEST, methodBytes.constData());
    api.easySetopt(curl, CURLOPT_WRITEFUNCTION, &writeBody);
    api.easySetopt(curl, CURLOPT_WRITEDATA, &transfer);
    api.easySetopt(curl, CURLOPT_HEADERFUNCTION, &readHeader);
    api.easySetopt(curl, CURLOPT_HEADERDATA, &transfer);
    api.easySetopt(curl, CURLOPT_NOPROGRESS, 0L);
    api.easySetopt(curl, CURLOPT_XFERINFOFUNCTION, &transferInfo);
    api.easySetopt(curl, CURLOPT_XFERINFODATA, &transfer);

    const CURLcode rc = api.easyPerform(curl);
    api.easySetopt(curl, CURLOPT_HTTPHEADER, nullptr);
    const QString detail =
        m_handle->error[0] ? QString::fromLocal8Bit(m_handle->error) : QString::fromLatin1(api.easyStrerror(rc));
    switch (rc) {
    case CURLE_OK: {
        long status = 0;
        api.easyGetinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        transfer.response.status = int(status);
        if (!pin.isEmpty())
            transfer.response.peerChain = peerChain(api, curl);
        return transfer.response;
    }
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH: {
        const QList<QSslCertificate> chain = peerChain(api, curl);
        return makeFailure(FailureKind::Tls, QStringLiteral("tls.pin-mismatch"),
                           TlsText::pinMismatch(m_tls.pinSha256,
                                                chain.isEmpty() ? QStringLiteral("?") : TlsOptions::spkiPin(chain[0])));
    }
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_USE_SSL_FAILED:
        return makeFailure(FailureKind::Tls, QStringLiteral("tls.verify"),
                           tr("The platform's certificate is not trusted, so no connection was made: %1").arg(detail));
    case CURLE_ABORTED_BY_CALLBACK:
        return makeFailure(
            FailureKind::Retryable, QStringLiteral("net.cancelled"),
            tr("The transfer was stopped because the application is closing; it resumes on the next start."));
    case CURLE_OPERATION_TIMEDOUT:
        return makeFailure(FailureKind::Retryable, QStringLiteral("net.timeout"),
                           tr("The platform did not answer within %1 seconds.").arg(m_timeoutMs / 1000));
    default:
        if (transfer.responseTooLarge)
            return makeFailure(
                FailureKind::Retryable, QStringLiteral("http.too-large"),
                tr("The platform's answer is larger than %1 MiB: not accepted.").arg(maxResponseBytes >> 20));
        return makeFailure(FailureKind::Retryable, QStringLiteral("net.curl-%1").arg(int(rc)),
                           tr("The platform could not be reached or the connection broke: %1").arg(detail));
    }
}

} // namespace yc::sync
