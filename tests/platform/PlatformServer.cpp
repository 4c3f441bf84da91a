#include "PlatformServer.h"

#include "Platform.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPlatform, "yc.platform")

namespace yc::platform {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 423:
        return "Locked";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray httpDate()
{
    return QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}
} // namespace

PlatformServer::PlatformServer(Platform* platform, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_platform(platform)
{}

bool PlatformServer::dropWhileReceiving(const QByteArray& head)
{
    // "PUT /api/v1/materials/<sha>?offset=..&size=.. HTTP/1.1\r\n...Content-Length: n\r\n..."
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QList<QByteArray> requestLine = head.left(lineEnd).split(' ');
    if (lineEnd < 0 || requestLine.size() != 3 || !requestLine.at(1).startsWith("/api/v1/") ||
        requestLine.at(1).startsWith("/api/v1/admin/") || requestLine.at(1).startsWith("/api/v1/health"))
        return false;
    const qsizetype headEnd = head.indexOf("\r\n\r\n");
    const QByteArray headers = head.left(headEnd < 0 ? head.size() : headEnd).toLower();
    const qsizetype at = headers.indexOf("\r\ncontent-length:");
    if (at < 0)
        return false;
    const qsizetype valueEnd = headers.indexOf("\r\n", at + 2);
    const qint64 length = headers.mid(at + 17, valueEnd < 0 ? -1 : valueEnd - at - 17).trimmed().toLongLong();
    const qint64 bodyHere = headEnd < 0 ? 0 : head.size() - headEnd - 4;
    if (length < 64 * 1024 || bodyHere >= length || !m_faults.drawDropUpload())
        return false;
    ++m_requests;
    ++m_faultCounts[FaultInjector::name(FaultInjector::Kind::DropUpload)];
    QByteArray path = requestLine.at(1);
    path.truncate(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
    qCInfo(lcPlatform).noquote() << QString::fromLatin1(requestLine.at(0)) << QString::fromLatin1(path) << 0
                                 << "received" << bodyHere << "of" << length << "bytes, fault=drop-upload";
    return true;
}

PlatformTlsServer::PlatformTlsServer(PlatformServer* server, QObject* parent)
    : QSslServer(parent)
    , m_server(server)
{}

QTcpSocket* PlatformTlsServer::nextPendingConnection()
{
    QTcpSocket* socket = QSslServer::nextPendingConnection();
    if (!socket)
        return socket;
    QPointer<QTcpSocket> guarded(socket);
    connect(socket, &QIODevice::readyRead, this, [this, guarded] {
        if (!guarded)
            return;
        // Only the start of a request is inspected: new bytes that begin with a method and a path.
        const QByteArray start = guarded->peek(6);
        if (!start.startsWith("PUT /") && !start.startsWith("POST /"))
            return;
        if (m_server->dropWhileReceiving(guarded->peek(16 * 1024)))
            guarded->abort();
    });
    return socket;
}

void PlatformServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request)
    send(socket, Reply::error(404, u"not-found"_s, u"No such path"_s), FaultInjector::Kind::None);
}

bool PlatformServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    const QString path = request.url().path();
    const bool faultable =
        path.startsWith(u"/api/v1/"_s) && path != u"/api/v1/health"_s && !path.startsWith(u"/api/v1/admin/"_s);
    FaultInjector::Kind fault = faultable ? m_faults.draw() : FaultInjector::Kind::None;
    if (fault == FaultInjector::Kind::Expired && request.value("Authorization").isEmpty())
        fault = FaultInjector::Kind::None;
    if (faultable)
        ++m_requests;

    Reply reply;
    switch (fault) {
    case FaultInjector::Kind::Reset:
        break;
    case FaultInjector::Kind::Internal:
        reply = Reply::error(500, u"internal"_s, u"Injected fault"_s, true);
        break;
    case FaultInjector::Kind::Unavailable:
        reply = Reply::error(503, u"unavailable"_s, u"Injected fault"_s, true, {}, m_faults.retryAfterSeconds());
        break;
    case FaultInjector::Kind::RateLimited:
        reply = Reply::error(429, u"rate-limited"_s, u"Injected fault"_s, true, {}, m_faults.retryAfterSeconds());
        break;
    case FaultInjector::Kind::Expired:
        reply = Reply::error(401, u"token-expired"_s, u"The access token has expired"_s);
        break;
    default:
        reply = dispatch(request, path);
        break;
    }
    // Cutting a body applies only to an answer that has one: any other answer goes out whole and
    // the fault is neither logged nor counted (the counts are what a client really met).
    if ((fault == FaultInjector::Kind::Drop || fault == FaultInjector::Kind::Truncated) &&
        (reply.status == 204 || reply.status == 304 || reply.body.isEmpty()))
        fault = FaultInjector::Kind::None;
    if (fault != FaultInjector::Kind::None)
        ++m_faultCounts[FaultInjector::name(fault)];
    // One line per request: no bodies, no query strings (they carry no personal data, but stay short).
    qCInfo(lcPlatform).noquote() << methodName(request.method()) << path
                                 << (fault == FaultInjector::Kind::Reset ? 0 : reply.status) << timer.elapsed() << "ms"
                                 << (fault == FaultInjector::Kind::None ? QString()
                                                                        : u"fault="_s + FaultInjector::name(fault));
    if (fault == FaultInjector::Kind::Reset) {
        socket->abort();
        return true;
    }
    if (fault == FaultInjector::Kind::Latency) {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(m_faults.latencyMs(), this, [this, guarded, reply] {
            if (guarded)
                send(guarded, reply, FaultInjector::Kind::None);
        });
        return true;
    }
    send(socket, reply, fault);
    return true;
}

void PlatformServer::send(QTcpSocket* socket, const Reply& reply, FaultInjector::Kind fault)
{
    const bool hasBody = reply.status != 204 && reply.status != 304;
    QByteArray body = reply.body;
    if (fault == FaultInjector::Kind::Truncated && !body.isEmpty())
        body.truncate(body.size() / 2); // Content-Length below matches the cut body
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Date: " + httpDate() + "\r\nX-Yc-Protocol: 1\r\nServer: yichuang-platform\r\n";
    if (!reply.contentType.isEmpty()) {
        head += "Content-Type: " + reply.contentType;
        if (reply.contentType == "application/json")
            head += "; charset=utf-8";
        head += "\r\n";
    }
    for (const auto& [name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    if (hasBody)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "\r\n";
    if (fault == FaultInjector::Kind::Drop) {
        // The full length is announced, half the body sent, then the connection closed.
        socket->write(head + body.left(body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    socket->write(hasBody ? head + body : head); // one write: one TLS record for small answers
}

Reply PlatformServer::dispatch(const QHttpServerRequest& request, const QString& path)
{
    using M = QHttpServerRequest::Method;
    const M method = request.method();
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts.at(0) != u"api"_s || parts.at(1) != u"v1"_s)
        return Reply::error(404, u"not-found"_s, u"No such path"_s);
    const QStringList p = parts.mid(2);
    const QByteArray body = request.body();
    const bool bulk = (method == M::Put && p.value(0) == u"materials"_s) ||
                      (method == M::Post && p.value(0) == u"admin"_s && p.value(1) == u"catalog"_s);
    if (!bulk && body.size() > 1024 * 1024)
        return Reply::error(413, u"too-large"_s, u"Request bodies are at most 1 MiB"_s);
    auto is = [&](M m, std::initializer_list<const char*> segments) {
        if (m != method || p.size() != static_cast<qsizetype>(segments.size()))
            return false;
        qsizetype i = 0;
        for (const char* s : segments) {
            if (qstrcmp(s, "*") != 0 && p.at(i) != QLatin1StringView(s))
                return false;
            ++i;
        }
        return true;
    };
    if (is(M::Get, {"health"}))
        return m_platform->health();
    if (is(M::Post, {"auth", "sign-in"}))
        return m_platform->signIn(body);
    if (is(M::Post, {"auth", "refresh"}))
        return m_platform->refresh(body);

    const auto auth = m_platform->authenticate(request.value("Authorization"));
    if (std::holds_alternative<Reply>(auth))
        return std::get<Reply>(auth);
    const Session& s = std::get<Session>(auth);
    const QUrlQuery query = request.query();

    if (is(M::Post, {"auth", "sign-out"}))
        return m_platform->signOut(s);
    if (is(M::Get, {"halls"}))
        return m_platform->halls(s);
    if (is(M::Post, {"machines"}))
        return m_platform->enrol(s, body);
    if (is(M::Get, {"machine"}))
        return m_platform->machine(s);
    if (is(M::Get, {"catalog"}))
        return m_platform->catalog(query);
    if (is(M::Get, {"calendar"}))
        return m_platform->calendar(request.value("If-None-Match"));
    if (is(M::Post, {"leases"}))
        return m_platform->createLease(s, body);
    if (is(M::Get, {"leases"}))
        return m_platform->leases(s);
    if (is(M::Post, {"materials", "query"}))
        return m_platform->queryMaterials(s, body);
    if (is(M::Put, {"materials", "*"}))
        return m_platform->putChunk(s, p.at(1), query, body);
    if (is(M::Get, {"materials", "*"}))
        return m_platform->getMaterial(s, p.at(1));
    if (is(M::Post, {"cases"}))
        return m_platform->submitCase(s, body);
    if (is(M::Get, {"cases", "*"}))
        return m_platform->getCase(s, p.at(1));
    if (is(M::Post, {"cases", "*", "supplements"}))
        return m_platform->supplement(s, p.at(1), body);
    if (is(M::Get, {"changes"}))
        return m_platform->changes(s, query);
    if (is(M::Post, {"licences", "lookup"}))
        return m_platform->licenceLookup(s, body);
    if (is(M::Post, {"credit", "lookup"}))
        return m_platform->creditLookup(s, body);
    if (is(M::Post, {"audit"}))
        return m_platform->audit(s, body);
    if (is(M::Post, {"evaluations"}))
        return m_platform->evaluation(s, body);
    if (is(M::Post, {"evaluations", "*", "follow-up"}))
        return m_platform->evaluationFollowUp(s, p.at(1), body);
    if (is(M::Get, {"hall", "cases"}))
        return m_platform->hallCases(s, query);
    if (is(M::Post, {"approvals"}))
        return m_platform->createApproval(s, body);
    if (is(M::Get, {"approvals"}))
        return m_platform->listApprovals(s, query);
    if (is(M::Get, {"approvals", "*"}))
        return m_platform->getApproval(s, p.at(1));
    if (is(M::Post, {"approvals", "*", "decision"}))
        return m_platform->decideApproval(s, p.at(1), body);

    if (p.value(0) == u"admin"_s) {
        if (!s.hasRole(u"admin"_s))
            return Reply::error(403, u"forbidden"_s, u"Administration needs the admin role"_s);
        if (is(M::Post, {"admin", "cases", "*", "action"}))
            return m_platform->departmentAction(s, p.at(2), body);
        if (is(M::Post, {"admin", "faults"})) {
            ApiError error;
            const auto object = parseObject(body, &error);
            if (!object)
                return error.toReply();
            if (const auto problem = m_faults.configure(object->value(u"spec"_s).toString()))
                return Reply::error(422, u"invalid"_s, *problem);
            return Reply::json(200, {{u"spec"_s, m_faults.spec()}});
        }
        if (is(M::Get, {"admin", "stats"})) {
            QJsonObject faults;
            for (auto it = m_faultCounts.cbegin(); it != m_faultCounts.cend(); ++it)
                faults.insert(it.key(), it.value());
            QJsonObject stats = m_platform->stats();
            stats.insert(u"requests"_s, m_requests);
            stats.insert(u"faults"_s, faults);
            stats.insert(u"faultSpec"_s, m_faults.spec());
            stats.insert(u"faultKinds"_s, QJsonArray::fromStringList(m_faults.activeKindNames()));
            return Reply::json(200, stats);
        }
        if (is(M::Post, {"admin", "cases", "content-keys"}))
            return m_platform->caseContentKeys(s, query, body);
        if (is(M::Post, {"admin", "catalog"}))
            return m_platform->publishCatalog(body);
    }
    return Reply::error(404, u"not-found"_s, u"No such path or method"_s);
}

} // namespace yc::platform
