#include "ui/intake/IntakeStepHost.h"

#include <QPushButton>

namespace yc::ui {

QPushButton* makeStepButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

} // namespace yc::ui
