#pragma once

#include "PlatformConfig.h"
#include "PlatformJson.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <variant>

class QTextStream;

namespace yc::platform {
class Authorisation;
class Sha256;
class SignInLockout;
} // namespace yc::platform

namespace yc::platform {

// Who is calling: the staff member behind a bearer token and, when the token was issued for an
// enrolled machine, that machine's hall and window.
struct Session
{
    QString tokenHash;
    QString staffId;
    QStringList roles;
    QString hallCode;
    QString machineId;
    QString windowNo;

    [[nodiscard]] bool hasRole(const QString& role) const { return roles.contains(role); }
};

// The platform's state and rules (PROTOCOL.md), independent of HTTP: the server, the command-line
// commands and the outbox import all go through it. State lives in <data>/platform.sqlite and
// <data>/materials/.
class Platform
{
public:
    Platform(PlatformConfig config, QString dataDir);
    ~Platform();
    Platform(const Platform&) = delete;
    Platform& operator=(const Platform&) = delete;

    // Opens (and creates) the database; publishes the configured catalog if it is newer.
    [[nodiscard]] std::optional<QString> open(bool loadCatalogFromConfig = true);
    void setTokenLifetime(qint64 seconds) { m_config.tokenLifetimeSeconds = seconds; }
    // Survive power cuts too (synchronous=FULL, fsync of materials); before open().
    void setDurable(bool durable) { m_durable = durable; }
    [[nodiscard]] const PlatformConfig& config() const { return m_config; }
    // Tests only (in-process): the platform's "now" in msecs since the epoch; the system clock by default.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    std::variant<Session, Reply> authenticate(const QByteArray& authorization);

    Reply health();
    Reply signIn(const QByteArray& body);
    Reply refresh(const QByteArray& body);
    Reply signOut(const Session& session);
    Reply halls(const Session& session);
    Reply enrol(const Session& session, const QByteArray& body);
    Reply machine(const Session& session);
    Reply catalog(const QUrlQuery& query);
    Reply calendar(const QByteArray& ifNoneMatch);
    Reply createLease(const Session& session, const QByteArray& body);
    Reply leases(const Session& session);
    Reply queryMaterials(const Session& session, const QByteArray& body);
    Reply putChunk(const Session& session, const QString& sha256, const QUrlQuery& query, const QByteArray& body);
    Reply getMaterial(const Session& session, const QString& sha256);
    Reply submitCase(const Session& session, const QByteArray& body);
    Reply getCase(const Session& session, const QString& caseNumber);
    Reply supplement(const Session& session, const QString& caseNumber, const QByteArray& body);
    Reply changes(const Session& session, const QUrlQuery& query);
    Reply licenceLookup(const Session& session, const QByteArray& body);
    Reply creditLookup(const Session& session, const QByteArray& body);
    Reply audit(const Session& session, const QByteArray& body);
    Reply evaluation(const Session& session, const QByteArray& body);
    Reply evaluationFollowUp(const Session& session, const QString& evaluationId, const QByteArray& body);
    Reply hallCases(const Session& session, const QUrlQuery& query);
    Reply createApproval(const Session& session, const QByteArray& body);
    Reply getApproval(const Session& session, const QString& approvalId);
    Reply listApprovals(const Session& session, const QUrlQuery& query);
    Reply decideApproval(const Session& session, const QString& approvalId, const QByteArray& body);

    // Department actions (review, correction, complete, deliver) and catalog publication.
    Reply caseAction(const QString& caseNumber, const QString& action, const QString& note,
                     const QString& department = {});
    // The same through the API (§18): an admin of the case's hall; body {"action", "note", "department"}.
    Reply departmentAction(const Session& session, const QString& caseNumber, const QByteArray& body);
    Reply publishCatalog(const QByteArray& document);
    // Counts of stored objects, and the case submissions of this run answered 201 (created) and 200
    // (duplicate) (for tests and demos).
    QJsonObject stats();
    // The hall's stored cases, each with a keyed hash of its content (applicant document, item,
    // acceptance time) that does not depend on the case id: duplicates by content are found by it.
    Reply caseContentKeys(const Session& session, const QUrlQuery& query, const QByteArray& body);

    // Imports an outbox export directory (PROTOCOL.md §17); writes one JSON line per case to out.
    // Returns the exit code (0 all stored, 1 some refused, 3 could not run).
    int importOutbox(const QString& exportDir, QTextStream& out, QTextStream& err);

private:
    std::optional<Reply> checkAuditChain(const QString& machineId, const QJsonArray& entries);
    Reply storeCase(const QString& machineId, const QJsonObject& body);
    Reply storeSupplement(const QString& machineId, const QString& caseNumber, const QJsonObject& body);
    Reply issueTokens(const StaffConfig& staff, const QString& machineId, const QString& parentRefresh = {});
    std::optional<QJsonObject> machineRow(const QString& machineId);
    QJsonObject machineAnswer(const QJsonObject& machineRow);
    QJsonObject caseSummary(qint64 rowId);
    QStringList missingMaterials(const QList<CaseMaterialRef>& refs);
    bool checkSignature(const QString& machineId, const QString& algorithm, const QJsonObject& body,
                        const QByteArray& signature, Reply* failure);
    void addChange(const QJsonObject& change, const QString& hallCode);
    void loadCatalogCache();
    QByteArray catalogDocument(qint64 version);
    QString materialPath(const QString& sha256, bool partial) const;
    qint64 now() const;

    PlatformConfig m_config;
    std::function<qint64()> m_clock;
    std::unique_ptr<SignInLockout> m_lockout;
    QString m_unknownStaffHash; // verified for unknown staff ids, so they cost the same work
    QString m_dataDir;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_durable = false;
    qint64 m_catalogVersion = 0;
    QByteArray m_catalogDocument;
    QSet<QString> m_knownItems;
    QHash<QString, QString> m_itemDepartments;
    QByteArray m_calendar;
    QByteArray m_calendarEtag;
    QHash<QString, std::shared_ptr<Sha256>> m_partialHashes; // uploads in progress
    struct
    {
        qint64 created = 0;
        qint64 duplicate = 0;
    } m_caseSubmissions; // since this process started
    std::unique_ptr<Authorisation> m_authorisation;
};

} // namespace yc::platform
