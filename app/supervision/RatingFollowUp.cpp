#include "supervision/RatingFollowUp.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FieldCipher.h"
#include "storage/OutboxRepository.h"
#include "sync/OfflineQueue.h"
#include "sync/PlatformConnector.h"

#include <QHash>
#include <QJsonDocument>

namespace yc::supervision {

using storage::OutboxRepository;

RatingFollowUp::RatingFollowUp(intake::IntakeContext context, Actor actor)
    : m_context(std::move(context))
    , m_actor(std::move(actor))
{}

Result<QList<RatingLine>> RatingFollowUp::ratings() const
{
    if (auto allowed = ApprovalQueue(m_context, m_actor).requireSupervisor(); !allowed)
        return allowed.error();
    storage::OutboxListFilter filter;
    filter.includeSubmitted = true;
    auto rows = OutboxRepository(m_context.database, m_context.clock).list(filter);
    if (!rows)
        return rows.error();
    QHash<QString, storage::OutboxListRow> followUps;
    for (const storage::OutboxListRow& r : rows.value()) {
        if (r.kind == OutboxRepository::EvaluationFollowUpKind)
            followUps.insert(r.objectId, r);
    }
    QList<RatingLine> out;
    for (const storage::OutboxListRow& r : rows.value()) {
        if (r.kind != OutboxRepository::EvaluationKind)
            continue;
        auto e = sync::OfflineQueue::evaluation(m_context.database, m_context.cipher, r.id);
        if (!e)
            continue; // payload dropped by retention: nothing left to show
        RatingLine line;
        line.evaluationId = e.value().evaluationId;
        line.caseId = r.caseId;
        line.caseNumber = e.value().caseNumber.isEmpty() ? r.caseNumber : e.value().caseNumber;
        line.at = e.value().at;
        line.channel = e.value().channel;
        line.level = e.value().level;
        line.comment = e.value().comment;
        line.sent = r.state;
        line.bad = line.level <= 2;
        if (line.bad)
            line.followUpDue =
                m_context.calendar.addWorkingDays(line.at.toLocalTime().date(), FollowUpWorkingDays).date;
        const auto f = followUps.constFind(line.evaluationId);
        if (f != followUps.constEnd()) {
            line.followedUp = true;
            line.followUpState = f->state;
            auto sealed = OutboxRepository(m_context.database, m_context.clock)
                              .payload(OutboxRepository::EvaluationFollowUpKind, line.evaluationId);
            if (sealed) {
                auto plain = m_context.cipher.decrypt(
                    sealed.value(),
                    OutboxRepository::payloadAad(OutboxRepository::EvaluationFollowUpKind, line.evaluationId));
                if (plain) {
                    if (auto p =
                            sync::EvaluationFollowUp::fromPayload(QJsonDocument::fromJson(plain.value()).object())) {
                        line.rectification = p->rectification;
                        line.callback = p->callback;
                    }
                }
            }
        }
        out << line;
    }
    std::sort(out.begin(), out.end(), [](const RatingLine& a, const RatingLine& b) { return a.at > b.at; });
    return out;
}

Status RatingFollowUp::record(const QString& evaluationId, const QString& rectification, const QString& callback)
{
    if (auto allowed = ApprovalQueue(m_context, m_actor).requireSupervisor(); !allowed)
        return allowed;
    const QString fixed = rectification.trimmed();
    const QString called = callback.trimmed();
    if (fixed.isEmpty() || called.isEmpty())
        return makeError(QStringLiteral("supervision.follow-up-incomplete"),
                         tr("Write both what was rectified and the record of the call back to the citizen."));
    if (fixed.size() > 2000 || called.size() > 2000)
        return makeError(QStringLiteral("supervision.follow-up-too-long"),
                         tr("The rectification and the callback record hold at most 2000 characters each."));
    auto all = ratings();
    if (!all)
        return all.error();
    const RatingLine* rating = nullptr;
    for (const RatingLine& r : all.value()) {
        if (r.evaluationId == evaluationId)
            rating = &r;
    }
    if (!rating)
        return makeError(QStringLiteral("supervision.unknown-evaluation"),
                         tr("No rating with id %1 was given at this PC.").arg(evaluationId));
    if (!rating->bad)
        return makeError(QStringLiteral("supervision.not-bad"),
                         tr("Only a rating of 2 (dissatisfied) or 1 (very dissatisfied) needs a follow-up."));
    if (rating->followedUp)
        return makeError(QStringLiteral("supervision.followed-up"),
                         tr("The follow-up of this rating is recorded already."));

    sync::EvaluationFollowUp f;
    f.evaluationId = evaluationId;
    f.rectification = fixed;
    f.callback = called;
    f.at = m_context.clock.now().toUTC();
    const QString& kind = OutboxRepository::EvaluationFollowUpKind;
    auto sealed = m_context.cipher.encrypt(QJsonDocument(f.toPayload()).toJson(QJsonDocument::Compact),
                                           OutboxRepository::payloadAad(kind, evaluationId));
    if (!sealed)
        return sealed.error();
    const int level = rating->level;
    const QString caseId = rating->caseId;
    return m_context.database.transaction([&]() -> Status {
        auto queued = OutboxRepository(m_context.database, m_context.clock)
                          .enqueueObject(kind, caseId, evaluationId, sealed.value(), m_actor.staffId, 0);
        if (!queued)
            return queued.error();
        if (!queued.value())
            return makeError(QStringLiteral("supervision.followed-up"),
                             tr("The follow-up of this rating is recorded already."));
        return storage::AuditLog(m_context.database, m_context.clock)
            .append(m_actor.staffId, QStringLiteral("evaluation.follow-up"), QStringLiteral("evaluation"), evaluationId,
                    QStringLiteral("level=%1").arg(level), m_context.clock.now());
    });
}

} // namespace yc::supervision
