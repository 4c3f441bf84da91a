#include "ui/intake/ApplicantStep.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "core/identity/IdentityValidator.h"
#include "devices/WltPhotoDecoder.h"
#include "intake/EarlierCases.h"
#include "intake/IdentityProof.h"
#include "intake/IntakeSession.h"
#include "intake/PartyCheck.h"
#include "ui/intake/IntakeStepHost.h"
#include "ui/intake/IntakeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>

namespace yc::ui {

ApplicantStep::ApplicantStep(IntakeStepHost& host, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
{
    auto* layout = new QHBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("applicantName"));
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("applicantIdNumber"));
    m_idNumber->setMaxLength(18);
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("applicantGender"));
    m_gender->addItem(IntakeText::tr("Not stated"), QStringLiteral("9"));
    m_gender->addItem(IntakeText::tr("Male"), QStringLiteral("1"));
    m_gender->addItem(IntakeText::tr("Female"), QStringLiteral("2"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("applicantAddress"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("applicantPhone"));
    m_name->setPlaceholderText(IntakeText::tr("Person or organisation as on the document"));
    m_idNumber->setPlaceholderText(IntakeText::tr("ID number, or an organisation's unified social credit code"));
    m_phone->setPlaceholderText(IntakeText::tr("Mobile or landline, for the result notice"));
    form->addRow(IntakeText::tr("&Name"), m_name);
    form->addRow(IntakeText::tr("&ID number / credit code"), m_idNumber);
    form->addRow(IntakeText::tr("&Gender"), m_gender);
    form->addRow(IntakeText::tr("&Address"), m_address);
    form->addRow(IntakeText::tr("&Phone"), m_phone);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("applicantInfo"));
    m_info->setWordWrap(true);
    form->addRow(m_info);

    // An agent acting for the applicant, with their own identity: the power of attorney joins the checklist.
    m_hasAgent = new QCheckBox(IntakeText::tr("An agen&t acts for the applicant (power of attorney)"), this);
    m_hasAgent->setObjectName(QStringLiteral("applicantHasAgent"));
    form->addRow(m_hasAgent);
    m_agentBox = new QWidget(this);
    auto* agentForm = new QFormLayout(m_agentBox);
    agentForm->setContentsMargins(20, 0, 0, 0);
    m_agentName = new QLineEdit(m_agentBox);
    m_agentName->setObjectName(QStringLiteral("agentName"));
    m_agentIdNumber = new QLineEdit(m_agentBox);
    m_agentIdNumber->setObjectName(QStringLiteral("agentIdNumber"));
    m_agentIdNumber->setMaxLength(18);
    m_agentPhone = new QLineEdit(m_agentBox);
    m_agentPhone->setObjectName(QStringLiteral("agentPhone"));
    agentForm->addRow(IntakeText::tr("Agent's na&me"), m_agentName);
    agentForm->addRow(IntakeText::tr("Agent's I&D number"), m_agentIdNumber);
    agentForm->addRow(IntakeText::tr("Agent's p&hone"), m_agentPhone);
    m_agentBox->setVisible(false);
    form->addRow(m_agentBox);
    connect(m_hasAgent, &QCheckBox::toggled, this, [this](bool on) {
        m_agentBox->setVisible(on);
        if (on)
            m_agentName->setFocus();
        check(false);
    });
    for (QLineEdit* e : {m_agentName, m_agentIdNumber, m_agentPhone})
        connect(e, &QLineEdit::textChanged, this, [this] { check(false); });
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("applicantHint"));
    m_hint->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_hint->setWordWrap(true);
    form->addRow(m_hint);

    auto* buttons = new QHBoxLayout;
    auto* read = makeStepButton(IntakeText::tr("Read card (F2)"), QStringLiteral("readCardButton"), this);
    auto* next = makeStepButton(IntakeText::tr("Next (Enter)"), QStringLiteral("applicantNext"), this);
    buttons->addWidget(read);
    buttons->addStretch(1);
    buttons->addWidget(next);
    form->addRow(buttons);
    connect(read, &QPushButton::clicked, this, &ApplicantStep::readCardRequested);
    connect(next, &QPushButton::clicked, this, [this] { m_host.advance(); });

    auto* left = new QWidget(this);
    left->setLayout(form);
    layout->addWidget(left, 1);
    m_photoLabel = new QLabel(this);
    m_photoLabel->setObjectName(QStringLiteral("applicantPhoto"));
    m_photoLabel->setFixedSize(devices::WltPhotoDecoder::Width + 4, devices::WltPhotoDecoder::Height + 4);
    m_photoLabel->setFrameShape(QFrame::Box);
    m_photoLabel->setAlignment(Qt::AlignCenter);
    m_photoLabel->setWordWrap(true);
    layout->addWidget(m_photoLabel, 0, Qt::AlignTop);

    connect(m_idNumber, &QLineEdit::textChanged, this, [this] { check(false); });
    connect(m_name, &QLineEdit::textChanged, this, [this] { check(false); });
    connect(m_phone, &QLineEdit::textChanged, this, [this] { check(false); });
}

void ApplicantStep::clear()
{
    m_photo.clear();
    for (QLineEdit* edit : {m_name, m_idNumber, m_address, m_phone, m_agentName, m_agentIdNumber, m_agentPhone})
        edit->clear();
    m_hasAgent->setChecked(false);
    m_info->clear();
    m_gender->setCurrentIndex(0);
    m_photoLabel->setText(IntakeText::tr("No photo"));
    m_hint->clear();
}

void ApplicantStep::showDraft(const intake::IntakeDraft& draft)
{
    if (draft.applicant) {
        const Applicant& a = draft.applicant->identity;
        m_name->setText(a.name);
        m_idNumber->setText(a.idNumber);
        m_address->setText(a.address);
        m_phone->setText(a.phone);
        const int g = m_gender->findData(a.gender);
        m_gender->setCurrentIndex(g < 0 ? 0 : g);
        m_photo = a.photo;
    }
    if (draft.agent) {
        m_hasAgent->setChecked(true);
        m_agentName->setText(draft.agent->identity.name);
        m_agentIdNumber->setText(draft.agent->identity.idNumber);
        m_agentPhone->setText(draft.agent->identity.phone);
    }
    check(false); // the card's expiry, if it was read from an expired card
}

void ApplicantStep::enter()
{
    m_name->setFocus();
}

bool ApplicantStep::check(bool showHint)
{
    const Clock& clock = *m_host.appContext().clock;
    QStringList problems;
    QStringList info;
    const QString number = m_idNumber->text().trimmed();
    if (m_name->text().trimmed().isEmpty() && showHint)
        problems << IntakeText::tr("The name is missing.");
    bool organisation = false;
    if (number.isEmpty()) {
        if (showHint)
            problems << IntakeText::tr("The ID number or credit code is missing.");
    } else {
        const auto check = identity::IdentityValidator(clock).check(number);
        if (!check) {
            // Say what is wrong as soon as the number is long enough to be judged.
            if (showHint || number.size() >= 15)
                problems << IntakeText::tr("ID number: %1").arg(check.error().message);
        } else {
            organisation = check.value().type == QLatin1String("credit-code");
            info << (organisation ? IntakeText::tr("Organisation: unified social credit code checked.")
                                  : IntakeText::tr("%1: number checked.")
                                        .arg(intake::PartyCheck::documentName(check.value().type)));
        }
    }
    m_gender->setEnabled(!organisation);
    static const QRegularExpression phoneForm(QStringLiteral("^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$"));
    const QString phone = m_phone->text().trimmed();
    if (!phone.isEmpty() && !phoneForm.match(phone).hasMatch())
        problems << IntakeText::tr("Phone: 11 digits for a mobile, or an area code and number.");
    if (m_hasAgent->isChecked()) {
        const QString agentNumber = m_agentIdNumber->text().trimmed();
        if (m_agentName->text().trimmed().isEmpty() && showHint)
            problems << IntakeText::tr("The agent's name is missing.");
        if (agentNumber.isEmpty()) {
            if (showHint)
                problems << IntakeText::tr("The agent's ID number is missing.");
        } else if (const auto agent = identity::IdentityValidator(clock).check(agentNumber); !agent) {
            if (showHint || agentNumber.size() >= 15)
                problems << IntakeText::tr("Agent's ID number: %1").arg(agent.error().message);
        } else if (agent.value().type == QLatin1String("credit-code")) {
            problems << IntakeText::tr("The agent is a person: type their own ID number, not a credit code.");
        }
        const QString agentPhone = m_agentPhone->text().trimmed();
        if (!agentPhone.isEmpty() && !phoneForm.match(agentPhone).hasMatch())
            problems << IntakeText::tr("Agent's phone: 11 digits for a mobile, or an area code and number.");
    }
    const QString expired = intake::IdentityProof::expiredCardNote(m_host.currentCase().cardValidTo,
                                                                   clock.now().toTimeZone(QTimeZone(8 * 3600)).date());
    if (!expired.isEmpty())
        info << expired;
    m_info->setStyleSheet(expired.isEmpty() ? QStringLiteral("color: #2e7d32;")
                                            : QStringLiteral("color: #b26a00; font-weight: bold;"));
    m_info->setText(info.join(QLatin1Char(' ')));
    m_hint->setText(problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

bool ApplicantStep::save()
{
    if (!check(true))
        return false;
    const AppContext& context = m_host.appContext();
    if (!context.store)
        return false;
    const auto check = identity::IdentityValidator(*context.clock).check(m_idNumber->text().trimmed());
    if (!check)
        return false;
    IntakeCase& current = m_host.currentCase();
    intake::IntakeSession session(m_host.intakeContext());
    if (current.draftId.isEmpty()) {
        const QString staff = m_host.staffId();
        if (staff.isEmpty()) {
            m_host.showError(
                IntakeText::tr("Sign in first (File → Sign in): a case is taken in by a signed-in clerk."));
            return false;
        }
        const QString windowCode =
            context.settings ? context.settings->value(QStringLiteral("hall/windowCode")).toString() : QString();
        auto created = session.createDraft(staff, {}, windowCode);
        if (!created) {
            m_host.showError(created.error().message);
            return false;
        }
        current.draftId = created.value();
    }
    intake::Party party;
    party.kind = check.value().type == QLatin1String("credit-code") ? intake::ApplicantKind::Organisation
                                                                    : intake::ApplicantKind::Person;
    party.identity.idType = check.value().type;
    party.identity.idNumber = check.value().number;
    party.identity.name = m_name->text().trimmed();
    party.identity.gender = m_gender->currentData().toString();
    party.identity.address = m_address->text().trimmed();
    party.identity.phone = m_phone->text().trimmed();
    party.identity.photo = m_photo;
    if (current.draft && current.draft->applicant)
        party.identity.id = current.draft->applicant->identity.id;
    const Status saved = session.setApplicant(current.draftId, party);
    if (!saved) {
        m_host.showError(saved.error().message);
        return false;
    }
    std::optional<intake::Party> agent;
    if (m_hasAgent->isChecked()) {
        const auto agentCheck = identity::IdentityValidator(*context.clock).check(m_agentIdNumber->text().trimmed());
        if (!agentCheck)
            return false;
        agent.emplace();
        agent->kind = intake::ApplicantKind::Person;
        agent->identity.idType = agentCheck.value().type;
        agent->identity.idNumber = agentCheck.value().number;
        agent->identity.name = m_agentName->text().trimmed();
        agent->identity.phone = m_agentPhone->text().trimmed();
        if (current.draft && current.draft->agent)
            agent->identity.id = current.draft->agent->identity.id;
    }
    if (const Status agentSaved = session.setAgent(current.draftId, agent); !agentSaved) {
        m_host.showError(agentSaved.error().message);
        return false;
    }
    // The card's expiry goes with the draft: reopened, an expired card is flagged again.
    if (const Status expirySaved = session.setCardValidTo(current.draftId, current.cardValidTo); !expirySaved) {
        m_host.showError(expirySaved.error().message);
        return false;
    }
    m_host.reloadDraft();
    m_host.showInfo(IntakeText::tr("Applicant saved."));
    if (auto earlier = intake::EarlierCases::offer(m_host.intakeContext(), *current.draft);
        earlier && earlier.value().cases > 0)
        m_host.showInfo(IntakeText::tr(
            "Applicant saved. %n earlier case(s) of this applicant here: their materials can be reused on the "
            "materials step while still valid.",
            nullptr, earlier.value().cases));
    emit applicantSaved(party.identity.idType, party.identity.idNumber);
    return true;
}

void ApplicantStep::fillFromCard(const identity::IdCard& card)
{
    m_name->setText(card.name.isEmpty() ? card.englishName : card.name);
    m_idNumber->setText(card.idNumber);
    m_address->setText(card.address);
    const int g = m_gender->findData(card.genderCode);
    m_gender->setCurrentIndex(g < 0 ? 0 : g);
    m_photo = card.photo;
    m_host.currentCase().cardValidTo = card.longTerm ? QDate() : card.validTo;
    check(false);
    auto photo = devices::WltPhotoDecoder::decode(card.photo);
    QImage image;
    if (photo)
        image = QImage::fromData(photo.value());
    if (!image.isNull())
        m_photoLabel->setPixmap(QPixmap::fromImage(image));
    else
        m_photoLabel->setText(IntakeText::tr("Photo read (no decoder to show it)"));
    m_host.showInfo(IntakeText::tr("Card read. Add the phone number and press Enter."));
    m_phone->setFocus();
}

} // namespace yc::ui
