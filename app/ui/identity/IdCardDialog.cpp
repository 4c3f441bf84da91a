#include "ui/identity/IdCardDialog.h"

#include "devices/WltPhotoDecoder.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace yc::ui {

IdCardDialog::IdCardDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("idCardDialog"));
    setWindowTitle(tr("ID card"));
    auto* top = new QVBoxLayout(this);
    m_expired = new QLabel(this);
    m_expired->setObjectName(QStringLiteral("idCardExpired"));
    m_expired->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    top->addWidget(m_expired);
    auto* row = new QHBoxLayout;
    top->addLayout(row);
    m_photo = new QLabel(this);
    m_photo->setObjectName(QStringLiteral("idCardPhoto"));
    m_photo->setFixedSize(devices::WltPhotoDecoder::Width + 4, devices::WltPhotoDecoder::Height + 4);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setWordWrap(true);
    m_photo->setFrameShape(QFrame::Box);
    row->addWidget(m_photo, 0, Qt::AlignTop);
    m_form = new QFormLayout;
    row->addLayout(m_form, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    top->addWidget(buttons);
}

void IdCardDialog::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_photo->clear();
    m_expired->clear();
}

void IdCardDialog::hideEvent(QHideEvent* event)
{
    clear(); // no personal data left on screen objects after the clerk closes it
    QDialog::hideEvent(event);
}

void IdCardDialog::showCard(const identity::IdCard& card)
{
    clear();
    auto add = [this](const QString& label, const QString& value, const char* name) {
        auto* field = new QLabel(value, this);
        field->setObjectName(QLatin1String(name));
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(label, field);
    };
    const auto date = [](const QDate& d) {
        return d.toString(QStringLiteral("yyyy-MM-dd"));
    };
    QString type;
    switch (card.type) {
    case identity::IdCard::Type::Resident:
        type = tr("Resident identity card");
        break;
    case identity::IdCard::Type::Permit:
        type = tr("Residence permit for Hong Kong, Macao and Taiwan residents");
        break;
    case identity::IdCard::Type::Foreign:
        type = tr("Foreign permanent resident card");
        break;
    }
    add(tr("Card"), type, "idCardType");
    add(tr("Name"), card.name, "idCardName");
    if (card.type == identity::IdCard::Type::Foreign) {
        add(tr("Name (English)"), card.englishName, "idCardEnglishName");
        add(tr("Nationality"), card.nationality, "idCardNationality");
    }
    add(tr("Sex"), card.gender, "idCardGender");
    if (card.type == identity::IdCard::Type::Resident)
        add(tr("Ethnic group"), card.ethnicity, "idCardEthnicity");
    add(tr("Date of birth"), date(card.birthDate), "idCardBirthDate");
    if (card.type != identity::IdCard::Type::Foreign)
        add(tr("Address"), card.address, "idCardAddress");
    add(tr("Number"), card.idNumber, "idCardNumber");
    if (card.type == identity::IdCard::Type::Permit) {
        add(tr("Travel permit number"), card.passNumber, "idCardPassNumber");
        add(tr("Issue count"), card.issueCount, "idCardIssueCount");
    }
    add(tr("Issued by"), card.issuer, "idCardIssuer");
    add(tr("Valid"), tr("%1 to %2").arg(date(card.validFrom), card.longTerm ? tr("long-term") : date(card.validTo)),
        "idCardValidity");
    m_expired->setText(card.expired ? tr("This card has expired.") : QString());
    m_expired->setVisible(card.expired);

    auto photo = devices::WltPhotoDecoder::decode(card.photo);
    QImage image;
    if (photo) {
        image = QImage::fromData(photo.value());
        if (image.isNull())
            image = QImage(reinterpret_cast<const uchar*>(photo.value().constData()), devices::WltPhotoDecoder::Width,
                           devices::WltPhotoDecoder::Height, devices::WltPhotoDecoder::Width * 3, QImage::Format_BGR888)
                        .copy();
    }
    if (!image.isNull()) {
        m_photo->setPixmap(QPixmap::fromImage(image));
        m_photo->setToolTip(QString());
    } else {
        m_photo->setText(tr("Photo not shown"));
        m_photo->setToolTip(photo ? tr("The photo could not be decoded.") : photo.error().message);
    }
    show();
    raise();
    activateWindow();
}

} // namespace yc::ui
