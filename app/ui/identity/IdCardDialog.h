#pragma once

#include "core/identity/IdCard.h"

#include <QDialog>

class QFormLayout;
class QLabel;

namespace yc::ui {

// Shows the card just read: the fields as printed on it and the photo when a decoder library for
// the WLT photo is installed (else a placeholder saying so). Non-modal; it keeps no copy of the
// card once closed (the labels are cleared).
class IdCardDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IdCardDialog(QWidget* parent = nullptr);
    void showCard(const identity::IdCard& card);
    void clear();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    QLabel* m_photo = nullptr;
    QLabel* m_expired = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace yc::ui
