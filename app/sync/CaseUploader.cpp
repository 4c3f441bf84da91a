#include "sync/CaseUploader.h"

#include "core/Clock.h"
#include "core/SecureWipe.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/MaterialStore.h"
#include "sync/CaseDocument.h"

namespace yc::sync {

namespace {
const QString Uploading = QStringLiteral("uploading");
const QString Submitting = QStringLiteral("submitting");
} // namespace

CaseUploader::CaseUploader(PassContext& pass, TokenProvider& tokens, Progress progress)
    : m_pass(pass)
    , m_tokens(tokens)
    , m_progress(std::move(progress))
{}

Status CaseUploader::setState(const storage::OutboxEntry& entry, const QString& state)
{
    // A case's sync state is its outbox entry's alone (schema 5): the case keeps its lifecycle.
    auto changed = m_pass.outbox().setState(entry.id, state);
    if (!changed)
        return changed.error();
    return {};
}

PlatformResult<Done> CaseUploader::uploadMaterials(const storage::OutboxEntry& entry)
{
    storage::CaseRepository cases(*m_pass.db, m_pass.cipher, m_pass.dataDir, m_pass.clock);
    auto loaded = cases.get(entry.caseId);
    if (!loaded)
        return localFailure(loaded.error());
    if (!loaded.value())
        return makeFailure(FailureKind::Permanent, QStringLiteral("case.missing"),
                           tr("The case of this queue entry is missing from the local store."));
    const storage::CaseRow& row = *loaded.value();

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
        auto query = m_tokens.withToken<MaterialQuery>(
            entry.staffId, [&](const QString& t) { return m_pass.connector->queryMaterials(t, askHashes); });
        if (!query)
            return query.error();
        known = query.value();
    }
    qint64 doneBytes = 0;
    storage::MaterialStore store(*m_pass.db, m_pass.cipher, m_pass.dataDir, m_pass.clock);
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
            return content.error();
        const qint64 offset = known.partial.value(m.sha256, 0);
        const qint64 base = doneBytes;
        auto up = m_tokens.withToken<Done>(entry.staffId, [&](const QString& t) {
            return m_pass.connector->uploadMaterial(t, m.sha256, content.value(), offset, [&](qint64 d, qint64) {
                if (m_progress)
                    m_progress(entry.caseId, base + d, total);
            });
        });
        secureWipe(content.value());
        if (!up)
            return up.error();
        doneBytes += m.sizeBytes;
        sent << m.sha256;
        (void)m_pass.db->transaction([&]() -> Status {
            if (auto s = cases.markMaterialUploaded(m.id); !s)
                return s;
            return m_pass.outbox().setBytesDone(entry.id, doneBytes);
        });
    }
    return Done{};
}

PlatformResult<SubmitOutcome> CaseUploader::uploadAndSubmit(const storage::OutboxEntry& entry)
{
    // 1. Materials: ask what the platform holds, send the rest (resuming partial uploads).
    if (auto s = setState(entry, Uploading); !s)
        return localFailure(s.error());
    if (auto uploaded = uploadMaterials(entry); !uploaded)
        return uploaded.error();

    // 2. The signed case, referencing its materials by hash.
    if (auto s = setState(entry, Submitting); !s)
        return localFailure(s.error());
    auto document = CaseDocument::build(*m_pass.db, m_pass.cipher, m_pass.dataDir, entry.caseId, m_pass.clock.now());
    if (!document) {
        PlatformFailure f = localFailure(document.error());
        if (document.error().code.startsWith(QLatin1String("case.")))
            f.kind = FailureKind::Permanent;
        return f;
    }
    const QJsonObject& body = document.value();
    auto submitted = m_tokens.withToken<SubmitOutcome>(
        entry.staffId, [&](const QString& t) { return m_pass.connector->submitCase(t, body); });
    if (!submitted && submitted.error().code == QLatin1String("materials-missing")) {
        // The platform lost or never completed a material: upload again next time.
        (void)storage::MaterialStore(*m_pass.db, m_pass.cipher, m_pass.dataDir, m_pass.clock)
            .forgetUploadsOfCase(entry.caseId);
        PlatformFailure f = submitted.error();
        f.kind = FailureKind::Retryable;
        return f;
    }
    return submitted;
}

CaseUploader::Outcome CaseUploader::send(const storage::OutboxEntry& entry, PassReport& report)
{
    auto result = uploadAndSubmit(entry);
    if (!result) {
        if (m_pass.cancelled())
            return Outcome::StopPass; // cut short by stop(): not an attempt; the next start resumes it
        return m_pass.countFailure(entry, result.error(), report) ? Outcome::StopPass : Outcome::Failed;
    }
    const SubmitOutcome& outcome = result.value();
    auto saved = m_pass.db->transaction([&]() -> Status {
        if (auto s = m_pass.outbox().markSubmitted(entry.id, outcome.caseNumber, outcome.status); !s)
            return s;
        // The platform holds the case: an answer status this client does not know is "submitted".
        const DepartmentStatus status = departmentStatusFromString(outcome.status).valueOr(DepartmentStatus::Submitted);
        return storage::CaseRepository(*m_pass.db, m_pass.cipher, m_pass.dataDir, m_pass.clock)
            .recordSubmitted(entry.caseId, status, outcome.caseNumber);
    });
    if (!saved) {
        report.lastError = saved.error().message;
        return Outcome::Failed;
    }
    ++report.submitted;
    report.reachedPlatform = true;
    return Outcome::Done;
}

} // namespace yc::sync
