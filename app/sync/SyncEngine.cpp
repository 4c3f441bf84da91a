#include "sync/SyncEngine.h"

#include "core/Clock.h"
#include "core/DataLocation.h"
#include "core/Logging.h"
#include "storage/ApplicantRepository.h"
#include "storage/ApprovalRepository.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/FieldCipher.h"
#include "storage/MaterialStore.h"
#include "sync/CaseDocument.h"
#include "sync/OfflineQueue.h"
#include "sync/StaffCredentials.h"
#include "sync/SupplementDocument.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

namespace yc::sync {

namespace {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString chinaYear(const QDateTime& now)
{
    return QString::number(now.toTimeZone(QTimeZone(8 * 3600)).date().year());
}

PlatformFailure localFailure(const Error& e)
{
    PlatformFailure f;
    f.kind = FailureKind::Retryable;
    f.code = e.code;
    f.message = e.message;
    return f;
}

// A material's bytes from the local store, checked against the hash the case was signed with. A
// mismatch is permanent: the file must be scanned again, and nothing is sent.
PlatformResult<QByteArray> verifiedContent(storage::MaterialStore& store, const QString& materialId,
                                           const QString& sha256, const QString& name)
{
    auto content = store.content(materialId);
    if (!content)
        return localFailure(content.error());
    if (sha256Hex(content.value()) != sha256) {
        content.value().fill('\0');
        PlatformFailure f;
        f.kind = FailureKind::Permanent;
        f.code = QStringLiteral("material.damaged");
        f.message = SyncEngine::tr("The stored file of material \"%1\" no longer matches its hash; it must be scanned "
                                   "again.")
                        .arg(name);
        return f;
    }
    return std::move(content.value());
}

} // namespace

SyncEngine::SyncEngine(QString dataDir, const storage::FieldCipher& cipher, const Clock& clock,
                       ConnectorFactory factory, SyncEngineOptions options)
    : m_dataDir(std::move(dataDir))
    , m_cipher(cipher)
    , m_clock(clock)
    , m_factory(std::move(factory))
    , m_options(options)
{}

SyncEngine::~SyncEngine()
{
    stop();
}

Status SyncEngine::open()
{
    auto db = storage::Database::open(DataLocation::databasePath(m_dataDir));
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    return {};
}

Status SyncEngine::retryNow(storage::Database& database, qint64 outboxId)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET error_kind = '', next_attempt_at = NULL, updated_at = ? WHERE id = ?"));
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    q.addBindValue(outboxId);
    if (!q.exec())
        return storage::sqlError(QStringLiteral("db.query"),
                                 QCoreApplication::translate("yc::sync::SyncEngine", "The item could not be retried"),
                                 q.lastError().text());
    if (q.numRowsAffected() == 0)
        return makeError(
            QStringLiteral("outbox.unknown"),
            QCoreApplication::translate("yc::sync::SyncEngine", "There is no queue entry %1.").arg(outboxId));
    return {};
}

void SyncEngine::noteRetryAfter(const PlatformFailure& failure)
{
    if (failure.retryAfter) {
        const QDateTime until = m_clock.now().addSecs(failure.retryAfter->count());
        if (!m_notBefore.isValid() || until > m_notBefore)
            m_notBefore = until;
    }
}

PlatformResult<QString> SyncEngine::tokenFor(const QString& staffId, bool forceRefresh)
{
    StaffCredentials credentials(*m_db, m_cipher);
    auto tokens = credentials.tokens(staffId);
    if (!tokens) {
        PlatformFailure f;
        f.kind = FailureKind::Auth;
        f.code = tokens.error().code;
        f.message = tokens.error().message;
        return f;
    }
    const QDateTime now = m_clock.now();
    const auto& t = tokens.value();
    if (!forceRefresh && !t.access.isEmpty() && (!t.accessExpires.isValid() || t.accessExpires > now.addSecs(5)))
        return t.access;
    if (t.refresh.isEmpty() || (t.refreshExpires.isValid() && t.refreshExpires <= now)) {
        PlatformFailure f;
        f.kind = FailureKind::Auth;
        f.code = QStringLiteral("auth.sign-in-needed");
        f.message = tr("The platform sign-in of %1 has expired; their cases are sent when they sign in online again.")
                        .arg(credentials.displayName(staffId).valueOr(staffId));
        return f;
    }
    auto session = m_connector->refresh(t.refresh);
    if (!session) {
        PlatformFailure f = session.failure();
        if (f.kind == FailureKind::Permanent) {
            (void)credentials.forgetToken(staffId);
            f.kind = FailureKind::Auth;
            f.code = QStringLiteral("auth.sign-in-needed");
            f.message = tr("The platform sign-in of %1 has ended; their cases are sent when they sign in online again.")
                            .arg(credentials.displayName(staffId).valueOr(staffId));
        }
        return f;
    }
    if (session.value().staffId != staffId) {
        PlatformFailure f;
        f.kind = FailureKind::Auth;
        f.code = QStringLiteral("auth.wrong-staff");
        f.message = tr("The platform answered a refresh with another staff member; nothing was sent.");
        return f;
    }
    if (auto s = credentials.storeTokens(session.value()); !s)
        return localFailure(s.error());
    return session.value().accessToken;
}

template<typename T>
PlatformResult<T> SyncEngine::withToken(const QString& staffId,
                                        const std::function<PlatformResult<T>(const QString&)>& call)
{
    auto token = tokenFor(staffId, false);
    if (!token)
        return token.failure();
    auto result = call(token.value());
    if (result || result.failure().kind != FailureKind::Auth)
        return result;
    // Expired or revoked: refresh once and repeat (PROTOCOL.md §3.2).
    token = tokenFor(staffId, true);
    if (!token)
        return token.failure();
    return call(token.value());
}

template<typename T>
PlatformResult<T> SyncEngine::withAnyToken(const std::function<PlatformResult<T>(const QString&)>& call,
                                           bool leaseCapable)
{
    StaffCredentials credentials(*m_db, m_cipher);
    auto staff = credentials.staffWithTokens();
    PlatformFailure last;
    last.kind = FailureKind::Auth;
    last.code = QStringLiteral("auth.no-token");
    last.message = tr("No staff member has signed in online on this PC yet.");
    if (!staff)
        return last;
    for (const QString& id : staff.value()) {
        if (leaseCapable) {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("SELECT role FROM staff_credentials WHERE staff_id = ?"));
            q.addBindValue(id);
            if (q.exec() && q.next() && q.value(0).toString() == QLatin1String("admin"))
                continue;
        }
        auto r = withToken<T>(id, call);
        if (r || r.failure().kind != FailureKind::Auth)
            return r;
        last = r.failure();
    }
    return last;
}

Status SyncEngine::setItemState(const Item& item, const QString& state)
{
    // One transaction (one sync to disk) for the queue entry and its case.
    return m_db->transaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE outbox SET state = ?, updated_at = ? WHERE id = ? AND state <> ?"));
        q.addBindValue(state);
        q.addBindValue(iso(m_clock.now()));
        q.addBindValue(item.id);
        q.addBindValue(state);
        if (!q.exec())
            return storage::sqlError(QStringLiteral("db.query"), tr("The sync queue could not be updated"),
                                     q.lastError().text());
        return {}; // a case's sync state is its outbox entry's alone (schema 5)
    });
}

Status SyncEngine::recordFailure(const Item& item, const PlatformFailure& failure)
{
    const QDateTime now = m_clock.now();
    const int attempts = item.attempts + 1;
    const bool permanent = failure.kind == FailureKind::Permanent;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = ?, last_attempt_at = ?, next_attempt_at = ?, "
                             "last_error = ?, error_kind = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(attempts);
    q.addBindValue(iso(now));
    q.addBindValue(permanent ? QVariant(QMetaType(QMetaType::QString))
                             : QVariant(iso(m_options.retry.nextAttempt(now, attempts, failure.retryAfter))));
    q.addBindValue(failure.message.left(1000));
    q.addBindValue(permanent ? QStringLiteral("permanent") : QStringLiteral("retryable"));
    q.addBindValue(iso(now));
    q.addBindValue(item.id);
    if (!q.exec())
        return storage::sqlError(QStringLiteral("db.query"), tr("The sync queue could not be updated"),
                                 q.lastError().text());
    qCInfo(lcSync) << "outbox item" << item.id << "failed:" << failure.code << (permanent ? "permanent" : "will retry")
                   << "attempt" << attempts;
    return {};
}

PlatformResult<SubmitOutcome> SyncEngine::uploadAndSubmit(const Item& item, const EnrolmentInfo&)
{
    storage::CaseRepository cases(*m_db, m_cipher, m_dataDir, m_clock);
    auto loaded = cases.get(item.caseId);
    if (!loaded)
        return localFailure(loaded.error());
    if (!loaded.value()) {
        PlatformFailure f;
        f.kind = FailureKind::Permanent;
        f.code = QStringLiteral("case.missing");
        f.message = tr("The case of this queue entry is missing from the local store.");
        return f;
    }
    storage::CaseRow row = *loaded.value();

    // 1. Materials: ask what the platform holds, send the rest (resuming partial uploads).
    if (auto s = setItemState(item, QStringLiteral("uploading")); !s)
        return localFailure(s.error());
    // Small materials are sent straight away (the platform answers "complete" for one it holds
    // and the offset it holds for a partial one); large ones are asked about first, so bytes the
    // platform has are never sent again.
    constexpr qint64 AskFirstAbove = 256 * 1024;
    QStringList askHashes;
    qint64 total = 0;
    for (const auto& m : row.materials) {
        if (m.sha256.isEmpty())
            continue;
        total += m.sizeBytes;
        if (!m.uploaded && m.sizeBytes > AskFirstAbove && !askHashes.contains(m.sha256))
            askHashes << m.sha256;
    }
    MaterialQuery known;
    if (!askHashes.isEmpty()) {
        auto query = withToken<MaterialQuery>(
            item.staffId, [&](const QString& t) { return m_connector->queryMaterials(t, askHashes); });
        if (!query)
            return query.failure();
        known = query.value();
    }
    qint64 doneBytes = 0;
    storage::MaterialStore store(*m_db, m_cipher, m_dataDir, m_clock);
    QStringList sent;
    for (const auto& m : row.materials) {
        if (m.sha256.isEmpty())
            continue;
        if (m.uploaded || known.present.contains(m.sha256) || sent.contains(m.sha256)) {
            doneBytes += m.sizeBytes;
            if (!m.uploaded)
                (void)cases.markMaterialUploaded(m.id);
            continue;
        }
        auto content = verifiedContent(store, m.id, m.sha256, m.name);
        if (!content)
            return content.failure();
        const qint64 offset = known.partial.value(m.sha256, 0);
        const qint64 base = doneBytes;
        auto up = withToken<Done>(item.staffId, [&](const QString& t) {
            return m_connector->uploadMaterial(t, m.sha256, content.value(), offset, [&](qint64 d, qint64) {
                emit uploadProgress(item.caseId, base + d, total);
            });
        });
        content.value().fill('\0');
        if (!up)
            return up.failure();
        doneBytes += m.sizeBytes;
        sent << m.sha256;
        (void)m_db->transaction([&]() -> Status {
            if (auto s = cases.markMaterialUploaded(m.id); !s)
                return s;
            QSqlQuery p(m_db->connection());
            p.prepare(QStringLiteral("UPDATE outbox SET bytes_done = ? WHERE id = ?"));
            p.addBindValue(doneBytes);
            p.addBindValue(item.id);
            (void)p.exec();
            return {};
        });
    }

    // 2. The signed case, referencing its materials by hash.
    if (auto s = setItemState(item, QStringLiteral("submitting")); !s)
        return localFailure(s.error());
    auto document = CaseDocument::build(*m_db, m_cipher, m_dataDir, item.caseId, m_clock.now());
    if (!document) {
        PlatformFailure f = localFailure(document.error());
        if (document.error().code.startsWith(QLatin1String("case.")))
            f.kind = FailureKind::Permanent;
        return f;
    }
    const QJsonObject& body = document.value();
    auto submitted =
        withToken<SubmitOutcome>(item.staffId, [&](const QString& t) { return m_connector->submitCase(t, body); });
    if (!submitted && submitted.failure().code == QLatin1String("materials-missing")) {
        // The platform lost or never completed a material: upload again next time.
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE materials SET uploaded_at = NULL WHERE case_id = ?"));
        q.addBindValue(row.id);
        (void)q.exec();
        PlatformFailure f = submitted.failure();
        f.kind = FailureKind::Retryable;
        return f;
    }
    return submitted;
}

bool SyncEngine::countFailure(const Item& item, const PlatformFailure& failure, PassReport& report)
{
    report.lastError = failure.message;
    if (failure.httpStatus > 0)
        report.reachedPlatform = true;
    if (failure.kind == FailureKind::Permanent)
        ++report.permanentFailures;
    else
        ++report.retryableFailures;
    (void)recordFailure(item, failure);
    noteRetryAfter(failure);
    return failure.kind == FailureKind::Tls || failure.retryAfter.has_value();
}

SyncEngine::Outcome SyncEngine::processCase(const Item& item, PassReport& report)
{
    Enrolment enrolment(*m_db, m_cipher);
    auto info = enrolment.load();
    if (!info || !info.value())
        return Outcome::StopPass;
    auto result = uploadAndSubmit(item, *info.value());
    if (result) {
        const QDateTime now = m_clock.now();
        auto saved = m_db->transaction([&]() -> Status {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("UPDATE outbox SET state = 'submitted', error_kind = '', last_error = NULL, "
                                     "next_attempt_at = NULL, last_attempt_at = ?, platform_case_number = ?, "
                                     "platform_status = COALESCE(platform_status, ?), bytes_done = bytes_total, "
                                     "updated_at = ? WHERE id = ?"));
            q.addBindValue(iso(now));
            q.addBindValue(result.value().caseNumber);
            q.addBindValue(result.value().status);
            q.addBindValue(iso(now));
            q.addBindValue(item.id);
            if (!q.exec())
                return storage::sqlError(QStringLiteral("db.query"), tr("The sync queue could not be updated"),
                                         q.lastError().text());
            // The platform holds the case: an answer status this client does not know is "submitted".
            const DepartmentStatus status =
                departmentStatusFromString(result.value().status).valueOr(DepartmentStatus::Submitted);
            storage::CaseRepository cases(*m_db, m_cipher, m_dataDir, m_clock);
            return cases.recordSubmitted(item.caseId, status, result.value().caseNumber);
        });
        if (!saved) {
            report.lastError = saved.error().message;
            return Outcome::Failed;
        }
        ++report.submitted;
        report.reachedPlatform = true;
        return Outcome::Done;
    }
    const PlatformFailure& f = result.failure();
    if (m_cancel.load())
        return Outcome::StopPass; // cut short by stop(): not an attempt; the next start resumes it
    return countFailure(item, f, report) ? Outcome::StopPass : Outcome::Failed;
}

// ---- evaluations and supplements (outbox kinds other than 'case') ----------------------------------

namespace {
const char* const WaitingForCase = "outbox.waiting-for-case";
} // namespace

PlatformResult<Done> SyncEngine::sendSupplement(const Item& item, QString* caseNumber)
{
    QSqlQuery c(m_db->connection());
    c.prepare(QStringLiteral("SELECT c.case_number, o.state FROM cases c LEFT JOIN outbox o ON o.case_id = c.id AND "
                             "o.kind = 'case' WHERE c.id = ?"));
    c.addBindValue(item.caseId);
    if (!c.exec())
        return localFailure(storage::sqlError(QStringLiteral("db.query"), tr("The sync queue could not be read"),
                                              c.lastError().text()));
    if (!c.next()) {
        PlatformFailure f;
        f.kind = FailureKind::Permanent;
        f.code = QStringLiteral("supplement.no-case");
        f.message = tr("The case of this supplement is missing from the local store.");
        return f;
    }
    *caseNumber = c.value(0).toString();
    if (caseNumber->isEmpty() || c.value(1).toString() != QLatin1String("submitted")) {
        PlatformFailure f;
        f.code = QLatin1String(WaitingForCase);
        f.message = tr("Waiting until the platform holds the case of this supplement.");
        return f;
    }
    c.finish();

    // Materials first, as for a case (content-addressed; the platform continues partial uploads).
    struct Pending
    {
        QString id;
        QString sha256;
        QString name;
    };
    std::vector<Pending> pending;
    QSqlQuery m(m_db->connection());
    m.prepare(QStringLiteral("SELECT id, sha256, name FROM materials WHERE supplement_id = ? AND sha256 IS NOT NULL "
                             "AND uploaded_at IS NULL ORDER BY created_at, id"));
    m.addBindValue(item.objectId);
    if (!m.exec())
        return localFailure(storage::sqlError(QStringLiteral("db.query"), tr("The sync queue could not be read"),
                                              m.lastError().text()));
    while (m.next())
        pending.push_back({m.value(0).toString(), m.value(1).toString(), m.value(2).toString()});
    m.finish();
    storage::MaterialStore store(*m_db, m_cipher, m_dataDir, m_clock);
    storage::CaseRepository cases(*m_db, m_cipher, m_dataDir, m_clock);
    for (const Pending& p : pending) {
        auto content = verifiedContent(store, p.id, p.sha256, p.name);
        if (!content)
            return content.failure();
        auto up = withToken<Done>(item.staffId, [&](const QString& t) {
            return m_connector->uploadMaterial(t, p.sha256, content.value(), 0, {});
        });
        content.value().fill('\0');
        if (!up)
            return up.failure();
        (void)cases.markMaterialUploaded(p.id);
    }

    auto body = SupplementDocument::build(*m_db, m_cipher, item.objectId);
    if (!body) {
        PlatformFailure f = localFailure(body.error());
        if (body.error().code.startsWith(QLatin1String("supplement.")))
            f.kind = FailureKind::Permanent;
        return f;
    }
    const QString number = *caseNumber;
    auto sent = withToken<SupplementOutcome>(
        item.staffId, [&](const QString& t) { return m_connector->submitSupplement(t, number, body.value()); });
    if (!sent) {
        PlatformFailure f = sent.failure();
        if (f.code == QLatin1String("materials-missing")) {
            QSqlQuery r(m_db->connection());
            r.prepare(QStringLiteral("UPDATE materials SET uploaded_at = NULL WHERE supplement_id = ?"));
            r.addBindValue(item.objectId);
            (void)r.exec();
            f.kind = FailureKind::Retryable;
        }
        return f;
    }
    return Done{};
}

PlatformResult<Done> SyncEngine::sendEvaluation(const Item& item)
{
    OfflineQueue queue(*m_db, m_cipher, m_dataDir);
    auto evaluation = queue.evaluation(item.id);
    if (!evaluation) {
        PlatformFailure f = localFailure(evaluation.error());
        f.kind = FailureKind::Permanent;
        return f;
    }
    Evaluation e = evaluation.value();
    if (e.caseNumber.isEmpty()) {
        // Queued against a local case: its official number is known once the platform holds it.
        QSqlQuery c(m_db->connection());
        c.prepare(QStringLiteral("SELECT c.case_number, o.state FROM cases c LEFT JOIN outbox o ON o.case_id = c.id "
                                 "AND o.kind = 'case' WHERE c.id = ?"));
        c.addBindValue(item.caseId);
        if (!c.exec() || !c.next() || c.value(0).toString().isEmpty() ||
            c.value(1).toString() != QLatin1String("submitted")) {
            PlatformFailure f;
            f.code = QLatin1String(WaitingForCase);
            f.message = tr("Waiting until the platform holds the case of this evaluation.");
            return f;
        }
        e.caseNumber = c.value(0).toString();
    }
    auto sent = withToken<EvaluationOutcome>(item.staffId,
                                             [&](const QString& t) { return m_connector->submitEvaluation(t, e); });
    if (!sent)
        return sent.failure();
    if (sent.value().followUp)
        qCInfo(lcSync) << "evaluation" << e.evaluationId << "opened a follow-up on the platform";
    return Done{};
}

Status SyncEngine::markOtherSubmitted(const Item& item, const QString& caseNumber)
{
    const QDateTime now = m_clock.now();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'submitted', error_kind = '', last_error = NULL, "
                             "next_attempt_at = NULL, last_attempt_at = ?, platform_case_number = COALESCE(?, "
                             "platform_case_number), bytes_done = bytes_total, updated_at = ? WHERE id = ?"));
    q.addBindValue(iso(now));
    q.addBindValue(caseNumber.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(caseNumber));
    q.addBindValue(iso(now));
    q.addBindValue(item.id);
    if (!q.exec())
        return storage::sqlError(QStringLiteral("db.query"), tr("The sync queue could not be updated"),
                                 q.lastError().text());
    return {};
}

bool SyncEngine::drainOtherItems(PassReport& report)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, case_id, state, staff_id, attempts, kind, object_id FROM outbox WHERE kind IN "
                             "('evaluation', 'supplement') AND state <> 'submitted' AND error_kind <> 'permanent' AND "
                             "(next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT ?"));
    q.addBindValue(iso(m_clock.now()));
    q.addBindValue(m_options.batchSize);
    if (!q.exec()) {
        report.lastError = q.lastError().text();
        return true;
    }
    std::vector<Item> items;
    while (q.next())
        items.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toInt(), q.value(5).toString(), q.value(6).toString()});
    q.finish();
    int consecutiveNetwork = 0;
    for (const Item& item : items) {
        if (!mayCallPlatform())
            return false;
        QString caseNumber;
        auto result =
            item.kind == QLatin1String("supplement") ? sendSupplement(item, &caseNumber) : sendEvaluation(item);
        if (result) {
            if (auto s = markOtherSubmitted(item, caseNumber); !s) {
                report.lastError = s.error().message;
                continue;
            }
            ++(item.kind == QLatin1String("supplement") ? report.supplementsSubmitted : report.evaluationsSubmitted);
            report.reachedPlatform = true;
            consecutiveNetwork = 0;
            continue;
        }
        const PlatformFailure& f = result.failure();
        if (m_cancel.load())
            return false; // cut short by stop(): not an attempt
        if (f.code == QLatin1String(WaitingForCase)) {
            // Not a failure: look again after the first backoff step, without counting an attempt.
            const QDateTime now = m_clock.now();
            QSqlQuery w(m_db->connection());
            w.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = ?, last_error = ?, updated_at = ? "
                                     "WHERE id = ?"));
            w.addBindValue(iso(m_options.retry.nextAttempt(now, 1, std::nullopt)));
            w.addBindValue(f.message);
            w.addBindValue(iso(now));
            w.addBindValue(item.id);
            (void)w.exec();
            continue;
        }
        if (countFailure(item, f, report))
            return false;
        if (++consecutiveNetwork >= m_options.maxConsecutiveNetworkFailures && !report.reachedPlatform)
            return false;
    }
    return true;
}

// ---- audit trail upload (PROTOCOL.md §14) -----------------------------------------------------------

void SyncEngine::uploadAuditTrail(PassReport& report)
{
    const QDateTime now = m_clock.now();
    const QDateTime next =
        QDateTime::fromString(m_db->meta(QStringLiteral("sync.audit_next_attempt_at")).valueOr({}), Qt::ISODate);
    if (next.isValid() && next > now)
        return;
    storage::AuditLog log(*m_db);
    for (int round = 0; round < 10000; ++round) {
        // A batch assigned earlier and not confirmed (crash or failure mid-send) goes again under
        // the same id; only then are new rows put into a new batch, whose id is stored before sending.
        auto pending = log.pendingBatch();
        if (!pending) {
            report.lastError = pending.error().message;
            return;
        }
        QString batchId = pending.value();
        if (batchId.isEmpty()) {
            batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            auto assigned = log.assignBatch(batchId, std::max(1, m_options.auditBatchSize));
            if (!assigned) {
                report.lastError = assigned.error().message;
                return;
            }
            if (assigned.value() == 0)
                return; // nothing left to upload
        }
        auto rows = log.rows(batchId);
        if (!rows) {
            report.lastError = rows.error().message;
            return;
        }
        std::vector<AuditEntry> entries;
        entries.reserve(rows.value().size());
        for (const storage::AuditRow& r : rows.value())
            entries.push_back({r.id, r.at, r.staffId, r.action, r.objectType, r.objectId, r.detail});
        // Under a machine-bound staff token (admin tokens from enrolment are not bound to the PC).
        auto sent = withAnyToken<AuditUpload>(
            [&](const QString& t) { return m_connector->uploadAudit(t, batchId, entries); }, true);
        if (!sent) {
            if (m_cancel.load())
                return; // cut short by stop(): the same batch goes on the next start
            const PlatformFailure& f = sent.failure();
            noteRetryAfter(f);
            if (f.kind == FailureKind::Auth)
                return; // nobody signed in online yet: the rows wait, no backoff needed
            report.lastError = f.message;
            ++report.retryableFailures;
            const int attempts = m_db->meta(QStringLiteral("sync.audit_attempts")).valueOr({}).toInt() + 1;
            (void)m_db->setMeta(QStringLiteral("sync.audit_attempts"), QString::number(attempts));
            (void)m_db->setMeta(QStringLiteral("sync.audit_next_attempt_at"),
                                iso(m_options.retry.nextAttempt(m_clock.now(), attempts, f.retryAfter)));
            qCInfo(lcSync) << "audit batch failed:" << f.code << "attempt" << attempts;
            return;
        }
        report.reachedPlatform = true;
        if (auto s = log.markUploaded(batchId, m_clock.now()); !s) {
            report.lastError = s.error().message;
            return;
        }
        report.auditUploaded += int(entries.size());
        (void)m_db->setMeta(QStringLiteral("sync.audit_attempts"), QStringLiteral("0"));
        (void)m_db->setMeta(QStringLiteral("sync.audit_next_attempt_at"), QStringLiteral(""));
        if (!mayCallPlatform())
            return;
    }
}

void SyncEngine::refillLeases(PassReport& report)
{
    const QJsonObject limits =
        QJsonDocument::fromJson(m_db->meta(QStringLiteral("sync.limits")).valueOr({}).toUtf8()).object();
    const int below = limits.value(QLatin1String("leaseRefillBelow")).toInt(20);
    const int block = std::clamp(limits.value(QLatin1String("leaseBlockSize")).toInt(100), 1, 1000);
    const QString year = chinaYear(m_clock.now());
    auto left = m_db->count(QStringLiteral("SELECT count(*) FROM case_number_leases WHERE used_by_case IS NULL AND "
                                           "number LIKE '%-") +
                            year + QStringLiteral("-%'"));
    if (!left || left.value() >= below)
        return;
    // The request id is stored before asking, so a lost answer is repeated with the same id and the
    // platform grants the same range (PROTOCOL.md §7).
    QJsonObject pending =
        QJsonDocument::fromJson(m_db->meta(QStringLiteral("sync.lease_request")).valueOr({}).toUtf8()).object();
    if (pending.value(QLatin1String("year")).toString() != year) {
        pending = QJsonObject{{QStringLiteral("requestId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {QStringLiteral("year"), year},
                              {QStringLiteral("count"), block}};
        if (!m_db->setMeta(QStringLiteral("sync.lease_request"),
                           QString::fromUtf8(QJsonDocument(pending).toJson(QJsonDocument::Compact))))
            return;
    }
    auto lease = withAnyToken<CaseNumberLease>(
        [&](const QString& t) {
            return m_connector->lease(t, pending.value(QLatin1String("requestId")).toString(), year.toInt(),
                                      pending.value(QLatin1String("count")).toInt());
        },
        true);
    if (!lease) {
        noteRetryAfter(lease.failure());
        report.lastError = lease.failure().message;
        return;
    }
    report.reachedPlatform = true;
    const CaseNumberLease& l = lease.value();
    (void)m_db->transaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO case_number_leases (number, lease_id, obtained_at) "
                                 "VALUES (?, ?, ?)"));
        for (qint64 n = l.first; n <= l.last; ++n) {
            q.addBindValue(QStringLiteral("%1-%2-%3").arg(l.hallCode).arg(l.year).arg(n, 6, 10, QLatin1Char('0')));
            q.addBindValue(l.leaseId);
            q.addBindValue(iso(m_clock.now()));
            if (!q.exec())
                return storage::sqlError(QStringLiteral("db.query"), tr("The lease could not be stored"),
                                         q.lastError().text());
        }
        return m_db->setMeta(QStringLiteral("sync.lease_request"), QStringLiteral(""));
    });
}

void SyncEngine::applyChanges(PassReport& report)
{
    for (int page = 0; page < 100; ++page) {
        const QString cursor = m_db->meta(QStringLiteral("sync.change_cursor")).valueOr({});
        auto changes =
            withAnyToken<ChangePage>([&](const QString& t) { return m_connector->changes(t, cursor); }, false);
        if (!changes) {
            noteRetryAfter(changes.failure());
            report.lastError = changes.failure().message;
            return;
        }
        report.reachedPlatform = true;
        bool catalogChanged = false;
        // Approval events carry the decision; the approval itself (case, kind, people) is asked
        // once, before the transaction (best effort: without it the decision is still stored).
        QHash<QString, Approval> approvalDetails;
        storage::ApprovalRepository approvals(*m_db);
        for (const ChangeEvent& e : changes.value().events) {
            if (e.kind != QLatin1String("approval") || e.approvalId.isEmpty() || approvalDetails.contains(e.approvalId))
                continue;
            auto known = approvals.get(e.approvalId);
            if (known && known.value() && !known.value()->caseId.isEmpty() && !known.value()->decidedBy.isEmpty())
                continue;
            auto detail =
                withAnyToken<Approval>([&](const QString& t) { return m_connector->approval(t, e.approvalId); }, false);
            if (detail)
                approvalDetails.insert(e.approvalId, detail.value());
        }
        auto applied = m_db->transaction([&]() -> Status {
            for (const ChangeEvent& e : changes.value().events) {
                if (e.kind == QLatin1String("catalog")) {
                    catalogChanged = true;
                    continue;
                }
                if (e.kind == QLatin1String("approval")) {
                    if (e.approvalId.isEmpty() ||
                        (e.status != QLatin1String("pending") && e.status != QLatin1String("approved") &&
                         e.status != QLatin1String("rejected")))
                        continue;
                    storage::ApprovalRecord r;
                    r.approvalId = e.approvalId;
                    r.status = e.status;
                    r.note = e.note;
                    r.feedSeq = e.seq;
                    if (e.status != QLatin1String("pending"))
                        r.decidedAt = e.at;
                    if (const auto it = approvalDetails.constFind(e.approvalId); it != approvalDetails.constEnd()) {
                        r.caseId = it->caseId;
                        r.kind = it->kind;
                        r.requestedBy = it->requestedBy;
                        r.requestedAt = it->requestedAt;
                        r.decidedBy = it->decidedBy;
                    }
                    if (auto stored = approvals.upsert(r); !stored)
                        return stored;
                    ++report.changesApplied;
                    continue;
                }
                if (e.kind != QLatin1String("case-status") || e.caseId.isEmpty())
                    continue;
                QSqlQuery q(m_db->connection());
                q.prepare(QStringLiteral("UPDATE outbox SET platform_status = ?, platform_case_number = "
                                         "COALESCE(platform_case_number, ?), updated_at = ? WHERE case_id = ?"));
                q.addBindValue(e.status);
                q.addBindValue(e.caseNumber);
                q.addBindValue(iso(m_clock.now()));
                q.addBindValue(e.caseId);
                if (!q.exec())
                    return storage::sqlError(QStringLiteral("db.query"), tr("A status change could not be applied"),
                                             q.lastError().text());
                if (q.numRowsAffected() > 0)
                    ++report.changesApplied;
                // The local case follows the department once the platform holds it; a status this
                // client does not know stays in the outbox's platform_status only.
                if (auto status = departmentStatusFromString(e.status)) {
                    storage::CaseRepository cases(*m_db, m_cipher, m_dataDir, m_clock);
                    if (auto updated = cases.setDepartmentStatus(e.caseId, status.value()); !updated)
                        return updated;
                }
            }
            return m_db->setMeta(QStringLiteral("sync.change_cursor"),
                                 changes.value().cursor.isNull() ? QStringLiteral("") : changes.value().cursor);
        });
        if (!applied) {
            report.lastError = applied.error().message;
            return;
        }
        if (catalogChanged)
            (void)m_db->setMeta(QStringLiteral("sync.catalog_due"), QStringLiteral("1"));
        if (!changes.value().more)
            return;
    }
}

void SyncEngine::refreshCalendarAndCatalog()
{
    const QDateTime now = m_clock.now();
    const QDateTime fetched =
        QDateTime::fromString(m_db->meta(QStringLiteral("calendar.fetched_at")).valueOr({}), Qt::ISODate);
    if (!fetched.isValid() || fetched.secsTo(now) > m_options.calendarRefreshHours * 3600) {
        const QString etag = m_db->meta(QStringLiteral("calendar.etag")).valueOr({});
        QString newEtag;
        auto doc = withAnyToken<QJsonObject>([&](const QString& t) { return m_connector->calendar(t, etag, &newEtag); },
                                             false);
        if (doc) {
            if (!doc.value().isEmpty()) {
                Status applied = m_calendarSink ? m_calendarSink->apply(doc.value()) : Status();
                if (applied) {
                    (void)m_db->setMeta(QStringLiteral("calendar.document"),
                                        QString::fromUtf8(QJsonDocument(doc.value()).toJson(QJsonDocument::Compact)));
                    (void)m_db->setMeta(QStringLiteral("calendar.etag"),
                                        newEtag.isNull() ? QStringLiteral("") : newEtag);
                }
            }
            (void)m_db->setMeta(QStringLiteral("calendar.fetched_at"), iso(now));
        } else {
            noteRetryAfter(doc.failure());
        }
    }
    if (m_catalogSink &&
        m_db->meta(QStringLiteral("sync.catalog_due")).valueOr(QStringLiteral("1")) != QLatin1String("0")) {
        const qint64 since = m_catalogSink->currentVersion();
        auto doc = withAnyToken<QJsonObject>([&](const QString& t) { return m_connector->catalog(t, since); }, false);
        if (doc) {
            Status applied = doc.value().isEmpty() ? Status() : m_catalogSink->apply(doc.value());
            if (applied)
                (void)m_db->setMeta(QStringLiteral("sync.catalog_due"), QStringLiteral("0"));
            else
                qCWarning(lcSync) << "catalog feed not applied:" << applied.error().code;
        } else {
            noteRetryAfter(doc.failure());
        }
    }
}

PassReport SyncEngine::runPass()
{
    PassReport report;
    if (m_inPass)
        return report;
    m_inPass = true;
    struct Reset
    {
        bool& flag;
        ~Reset() { flag = false; }
    } reset{m_inPass};

    if (!m_db) {
        report.lastError = tr("The sync engine has no database connection.");
        return report;
    }
    Enrolment enrolment(*m_db, m_cipher);
    auto info = enrolment.load();
    if (!info || !info.value()) {
        report.lastError = tr("This PC is not enrolled as a window yet.");
        return report;
    }
    report.enrolled = true;
    const QDateTime started = m_clock.now();
    if (m_notBefore.isValid() && started < m_notBefore) {
        report.nextDue = m_notBefore;
        report.dueLeft = 1;
        return report;
    }
    if (!m_connector || m_connectorMachine != info.value()->machineId) {
        m_connector = m_factory(*info.value());
        m_connectorMachine = info.value()->machineId;
        if (m_connector)
            m_connector->setCancelFlag(&m_cancel);
    }
    (void)m_db->setMeta(QStringLiteral("sync.last_attempt_at"), iso(started));

    // Limits, hall and window (PROTOCOL.md §4), then leases before the queue needs them.
    auto machine = withAnyToken<QJsonObject>([&](const QString& t) { return m_connector->machine(t); }, false);
    if (machine) {
        report.reachedPlatform = true;
        (void)enrolment.storeMachineDocument(machine.value());
    } else {
        noteRetryAfter(machine.failure());
        report.lastError = machine.failure().message;
        // No staff sign-in yet: still tell whether the platform is reachable.
        if (machine.failure().kind == FailureKind::Auth && m_connector->health().ok())
            report.reachedPlatform = true;
    }
    bool stopped = machine.ok() ? false : machine.failure().kind == FailureKind::Tls;
    if (!stopped && mayCallPlatform())
        refillLeases(report);

    // The outbox, oldest first; each staff member's cases with their own sign-in.
    int consecutiveNetwork = 0;
    while (!stopped) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT id, case_id, state, staff_id, attempts FROM outbox WHERE kind = 'case' AND "
                                 "state <> 'submitted' AND error_kind <> 'permanent' AND (next_attempt_at IS NULL OR "
                                 "next_attempt_at <= ?) ORDER BY id LIMIT ?"));
        q.addBindValue(iso(m_clock.now()));
        q.addBindValue(m_options.batchSize);
        if (!q.exec()) {
            report.lastError = q.lastError().text();
            break;
        }
        std::vector<Item> items;
        while (q.next())
            items.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toInt(), QStringLiteral("case"), QString()});
        q.finish();
        if (items.empty())
            break;
        bool progressed = false;
        for (const Item& item : items) {
            if (!mayCallPlatform()) {
                stopped = true;
                break;
            }
            refillLeases(report); // cheap when enough numbers are left
            const int before = report.submitted;
            const Outcome outcome = processCase(item, report);
            if (outcome == Outcome::StopPass) {
                stopped = true;
                break;
            }
            if (report.submitted > before) {
                progressed = true;
                consecutiveNetwork = 0;
            } else if (++consecutiveNetwork >= m_options.maxConsecutiveNetworkFailures && !report.reachedPlatform) {
                stopped = true;
                break;
            }
        }
        if (!progressed)
            break;
    }

    if (!stopped && mayCallPlatform())
        stopped = !drainOtherItems(report);
    if (!stopped && mayCallPlatform())
        uploadAuditTrail(report);
    if (!stopped && mayCallPlatform()) {
        applyChanges(report);
        refreshCalendarAndCatalog();
    }

    auto due = m_db->count(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'submitted' "
                                          "AND error_kind <> 'permanent' AND (next_attempt_at IS NULL OR "
                                          "next_attempt_at <= '") +
                           iso(m_clock.now()) + QStringLiteral("')"));
    report.dueLeft = due.valueOr(0);
    QSqlQuery next(m_db->connection());
    if (next.exec(QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE state <> 'submitted' AND error_kind <> "
                                 "'permanent'")) &&
        next.next() && !next.value(0).isNull())
        report.nextDue = QDateTime::fromString(next.value(0).toString(), Qt::ISODate);
    // Audit rows waiting for their backoff count like a waiting queue entry.
    const QDateTime auditNext =
        QDateTime::fromString(m_db->meta(QStringLiteral("sync.audit_next_attempt_at")).valueOr({}), Qt::ISODate);
    if (auditNext.isValid() && storage::AuditLog(*m_db).pendingCount().valueOr(0) > 0) {
        if (auditNext <= m_clock.now())
            ++report.dueLeft;
        else if (!report.nextDue.isValid() || auditNext < report.nextDue)
            report.nextDue = auditNext;
    }
    if (m_notBefore.isValid() && (!report.nextDue.isValid() || m_notBefore > report.nextDue) &&
        m_notBefore > m_clock.now())
        report.nextDue = m_notBefore;

    (void)m_db->setMeta(QStringLiteral("sync.online"),
                        report.reachedPlatform ? QStringLiteral("1") : QStringLiteral("0"));
    (void)m_db->setMeta(QStringLiteral("sync.last_error"),
                        report.lastError.isNull() ? QStringLiteral("") : report.lastError);
    if (report.reachedPlatform && report.retryableFailures == 0)
        (void)m_db->setMeta(QStringLiteral("sync.last_success_at"), iso(m_clock.now()));
    qCInfo(lcSync) << "pass: submitted" << report.submitted << "retryable failures" << report.retryableFailures
                   << "permanent" << report.permanentFailures << "changes" << report.changesApplied << "evaluations"
                   << report.evaluationsSubmitted << "supplements" << report.supplementsSubmitted << "audit rows"
                   << report.auditUploaded;
    return report;
}

PassReport SyncEngine::runUntilIdle(qint64 limitMs, bool waitForBackoff)
{
    QElapsedTimer timer;
    timer.start();
    PassReport total;
    for (;;) {
        PassReport r = runPass();
        total.enrolled = r.enrolled;
        total.reachedPlatform = total.reachedPlatform || r.reachedPlatform;
        total.submitted += r.submitted;
        total.retryableFailures += r.retryableFailures;
        total.permanentFailures += r.permanentFailures;
        total.changesApplied += r.changesApplied;
        total.evaluationsSubmitted += r.evaluationsSubmitted;
        total.supplementsSubmitted += r.supplementsSubmitted;
        total.auditUploaded += r.auditUploaded;
        total.dueLeft = r.dueLeft;
        total.nextDue = r.nextDue;
        if (!r.lastError.isEmpty())
            total.lastError = r.lastError;
        if (!r.enrolled || timer.elapsed() >= limitMs)
            return total;
        if (r.dueLeft > 0 && !(r.nextDue.isValid() && r.nextDue > m_clock.now()))
            continue;
        if (!waitForBackoff || !r.nextDue.isValid())
            return total;
        const qint64 wait = std::max<qint64>(0, m_clock.now().msecsTo(r.nextDue)) + 50;
        if (timer.elapsed() + wait > limitMs)
            return total;
        QThread::msleep(static_cast<unsigned long>(wait));
    }
}

void SyncEngine::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("yc-sync"));
    moveToThread(m_thread);
    connect(m_thread, &QThread::started, this, &SyncEngine::onThreadStarted);
    // Runs on the engine's thread once its event loop has ended (after any pass has unwound).
    connect(m_thread, &QThread::finished, this, &SyncEngine::onThreadFinishing, Qt::DirectConnection);
    m_thread->start();
}

void SyncEngine::onThreadStarted()
{
    if (auto s = open(); !s) {
        qCWarning(lcSync) << "sync engine cannot open the store:" << s.error().code;
        return;
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(m_options.intervalMs);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_timer->start();
    QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

void SyncEngine::onThreadFinishing()
{
    delete m_timer;
    m_timer = nullptr;
    m_connector.reset();
    m_db.reset();
    moveToThread(QCoreApplication::instance() ? QCoreApplication::instance()->thread() : nullptr);
}

bool SyncEngine::mayCallPlatform() const
{
    return !m_cancel.load() && !(m_notBefore.isValid() && m_clock.now() < m_notBefore);
}

void SyncEngine::syncNow()
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, &SyncEngine::syncNow, Qt::QueuedConnection);
        return;
    }
    if (!m_db)
        return;
    runPass();
    emit passFinished();
}

void SyncEngine::stop()
{
    if (!m_thread)
        return;
    // A pass in progress is cut short: the transfer in flight is aborted (the platform keeps what
    // arrived and the next start resumes from there), the calls still to come return at once, and
    // nothing cut short counts as a failed attempt. Quitting the thread also ends the nested event
    // loops in which the connector waits for an answer.
    m_cancel.store(true);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_cancel.store(false);
}

} // namespace yc::sync
