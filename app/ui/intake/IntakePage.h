#pragma once

#include "core/Result.h"
#include "core/WorkCalendar.h"
#include "core/catalog/CatalogIndex.h"
#include "core/catalog/ServiceItem.h"
#include "core/identity/IdCard.h"
#include "intake/IntakeContext.h"
#include "intake/IntakeTypes.h"
#include "storage/ApplicantRepository.h"
#include "sync/PlatformConnector.h"
#include "ui/AppContext.h"

#include <QMap>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace yc::devices {
class DeviceManager;
class ScannerService;
} // namespace yc::devices
namespace yc::materials {
struct MaterialPage;
class ScanAssembler;
} // namespace yc::materials
namespace yc::intake {
class RemoteApprovals;
class OnceOnlyLookups;
} // namespace yc::intake

namespace yc::ui {

class MaterialPreview;

// The clerk's intake screen: one case from the applicant to the decision in four steps
// (Applicant → Item → Materials → Review & decision), keyboard first. Enter goes on, Esc goes
// back, the F-keys on the buttons act, Ctrl+N starts a new case. Each step is saved through
// intake::IntakeSession as it is left, so an interrupted case is offered again at the next start.
class IntakePage : public QWidget
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

    [[nodiscard]] int currentStep() const;
    [[nodiscard]] QString draftId() const { return m_draftId; }
    [[nodiscard]] QString decidedCaseId() const { return m_decidedCaseId; }
    [[nodiscard]] QByteArray noticePdf() const { return m_noticePdf; }
    [[nodiscard]] QString message() const;

    // Drops what is on screen (the draft stays saved) and starts at the applicant.
    void newCase();
    // Loads a saved draft into the steps.
    bool openDraft(const QString& draftId);
    // Offers this clerk's open drafts, if there are any.
    void offerDrafts();
    // A card the reader read: fills in the applicant.
    void fillFromCard(const yc::identity::IdCard& card);

    void advance();
    void goBack();

    // Prints a notice kept with its case (the print preview with the remembered printer); without
    // one, the shown notice goes through the system's print dialog.
    void setNoticePrinter(std::function<Status(const QString& noticeId)> printer) { m_printKept = std::move(printer); }

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
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] intake::IntakeContext intakeContext() const;
    [[nodiscard]] QString staffId() const;
    void showStep(int step);
    void showError(const QString& text);
    void showInfo(const QString& text);

    QWidget* buildApplicantStep();
    QWidget* buildItemStep();
    QWidget* buildMaterialsStep();
    QWidget* buildReviewStep();

    // Applicant
    bool checkApplicant(bool showHint);
    bool saveApplicant();
    // Item
    void onQueryChanged(const QString& text);
    void onResults(quint64 id, const QString& query, const QList<yc::catalog::SearchMatch>& matches);
    bool chooseCurrentResult();
    void rebuildSituations();
    void rebuildChecklist();
    // Materials
    void rebuildMaterials();
    void saveMaterialRow(int row);
    void addFileToCurrentRow();
    void scanToCurrentRow();
    [[nodiscard]] int materialRowInFocus() const;
    void attach(int row, const intake::MaterialEvidence& evidence);
    // Review
    void rebuildReview();
    void accept();
    void notifyCorrection();
    void refuse();
    void acceptWithMissing();
    // The refusal or 容缺 dialog: the reason or the commitment, then the supervisor's approval here
    // or through the platform. Returns when decided, asked remotely or cancelled.
    void askApproval(intake::ApprovalKind kind);
    intake::RemoteApprovals* remoteApprovals();
    // The platform's once-only lookups; null when no platform is set up for this window.
    intake::OnceOnlyLookups* lookups();
    [[nodiscard]] std::function<std::unique_ptr<sync::PlatformConnector>()> connectorFactory() const;
    void lookUpLicences();
    void showCredit(const QString& idNumber, const QList<sync::CreditWarning>& warnings);
    void onApprovalChanged(const QString& draftId, const QString& approvalId, const QString& status);
    // Decides a draft whose approval arrived: on screen, as if decided here; else in the background.
    void decideApproved(const QString& draftId, const QString& approvalId, intake::ApprovalKind kind);
    void showDecision(const intake::DecisionOutcome& outcome);
    void print();

    bool reloadDraft();

    AppContext m_context;
    intake::WindowInfo m_window;
    std::shared_ptr<const WorkCalendar> m_calendar;
    QString m_staffId;
    QString m_draftId;
    QString m_decidedCaseId;
    std::optional<intake::IntakeDraft> m_draft;
    std::optional<catalog::ServiceItem> m_item;
    QByteArray m_noticePdf;
    QByteArray m_photo;
    QMap<QString, intake::MaterialEvidence> m_files; // files added on this screen, by material id
    quint64 m_searchId = 0;

    QList<QLabel*> m_stepLabels;
    QStackedWidget* m_steps = nullptr;
    QLabel* m_message = nullptr;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QComboBox* m_gender = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_photoLabel = nullptr;
    QLabel* m_applicantHint = nullptr;
    QLabel* m_applicantInfo = nullptr; // what the typed number is, the card's expiry
    QCheckBox* m_hasAgent = nullptr;
    QWidget* m_agentBox = nullptr;
    QLineEdit* m_agentName = nullptr;
    QLineEdit* m_agentIdNumber = nullptr;
    QLineEdit* m_agentPhone = nullptr;
    QDate m_cardValidTo; // the card read for this applicant; null when typed or long-term

    QLineEdit* m_query = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_itemLabel = nullptr;
    QWidget* m_situationBox = nullptr;
    QFormLayout* m_situationForm = nullptr;
    QList<QComboBox*> m_situationCombos;
    QListWidget* m_checklist = nullptr;

    QTableWidget* m_materials = nullptr;
    QPushButton* m_scan = nullptr;
    QString m_scannerPlugin; // the scanner back-end; "simulated" in training mode
    std::unique_ptr<devices::DeviceManager> m_scanners;
    devices::ScannerService* m_scanner = nullptr;
    materials::ScanAssembler* m_scanAssembler = nullptr; // made with m_scanner
    int m_scanRow = -1;

    QTextBrowser* m_summary = nullptr;
    QString m_reviewHtml; // the review's applicant, item and materials, without the verdict line
    QPushButton* m_accept = nullptr;
    QPushButton* m_correction = nullptr;
    QPushButton* m_refuse = nullptr;
    QPushButton* m_acceptMissing = nullptr;
    QPushButton* m_print = nullptr;
    QStringList m_noticeIds; // the notices of the last decision, as kept with the case
    std::function<Status(const QString&)> m_printKept;
    MaterialPreview* m_preview = nullptr;

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
    QList<sync::Licence> m_licences;                    // valid licences of the applicant from the e-licence library
    QMap<QString, storage::EarlierMaterial> m_reusable; // by checklist material id: earlier cases' files
};

} // namespace yc::ui
