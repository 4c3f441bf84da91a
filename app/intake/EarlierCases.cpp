#include "intake/EarlierCases.h"

#include <QSet>

namespace yc::intake {

Result<EarlierOffer> EarlierCases::offer(const IntakeContext& context, const IntakeDraft& draft)
{
    EarlierOffer offer;
    if (!draft.applicant)
        return offer;
    const Applicant& who = draft.applicant->identity;
    auto earlier = storage::ApplicantRepository(context.database, context.cipher, context.clock)
                       .earlierMaterials(who.idType, who.idNumber);
    if (!earlier)
        return earlier.error();
    const QDateTime oldest = context.clock.now().addDays(-ReuseDays);
    QSet<QString> cases;
    for (const storage::EarlierMaterial& m : earlier.value()) {
        if (m.decidedAt.isValid() && m.decidedAt < oldest)
            continue;
        cases.insert(m.caseId);
        for (const ChecklistEntry& e : draft.checklist) {
            if (e.name.trimmed() == m.name.trimmed() && !offer.byChecklistEntry.contains(e.materialId))
                offer.byChecklistEntry.insert(e.materialId, m); // newest first: the first match stays
        }
    }
    offer.cases = static_cast<int>(cases.size());
    return offer;
}

} // namespace yc::intake
