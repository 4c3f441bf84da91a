#pragma once

#include "core/Result.h"
#include "core/WorkCalendar.h"
#include "core/identity/IdCard.h"
#include "intake/IntakeContext.h"
#include "intake/IntakeTypes.h"
#include "sync/PlatformConnector.h"
#include "ui/AppContext.h"
#include "ui/intake/IntakeStepHost.h"

#include <QMap>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QStackedWidget;
class QTimer;

namespace yc::intake {
class RemoteApprovals;
class OnceOnlyLookups;
} // namespace yc::intake

namespace yc::ui {

class ApplicantStep;
class ItemStep;
class MaterialsStep;
class ReviewStep;

// The clerk's intake screen: one case from the applicant to the decision in four steps
// (Applicant → Item → Materials → Review & decision), keyboard first. Enter goes on, Esc goes
// back, the F-keys on the buttons act, Ctrl+N starts a new case. Each step is saved through
// intake::IntakeSession as it is left, so an interrupted case is offered again at the next start.
// Each step is its own widget (ApplicantStep, ItemStep, MaterialsStep, ReviewStep, with the
// decision dialogs RefusalDialog and DeferralDialog); the page holds the case they share, the
// navigation, the drafts, the platform's lookups and the remote approvals. The enum values below
// are named as the step classes: within this class, ui::ApplicantStep is the class.
class IntakePage : public QWidget, private IntakeStepHost
{
    Q_OBJECT

public:
    enum Step
    {
        ApplicantStep,
        ItemStep,
        MaterialsStep,
        ReviewStep,
    };

    IntakePage(const AppContext& context, QWidget* parent = nullptr);
    ~IntakePage() override;

    // The clerk the drafts belong to when nobody is signed in through the platform (tests, ctl-like use).
    void setStaffId(const QString& staffId);
    // Training mode also gives the simulated scanner unless the settings name a scanner back-end.
    void setWindowInfo(const intake::WindowInfo& window);

    [[nodiscard]] int currentStep() const override;
    [[nodiscard]] QString draftId() const { return m_case.draftId; }
    [[nodiscard]] QString decidedCaseId() const { return m_case.decidedCaseId; }
    [[nodiscard]] QByteArray noticePdf() const;
    [[nodiscard]] QString message() const;

    // Drops what is on screen (the draft stays saved) and starts at the applicant.
    void newCase() override;
    // Loads a saved draft into the steps.
    bool openDraft(const QString& draftId);
    // Offers this clerk's open drafts, if there are any.
    void offerDrafts();
    // A card the reader read: fills in the applicant.
    void fillFromCard(const yc::identity::IdCard& card);

    void advance() override;
    void goBack() override;

    // Prints a notice kept with its case (the print preview with the remembered printer); without
    // one, the shown notice goes through the system's print dialog.
    void setNoticePrinter(std::function<Status(const QString& noticeId)> printer);

    // Remote supervisor approvals this screen waits for (approval ids), oldest first.
    [[nodiscard]] QStringList waitingApprovals() const { return m_waiting.keys(); }
    // Asks the platform again about every approval still waited for (the screen does so itself
    // every few seconds; F12 does it at once).
    void checkApprovals();

signals:
    void readCardRequested();
    void caseDecided(const QString& caseId);
    // The case on screen was saved (a step, a material) or another one was started; empty when
    // nothing is saved yet. The citizen's screen follows it.
    void draftChanged(const QString& draftId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    // IntakeStepHost
    [[nodiscard]] const AppContext& appContext() const override { return m_context; }
    [[nodiscard]] intake::IntakeContext intakeContext() const override;
    [[nodiscard]] QString staffId() const override;
    [[nodiscard]] IntakeCase& currentCase() override { return m_case; }
    void showStep(int step) override;
    void showError(const QString& text) override;
    void showInfo(const QString& text) override;
    bool reloadDraft() override;
    void draftSaved() override;
    void showDecision(const intake::DecisionOutcome& outcome) override;
    [[nodiscard]] Result<QString> askRemoteApproval(const QString& draftId, intake::ApprovalKind kind) override;
    [[nodiscard]] QList<intake::ApprovalKind> awaitedApprovals(const QString& draftId) const override;

    intake::RemoteApprovals* remoteApprovals();
    // The platform's once-only lookups; null when no platform is set up for this window.
    intake::OnceOnlyLookups* lookups();
    [[nodiscard]] std::function<std::unique_ptr<sync::PlatformConnector>()> connectorFactory() const;
    void lookUpCredit(const QString& idType, const QString& idNumber);
    void lookUpLicences();
    void showCredit(const QString& idNumber, const QList<sync::CreditWarning>& warnings);
    void onApprovalChanged(const QString& draftId, const QString& approvalId, const QString& status);
    // Decides a draft whose approval arrived: on screen, as if decided here; else in the background.
    void decideApproved(const QString& draftId, const QString& approvalId, intake::ApprovalKind kind);

    AppContext m_context;
    intake::WindowInfo m_window;
    std::shared_ptr<const WorkCalendar> m_calendar;
    QString m_staffId;
    IntakeCase m_case;

    QList<QLabel*> m_stepLabels;
    QStackedWidget* m_steps = nullptr;
    QLabel* m_message = nullptr;
    ui::ApplicantStep* m_applicant = nullptr;
    ui::ItemStep* m_item = nullptr;
    ui::MaterialsStep* m_materials = nullptr;
    ui::ReviewStep* m_review = nullptr;

    struct WaitingApproval
    {
        QString draftId;
        intake::ApprovalKind kind;
    };
    intake::RemoteApprovals* m_remote = nullptr;
    QMap<QString, WaitingApproval> m_waiting; // by approval id
    QTimer* m_approvalPoll = nullptr;

    intake::OnceOnlyLookups* m_lookups = nullptr;
    QLabel* m_creditBanner = nullptr;
};

} // namespace yc::ui
