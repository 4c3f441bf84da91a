#pragma once

#include "core/CaseModel.h"
#include "core/Result.h"
#include "core/catalog/ServiceItem.h"
#include "intake/IntakeTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace yc::intake {

// The materials a case needs (resources/catalog/README.md, "Situation"): every required material,
// plus those a chosen option adds, minus those a chosen option removes, in the item's order. When
// an agent acts for the applicant, the power of attorney (授权委托书) is on the list too: the item's
// own material of that name, or an entry of its own when the item lists none.
class Checklist
{
    Q_DECLARE_TR_FUNCTIONS(yc::intake::Checklist)

public:
    [[nodiscard]] static QList<ChecklistEntry> compute(const catalog::ServiceItem& item,
                                                       const SituationAnswers& answers, bool withAgent);
    // Situation ids of the item that have no answer yet.
    [[nodiscard]] static QStringList unanswered(const catalog::ServiceItem& item, const SituationAnswers& answers);
    // Every answer names a situation of the item and one of its options. Error "intake.situation".
    [[nodiscard]] static Status checkAnswers(const catalog::ServiceItem& item, const SituationAnswers& answers);
    // The name the power of attorney has on the checklist and on notices.
    [[nodiscard]] static QString powerOfAttorneyName();
};

} // namespace yc::intake
