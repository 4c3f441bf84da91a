#pragma once

#include "core/Result.h"
#include "core/catalog/ServiceItem.h"
#include "intake/IntakeContext.h"
#include "intake/IntakeTypes.h"
#include "sync/PlatformConnector.h"
#include "ui/AppContext.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QPushButton;
class QWidget;

namespace yc::ui {

// The steps of the intake screen in their order (IntakePage::Step has the same values).
namespace intakestep {
enum Index : int
{
    Applicant,
    Item,
    Materials,
    Review,
};
} // namespace intakestep

// The case on the intake screen, as its steps share it.
struct IntakeCase
{
    QString draftId; // empty until the applicant is saved, and again once the case is decided
    QString decidedCaseId;
    std::optional<intake::IntakeDraft> draft;
    std::optional<catalog::ServiceItem> item;
    QDate cardValidTo;             // the card read for this applicant; null when typed or long-term
    QList<sync::Licence> licences; // valid licences of the applicant from the e-licence library
};

// What the steps of the intake screen (ApplicantStep, ItemStep, MaterialsStep, ReviewStep) ask of
// the page that holds them: the case, the navigation, the message line and the decisions' wiring.
class IntakeStepHost
{
public:
    [[nodiscard]] virtual const AppContext& appContext() const = 0;
    [[nodiscard]] virtual intake::IntakeContext intakeContext() const = 0;
    [[nodiscard]] virtual QString staffId() const = 0;
    [[nodiscard]] virtual IntakeCase& currentCase() = 0;

    [[nodiscard]] virtual int currentStep() const = 0;
    virtual void showStep(int step) = 0;
    virtual void advance() = 0;
    virtual void goBack() = 0;
    virtual void newCase() = 0;

    virtual void showError(const QString& text) = 0;
    virtual void showInfo(const QString& text) = 0;

    // Loads the case's draft again (and its item when it changed); false, with the error shown,
    // when it cannot be loaded.
    virtual bool reloadDraft() = 0;
    // A step saved the draft and loaded it again itself.
    virtual void draftSaved() = 0;

    // The case was decided on screen: the review, the message, the next case.
    virtual void showDecision(const intake::DecisionOutcome& outcome) = 0;
    // Asks the supervisor through the platform; the screen waits for the answer. Returns the approval id.
    [[nodiscard]] virtual Result<QString> askRemoteApproval(const QString& draftId, intake::ApprovalKind kind) = 0;
    // The approvals waited for on this draft, by kind, oldest first.
    [[nodiscard]] virtual QList<intake::ApprovalKind> awaitedApprovals(const QString& draftId) const = 0;

protected:
    ~IntakeStepHost() = default;
};

// A button of a step: named for the tests, never the default button (Enter is the step's own).
QPushButton* makeStepButton(const QString& text, const QString& name, QWidget* parent);

} // namespace yc::ui
