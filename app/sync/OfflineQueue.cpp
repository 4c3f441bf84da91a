#include "sync/OfflineQueue.h"

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Digest.h"
#include "storage/FieldCipher.h"
#include "storage/MaterialStore.h"

#include <QJsonDocument>
#include <QUuid>

namespace yc::sync {

using storage::OutboxRepository;

OfflineQueue::OfflineQueue(storage::Database& database, const storage::FieldCipher& cipher, QString dataDir,
                           const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_dataDir(std::move(dataDir))
    , m_clock(clock)
{}

Result<QString> OfflineQueue::enqueueEvaluation(Evaluation e, const QString& caseId, const QString& staffId)
{
    if (e.evaluationId.isEmpty())
        e.evaluationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!e.at.isValid())
        e.at = m_clock.now().toUTC();
    if (e.level < 1 || e.level > 5 || (e.caseNumber.isEmpty() && caseId.isEmpty()) || staffId.isEmpty())
        return makeError(QStringLiteral("evaluation.incomplete"),
                         tr("An evaluation needs a level from 1 to 5, its case and the clerk."));
    const QString& kind = OutboxRepository::EvaluationKind;
    auto sealed = m_cipher.encrypt(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact),
                                   OutboxRepository::payloadAad(kind, e.evaluationId));
    if (!sealed)
        return sealed.error();
    auto done = m_database.transaction([&]() -> Status {
        auto queued = OutboxRepository(m_database, m_clock)
                          .enqueueObject(kind, caseId, e.evaluationId, sealed.value(), staffId, 0);
        if (!queued)
            return queued.error();
        if (!queued.value())
            return {}; // queued already
        return storage::AuditLog(m_database, m_clock)
            .append(staffId, QStringLiteral("evaluation.queue"), QStringLiteral("evaluation"), e.evaluationId,
                    QStringLiteral("level=%1 channel=%2").arg(e.level).arg(e.channel), m_clock.now());
    });
    if (!done)
        return done.error();
    return e.evaluationId;
}

Result<QString> OfflineQueue::enqueueSupplement(NewSupplement s)
{
    if (s.supplementId.isEmpty())
        s.supplementId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (s.caseId.isEmpty() || s.staffId.isEmpty() || s.materials.empty())
        return makeError(QStringLiteral("supplement.incomplete"),
                         tr("A supplement needs its case, the clerk and at least one material."));
    const QString& kind = OutboxRepository::SupplementKind;
    OutboxRepository outbox(m_database, m_clock);
    auto present = outbox.containsObject(kind, s.supplementId);
    if (!present)
        return present.error();
    if (present.value())
        return s.supplementId; // queued already
    auto theCase = outbox.caseOnPlatform(s.caseId);
    if (!theCase || !theCase.value().caseKnown)
        return makeError(QStringLiteral("supplement.no-case"),
                         tr("The case of this supplement is not in the local store."));
    const QJsonObject payload{{QStringLiteral("note"), s.note}};
    auto sealed = m_cipher.encrypt(QJsonDocument(payload).toJson(QJsonDocument::Compact),
                                   OutboxRepository::payloadAad(kind, s.supplementId));
    if (!sealed)
        return sealed.error();
    auto done = m_database.transaction([&]() -> Status {
        storage::MaterialStore store(m_database, m_cipher, m_dataDir, m_clock);
        qint64 totalBytes = 0;
        for (const storage::NewCaseMaterial& m : s.materials) {
            storage::MaterialRecord record;
            record.caseId = s.caseId;
            record.catalogMaterialId = m.catalogMaterialId;
            record.name = m.name;
            record.status = m.status.isEmpty() ? QStringLiteral("received") : m.status;
            record.originalFileName = m.originalFileName;
            record.mimeType = m.mimeType;
            auto id = store.add(record, m.content);
            if (!id)
                return id.error();
            totalBytes += m.content.size();
            const QString sha256 = m.content.isEmpty() ? QString() : storage::sha256Hex(m.content);
            if (auto attached = store.attachToSupplement(id.value(), s.supplementId, sha256); !attached)
                return attached;
        }
        auto queued = outbox.enqueueObject(kind, s.caseId, s.supplementId, sealed.value(), s.staffId, totalBytes);
        if (!queued)
            return queued.error();
        return storage::AuditLog(m_database, m_clock)
            .append(s.staffId, QStringLiteral("supplement.queue"), QStringLiteral("case"), s.caseId,
                    QStringLiteral("supplement=%1 materials=%2").arg(s.supplementId).arg(s.materials.size()),
                    m_clock.now());
    });
    if (!done)
        return done.error();
    return s.supplementId;
}

Result<Evaluation> OfflineQueue::evaluation(storage::Database& database, const storage::FieldCipher& cipher,
                                            qint64 outboxId)
{
    const SystemClock unused; // reading writes no time
    OutboxRepository outbox(database, unused);
    const QString& kind = OutboxRepository::EvaluationKind;
    auto objectId = outbox.objectId(outboxId, kind);
    auto sealed = objectId ? outbox.payload(kind, objectId.value()) : Result<QByteArray>(objectId.error());
    if (!sealed)
        return makeError(QStringLiteral("evaluation.missing"), tr("The queued evaluation is missing."));
    auto plain = cipher.decrypt(sealed.value(), OutboxRepository::payloadAad(kind, objectId.value()));
    if (!plain)
        return plain.error();
    auto e = Evaluation::fromJson(QJsonDocument::fromJson(plain.value()).object());
    if (!e)
        return makeError(QStringLiteral("evaluation.damaged"), tr("The queued evaluation cannot be read."));
    return *e;
}

Result<QString> OfflineQueue::supplementNote(storage::Database& database, const storage::FieldCipher& cipher,
                                             const QString& supplementId)
{
    const SystemClock unused; // reading writes no time
    const QString& kind = OutboxRepository::SupplementKind;
    auto sealed = OutboxRepository(database, unused).payload(kind, supplementId);
    if (!sealed)
        return makeError(QStringLiteral("supplement.missing"), tr("The queued supplement is missing."));
    auto plain = cipher.decrypt(sealed.value(), OutboxRepository::payloadAad(kind, supplementId));
    if (!plain)
        return plain.error();
    return QJsonDocument::fromJson(plain.value()).object().value(QLatin1String("note")).toString();
}

Result<std::vector<storage::OutboxListRow>> OfflineQueue::list(storage::Database& database,
                                                               const storage::FieldCipher& cipher,
                                                               const storage::OutboxListFilter& filter)
{
    const SystemClock unused; // reading writes no time
    auto rows = OutboxRepository(database, unused).list(filter);
    if (!rows)
        return rows;
    for (storage::OutboxListRow& r : rows.value()) {
        if (r.caseNumber.isEmpty() && r.kind == OutboxRepository::EvaluationKind) {
            // Queued with the case number only (no local case): the number is in its encrypted payload.
            if (auto e = evaluation(database, cipher, r.id))
                r.caseNumber = e.value().caseNumber;
        }
    }
    return rows;
}

} // namespace yc::sync
