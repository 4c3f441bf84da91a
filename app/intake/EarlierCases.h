#pragma once

#include "core/Result.h"
#include "intake/IntakeContext.h"
#include "intake/IntakeTypes.h"
#include "storage/ApplicantRepository.h"

#include <QMap>

namespace yc::intake {

// Once-only at the window: what an applicant handed in for their earlier cases here may serve
// again. The earlier cases are found through the keyed hash of the applicant's document number
// (storage::ApplicantRepository), never by the number. A material of an earlier case is offered
// for a checklist entry of the same name while it is still valid: its case was decided within
// the last ReuseDays days and its file is still kept (retention has not removed it).
struct EarlierOffer
{
    int cases = 0;                                            // decided earlier cases with kept files
    QMap<QString, storage::EarlierMaterial> byChecklistEntry; // checklist material id -> newest match
};

class EarlierCases
{
public:
    static constexpr int ReuseDays = 365;

    [[nodiscard]] static Result<EarlierOffer> offer(const IntakeContext& context, const IntakeDraft& draft);
};

} // namespace yc::intake
