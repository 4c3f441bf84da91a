#pragma once

#include "core/identity/IdCard.h"
#include "ui/AppContext.h"
#include "ui/identity/IdCardDialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;

namespace yc::ui {

class MainWindow;
class ReaderStatusWidget;

// Wires the ID card reader into the main window: the reader state in the status bar, Case → Read
// ID card (F2), Tools → Settings… with the reader page, and the card dialog. Opens the reader
// configured in the settings (reader/plugin, reader/port, reader/baud, reader/continuous).
class IdCardModule : public QObject
{
    Q_OBJECT

public:
    IdCardModule(MainWindow& window, const AppContext& context, QObject* parent = nullptr);
    ~IdCardModule() override;

    void openConfiguredReader();
    // While `takes` answers true (the intake page is on screen), a card read goes to cardRead()
    // only: the page that takes it shows it, and no card dialog takes the focus from it.
    void setCardTaker(std::function<bool()> takes) { m_takes = std::move(takes); }
    void readCard();
    void showSettings();
    [[nodiscard]] IdCardDialog* cardDialog() const { return m_dialog; }

signals:
    // A card was read and decoded (for the intake page to fill in the applicant).
    void cardRead(const yc::identity::IdCard& card);

private:
    std::function<bool()> m_takes;
    void onCardRead(const identity::IdCard& card);
    void onReadFailed(const QString& code, const QString& message);

    MainWindow& m_window;
    AppContext m_context;
    QAction* m_readAction = nullptr;
    QAction* m_settingsAction = nullptr;
    ReaderStatusWidget* m_status = nullptr;
    QPointer<IdCardDialog> m_dialog;
};

} // namespace yc::ui
