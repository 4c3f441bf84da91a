#include "sync/ResponseParsers.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

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

// Strict readers for the §12–§16 answers: each records the first key that is missing or of the
// wrong type, so the failure names it.
class Strict
{
public:
    explicit Strict(const QJsonObject& o, QString where)
        : m_o(o)
        , m_where(std::move(where))
    {}
    QString string(const char* key, qsizetype maxLength = 2000, bool allowNull = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (allowNull && (v.isNull() || v.isUndefined()))
            return {};
        if (!v.isString() || v.toString().size() > maxLength) {
            fail(key);
            return {};
        }
        return v.toString();
    }
    QDate date(const char* key, bool allowNull = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (allowNull && (v.isNull() || v.isUndefined()))
            return {};
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !d.isValid())
            fail(key);
        return d;
    }
    QDateTime time(const char* key, bool allowNull = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (allowNull && (v.isNull() || v.isUndefined()))
            return {};
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !t.isValid())
            fail(key);
        return t;
    }
    qint64 integer(const char* key, qint64 min, qint64 max)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d < double(min) || d > double(max) || d != double(qint64(d))) {
            fail(key);
            return min;
        }
        return qint64(d);
    }
    bool boolean(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isBool())
            fail(key);
        return v.toBool();
    }
    QStringList strings(const char* key, qsizetype maxItems = 1000)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        QStringList out;
        if (!v.isArray() || v.toArray().size() > maxItems) {
            fail(key);
            return out;
        }
        for (const QJsonValue& e : v.toArray()) {
            if (!e.isString()) {
                fail(key);
                return {};
            }
            out << e.toString().left(200);
        }
        return out;
    }
    QJsonArray array(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isArray())
            fail(key);
        return v.toArray();
    }
    QJsonObject object(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isObject())
            fail(key);
        return v.toObject();
    }
    [[nodiscard]] bool ok() const { return m_bad.isEmpty(); }
    [[nodiscard]] PlatformFailure error() const
    {
        return ResponseParsers::malformed(
            QCoreApplication::translate("yc::sync::ResponseParsers", "%1 without a valid \"%2\"").arg(m_where, m_bad));
    }
    void fail(const char* key)
    {
        if (m_bad.isEmpty())
            m_bad = QLatin1String(key);
    }

private:
    QJsonObject m_o;
    QString m_where;
    QString m_bad;
};

// Every element of the list under key must be an object; the list itself must be there.
template<typename T, typename F>
PlatformResult<std::vector<T>> listOf(const QJsonObject& j, const char* key, const QString& where, F&& readOne)
{
    Strict top(j, where);
    const QJsonArray list = top.array(key);
    if (!top.ok())
        return top.error();
    std::vector<T> out;
    out.reserve(size_t(list.size()));
    for (const QJsonValue& v : list) {
        if (!v.isObject()) {
            Strict bad(j, where);
            bad.fail(key);
            return bad.error();
        }
        Strict s(v.toObject(), where);
        T item = readOne(s);
        if (!s.ok())
            return s.error();
        out.push_back(std::move(item));
    }
    return out;
}

Approval readApproval(Strict& s)
{
    Approval a;
    a.approvalId = s.string("approvalId", 64);
    a.kind = s.string("kind", 64);
    a.caseId = s.string("caseId", 64);
    a.itemCode = s.string("itemCode", 128);
    a.reason = s.string("reason", 4000);
    a.deferredMaterials = s.strings("deferredMaterials");
    a.requestedBy = s.string("requestedBy", 64);
    a.windowNo = s.string("windowNo", 64);
    a.status = s.string("status", 32);
    a.decidedBy = s.string("decidedBy", 64, true);
    a.decidedAt = s.time("decidedAt", true);
    a.note = s.string("note", 4000, true);
    a.requestedAt = s.time("requestedAt");
    if (s.ok() && a.status != QLatin1String("pending") && a.status != QLatin1String("approved") &&
        a.status != QLatin1String("rejected"))
        s.fail("status");
    if (s.ok() && a.approvalId.isEmpty())
        s.fail("approvalId");
    return a;
}
} // namespace

PlatformFailure ResponseParsers::malformed(const QString& what)
{
    return makeFailure(FailureKind::Retryable, QStringLiteral("json.invalid"),
                       tr("The platform's answer was cut short or is not what the protocol says (%1); it will be "
                          "asked again.")
                           .arg(what));
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

namespace {

constexpr qint64 MaxRetryAfterSeconds = 24 * 3600;

// 1*DIGIT, nothing else (no sign, no blanks); -1 when not, MaxRetryAfterSeconds + 1 when larger.
qint64 digits(QByteArrayView text)
{
    if (text.isEmpty())
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = std::min<qint64>(value * 10 + (c - '0'), MaxRetryAfterSeconds + 1);
    }
    return value;
}

int monthNumber(QByteArrayView name)
{
    static constexpr const char* Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i)
        if (name == QByteArrayView(Months[i]))
            return i + 1;
    return 0;
}

// "hh:mm:ss"
QTime timeOfDay(QByteArrayView text)
{
    if (text.size() != 8 || text[2] != ':' || text[5] != ':')
        return {};
    const qint64 h = digits(text.sliced(0, 2));
    const qint64 m = digits(text.sliced(3, 2));
    const qint64 s = digits(text.sliced(6, 2));
    if (h < 0 || m < 0 || s < 0)
        return {};
    return QTime(int(h), int(m), int(s)); // invalid when out of range
}

} // namespace

QDateTime ResponseParsers::httpDate(const QByteArray& value, const QDateTime& now)
{
    const QList<QByteArray> parts = value.simplified().split(' ');
    qint64 day = -1;
    qint64 year = -1;
    int month = 0;
    QTime time;
    if (parts.size() == 6 && parts[0].endsWith(',') && parts[5] == "GMT" && parts[1].size() == 2 &&
        parts[3].size() == 4) {
        // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
        day = digits(parts[1]);
        month = monthNumber(parts[2]);
        year = digits(parts[3]);
        time = timeOfDay(parts[4]);
    } else if (parts.size() == 4 && parts[0].endsWith(',') && parts[3] == "GMT") {
        // rfc850-date: "Sunday, 06-Nov-94 08:49:37 GMT"
        const QList<QByteArray> date = parts[1].split('-');
        if (date.size() != 3 || date[0].size() != 2 || date[2].size() != 2)
            return {};
        day = digits(date[0]);
        month = monthNumber(date[1]);
        const qint64 yy = digits(date[2]);
        if (yy < 0)
            return {};
        const int nowYear = now.toUTC().date().year();
        year = nowYear - nowYear % 100 + yy;
        if (year > nowYear + 50)
            year -= 100;
        time = timeOfDay(parts[2]);
    } else if (parts.size() == 5 && parts[4].size() == 4) {
        // asctime-date: "Sun Nov  6 08:49:37 1994"
        month = monthNumber(parts[1]);
        day = parts[2].size() <= 2 ? digits(parts[2]) : -1;
        time = timeOfDay(parts[3]);
        year = digits(parts[4]);
    } else {
        return {};
    }
    if (day < 1 || month == 0 || year < 0 || !time.isValid())
        return {};
    const QDate date(int(year), month, int(day));
    if (!date.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

std::optional<std::chrono::seconds> ResponseParsers::retryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    qint64 wait = digits(text);
    if (wait < 0) {
        const QDateTime until = httpDate(text, now);
        if (!until.isValid())
            return std::nullopt;
        wait = std::min(now.secsTo(until), MaxRetryAfterSeconds);
    }
    if (wait <= 0)
        return std::nullopt;
    return std::chrono::seconds(std::min(wait, MaxRetryAfterSeconds));
}

PlatformFailure ResponseParsers::httpFailure(int status, std::optional<std::chrono::seconds> retryAfterHeader,
                                             const QByteArray& body)
{
    PlatformFailure f;
    f.httpStatus = status;
    QString code;
    QString serverMessage;
    bool retryable = status >= 500 || status == 429 || status == 408;
    qint64 retryAfter = 0;
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
    if (retryAfterHeader)
        retryAfter = std::max<qint64>(retryAfter, std::min<qint64>(retryAfterHeader->count(), MaxRetryAfterSeconds));
    if (retryAfter > 0)
        f.retryAfter = std::chrono::seconds(std::min(retryAfter, MaxRetryAfterSeconds));
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
        return o.error();
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
        return o.error();
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
        return o.error();
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
        return o.error();
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
        return o.error();
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
        return o.error();
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
        e.approvalId = c.value(QLatin1String("approvalId")).toString().left(64);
        e.at = timeOf(c.value(QLatin1String("at")));
        page.events.push_back(e);
    }
    return page;
}

PlatformResult<CaseNumberLease> ResponseParsers::lease(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.error();
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

PlatformResult<std::vector<Licence>> ResponseParsers::licences(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.error();
    return listOf<Licence>(o.value(), "licences", tr("licence lookup answer"), [](Strict& s) {
        Licence l;
        l.licenceId = s.string("licenceId", 128);
        l.type = s.string("type", 128);
        l.number = s.string("number", 128);
        l.holderName = s.string("holderName", 200);
        l.issuer = s.string("issuer", 200);
        l.issuedOn = s.date("issuedOn", true);
        l.validTo = s.date("validTo", true);
        l.status = s.string("status", 32);
        if (s.ok() && l.licenceId.isEmpty())
            s.fail("licenceId");
        return l;
    });
}

PlatformResult<std::vector<CreditWarning>> ResponseParsers::creditWarnings(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.error();
    return listOf<CreditWarning>(o.value(), "warnings", tr("credit lookup answer"), [](Strict& s) {
        CreditWarning w;
        w.kind = s.string("kind", 64);
        w.authority = s.string("authority", 200);
        w.listedOn = s.date("listedOn", true);
        w.summary = s.string("summary", 2000);
        return w;
    });
}

PlatformResult<AuditUpload> ResponseParsers::auditUpload(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.error();
    Strict s(o.value(), tr("audit answer"));
    AuditUpload a;
    a.accepted = s.integer("accepted", 0, Q_INT64_C(1) << 40);
    a.duplicates = s.integer("duplicates", 0, Q_INT64_C(1) << 40);
    if (!s.ok())
        return s.error();
    return a;
}

PlatformResult<EvaluationOutcome> ResponseParsers::evaluation(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.error();
    Strict top(o.value(), tr("evaluation answer"));
    Strict s(top.object("evaluation"), tr("evaluation answer"));
    if (!top.ok())
        return top.error();
    EvaluationOutcome e;
    e.evaluationId = s.string("evaluationId", 64);
    e.followUp = s.boolean("followUp");
    e.duplicate = o.value().value(QLatin1String("evaluation")).toObject().value(QLatin1String("duplicate")).toBool();
    if (s.ok() && e.evaluationId.isEmpty())
        s.fail("evaluationId");
    if (!s.ok())
        return s.error();
    return e;
}

PlatformResult<CasePage> ResponseParsers::casePage(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.error();
    Strict top(o.value(), tr("hall case list"));
    CasePage page;
    page.cursor = top.string("cursor", 200);
    page.more = top.boolean("hasMore");
    if (!top.ok())
        return top.error();
    auto cases = listOf<CaseSummary>(o.value(), "cases", tr("hall case list"), [](Strict& s) {
        CaseSummary c;
        c.caseId = s.string("caseId", 64);
        c.caseNumber = s.string("caseNumber", 64);
        c.windowNo = s.string("windowNo", 64);
        c.staffId = s.string("staffId", 64);
        c.itemCode = s.string("itemCode", 128);
        c.itemVersion = int(s.integer("itemVersion", 0, 1000000));
        c.decision = s.string("decision", 64);
        c.status = s.string("status", 64);
        c.acceptedAt = s.time("acceptedAt");
        c.promisedDate = s.date("promisedDate", true);
        c.receivedAt = s.time("receivedAt");
        c.materialCount = int(s.integer("materialCount", 0, 100000));
        if (s.ok() && c.caseId.isEmpty())
            s.fail("caseId");
        return c;
    });
    if (!cases)
        return cases.error();
    page.cases = std::move(cases.value());
    return page;
}

PlatformResult<Approval> ResponseParsers::approval(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.error();
    Strict top(o.value(), tr("approval answer"));
    Strict s(top.object("approval"), tr("approval answer"));
    if (!top.ok())
        return top.error();
    Approval a = readApproval(s);
    if (!s.ok())
        return s.error();
    return a;
}

PlatformResult<ApprovalPage> ResponseParsers::approvalPage(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.error();
    Strict top(o.value(), tr("approval list"));
    ApprovalPage page;
    page.cursor = top.string("cursor", 200);
    page.more = top.boolean("hasMore");
    if (!top.ok())
        return top.error();
    auto list =
        listOf<Approval>(o.value(), "approvals", tr("approval list"), [](Strict& s) { return readApproval(s); });
    if (!list)
        return list.error();
    page.approvals = std::move(list.value());
    return page;
}

PlatformResult<SupplementOutcome> ResponseParsers::supplement(const QByteArray& body)
{
    auto o = object(body);
    if (!o)
        return o.error();
    Strict top(o.value(), tr("supplement answer"));
    Strict s(top.object("supplement"), tr("supplement answer"));
    if (!top.ok())
        return top.error();
    SupplementOutcome r;
    r.supplementId = s.string("supplementId", 64);
    r.caseNumber = s.string("caseNumber", 64);
    r.receivedAt = s.time("receivedAt");
    r.duplicate = o.value().value(QLatin1String("supplement")).toObject().value(QLatin1String("duplicate")).toBool();
    if (s.ok() && r.supplementId.isEmpty())
        s.fail("supplementId");
    if (!s.ok())
        return s.error();
    return r;
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
