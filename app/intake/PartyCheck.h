#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "intake/IntakeTypes.h"

#include <QCoreApplication>

namespace yc::intake {

// Checks the applicant or the agent before the draft keeps them: the kind matches the document
// (a unified social credit code for an organisation, a personal document for a person), the
// number passes its national rule (GB 11643 check character, GB 32100 check character, ...) and
// a name is given. The returned party carries the normalised number and the stored document type.
class PartyCheck
{
    Q_DECLARE_TR_FUNCTIONS(yc::intake::PartyCheck)

public:
    enum class Role
    {
        Applicant,
        Agent, // acts for the applicant with their own identity: always a person
    };

    // Errors: "intake.party-kind", "intake.party-incomplete", and the validator's "id.*" codes.
    [[nodiscard]] static Result<Party> check(Party party, Role role, const Clock& clock);
    // The stored document type for a spelling (local or protocol; a residence permit is stored as
    // "hkmo" or "taiwan" by its number's area); empty when unknown.
    [[nodiscard]] static QString normalisedType(const QString& idType);
    // The document's name as printed on notices (居民身份证, 统一社会信用代码, ...).
    [[nodiscard]] static QString documentName(const QString& idType);
    [[nodiscard]] static ApplicantKind kindOf(const Applicant& identity);
};

} // namespace yc::intake
