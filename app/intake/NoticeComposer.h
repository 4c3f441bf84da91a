#pragma once

#include "core/Notice.h"
#include "core/Result.h"
#include "core/catalog/ServiceItem.h"
#include "intake/IntakeContext.h"
#include "intake/IntakeTypes.h"

#include <QCoreApplication>

namespace yc::intake {

// The notices of a decision (受理通知书, 补正材料通知书, 不予受理通知书, 容缺受理承诺书) from the case as
// the intake saved it, and their PDF through the documents library (IntakeContext::renderNotice).
// A notice carries the verification code of this PC when it is enrolled (sync::NoticeVerification).
class NoticeComposer
{
    Q_DECLARE_TR_FUNCTIONS(yc::intake::NoticeComposer)

public:
    explicit NoticeComposer(IntakeContext context);

    struct Facts
    {
        QString caseNumber;
        QDate decidedOn; // China Standard Time
        QDate promisedOn;
        bool promisedProvisional = false;
        int workingDays = 0; // 0: on the spot
    };

    [[nodiscard]] NoticeData compose(NoticeKind kind, const IntakeDraft& draft, const catalog::ServiceItem& item,
                                     const Facts& facts) const;
    // Renders the notice; a failure is kept in renderError, the data stays.
    [[nodiscard]] IssuedNotice issue(NoticeData data) const;

    // The legal basis printed for a refusal of this category (empty for "other").
    [[nodiscard]] static QString refusalBasis(RefusalCategory category, const catalog::ServiceItem& item);
    // The category as the refusal's notes and the platform read it (Chinese, as printed).
    [[nodiscard]] static QString refusalCategoryText(RefusalCategory category);

private:
    IntakeContext m_context;
};

} // namespace yc::intake
