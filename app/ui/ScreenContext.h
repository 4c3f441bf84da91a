#pragma once

#include "intake/IntakeContext.h"
#include "ui/AppContext.h"

#include <memory>

class QLabel;
class QString;

namespace yc {
class WorkCalendar;
}

namespace yc::ui {

// The working-day calendar the screens count with: the bundled notices overlaid with the platform's
// feed, or the bundled notices alone when no feed store is wired (tests). Never null.
[[nodiscard]] std::shared_ptr<const WorkCalendar> workCalendarOf(const AppContext& context);

// The intake workflow's context for a screen: the store, clock and data folder of the application
// with the given calendar (and window, for the intake screen itself).
[[nodiscard]] intake::IntakeContext intakeContextOf(const AppContext& context, const WorkCalendar& calendar,
                                                    const intake::WindowInfo& window = {});

// A screen's message line: the text, in the error colour when it reports a failure.
void showMessage(QLabel* label, const QString& text, bool error);

} // namespace yc::ui
