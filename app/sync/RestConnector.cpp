#include "sync/RestConnector.h"

#include "core/AuditChain.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "sync/ResponseParsers.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QUrlQuery>

#include <algorithm>

namespace yc::sync {

RestConnector::RestConnector(RestOptions options)
    : m_options(std::move(options))
    , m_nam(std::make_unique<QNetworkAccessManager>())
    , m_uploader(std::make_unique<CurlUploader>(m_options.tls, m_options.timeoutMs))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
    auto ssl = m_options.tls.configuration();
    if (!ssl)
        m_configError = makeFailure(FailureKind::Tls, ssl.error().code, ssl.error().message);
    else
        m_ssl = ssl.value();
}

RestConnector::~RestConnector() = default;

QUrl RestConnector::urlFor(const QString& path) const
{
    QUrl url = m_options.baseUrl;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/api/v1") +
                (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return url;
}

PlatformResult<RestConnector::Response> RestConnector::exchange(const QByteArray& method, const QString& path,
                                                                const QString& token, const QByteArray& body,
                                                                const QByteArray& contentType,
                                                                const Progress& uploadProgress)
{
    if (m_configError)
        return *m_configError;
    if (m_options.baseUrl.scheme() != QLatin1String("https"))
        return makeFailure(
            FailureKind::Tls, QStringLiteral("tls.not-https"),
            tr("The platform address must start with https:// (found %1).").arg(m_options.baseUrl.toString()));
    QNetworkRequest request(urlFor(path));
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);

    QNetworkReply* reply = m_nam->sendCustomRequest(request, method, body);
    std::unique_ptr<QNetworkReply> guard(reply);
    bool pinFailed = false;
    QString presentedPin;
    QList<QSslError> sslErrors;
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [&] {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!m_options.tls.pinMatches(peer)) {
            pinFailed = true;
            presentedPin = TlsOptions::spkiPin(peer);
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&](const QList<QSslError>& errors) { sslErrors = errors; }); // never ignored
    if (uploadProgress)
        QObject::connect(reply, &QNetworkReply::uploadProgress, reply,
                         [&](qint64 sent, qint64 total) { uploadProgress(sent, total); });
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    if (pinFailed)
        return makeFailure(FailureKind::Tls, QStringLiteral("tls.pin-mismatch"),
                           TlsText::pinMismatch(m_options.tls.pinSha256, presentedPin));
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    if (!sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        QStringList reasons;
        for (const QSslError& e : sslErrors)
            reasons << e.errorString();
        if (reasons.isEmpty())
            reasons << reply->errorString();
        return makeFailure(FailureKind::Tls, QStringLiteral("tls.verify"),
                           tr("The platform's certificate is not trusted, so no connection was made: %1")
                               .arg(reasons.join(QStringLiteral("; "))));
    }
    // A complete HTTP answer has a status; a connection cut mid-body is a network error even if a
    // status line arrived.
    const bool cutShort =
        error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::OperationCanceledError ||
        error == QNetworkReply::TimeoutError || error == QNetworkReply::ConnectionRefusedError ||
        error == QNetworkReply::HostNotFoundError || error == QNetworkReply::NetworkSessionFailedError ||
        error == QNetworkReply::TemporaryNetworkFailureError || error == QNetworkReply::UnknownNetworkError ||
        error == QNetworkReply::ProxyConnectionClosedError;
    if (!statusAttr.isValid() || cutShort) {
        if (error == QNetworkReply::OperationCanceledError)
            return makeFailure(FailureKind::Retryable, QStringLiteral("net.timeout"),
                               tr("The platform did not answer within %1 seconds.").arg(m_options.timeoutMs / 1000));
        return makeFailure(
            FailureKind::Retryable, QStringLiteral("net.%1").arg(int(error)),
            tr("The platform could not be reached or the connection broke: %1").arg(reply->errorString()));
    }
    Response r;
    r.status = statusAttr.toInt();
    r.body = reply->readAll();
    static const SystemClock systemClock;
    r.retryAfter =
        ResponseParsers::retryAfter(reply->rawHeader("Retry-After"), (m_clock ? *m_clock : systemClock).now());
    r.etag = reply->rawHeader("ETag");
    r.dateHeader = reply->rawHeader("Date");
    r.peerChain = reply->sslConfiguration().peerCertificateChain();
    return r;
}

void RestConnector::setClock(const Clock* clock)
{
    m_clock = clock;
    m_uploader->setClock(clock);
}

template<typename T>
PlatformResult<T> RestConnector::parsedCall(const QByteArray& method, const QString& path, const QString& token,
                                            const QJsonObject& body, PlatformResult<T> (*parse)(const QByteArray&),
                                            std::initializer_list<int> accepted)
{
    const QByteArray payload = method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto r = exchange(method, path, token, payload, method == "GET" ? QByteArray() : QByteArray("application/json"));
    if (!r)
        return r.error();
    const int status = r.value().status;
    const bool answered = accepted.size() == 0 ? status >= 200 && status < 300
                                               : std::find(accepted.begin(), accepted.end(), status) != accepted.end();
    if (!answered)
        return ResponseParsers::httpFailure(status, r.value().retryAfter, r.value().body);
    return parse(r.value().body);
}

PlatformResult<Health> RestConnector::health()
{
    return parsedCall<Health>("GET", QStringLiteral("/health"), {}, {}, &ResponseParsers::health, {200});
}

PlatformResult<StaffSession> RestConnector::signIn(const QString& staffId, const QString& password,
                                                   const QString& machineId)
{
    QJsonObject body{{QStringLiteral("staffId"), staffId}, {QStringLiteral("password"), password}};
    if (!machineId.isEmpty())
        body.insert(QStringLiteral("machineId"), machineId);
    auto session =
        parsedCall<StaffSession>("POST", QStringLiteral("/auth/sign-in"), {}, body, &ResponseParsers::session, {200});
    if (session)
        return session;
    PlatformFailure f = session.error();
    // At sign-in, a 401 is the answer itself, and so is a delay or a lock of the account after
    // failed sign-ins (PROTOCOL.md §3.1): the platform answered, it is not a reason to go offline.
    if (f.httpStatus != 0 && (f.kind == FailureKind::Auth || f.code == QLatin1String("account-locked") ||
                              f.code == QLatin1String("sign-in-delayed")))
        f.kind = FailureKind::Permanent;
    return f;
}

PlatformResult<StaffSession> RestConnector::refresh(const QString& refreshToken)
{
    const QJsonObject body{{QStringLiteral("refreshToken"), refreshToken}};
    auto session =
        parsedCall<StaffSession>("POST", QStringLiteral("/auth/refresh"), {}, body, &ResponseParsers::session, {200});
    if (session)
        return session;
    PlatformFailure f = session.error();
    if (f.httpStatus != 0 && f.kind == FailureKind::Auth)
        f.kind = FailureKind::Permanent; // the refresh token itself is no good: sign in again
    return f;
}

PlatformResult<QJsonArray> RestConnector::halls(const QString& token)
{
    auto r = parsedCall<QJsonObject>("GET", QStringLiteral("/halls"), token, {}, &ResponseParsers::object);
    if (!r)
        return r.error();
    if (!r.value().value(QLatin1String("halls")).isArray())
        return ResponseParsers::malformed(tr("halls answer without a list"));
    return r.value().value(QLatin1String("halls")).toArray();
}

PlatformResult<QJsonObject> RestConnector::enrol(const QString& token, const QJsonObject& body)
{
    return parsedCall<QJsonObject>("POST", QStringLiteral("/machines"), token, body, &ResponseParsers::object);
}

PlatformResult<QJsonObject> RestConnector::machine(const QString& token)
{
    return parsedCall<QJsonObject>("GET", QStringLiteral("/machine"), token, {}, &ResponseParsers::object);
}

PlatformResult<MaterialQuery> RestConnector::queryMaterials(const QString& token, const QStringList& sha256)
{
    const QJsonObject body{{QStringLiteral("sha256"), QJsonArray::fromStringList(sha256)}};
    return parsedCall<MaterialQuery>("POST", QStringLiteral("/materials/query"), token, body,
                                     &ResponseParsers::materialQuery, {200});
}

PlatformResult<Done> RestConnector::uploadMaterial(const QString& token, const QString& sha256,
                                                   const QByteArray& content, qint64 offset, const Progress& progress)
{
    const qint64 total = content.size();
    offset = std::clamp<qint64>(offset, 0, total);
    for (int guard = 0; guard < 100000; ++guard) {
        const qint64 len = std::min(m_options.chunkBytes, total - offset);
        // No copy: the bytes stay alive (and unchanged) until this blocking call returns.
        const QByteArray chunk = QByteArray::fromRawData(content.constData() + offset, len);
        const qint64 base = offset;
        if (m_configError)
            return *m_configError;
        auto r = m_uploader->exchange(
            "PUT", urlFor(QStringLiteral("/materials/%1?offset=%2&size=%3").arg(sha256).arg(offset).arg(total)), token,
            chunk, "application/octet-stream", [&](qint64 sent, qint64) {
                if (progress)
                    progress(base + sent, total);
            });
        if (!r)
            return r.error();
        const Response& resp = r.value();
        if (resp.status == 409) {
            const qint64 held = ResponseParsers::offsetMismatchReceived(resp.body);
            if (held >= 0 && held <= total && held != offset) {
                offset = held; // continue from what the platform holds
                continue;
            }
            return ResponseParsers::httpFailure(resp.status, resp.retryAfter, resp.body);
        }
        if (resp.status != 200 && resp.status != 201)
            return ResponseParsers::httpFailure(resp.status, resp.retryAfter, resp.body);
        auto parsed = ResponseParsers::chunk(resp.body);
        if (!parsed)
            return parsed.error();
        if (parsed.value().first) {
            if (progress)
                progress(total, total);
            return Done{};
        }
        const qint64 received = parsed.value().second;
        if (received <= offset && len > 0 && received != offset + len)
            return ResponseParsers::malformed(tr("the platform did not take the chunk"));
        offset = received >= 0 ? received : offset + len;
        if (offset >= total && len == 0)
            return ResponseParsers::malformed(tr("the platform never reported the material complete"));
    }
    return ResponseParsers::malformed(tr("too many chunks"));
}

PlatformResult<SubmitOutcome> RestConnector::submitCase(const QString& token, const QJsonObject& signedBody)
{
    return parsedCall<SubmitOutcome>("POST", QStringLiteral("/cases"), token, signedBody, &ResponseParsers::submitted,
                                     {200, 201});
}

PlatformResult<ChangePage> RestConnector::changes(const QString& token, const QString& cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    return parsedCall<ChangePage>("GET", QStringLiteral("/changes?") + query.toString(QUrl::FullyEncoded), token, {},
                                  &ResponseParsers::changes, {200});
}

PlatformResult<CaseNumberLease> RestConnector::lease(const QString& token, const QString& requestId, int year,
                                                     int count)
{
    const QJsonObject body{
        {QStringLiteral("requestId"), requestId}, {QStringLiteral("year"), year}, {QStringLiteral("count"), count}};
    return parsedCall<CaseNumberLease>("POST", QStringLiteral("/leases"), token, body, &ResponseParsers::lease,
                                       {200, 201});
}

PlatformResult<QJsonObject> RestConnector::calendar(const QString& token, const QString& etag, QString* newEtag)
{
    // If-None-Match needs a header; exchange() takes none, so the ETag is compared here instead.
    auto r = getIfChanged(QStringLiteral("/calendar"), token);
    if (!r)
        return r.error();
    if (!r.value())
        return QJsonObject();
    if (newEtag)
        *newEtag = QString::fromLatin1(r.value()->etag);
    if (!etag.isEmpty() && QString::fromLatin1(r.value()->etag) == etag)
        return QJsonObject();
    return ResponseParsers::object(r.value()->body);
}

PlatformResult<QJsonObject> RestConnector::catalog(const QString& token, qint64 sinceVersion)
{
    auto r = getIfChanged(
        sinceVersion > 0 ? QStringLiteral("/catalog?since=%1").arg(sinceVersion) : QStringLiteral("/catalog"), token);
    if (!r)
        return r.error();
    if (!r.value())
        return QJsonObject();
    return ResponseParsers::object(r.value()->body);
}

PlatformResult<std::optional<RestConnector::Response>> RestConnector::getIfChanged(const QString& path,
                                                                                   const QString& token)
{
    auto r = exchange("GET", path, token, {}, {});
    if (!r)
        return r.error();
    if (r.value().status == 304)
        return std::optional<Response>();
    if (r.value().status != 200)
        return ResponseParsers::httpFailure(r.value().status, r.value().retryAfter, r.value().body);
    return std::optional<Response>(std::move(r.value()));
}

// ---- §9.1, §12–§16 -------------------------------------------------------------------------------

namespace {
QString pathPart(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

PlatformResult<std::vector<Licence>> RestConnector::lookupLicences(const QString& token, const QString& holderIdType,
                                                                   const QString& holderId, const QStringList& types)
{
    QJsonObject body{{QStringLiteral("holderIdType"), holderIdType}, {QStringLiteral("holderId"), holderId}};
    if (!types.isEmpty())
        body.insert(QStringLiteral("types"), QJsonArray::fromStringList(types));
    return parsedCall<std::vector<Licence>>("POST", QStringLiteral("/licences/lookup"), token, body,
                                            &ResponseParsers::licences);
}

PlatformResult<std::vector<CreditWarning>>
RestConnector::lookupCredit(const QString& token, const QString& subjectIdType, const QString& subjectId)
{
    const QJsonObject body{{QStringLiteral("subjectIdType"), subjectIdType}, {QStringLiteral("subjectId"), subjectId}};
    return parsedCall<std::vector<CreditWarning>>("POST", QStringLiteral("/credit/lookup"), token, body,
                                                  &ResponseParsers::creditWarnings);
}

QJsonObject RestConnector::auditEntryJson(const AuditEntry& e)
{
    QJsonObject o{{QStringLiteral("seq"), e.seq},           {QStringLiteral("at"), auditchain::canonicalAt(e.at)},
                  {QStringLiteral("staffId"), e.staffId},   {QStringLiteral("windowNo"), e.windowNo},
                  {QStringLiteral("action"), e.action},     {QStringLiteral("objectType"), e.objectType},
                  {QStringLiteral("objectId"), e.objectId}, {QStringLiteral("detail"), e.detail},
                  {QStringLiteral("prevHash"), e.prevHash}, {QStringLiteral("hash"), e.hash}};
    if (e.objectType == QLatin1String("case"))
        o.insert(QStringLiteral("caseId"), e.objectId);
    return o;
}

PlatformResult<AuditUpload> RestConnector::uploadAudit(const QString& token, const QString& batchId,
                                                       const std::vector<AuditEntry>& entries)
{
    QJsonArray list;
    for (const AuditEntry& e : entries)
        list.append(auditEntryJson(e));
    const QJsonObject body{{QStringLiteral("batchId"), batchId}, {QStringLiteral("entries"), list}};
    return parsedCall<AuditUpload>("POST", QStringLiteral("/audit"), token, body, &ResponseParsers::auditUpload);
}

PlatformResult<EvaluationOutcome> RestConnector::submitEvaluation(const QString& token, const Evaluation& evaluation)
{
    return parsedCall<EvaluationOutcome>("POST", QStringLiteral("/evaluations"), token, evaluation.toJson(),
                                         &ResponseParsers::evaluation);
}

PlatformResult<Done> RestConnector::submitEvaluationFollowUp(const QString& token, const EvaluationFollowUp& followUp)
{
    return parsedCall<Done>("POST",
                            QStringLiteral("/evaluations/%1/follow-up")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(followUp.evaluationId))),
                            token, followUp.toJson(), [](const QByteArray&) -> PlatformResult<Done> { return Done{}; },
                            {200, 201});
}

PlatformResult<CasePage> RestConnector::hallCases(const QString& token, const CaseFilter& filter)
{
    QUrlQuery query;
    if (!filter.status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), filter.status);
    if (!filter.windowNo.isEmpty())
        query.addQueryItem(QStringLiteral("windowNo"), filter.windowNo);
    if (filter.from.isValid())
        query.addQueryItem(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        query.addQueryItem(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    if (!filter.cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), filter.cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(filter.limit, 1, 500)));
    return parsedCall<CasePage>("GET", QStringLiteral("/hall/cases?") + query.toString(QUrl::FullyEncoded), token, {},
                                &ResponseParsers::casePage);
}

PlatformResult<Approval> RestConnector::requestApproval(const QString& token, const ApprovalRequest& request)
{
    const QJsonObject body{
        {QStringLiteral("approvalId"), request.approvalId},
        {QStringLiteral("kind"), request.kind},
        {QStringLiteral("caseId"), request.caseId},
        {QStringLiteral("itemCode"), request.itemCode},
        {QStringLiteral("reason"), request.reason},
        {QStringLiteral("deferredMaterials"), QJsonArray::fromStringList(request.deferredMaterials)}};
    return parsedCall<Approval>("POST", QStringLiteral("/approvals"), token, body, &ResponseParsers::approval);
}

PlatformResult<Approval> RestConnector::approval(const QString& token, const QString& approvalId)
{
    return parsedCall<Approval>("GET", QStringLiteral("/approvals/") + pathPart(approvalId), token, {},
                                &ResponseParsers::approval);
}

PlatformResult<ApprovalPage> RestConnector::pendingApprovals(const QString& token, const QString& cursor, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("pending"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, 500)));
    return parsedCall<ApprovalPage>("GET", QStringLiteral("/approvals?") + query.toString(QUrl::FullyEncoded), token,
                                    {}, &ResponseParsers::approvalPage);
}

PlatformResult<Approval> RestConnector::decideApproval(const QString& token, const QString& approvalId,
                                                       const QString& decision, const QString& note)
{
    const QJsonObject body{{QStringLiteral("decision"), decision}, {QStringLiteral("note"), note}};
    return parsedCall<Approval>("POST", QStringLiteral("/approvals/%1/decision").arg(pathPart(approvalId)), token, body,
                                &ResponseParsers::approval);
}

PlatformResult<SupplementOutcome> RestConnector::submitSupplement(const QString& token, const QString& caseNumber,
                                                                  const QJsonObject& signedBody)
{
    return parsedCall<SupplementOutcome>("POST", QStringLiteral("/cases/%1/supplements").arg(pathPart(caseNumber)),
                                         token, signedBody, &ResponseParsers::supplement);
}

} // namespace yc::sync
