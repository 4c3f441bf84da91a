#include "sync/OtherItemsSender.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/SecureWipe.h"
#include "storage/CaseRepository.h"
#include "storage/FieldCipher.h"
#include "storage/MaterialStore.h"
#include "sync/OfflineQueue.h"
#include "sync/SupplementDocument.h"

#include <QJsonDocument>

namespace yc::sync {

namespace {
const QString WaitingForCase = QStringLiteral("outbox.waiting-for-case");
} // namespace

OtherItemsSender::OtherItemsSender(PassContext& pass, TokenProvider& tokens)
    : m_pass(pass)
    , m_tokens(tokens)
{}

PlatformResult<QString> OtherItemsSender::numberOfSubmittedCase(const storage::OutboxEntry& entry,
                                                                const QString& waitingText)
{
    auto theCase = m_pass.outbox().caseOnPlatform(entry.caseId);
    if (!theCase)
        return localFailure(theCase.error());
    if (!theCase.value().caseKnown && entry.kind == storage::OutboxRepository::SupplementKind)
        return makeFailure(FailureKind::Permanent, QStringLiteral("supplement.no-case"),
                           tr("The case of this supplement is missing from the local store."));
    if (theCase.value().caseNumber.isEmpty() || !theCase.value().submitted)
        return makeFailure(FailureKind::Retryable, WaitingForCase, waitingText);
    return theCase.value().caseNumber;
}

PlatformResult<QString> OtherItemsSender::sendSupplement(const storage::OutboxEntry& entry)
{
    auto caseNumber = numberOfSubmittedCase(entry, tr("Waiting until the platform holds the case of this supplement."));
    if (!caseNumber)
        return caseNumber;

    // Materials first, as for a case (content-addressed; the platform continues partial uploads).
    storage::MaterialStore store(*m_pass.db, m_pass.cipher, m_pass.dataDir, m_pass.clock);
    auto pending = store.notUploadedOfSupplement(entry.objectId);
    if (!pending)
        return localFailure(pending.error());
    storage::CaseRepository cases(*m_pass.db, m_pass.cipher, m_pass.dataDir, m_pass.clock);
    for (const auto& p : pending.value()) {
        auto content = verifiedContent(store, p.id, p.sha256, p.name);
        if (!content)
            return content.error();
        auto up = m_tokens.withToken<Done>(entry.staffId, [&](const QString& t) {
            return m_pass.connector->uploadMaterial(t, p.sha256, content.value(), 0, {});
        });
        secureWipe(content.value());
        if (!up)
            return up.error();
        (void)cases.markMaterialUploaded(p.id);
    }

    auto body = SupplementDocument::build(*m_pass.db, m_pass.cipher, entry.objectId);
    if (!body) {
        PlatformFailure f = localFailure(body.error());
        if (body.error().code.startsWith(QLatin1String("supplement.")))
            f.kind = FailureKind::Permanent;
        return f;
    }
    auto sent = m_tokens.withToken<SupplementOutcome>(entry.staffId, [&](const QString& t) {
        return m_pass.connector->submitSupplement(t, caseNumber.value(), body.value());
    });
    if (!sent) {
        PlatformFailure f = sent.error();
        if (f.code == QLatin1String("materials-missing")) {
            (void)store.forgetUploadsOfSupplement(entry.objectId);
            f.kind = FailureKind::Retryable;
        }
        return f;
    }
    return caseNumber;
}

PlatformResult<QString> OtherItemsSender::sendEvaluation(const storage::OutboxEntry& entry)
{
    auto evaluation = OfflineQueue::evaluation(*m_pass.db, m_pass.cipher, entry.id);
    if (!evaluation) {
        PlatformFailure f = localFailure(evaluation.error());
        f.kind = FailureKind::Permanent;
        return f;
    }
    Evaluation e = evaluation.value();
    if (e.caseNumber.isEmpty()) {
        // Queued against a local case: its official number is known once the platform holds it.
        auto number = numberOfSubmittedCase(entry, tr("Waiting until the platform holds the case of this evaluation."));
        if (!number) {
            PlatformFailure f = number.error();
            f.code = WaitingForCase; // a missing case waits too: its evaluation is never sent without a number
            return f;
        }
        e.caseNumber = number.value();
    }
    auto sent = m_tokens.withToken<EvaluationOutcome>(
        entry.staffId, [&](const QString& t) { return m_pass.connector->submitEvaluation(t, e); });
    if (!sent)
        return sent.error();
    if (sent.value().followUp)
        qCInfo(lcSync) << "evaluation" << e.evaluationId << "opened a follow-up on the platform";
    return QString(); // the entry keeps the number it had
}

PlatformResult<QString> OtherItemsSender::sendFollowUp(const storage::OutboxEntry& entry)
{
    const QString& kind = storage::OutboxRepository::EvaluationFollowUpKind;
    auto sealed = m_pass.outbox().payload(kind, entry.objectId);
    auto plain =
        sealed ? m_pass.cipher.decrypt(sealed.value(), storage::OutboxRepository::payloadAad(kind, entry.objectId))
               : Result<QByteArray>(sealed.error());
    std::optional<EvaluationFollowUp> followUp;
    if (plain)
        followUp = EvaluationFollowUp::fromPayload(QJsonDocument::fromJson(plain.value()).object());
    if (!followUp)
        return makeFailure(FailureKind::Permanent, QStringLiteral("follow-up.missing"),
                           tr("The queued follow-up of an evaluation is missing or unreadable."));
    // The evaluation goes first: a follow-up of an evaluation still in this PC's queue waits for it.
    auto evaluationQueued = m_pass.outbox().containsObject(storage::OutboxRepository::EvaluationKind, entry.objectId);
    if (evaluationQueued && evaluationQueued.value()) {
        storage::OutboxListFilter filter;
        filter.includeSubmitted = true;
        auto rows = m_pass.outbox().list(filter);
        if (rows) {
            for (const storage::OutboxListRow& r : rows.value()) {
                if (r.kind == storage::OutboxRepository::EvaluationKind && r.objectId == entry.objectId &&
                    r.state != storage::OutboxRepository::Submitted)
                    return makeFailure(FailureKind::Retryable, WaitingForCase,
                                       tr("Waiting until the platform holds the evaluation of this follow-up."));
            }
        }
    }
    auto sent = m_tokens.withToken<Done>(
        entry.staffId, [&](const QString& t) { return m_pass.connector->submitEvaluationFollowUp(t, *followUp); });
    if (!sent)
        return sent.error();
    return QString();
}

bool OtherItemsSender::drain(PassReport& report)
{
    auto due = m_pass.outbox().due(storage::OutboxRepository::Kinds::Others, m_pass.options.batchSize);
    if (!due) {
        report.lastError = due.error().message;
        return true;
    }
    int consecutiveNetwork = 0;
    for (const storage::OutboxEntry& entry : due.value()) {
        if (!m_pass.mayCallPlatform())
            return false;
        const bool supplement = entry.kind == storage::OutboxRepository::SupplementKind;
        const bool followUp = entry.kind == storage::OutboxRepository::EvaluationFollowUpKind;
        auto result = supplement ? sendSupplement(entry) : followUp ? sendFollowUp(entry) : sendEvaluation(entry);
        if (result) {
            if (auto s = m_pass.outbox().markSubmitted(entry.id, result.value(), {}); !s) {
                report.lastError = s.error().message;
                continue;
            }
            if (!followUp)
                ++(supplement ? report.supplementsSubmitted : report.evaluationsSubmitted);
            report.reachedPlatform = true;
            consecutiveNetwork = 0;
            continue;
        }
        const PlatformFailure& f = result.error();
        if (m_pass.cancelled())
            return false; // cut short by stop(): not an attempt
        if (f.code == WaitingForCase) {
            // Not a failure: look again after the first backoff step, without counting an attempt.
            (void)m_pass.outbox().postpone(
                entry.id, m_pass.options.retry.nextAttempt(m_pass.clock.now(), 1, std::nullopt), f.message);
            continue;
        }
        if (m_pass.countFailure(entry, f, report))
            return false;
        if (++consecutiveNetwork >= m_pass.options.maxConsecutiveNetworkFailures && !report.reachedPlatform)
            return false;
    }
    return true;
}

} // namespace yc::sync
