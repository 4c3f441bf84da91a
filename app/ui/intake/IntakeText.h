#pragma once

#include <QCoreApplication>

namespace yc::ui {

// The texts of the intake screen's steps and decision dialogs keep the translation context they had
// when the screen was one class, yc::ui::IntakePage, so that their translations stay as they are:
// those classes translate through IntakeText::tr(), never their own tr().
class IntakeText
{
    Q_DECLARE_TR_FUNCTIONS(yc::ui::IntakePage)
};

} // namespace yc::ui
