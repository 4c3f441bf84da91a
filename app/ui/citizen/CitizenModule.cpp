#include "ui/citizen/CitizenModule.h"

#include "core/Settings.h"
#include "intake/CaseRating.h"
#include "sync/CurrentStaff.h"
#include "ui/MainWindow.h"
#include "ui/citizen/CitizenWindow.h"
#include "ui/citizen/RatingWidget.h"
#include "ui/intake/IntakePage.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QWindow>

namespace yc::ui {

CitizenModule::CitizenModule(MainWindow& window, const AppContext& context, IntakePage* intake, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    const auto index =
        citizenScreen(qEnvironmentVariable("YICHUANG_CITIZEN_SCREEN"),
                      m_context.settings ? m_context.settings->value(QStringLiteral("citizen/screen")) : QVariant(),
                      int(screens.size()));
    if (index) {
        m_citizen = new CitizenWindow(m_context);
        m_citizen->setAttribute(Qt::WA_DeleteOnClose, false);
        // Closing the clerk's window ends the program, whatever the citizen's screen shows.
        m_citizen->setAttribute(Qt::WA_QuitOnClose, false);
        QScreen* screen = screens.value(*index);
        QScreen* mainScreen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
        if (screen && screen != mainScreen) {
            // A screen of its own, facing the citizen: frameless, all of it.
            m_citizen->setWindowFlag(Qt::FramelessWindowHint);
            (void)m_citizen->winId(); // creates the native window, so that it can be given its screen
            if (m_citizen->windowHandle())
                m_citizen->windowHandle()->setScreen(screen);
            m_citizen->setGeometry(screen->geometry());
            m_citizen->showFullScreen();
        } else {
            // Forced onto the clerk's screen (to try it out): an ordinary window.
            m_citizen->resize(960, 640);
            m_citizen->show();
        }
        connect(m_citizen, &CitizenWindow::rated, this, [this](const QString&, const QString&, int level) {
            m_window.statusBar()->showMessage(
                tr("The applicant's rating is queued: %1.").arg(intake::CaseRating::label(level)), 8000);
            QPointer<CitizenWindow> citizen = m_citizen;
            QTimer::singleShot(10000, this, [citizen] {
                if (citizen && citizen->currentPage() == CitizenWindow::ThanksPage)
                    citizen->showCase({});
            });
        });
    }
    if (intake) {
        connect(intake, &IntakePage::draftChanged, this, &CitizenModule::onDraftChanged);
        connect(intake, &IntakePage::caseDecided, this, &CitizenModule::askRating);
    }
}

CitizenModule::~CitizenModule()
{
    delete m_citizen.data();
}

std::optional<int> CitizenModule::citizenScreen(const QString& environment, const QVariant& setting, int screenCount)
{
    int index = screenCount > 1 ? 1 : -1;
    bool ok = false;
    if (!environment.trimmed().isEmpty()) {
        const int chosen = environment.trimmed().toInt(&ok);
        if (ok)
            index = chosen;
    } else if (setting.isValid() && !setting.toString().trimmed().isEmpty()) {
        const int chosen = setting.toString().trimmed().toInt(&ok);
        if (ok)
            index = chosen;
    }
    if (index < 0 || index >= screenCount)
        return std::nullopt;
    return index;
}

void CitizenModule::setStaffId(const QString& staffId)
{
    m_staffId = staffId;
    if (m_citizen)
        m_citizen->setStaffId(staffId);
}

void CitizenModule::onDraftChanged(const QString& draftId)
{
    if (!m_citizen)
        return;
    // The clerk starting the next case does not take the rating away from the citizen.
    if (draftId.isEmpty() && m_citizen->currentPage() == CitizenWindow::RatingPage)
        return;
    m_citizen->showCase(draftId);
}

void CitizenModule::askRating(const QString& caseId)
{
    if (caseId.isEmpty())
        return;
    if (m_citizen) {
        m_citizen->askRating(caseId);
        m_window.statusBar()->showMessage(tr("The applicant is asked for a rating on the citizen's screen."), 8000);
        return;
    }
    if (m_dialog)
        m_dialog->close();
    QString staff = m_staffId;
    if (m_context.currentStaff && m_context.currentStaff->isSignedIn())
        staff = m_context.currentStaff->staffId();
    m_dialog = new RatingDialog(m_context, caseId, staff, &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog->rating(), &RatingWidget::submitted, this, [this](const QString&, int level) {
        m_window.statusBar()->showMessage(
            tr("The applicant's rating is queued: %1.").arg(intake::CaseRating::label(level)), 8000);
    });
    m_dialog->open();
}

} // namespace yc::ui
