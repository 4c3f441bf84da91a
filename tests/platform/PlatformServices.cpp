// Platform: change feed, lookups, audit, evaluations, hall query and remote approvals (PROTOCOL.md §11-§16).
#include "Platform.h"

#include "Authorisation.h"
#include "PlatformCrypto.h"
#include "PlatformInternal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace yc::platform {

using namespace internal;

// ---- change feed, lookups, audit, evaluations, hall query ------------------------------------------

Reply Platform::changes(const Session& session, const QUrlQuery& query)
{
    const QString cursorText = query.queryItemValue(u"cursor"_s);
    bool ok = true;
    const qint64 cursor = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&ok);
    if (!ok || cursor < 0)
        return ApiError{400, u"bad-request"_s, u"Unknown cursor"_s, {}}.toReply();
    const int limit = limitOf(query);
    QSqlQuery q = run(m_db,
                      u"SELECT seq, change FROM changes WHERE seq > ? AND (hall_code = ? OR hall_code IS NULL) "
                      "ORDER BY seq LIMIT ?"_s,
                      {cursor, session.hallCode, limit + 1});
    QJsonArray list;
    qint64 last = cursor;
    bool more = false;
    while (q.next()) {
        if (list.size() == limit) {
            more = true;
            break;
        }
        QJsonObject change = toObject(q.value(1).toByteArray());
        last = q.value(0).toLongLong();
        change.insert(u"seq"_s, last);
        list.append(change);
    }
    return Reply::json(200, {{u"changes"_s, list}, {u"cursor"_s, QString::number(last)}, {u"hasMore"_s, more}});
}

Reply Platform::licenceLookup(const Session& session, const QByteArray& body)
{
    Q_UNUSED(session)
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString idType = f.string("holderIdType", 32);
    const QString id = f.string("holderId", 64);
    const QJsonArray types = f.optionalArray("types", 100);
    if (!f.ok())
        return f.error().toReply();
    QJsonArray found;
    for (const QJsonValue& v : m_config.licences) {
        QJsonObject licence = v.toObject();
        if (licence.value(u"holderIdType"_s).toString() != idType || licence.value(u"holderId"_s).toString() != id)
            continue;
        if (!types.isEmpty() && !types.contains(licence.value(u"type"_s)))
            continue;
        licence.remove(u"holderIdType"_s);
        licence.remove(u"holderId"_s);
        found.append(licence);
    }
    return Reply::json(200, {{u"licences"_s, found}});
}

Reply Platform::creditLookup(const Session& session, const QByteArray& body)
{
    Q_UNUSED(session)
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString idType = f.oneOf("subjectIdType", {"credit-code", "resident-id"});
    const QString id = f.string("subjectId", 64);
    if (!f.ok())
        return f.error().toReply();
    QJsonArray found;
    for (const QJsonValue& v : m_config.creditWarnings) {
        QJsonObject w = v.toObject();
        if (w.value(u"subjectIdType"_s).toString() != idType || w.value(u"subjectId"_s).toString() != id)
            continue;
        w.remove(u"subjectIdType"_s);
        w.remove(u"subjectId"_s);
        found.append(w);
    }
    return Reply::json(200, {{u"warnings"_s, found}});
}

namespace {

// PROTOCOL.md §14.1: lower-case hex SHA-256 of the compact JSON array
// [prevHash, seq, at, staffId, windowNo, action, objectType, objectId, detail].
QString auditEntryHash(const QJsonObject& e)
{
    const QJsonArray fields{
        e.value(u"prevHash"_s).toString(),   e.value(u"seq"_s).toInteger(),     e.value(u"at"_s).toString(),
        e.value(u"staffId"_s).toString(),    e.value(u"windowNo"_s).toString(), e.value(u"action"_s).toString(),
        e.value(u"objectType"_s).toString(), e.value(u"objectId"_s).toString(), e.value(u"detail"_s).toString()};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

Reply chainError(const QString& message, qint64 seq)
{
    return ApiError{422, u"audit-chain"_s, message, {{u"seq"_s, QString::number(seq)}}}.toReply();
}

} // namespace

// Each entry's hash is recomputed; the entries follow one another, and the first follows the last
// entry this platform holds for the machine (or the genesis value for seq 1). Entries already held
// must come again unchanged.
std::optional<Reply> Platform::checkAuditChain(const QString& machineId, const QJsonArray& entries)
{
    static const QRegularExpression hashForm(u"^[0-9a-f]{64}$"_s);
    QString previousHash;
    qint64 previousSeq = -1;
    for (const QJsonValue& v : entries) {
        const QJsonObject e = v.toObject();
        const qint64 seq = e.value(u"seq"_s).toInteger();
        const QString hash = e.value(u"hash"_s).toString();
        const QString prevHash = e.value(u"prevHash"_s).toString();
        if (!hashForm.match(hash).hasMatch() || !hashForm.match(prevHash).hasMatch())
            return chainError(u"entries: prevHash and hash must be 64 lower-case hex digits"_s, seq);
        if (auditEntryHash(e) != hash)
            return chainError(u"entries: the hash of entry %1 does not match its content"_s.arg(seq), seq);
        QSqlQuery held =
            run(m_db, u"SELECT entry FROM audit_entries WHERE machine_id = ? AND seq = ?"_s, {machineId, seq});
        if (held.next()) {
            const QJsonObject stored = toObject(held.value(0).toByteArray());
            if (stored.contains(u"hash"_s) && stored.value(u"hash"_s).toString() != hash)
                return chainError(u"entries: entry %1 differs from the one already held"_s.arg(seq), seq);
        }
        if (previousSeq >= 0) {
            if (seq != previousSeq + 1 || prevHash != previousHash)
                return chainError(u"entries: entry %1 does not follow entry %2"_s.arg(seq).arg(previousSeq), seq);
        } else if (seq == 1) {
            if (prevHash != QString(64, u'0'))
                return chainError(u"entries: entry 1 must start the chain (prevHash of 64 zeros)"_s, seq);
        } else {
            QSqlQuery last = run(m_db,
                                 u"SELECT seq, entry FROM audit_entries WHERE machine_id = ? AND seq < ? "
                                 u"ORDER BY seq DESC LIMIT 1"_s,
                                 {machineId, seq});
            if (last.next()) {
                const QJsonObject stored = toObject(last.value(1).toByteArray());
                if (last.value(0).toLongLong() != seq - 1)
                    return chainError(
                        u"entries: entries %1 to %2 were never uploaded"_s.arg(last.value(0).toLongLong() + 1)
                            .arg(seq - 1),
                        seq);
                if (stored.contains(u"hash"_s) && stored.value(u"hash"_s).toString() != prevHash)
                    return chainError(
                        u"entries: entry %1 does not follow the entry %2 already held"_s.arg(seq).arg(seq - 1), seq);
            }
        }
        previousSeq = seq;
        previousHash = hash;
    }
    return std::nullopt;
}

Reply Platform::audit(const Session& session, const QByteArray& body)
{
    if (session.machineId.isEmpty())
        return forbidden(u"Audit is uploaded from an enrolled machine"_s);
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString batchId = f.uuid("batchId");
    const QJsonArray entries = f.array("entries", 10000);
    if (!f.ok())
        return f.error().toReply();
    const QByteArray canonical = canonicalJson(*object);
    QSqlQuery q =
        run(m_db, u"SELECT canonical, accepted, duplicates FROM audit_batches WHERE batch_id = ?"_s, {batchId});
    if (q.next()) {
        if (q.value(0).toByteArray() != canonical)
            return Reply::error(409, u"id-conflict"_s, u"batchId already used with other content"_s);
        return Reply::json(200, {{u"accepted"_s, q.value(1).toLongLong()}, {u"duplicates"_s, q.value(2).toLongLong()}});
    }
    for (const QJsonValue& v : entries) {
        Fields e(v.toObject());
        e.integer("seq", 0, Q_INT64_C(1) << 52);
        e.dateTime("at");
        e.string("action", 64);
        if (!v.isObject() || !e.ok()) {
            ApiError entryError = e.error();
            entryError.message = u"entries: "_s + entryError.message;
            return entryError.toReply();
        }
    }
    if (auto broken = checkAuditChain(session.machineId, entries))
        return *broken;
    qint64 accepted = 0;
    qint64 duplicates = 0;
    m_db.transaction();
    for (const QJsonValue& v : entries) {
        const QJsonObject entry = v.toObject();
        QSqlQuery insert = run(m_db, u"INSERT OR IGNORE INTO audit_entries (machine_id, seq, entry) VALUES (?, ?, ?)"_s,
                               {session.machineId, entry.value(u"seq"_s).toInteger(), compact(entry)});
        if (insert.numRowsAffected() > 0)
            ++accepted;
        else
            ++duplicates;
    }
    run(m_db,
        u"INSERT INTO audit_batches (batch_id, machine_id, canonical, accepted, duplicates) VALUES (?, ?, ?, ?, ?)"_s,
        {batchId, session.machineId, canonical, accepted, duplicates});
    if (!m_db.commit()) {
        m_db.rollback();
        return Reply::error(500, u"internal"_s, u"Could not store the audit batch"_s, true);
    }
    return Reply::json(201, {{u"accepted"_s, accepted}, {u"duplicates"_s, duplicates}});
}

Reply Platform::evaluation(const Session& session, const QByteArray& body)
{
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString evaluationId = f.uuid("evaluationId");
    const QString caseNumber = f.string("caseNumber", 40);
    f.dateTime("at");
    f.oneOf("channel", {"window-device", "qr-code", "sms", "hotline"});
    const qint64 level = f.integer("level", 1, 5);
    Fields indicators(f.optionalObject("indicators"));
    for (const char* key : {"overall", "efficiency", "service", "attitude"})
        indicators.optionalInteger(key, 1, 5, 0);
    f.optionalString("comment", 2000);
    if (!f.ok())
        return f.error().toReply();
    if (!indicators.ok())
        return indicators.error().toReply();
    if (auto refused = m_authorisation->evaluatedCase(session, caseNumber))
        return *refused;
    const QByteArray canonical = canonicalJson(*object);
    QSqlQuery q = run(m_db, u"SELECT canonical, follow_up FROM evaluations WHERE evaluation_id = ?"_s, {evaluationId});
    if (q.next()) {
        if (q.value(0).toByteArray() != canonical)
            return Reply::error(409, u"id-conflict"_s, u"evaluationId already used with other content"_s);
        return Reply::json(200, {{u"evaluation"_s, QJsonObject{{u"evaluationId"_s, evaluationId},
                                                               {u"followUp"_s, q.value(1).toInt() != 0},
                                                               {u"duplicate"_s, true}}}});
    }
    const bool followUp = level <= 2;
    run(m_db,
        u"INSERT INTO evaluations (evaluation_id, machine_id, canonical, case_number, level, follow_up) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        {evaluationId, session.machineId, canonical, caseNumber, level, followUp ? 1 : 0});
    return Reply::json(
        201, {{u"evaluation"_s,
               QJsonObject{{u"evaluationId"_s, evaluationId}, {u"followUp"_s, followUp}, {u"duplicate"_s, false}}}});
}

// The follow-up (整改) of a bad evaluation: what was rectified and the callback to the citizen. One per
// evaluation, recorded by a supervisor of the evaluated case's hall.
Reply Platform::evaluationFollowUp(const Session& session, const QString& evaluationId, const QByteArray& body)
{
    if (!session.hasRole(u"supervisor"_s))
        return forbidden(u"Only supervisors record the follow-up of an evaluation"_s);
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    f.string("rectification", 2000);
    f.string("callback", 2000);
    f.dateTime("at");
    if (!f.ok())
        return f.error().toReply();
    QSqlQuery e =
        run(m_db, u"SELECT case_number, follow_up FROM evaluations WHERE evaluation_id = ?"_s, {evaluationId});
    if (!e.next())
        return Reply::error(404, u"not-found"_s, u"No such evaluation"_s);
    QSqlQuery c = run(m_db, u"SELECT hall_code FROM cases WHERE case_number = ?"_s, {e.value(0).toString()});
    if (!c.next() || c.value(0).toString() != session.hallCode)
        return forbidden(u"The evaluation belongs to another hall"_s);
    if (e.value(1).toInt() == 0)
        return invalid(u"The evaluation %1 opened no follow-up (level 3 or better)"_s.arg(evaluationId));
    const QByteArray canonical = canonicalJson(*object);
    QSqlQuery known = run(m_db,
                          u"SELECT canonical, recorded_by, recorded_at FROM evaluation_follow_ups "
                          "WHERE evaluation_id = ?"_s,
                          {evaluationId});
    auto answer = [&](int status, const QString& by, qint64 at, bool duplicate) {
        return Reply::json(status, {{u"followUp"_s, QJsonObject{{u"evaluationId"_s, evaluationId},
                                                                {u"recordedBy"_s, by},
                                                                {u"recordedAt"_s, isoUtc(at)},
                                                                {u"duplicate"_s, duplicate}}}});
    };
    if (known.next()) {
        if (known.value(0).toByteArray() != canonical)
            return Reply::error(409, u"id-conflict"_s, u"The evaluation has another follow-up already"_s);
        return answer(200, known.value(1).toString(), known.value(2).toLongLong(), true);
    }
    const qint64 at = now();
    run(m_db,
        u"INSERT INTO evaluation_follow_ups (evaluation_id, canonical, recorded_by, recorded_at) VALUES (?, ?, ?, ?)"_s,
        {evaluationId, canonical, session.staffId, at});
    return answer(201, session.staffId, at, false);
}

Reply Platform::hallCases(const Session& session, const QUrlQuery& query)
{
    if (!requireAny(session, {"supervisor", "admin"}))
        return forbidden(u"The hall-wide query is for supervisors"_s);
    QString sql = u"SELECT id FROM cases WHERE hall_code = ?"_s;
    QVariantList binds{session.hallCode};
    if (auto refused = cursorCondition(query, sql, binds))
        return *refused;
    if (query.hasQueryItem(u"status"_s) && !query.queryItemValue(u"status"_s).isEmpty()) {
        sql += u" AND status = ?"_s;
        binds.append(query.queryItemValue(u"status"_s));
    }
    if (query.hasQueryItem(u"windowNo"_s) && !query.queryItemValue(u"windowNo"_s).isEmpty()) {
        sql += u" AND window_no = ?"_s;
        binds.append(query.queryItemValue(u"windowNo"_s));
    }
    if (!query.queryItemValue(u"from"_s).isEmpty()) {
        sql += u" AND substr(accepted_at, 1, 10) >= ?"_s;
        binds.append(query.queryItemValue(u"from"_s));
    }
    if (!query.queryItemValue(u"to"_s).isEmpty()) {
        sql += u" AND substr(accepted_at, 1, 10) <= ?"_s;
        binds.append(query.queryItemValue(u"to"_s));
    }
    return newestFirstPage(m_db, sql, binds, query,
                           [this](const QSqlQuery& q) { return caseSummary(q.value(0).toLongLong()); });
}

// ---- approvals ------------------------------------------------------------------------------------

Reply Platform::createApproval(const Session& session, const QByteArray& body)
{
    if (session.machineId.isEmpty() || !requireAny(session, {"clerk", "supervisor"}))
        return forbidden(u"Approvals are asked from an enrolled machine"_s);
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString approvalId = f.uuid("approvalId");
    const QString kind = f.oneOf("kind", {"accept-with-missing", "refusal", "override"});
    const QString caseId = f.uuid("caseId");
    const QString itemCode = f.string("itemCode", 128);
    const QString reason = f.string("reason", 2000);
    const QJsonArray deferred = f.optionalArray("deferredMaterials", 1000);
    if (!f.ok())
        return f.error().toReply();
    const QByteArray canonical = canonicalJson(*object);
    QSqlQuery q = run(m_db, u"SELECT canonical, approval FROM approvals WHERE approval_id = ?"_s, {approvalId});
    if (q.next()) {
        if (q.value(0).toByteArray() != canonical)
            return Reply::error(409, u"id-conflict"_s, u"approvalId already used with other content"_s);
        return Reply::json(200, {{u"approval"_s, toObject(q.value(1).toByteArray())}});
    }
    const qint64 at = now();
    const QJsonObject approval{{u"approvalId"_s, approvalId},
                               {u"kind"_s, kind},
                               {u"caseId"_s, caseId},
                               {u"itemCode"_s, itemCode},
                               {u"reason"_s, reason},
                               {u"deferredMaterials"_s, deferred},
                               {u"requestedBy"_s, session.staffId},
                               {u"windowNo"_s, session.windowNo},
                               {u"status"_s, u"pending"_s},
                               {u"decidedBy"_s, QJsonValue()},
                               {u"decidedAt"_s, QJsonValue()},
                               {u"note"_s, QString()},
                               {u"requestedAt"_s, isoUtc(at)}};
    run(m_db,
        u"INSERT INTO approvals (approval_id, hall_code, canonical, approval, status, requested_at) "
        "VALUES (?, ?, ?, ?, 'pending', ?)"_s,
        {approvalId, session.hallCode, canonical, compact(approval), at});
    return Reply::json(201, {{u"approval"_s, approval}});
}

Reply Platform::getApproval(const Session& session, const QString& approvalId)
{
    QSqlQuery q = run(m_db, u"SELECT hall_code, approval FROM approvals WHERE approval_id = ?"_s, {approvalId});
    if (!q.next())
        return Reply::error(404, u"not-found"_s, u"No such approval"_s);
    if (q.value(0).toString() != session.hallCode)
        return forbidden(u"The approval belongs to another hall"_s);
    return Reply::json(200, {{u"approval"_s, toObject(q.value(1).toByteArray())}});
}

Reply Platform::listApprovals(const Session& session, const QUrlQuery& query)
{
    if (!requireAny(session, {"supervisor", "admin"}))
        return forbidden(u"Approvals are listed for supervisors"_s);
    const QString status = query.queryItemValue(u"status"_s);
    const QString cursor = query.queryItemValue(u"cursor"_s);
    const int limit = limitOf(query);
    QSqlQuery q = run(m_db,
                      u"SELECT rowid, approval FROM approvals WHERE hall_code = ? AND (? = '' OR status = ?) "
                      "AND rowid > ? ORDER BY rowid LIMIT ?"_s,
                      {session.hallCode, status, status, cursor.toLongLong(), limit + 1});
    QJsonArray list;
    qint64 last = cursor.toLongLong();
    bool more = false;
    while (q.next()) {
        if (list.size() == limit) {
            more = true;
            break;
        }
        last = q.value(0).toLongLong();
        list.append(toObject(q.value(1).toByteArray()));
    }
    return Reply::json(200, {{u"approvals"_s, list}, {u"cursor"_s, QString::number(last)}, {u"hasMore"_s, more}});
}

Reply Platform::decideApproval(const Session& session, const QString& approvalId, const QByteArray& body)
{
    if (!session.hasRole(u"supervisor"_s))
        return forbidden(u"Only supervisors decide approvals"_s);
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString decision = f.oneOf("decision", {"approved", "rejected"});
    const QString note = f.optionalString("note", 2000);
    if (!f.ok())
        return f.error().toReply();
    QSqlQuery q = run(m_db, u"SELECT hall_code, approval, status FROM approvals WHERE approval_id = ?"_s, {approvalId});
    if (!q.next())
        return Reply::error(404, u"not-found"_s, u"No such approval"_s);
    if (q.value(0).toString() != session.hallCode)
        return forbidden(u"The approval belongs to another hall"_s);
    QJsonObject approval = toObject(q.value(1).toByteArray());
    const QString status = q.value(2).toString();
    if (status == decision)
        return Reply::json(200, {{u"approval"_s, approval}});
    if (status != u"pending"_s)
        return Reply::error(409, u"id-conflict"_s, u"The approval was already %1"_s.arg(status));
    const qint64 at = now();
    approval.insert(u"status"_s, decision);
    approval.insert(u"decidedBy"_s, session.staffId);
    approval.insert(u"decidedAt"_s, isoUtc(at));
    approval.insert(u"note"_s, note);
    m_db.transaction();
    run(m_db, u"UPDATE approvals SET approval = ?, status = ? WHERE approval_id = ?"_s,
        {compact(approval), decision, approvalId});
    addChange({{u"kind"_s, u"approval"_s},
               {u"approvalId"_s, approvalId},
               {u"status"_s, decision},
               {u"at"_s, isoUtc(at)},
               {u"note"_s, note}},
              session.hallCode);
    if (!m_db.commit()) {
        m_db.rollback();
        return Reply::error(500, u"internal"_s, u"Could not store the decision"_s, true);
    }
    return Reply::json(200, {{u"approval"_s, approval}});
}

Reply Platform::departmentAction(const Session& session, const QString& caseNumber, const QByteArray& body)
{
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    if (auto refused = m_authorisation->caseInHall(session, caseNumber))
        return *refused;
    return caseAction(caseNumber, object->value(u"action"_s).toString(), object->value(u"note"_s).toString(),
                      object->value(u"department"_s).toString());
}

} // namespace yc::platform
