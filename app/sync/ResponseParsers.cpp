#include "sync/ResponseParsers.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace yc::sync {

namespace {
bool isSha256(const QString& s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}
QDateTime timeOf(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}
} // namespace

PlatformFailure ResponseParsers::malformed(const QString& what)
{
    PlatformFailure f;
    f.kind = FailureKind::Retryable;
    f.code = QStringLiteral("json.invalid");
    f.message = tr("The platform's answer was cut short or is not what the protocol says (%1); it will be asked "
                   "again.")
                    .arg(what);
    return f;
}

PlatformResult<QJsonObject> ResponseParsers::object(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(tr("invalid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return malformed(tr("not a JSON object"));
    return doc.object();
}

PlatformFailure ResponseParsers::httpFailure(int status, const QByteArray& retryAfterHeader, const QByteArray& body)
{
    PlatformFailure f;
    f.httpStatus = status;
    QString code;
    QString serverMessage;
    bool retryable = status >= 500 || status == 429 || status == 408;
    int retryAfter = 0;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject e = doc.object().value(QLatin1String("error")).toObject();
        code = e.value(QLatin1String("code")).toString().left(64);
        serverMessage = e.value(QLatin1String("message")).toString().left(500);
        if (e.contains(QLatin1String("retryable")))
            retryable = e.value(QLatin1String("retryable")).toBool() || status >= 500 || status == 429;
        retryAfter = e.value(QLatin1String("retryAfterSeconds")).toInt();
    }
    bool headerOk = false;
    const int fromHeader = retryAfterHeader.trimmed().toInt(&headerOk);
    if (headerOk && fromHeader > 0)
        retryAfter = std::max(retryAfter, fromHeader);
    if (retryAfter > 0)
        f.retryAfter = std::chrono::seconds(std::min(retryAfter, 24 * 3600));
    if (code.isEmpty())
        code = QStringLiteral("http.%1").arg(status);
    f.code = code;

    if (status == 401 && code != QLatin1String("bad-credentials")) {
        f.kind = FailureKind::Auth;
        f.message = code == QLatin1String("token-expired") ? tr("The platform sign-in has expired.")
                                                           : tr("The platform does not accept this sign-in.");
        return f;
    }
    f.kind = retryable ? FailureKind::Retryable : FailureKind::Permanent;
    QString ours;
    if (code == QLatin1String("bad-credentials"))
        ours = tr("Wrong staff id or password, or the account is disabled.");
    else if (code == QLatin1String("machine-unknown"))
        ours = tr("This PC is not enrolled with the platform (or its enrolment was revoked).");
    else if (code == QLatin1String("forbidden"))
        ours = tr("The platform refused: this role or hall may not do that.");
    else if (code == QLatin1String("materials-missing"))
        ours = tr("The platform does not hold every material of the case yet.");
    else if (code == QLatin1String("bad-signature"))
        ours = tr("The case signature does not verify with this PC's registered key.");
    else if (code == QLatin1String("case-conflict"))
        ours = tr("The platform already holds a different case under this id.");
    else if (code == QLatin1String("case-number-conflict"))
        ours = tr("The case number is already used by another case on the platform.");
    else if (code == QLatin1String("case-number-not-leased"))
        ours = tr("The case number is not inside a lease held by this window.");
    else if (code == QLatin1String("hash-mismatch"))
        ours = tr("The uploaded material does not match its hash; it will be sent again.");
    else if (code == QLatin1String("too-large"))
        ours = tr("The material is larger than the platform accepts.");
    else if (status == 429)
        ours = tr("The platform asks to slow down.");
    else if (status == 503)
        ours = tr("The platform is temporarily unavailable.");
    else if (status >= 500)
        ours = tr("The platform had an internal error (HTTP %1).").arg(status);
    else
        ours = tr("The platform refused the request (HTTP %1, %2).").arg(status).arg(code);
    f.message = serverMessage.isEmpty() ? ours : tr("%1 Platform's reason: %2").arg(ours, serverMessage);
    if (code == QLatin1String("hash-mismatch"))
        f.kind = FailureKind::Retryable;
    return f;
}

PlatformResult<Health> ResponseParsers::health(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.failure();
    const QJsonObject& j = o.value();
    if (!j.value(QLatin1String("time")).isString())
        return malformed(tr("health without time"));
    Health h;
    h.serverTime = timeOf(j.value(QLatin1String("time")));
    h.protocol = j.value(QLatin1String("protocol")).toInt();
    h.catalogVersion = j.value(QLatin1String("catalogVersion")).toInteger();
    return h;
}

PlatformResult<StaffSession> ResponseParsers::session(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.failure();
    const QJsonObject& j = o.value();
    const QJsonObject staff = j.value(QLatin1String("staff")).toObject();
    StaffSession s;
    s.accessToken = j.value(QLatin1String("accessToken")).toString();
    s.expiresAt = timeOf(j.value(QLatin1String("expiresAt")));
    s.refreshToken = j.value(QLatin1String("refreshToken")).toString();
    s.refreshExpiresAt = timeOf(j.value(QLatin1String("refreshExpiresAt")));
    s.staffId = staff.value(QLatin1String("staffId")).toString();
    s.displayName = staff.value(QLatin1String("name")).toString();
    s.hallCode = staff.value(QLatin1String("hallCode")).toString();
    for (const QJsonValue& r : staff.value(QLatin1String("roles")).toArray())
        if (r.isString())
            s.roles << r.toString();
    s.offlineSignInDays = j.value(QLatin1String("offlineSignInDays")).toInt();
    if (s.accessToken.isEmpty() || s.staffId.isEmpty() || !s.expiresAt.isValid())
        return malformed(tr("sign-in answer without token, staff or expiry"));
    return s;
}

PlatformResult<MaterialQuery> ResponseParsers::materialQuery(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.failure();
    const QJsonObject& j = o.value();
    MaterialQuery q;
    for (const QJsonValue& v : j.value(QLatin1String("present")).toArray())
        if (isSha256(v.toString()))
            q.present << v.toString();
    for (const QJsonValue& v : j.value(QLatin1String("missing")).toArray())
        if (isSha256(v.toString()))
            q.missing << v.toString();
    for (const QJsonValue& v : j.value(QLatin1String("partial")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString sha = p.value(QLatin1String("sha256")).toString();
        const qint64 received = p.value(QLatin1String("received")).toInteger(-1);
        if (isSha256(sha) && received >= 0)
            q.partial.insert(sha, received);
    }
    if (!j.value(QLatin1String("present")).isArray() || !j.value(QLatin1String("missing")).isArray())
        return malformed(tr("material query answer without present/missing lists"));
    return q;
}

PlatformResult<std::pair<bool, qint64>> ResponseParsers::chunk(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.failure();
    const QJsonObject& j = o.value();
    if (!j.value(QLatin1String("complete")).isBool())
        return malformed(tr("chunk answer without complete flag"));
    return std::make_pair(j.value(QLatin1String("complete")).toBool(),
                          j.value(QLatin1String("received")).toInteger(-1));
}

PlatformResult<SubmitOutcome> ResponseParsers::submitted(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.failure();
    const QJsonObject c = o.value().value(QLatin1String("case")).toObject();
    SubmitOutcome s;
    s.caseNumber = c.value(QLatin1String("caseNumber")).toString();
    s.status = c.value(QLatin1String("status")).toString();
    s.duplicate = c.value(QLatin1String("duplicate")).toBool() || o.value().value(QLatin1String("duplicate")).toBool();
    if (c.value(QLatin1String("caseId")).toString().isEmpty())
        return malformed(tr("case answer without caseId"));
    return s;
}

PlatformResult<ChangePage> ResponseParsers::changes(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.failure();
    const QJsonObject& j = o.value();
    if (!j.value(QLatin1String("changes")).isArray() || !j.value(QLatin1String("cursor")).isString())
        return malformed(tr("change feed without changes or cursor"));
    ChangePage page;
    page.cursor = j.value(QLatin1String("cursor")).toString().left(200);
    page.more = j.value(QLatin1String("hasMore")).toBool();
    for (const QJsonValue& v : j.value(QLatin1String("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        ChangeEvent e;
        e.seq = c.value(QLatin1String("seq")).toInteger();
        e.kind = c.value(QLatin1String("kind")).toString();
        e.caseId = c.value(QLatin1String("caseId")).toString();
        e.caseNumber = c.value(QLatin1String("caseNumber")).toString();
        e.status = c.value(QLatin1String("status")).toString();
        e.note = c.value(QLatin1String("note")).toString().left(2000);
        e.catalogVersion = c.value(QLatin1String("version")).toInteger();
        page.events.push_back(e);
    }
    return page;
}

PlatformResult<CaseNumberLease> ResponseParsers::lease(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.failure();
    const QJsonObject l = o.value().value(QLatin1String("lease")).toObject();
    CaseNumberLease lease;
    lease.leaseId = l.value(QLatin1String("leaseId")).toString();
    lease.hallCode = l.value(QLatin1String("hallCode")).toString();
    lease.year = l.value(QLatin1String("year")).toInt();
    lease.first = l.value(QLatin1String("first")).toInteger();
    lease.last = l.value(QLatin1String("last")).toInteger();
    if (lease.leaseId.isEmpty() || lease.hallCode.isEmpty() || lease.first < 1 || lease.last < lease.first ||
        lease.last - lease.first >= 100000 || lease.last > 999999)
        return malformed(tr("lease answer without a valid range"));
    return lease;
}

qint64 ResponseParsers::offsetMismatchReceived(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return -1;
    return doc.object()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("details"))
        .toObject()
        .value(QLatin1String("received"))
        .toInteger(-1);
}

} // namespace yc::sync
