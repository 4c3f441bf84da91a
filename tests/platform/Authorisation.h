#pragma once

#include "Platform.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace yc::platform {

// Who may do what, and in which hall (PROTOCOL.md §1.4). Each check answers std::nullopt when the
// call may go on, or the refusal to send. The platform calls these from its request handlers; the
// rules live here so that they can be read, and changed, in one place.
class Authorisation
{
public:
    Authorisation(const PlatformConfig& config, QSqlDatabase& db);

    // Creates the material reference table and fills it from the cases and supplements stored
    // before it existed (once per data directory).
    [[nodiscard]] std::optional<QString> prepare();

    // A token bound to a machine serves only staff of that machine's hall (admins included).
    [[nodiscard]] std::optional<Reply> staffOnMachine(const StaffConfig& staff, const QString& machineHall) const;

    // Admins act only in their own hall: enrolment, hall list, case reads, department actions.
    [[nodiscard]] std::optional<Reply> adminInHall(const Session& session, const QString& hallCode) const;
    // A case of the caller's hall (case reads and department actions); a missing case is left to
    // the caller (404).
    [[nodiscard]] std::optional<Reply> caseInHall(const Session& session, const QString& caseNumber) const;

    // A submitted case names the token's machine, hall and window, and the token's staff member.
    [[nodiscard]] std::optional<Reply> caseSubmitter(const Session& session, const QJsonObject& body) const;
    // The case's staff member is a clerk or supervisor of the case's hall (also for imported cases,
    // which come without a token).
    [[nodiscard]] std::optional<Reply> caseStaff(const CaseRequest& c) const;
    // The approvals a case cites hold for it: remote ones approved on the platform for this case, in
    // this hall, of a kind that fits the decision; local ones name a supervisor of the hall.
    // accepted-with-missing and refused need an approval of their kind.
    [[nodiscard]] std::optional<Reply> caseApprovals(const QJsonObject& body, const CaseRequest& c) const;

    // Material downloads: supervisors and admins, of a hall with a case (or supplement) that refers
    // to the material. materialReader is checked first, then (after the caller's 404 for a material
    // it does not hold) materialInHall.
    [[nodiscard]] std::optional<Reply> materialReader(const Session& session) const;
    [[nodiscard]] std::optional<Reply> materialInHall(const Session& session, const QString& sha256) const;
    // Records that a stored case or supplement of hallCode refers to these materials (in the
    // caller's transaction).
    bool recordMaterialRefs(const QString& hallCode, const QString& caseId, const QList<CaseMaterialRef>& refs);

    // Evaluations: for a case the platform holds, of the token's hall.
    [[nodiscard]] std::optional<Reply> evaluatedCase(const Session& session, const QString& caseNumber) const;

    // Re-enrolment of machineId from one hall into another revokes every token issued for it.
    bool machineMoved(const QString& machineId, const QString& fromHall, const QString& toHall);

private:
    const PlatformConfig& m_config;
    QSqlDatabase& m_db;
};

} // namespace yc::platform
