#include "ui/ScreenContext.h"

#include "core/WorkCalendar.h"
#include "storage/Store.h"
#include "sync/CalendarFeedStore.h"

#include <QLabel>

namespace yc::ui {

std::shared_ptr<const WorkCalendar> workCalendarOf(const AppContext& context)
{
    std::shared_ptr<const WorkCalendar> calendar;
    if (context.calendar)
        calendar = context.calendar->calendar();
    if (!calendar) // the bundled calendar lives as long as the program: nothing to delete
        calendar = std::shared_ptr<const WorkCalendar>(&WorkCalendar::bundled(), [](const WorkCalendar*) {});
    return calendar;
}

intake::IntakeContext intakeContextOf(const AppContext& context, const WorkCalendar& calendar,
                                      const intake::WindowInfo& window)
{
    return intake::IntakeContext{
        context.store->database(), context.store->cipher(), context.dataDir, *context.clock, calendar, window, {}, {}};
}

void showMessage(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace yc::ui
