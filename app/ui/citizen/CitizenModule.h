#pragma once

#include "ui/AppContext.h"
#include "ui/citizen/CitizenWindow.h"
#include "ui/citizen/RatingWidget.h"

#include <QObject>
#include <QPointer>
#include <QVariant>

#include <optional>

namespace yc::ui {

class IntakePage;
class MainWindow;

// The citizen's side of the window. With a second screen (or one named by the setting
// `citizen/screen` or the environment variable YICHUANG_CITIZEN_SCREEN, -1 for none) the
// CitizenWindow fills it, frameless, and follows the intake screen: what is recorded while the clerk
// goes, the rating once the case is decided. Without one, the clerk records the rating in a
// RatingDialog on the main screen after the decision. Either way the rating is queued as an
// evaluation (intake::CaseRating).
class CitizenModule : public QObject
{
    Q_OBJECT

public:
    CitizenModule(MainWindow& window, const AppContext& context, IntakePage* intake, QObject* parent = nullptr);
    ~CitizenModule() override;

    // The index of the screen the citizen's window goes on, or nullopt for none: the environment
    // variable, else the setting, else the second screen when there are two or more.
    [[nodiscard]] static std::optional<int> citizenScreen(const QString& environment, const QVariant& setting,
                                                          int screenCount);

    // Fallback clerk for ratings when nobody is signed in through the platform (tests).
    void setStaffId(const QString& staffId);
    [[nodiscard]] CitizenWindow* citizenWindow() const { return m_citizen.data(); }
    [[nodiscard]] RatingDialog* ratingDialog() const { return m_dialog.data(); }

    // The rating of a decided case: on the citizen's screen, else in the clerk's dialog.
    void askRating(const QString& caseId);

private:
    void onDraftChanged(const QString& draftId);

    MainWindow& m_window;
    AppContext m_context;
    QString m_staffId;
    QPointer<CitizenWindow> m_citizen;
    QPointer<RatingDialog> m_dialog;
};

} // namespace yc::ui
