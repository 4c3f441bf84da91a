#include "Authorisation.h"

#include "PlatformInternal.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace yc::platform {

using namespace internal;

namespace {

// Which decisions an approval of each kind may stand behind (PROTOCOL.md §9).
const QHash<QString, QStringList>& decisionsOfKind()
{
    static const QHash<QString, QStringList> kinds{
        {u"accept-with-missing"_s, {u"accepted-with-missing"_s}},
        {u"refusal"_s, {u"refused"_s}},
        {u"override"_s, {u"accepted"_s, u"accepted-with-missing"_s}},
    };
    return kinds;
}

// The approval kind a decision cannot go without.
QString neededKind(const QString& decision)
{
    if (decision == u"accepted-with-missing"_s)
        return u"accept-with-missing"_s;
    if (decision == u"refused"_s)
        return u"refusal"_s;
    return {};
}

} // namespace

Authorisation::Authorisation(const PlatformConfig& config, QSqlDatabase& db)
    : m_config(config)
    , m_db(db)
{}

std::optional<QString> Authorisation::prepare()
{
    bool ok = false;
    run(m_db,
        u"CREATE TABLE IF NOT EXISTS material_refs (sha256 TEXT NOT NULL, hall_code TEXT NOT NULL,"
        " case_id TEXT NOT NULL, PRIMARY KEY (sha256, hall_code, case_id))"_s,
        {}, &ok);
    if (!ok)
        return u"Cannot create the material reference table"_s;
    QSqlQuery done = run(m_db, u"SELECT value FROM meta WHERE key = 'material_refs'"_s);
    if (done.next())
        return std::nullopt;
    // Cases and supplements stored before the table existed.
    if (!m_db.transaction())
        return u"Cannot fill the material reference table"_s;
    auto recordBody = [&](const QString& hallCode, const QString& caseId, const QByteArray& json) {
        ApiError ignored;
        const auto refs = parseMaterials(toObject(json).value(u"materials"_s).toArray(), &ignored);
        return !refs || recordMaterialRefs(hallCode, caseId, *refs);
    };
    bool filled = true;
    QSqlQuery cases = run(m_db, u"SELECT hall_code, case_id, body FROM cases"_s);
    while (filled && cases.next())
        filled = recordBody(cases.value(0).toString(), cases.value(1).toString(), cases.value(2).toByteArray());
    QSqlQuery supplements = run(m_db, u"SELECT c.hall_code, c.case_id, s.canonical FROM supplements s "
                                      "JOIN cases c ON c.case_id = s.case_id"_s);
    while (filled && supplements.next())
        filled = recordBody(supplements.value(0).toString(), supplements.value(1).toString(),
                            supplements.value(2).toByteArray());
    run(m_db, u"INSERT OR REPLACE INTO meta (key, value) VALUES ('material_refs', '1')"_s, {}, &ok);
    if (!filled || !ok || !m_db.commit()) {
        m_db.rollback();
        return u"Cannot fill the material reference table"_s;
    }
    return std::nullopt;
}

std::optional<Reply> Authorisation::staffOnMachine(const StaffConfig& staff, const QString& machineHall) const
{
    if (staff.hallCode != machineHall)
        return forbidden(u"The staff member belongs to another hall than the machine"_s);
    return std::nullopt;
}

std::optional<Reply> Authorisation::adminInHall(const Session& session, const QString& hallCode) const
{
    if (!session.hasRole(u"admin"_s))
        return forbidden(u"This needs the admin role"_s);
    if (session.hallCode != hallCode)
        return forbidden(u"An admin acts only in their own hall"_s);
    return std::nullopt;
}

std::optional<Reply> Authorisation::caseInHall(const Session& session, const QString& caseNumber) const
{
    QSqlQuery q = run(m_db, u"SELECT hall_code FROM cases WHERE case_number = ?"_s, {caseNumber});
    if (q.next() && q.value(0).toString() != session.hallCode)
        return forbidden(u"The case belongs to another hall"_s);
    return std::nullopt;
}

std::optional<Reply> Authorisation::caseSubmitter(const Session& session, const QJsonObject& body) const
{
    if (body.value(u"machineId"_s).toString() != session.machineId ||
        body.value(u"hallCode"_s).toString() != session.hallCode ||
        body.value(u"windowNo"_s).toString() != session.windowNo)
        return forbidden(u"machineId, hallCode and windowNo must be those of the signed-in machine"_s);
    if (body.value(u"staffId"_s).toString() != session.staffId)
        return forbidden(u"staffId must be the signed-in staff member"_s);
    return std::nullopt;
}

std::optional<Reply> Authorisation::caseStaff(const CaseRequest& c) const
{
    const auto staff = m_config.staff.constFind(c.staffId);
    if (staff == m_config.staff.constEnd() || !staff->enabled ||
        !(staff->roles.contains(u"clerk"_s) || staff->roles.contains(u"supervisor"_s)))
        return forbidden(u"staffId is not an active clerk or supervisor"_s);
    if (staff->hallCode != c.hallCode)
        return forbidden(u"staffId belongs to another hall"_s);
    return std::nullopt;
}

std::optional<Reply> Authorisation::caseApprovals(const QJsonObject& body, const CaseRequest& c) const
{
    const QString needed = neededKind(c.decision);
    bool neededFound = false;
    for (const QJsonValue& value : body.value(u"approvals"_s).toArray()) {
        Fields a(value.toObject());
        const QString approvalId = a.uuid("approvalId");
        const QString kind = a.oneOf("kind", {"accept-with-missing", "refusal", "override"});
        const QString mode = a.oneOf("mode", {"local", "remote"});
        const QString supervisorId = mode == u"local"_s ? a.string("supervisorId", 64) : QString();
        if (!a.ok()) {
            ApiError error = a.error();
            error.message = u"approvals: "_s + error.message;
            return error.toReply();
        }
        if (!decisionsOfKind().value(kind).contains(c.decision))
            return invalid(u"Approval %1 (%2) is not for the decision %3"_s.arg(approvalId, kind, c.decision));
        if (mode == u"local"_s) {
            const auto staff = m_config.staff.constFind(supervisorId);
            if (staff == m_config.staff.constEnd() || !staff->enabled || !staff->roles.contains(u"supervisor"_s))
                return invalid(u"Local approval %1 does not name an active supervisor"_s.arg(approvalId));
            if (staff->hallCode != c.hallCode)
                return forbidden(u"Local approval %1 names a supervisor of another hall"_s.arg(approvalId));
        } else {
            QSqlQuery q =
                run(m_db, u"SELECT hall_code, status, approval FROM approvals WHERE approval_id = ?"_s, {approvalId});
            if (!q.next())
                return invalid(u"Remote approval %1 is not on the platform"_s.arg(approvalId));
            if (q.value(0).toString() != c.hallCode)
                return forbidden(u"Remote approval %1 belongs to another hall"_s.arg(approvalId));
            if (q.value(1).toString() != u"approved"_s)
                return invalid(u"Remote approval %1 is not approved on the platform"_s.arg(approvalId));
            const QJsonObject approval = toObject(q.value(2).toByteArray());
            if (approval.value(u"caseId"_s).toString() != c.caseId)
                return invalid(u"Remote approval %1 was asked for another case"_s.arg(approvalId));
            if (approval.value(u"kind"_s).toString() != kind)
                return invalid(
                    u"Remote approval %1 was asked as %2"_s.arg(approvalId, approval.value(u"kind"_s).toString()));
        }
        neededFound = neededFound || kind == needed;
    }
    if (!needed.isEmpty() && !neededFound)
        return invalid(u"A case with the decision %1 needs an approval of kind %2"_s.arg(c.decision, needed));
    return std::nullopt;
}

std::optional<Reply> Authorisation::materialReader(const Session& session) const
{
    if (!requireAny(session, {"supervisor", "admin"}))
        return forbidden(u"Materials are read by supervisors and admins"_s);
    return std::nullopt;
}

std::optional<Reply> Authorisation::materialInHall(const Session& session, const QString& sha256) const
{
    QSqlQuery q = run(m_db, u"SELECT 1 FROM material_refs WHERE sha256 = ? AND hall_code = ? LIMIT 1"_s,
                      {sha256, session.hallCode});
    if (!q.next())
        return forbidden(u"No case of this hall refers to the material"_s);
    return std::nullopt;
}

bool Authorisation::recordMaterialRefs(const QString& hallCode, const QString& caseId,
                                       const QList<CaseMaterialRef>& refs)
{
    for (const CaseMaterialRef& ref : refs) {
        if (ref.source != u"upload"_s)
            continue;
        bool ok = false;
        run(m_db, u"INSERT OR IGNORE INTO material_refs (sha256, hall_code, case_id) VALUES (?, ?, ?)"_s,
            {ref.sha256, hallCode, caseId}, &ok);
        if (!ok)
            return false;
    }
    return true;
}

std::optional<Reply> Authorisation::evaluatedCase(const Session& session, const QString& caseNumber) const
{
    QSqlQuery q = run(m_db, u"SELECT hall_code FROM cases WHERE case_number = ?"_s, {caseNumber});
    if (!q.next())
        return invalid(u"The platform holds no case %1"_s.arg(caseNumber));
    if (q.value(0).toString() != session.hallCode)
        return forbidden(u"The case belongs to another hall"_s);
    return std::nullopt;
}

bool Authorisation::machineMoved(const QString& machineId, const QString& fromHall, const QString& toHall)
{
    if (fromHall == toHall)
        return true;
    bool ok = false;
    run(m_db, u"UPDATE tokens SET revoked = 1 WHERE machine_id = ?"_s, {machineId}, &ok);
    return ok;
}

} // namespace yc::platform
