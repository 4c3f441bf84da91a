#pragma once

#include "core/identity/IdCard.h"
#include "intake/IntakeTypes.h"

#include <QByteArray>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace yc::ui {

class IntakeStepHost;

// Step 1 of the intake screen: the applicant (typed, or read from the ID card) and the agent acting
// for them. Checked as it is typed; saved, with the card's expiry, when the clerk goes on.
class ApplicantStep : public QWidget
{
    Q_OBJECT

public:
    ApplicantStep(IntakeStepHost& host, QWidget* parent = nullptr);

    // Empties the fields for a new case.
    void clear();
    // Shows the applicant and the agent of a reopened draft.
    void showDraft(const intake::IntakeDraft& draft);
    // Fills in the applicant from a card the reader read; the card's expiry goes into the case.
    void fillFromCard(const yc::identity::IdCard& card);
    // Checks what is typed (with showHint also what is still missing) and says what the number is
    // and whether the card read has expired. True when nothing is wrong.
    bool check(bool showHint);
    // Checks, creates the draft when there is none yet, and saves the applicant, the agent and the
    // card's expiry.
    bool save();
    // The first field has the focus.
    void enter();

signals:
    void readCardRequested();
    // The applicant was saved: the platform's lookups on them can start.
    void applicantSaved(const QString& idType, const QString& idNumber);

private:
    IntakeStepHost& m_host;
    QByteArray m_photo;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QComboBox* m_gender = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_photoLabel = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_info = nullptr; // what the typed number is, the card's expiry
    QCheckBox* m_hasAgent = nullptr;
    QWidget* m_agentBox = nullptr;
    QLineEdit* m_agentName = nullptr;
    QLineEdit* m_agentIdNumber = nullptr;
    QLineEdit* m_agentPhone = nullptr;
};

} // namespace yc::ui
