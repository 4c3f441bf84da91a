#include "sync/AuditUploader.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QUuid>

namespace yc::sync {

namespace {
const QString AttemptsKey = QStringLiteral("sync.audit_attempts");
const QString NextAttemptKey = QStringLiteral("sync.audit_next_attempt_at");
} // namespace

AuditUploader::AuditUploader(PassContext& pass, TokenProvider& tokens)
    : m_pass(pass)
    , m_tokens(tokens)
{}

QDateTime AuditUploader::nextAttempt() const
{
    const QDateTime next = QDateTime::fromString(m_pass.db->meta(NextAttemptKey).valueOr({}), Qt::ISODate);
    if (!next.isValid() || storage::AuditLog(*m_pass.db, m_pass.clock).pendingCount().valueOr(0) == 0)
        return {};
    return next;
}

void AuditUploader::recordFailure(const PlatformFailure& failure, PassReport& report)
{
    report.lastError = failure.message;
    ++report.retryableFailures;
    const int attempts = m_pass.db->meta(AttemptsKey).valueOr({}).toInt() + 1;
    (void)m_pass.db->setMeta(AttemptsKey, QString::number(attempts));
    (void)m_pass.db->setMeta(NextAttemptKey,
                             m_pass.options.retry.nextAttempt(m_pass.clock.now(), attempts, failure.retryAfter)
                                 .toUTC()
                                 .toString(Qt::ISODate));
    qCInfo(lcSync) << "audit batch failed:" << failure.code << "attempt" << attempts;
}

void AuditUploader::upload(PassReport& report)
{
    const QDateTime next = QDateTime::fromString(m_pass.db->meta(NextAttemptKey).valueOr({}), Qt::ISODate);
    if (next.isValid() && next > m_pass.clock.now())
        return;
    storage::AuditLog log(*m_pass.db, m_pass.clock);
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
            auto assigned = log.assignBatch(batchId, std::max(1, m_pass.options.auditBatchSize));
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
            entries.push_back(
                {r.id, r.at, r.staffId, r.action, r.objectType, r.objectId, r.detail, r.windowNo, r.prevHash, r.hash});
        auto sent = m_tokens.withAnyToken<AuditUpload>(TokenProvider::Signer::MachineBound, [&](const QString& t) {
            return m_pass.connector->uploadAudit(t, batchId, entries);
        });
        if (!sent) {
            if (m_pass.cancelled())
                return; // cut short by stop(): the same batch goes on the next start
            m_pass.noteRetryAfter(sent.error());
            if (sent.error().kind != FailureKind::Auth) // nobody signed in online yet: the rows wait, no backoff
                recordFailure(sent.error(), report);
            return;
        }
        report.reachedPlatform = true;
        if (auto s = log.markUploaded(batchId, m_pass.clock.now()); !s) {
            report.lastError = s.error().message;
            return;
        }
        report.auditUploaded += int(entries.size());
        (void)m_pass.db->setMeta(AttemptsKey, QStringLiteral("0"));
        (void)m_pass.db->setMeta(NextAttemptKey, QStringLiteral(""));
        if (!m_pass.mayCallPlatform())
            return;
    }
}

} // namespace yc::sync
