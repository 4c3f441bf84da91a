#include "ui/identity/IdCardModule.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "core/identity/IdentityValidator.h"
#include "devices/CardReaderService.h"
#include "storage/AccessAudit.h"
#include "storage/Store.h"
#include "sync/CurrentStaff.h"
#include "ui/MainWindow.h"
#include "ui/identity/IdCardDialog.h"
#include "ui/identity/ReaderStatusWidget.h"
#include "ui/print/PrinterMemory.h"
#include "ui/settings/ReaderSettingsPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/StationSettingsPages.h"

#include <QAction>
#include <QStatusBar>

namespace yc::ui {

namespace {
constexpr int ReadTimeoutMs = 30000;
}

IdCardModule::IdCardModule(MainWindow& window, const AppContext& context, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
{
    Q_ASSERT(m_context.cardReader && m_context.devices && m_context.clock);
    m_status = new ReaderStatusWidget(*m_context.cardReader, &window);
    window.addStatusWidget(m_status);

    m_readAction = new QAction(tr("&Read ID card"), &window);
    m_readAction->setObjectName(QStringLiteral("actionReadIdCard"));
    m_readAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_readAction->setStatusTip(tr("Wait for an ID card on the reader and show it"));
    connect(m_readAction, &QAction::triggered, this, &IdCardModule::readCard);
    window.addMenuAction(QStringLiteral("case"), m_readAction);

    m_settingsAction = new QAction(tr("&Settings…"), &window);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &IdCardModule::showSettings);
    window.addMenuAction(QStringLiteral("tools"), m_settingsAction);

    connect(m_context.cardReader, &devices::CardReaderService::cardRead, this, &IdCardModule::onCardRead);
    connect(m_context.cardReader, &devices::CardReaderService::readFailed, this, &IdCardModule::onReadFailed);
    m_dialog = new IdCardDialog(&window);
}

IdCardModule::~IdCardModule() = default;

void IdCardModule::openConfiguredReader()
{
    if (!m_context.settings)
        return;
    const QString plugin = m_context.settings->value(QStringLiteral("reader/plugin")).toString();
    if (plugin.isEmpty()) {
        m_context.cardReader->close();
        return;
    }
    plugins::idcard::ReaderConfig config;
    config.port = m_context.settings->value(QStringLiteral("reader/port")).toString();
    config.baudRate = m_context.settings->value(QStringLiteral("reader/baud"), 115200).toInt();
    config.options.insert(QStringLiteral("heartbeatMs"), 5000); // keeps the status bar true while idle
    if (m_context.cardReader->open(plugin, config))
        m_context.cardReader->setContinuous(m_context.settings->value(QStringLiteral("reader/continuous")).toBool());
}

void IdCardModule::readCard()
{
    if (m_context.cardReader->status() == devices::CardReaderService::Status::NoReader) {
        m_window.statusBar()->showMessage(tr("No ID card reader is configured: Tools → Settings…"), 8000);
        return;
    }
    m_window.statusBar()->showMessage(tr("Place the ID card on the reader…"), ReadTimeoutMs);
    m_context.cardReader->readCard(ReadTimeoutMs);
}

void IdCardModule::showSettings()
{
    auto* dialog = new SettingsDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* page = new ReaderSettingsPage(*m_context.devices, *m_context.clock, dialog);
    if (m_context.settings)
        page->load(*m_context.settings);
    dialog->addPage(page, tr("ID card reader"));
    // The other tabs: platform, scanner and printer, hall and window, general.
    auto* station = new StationSettingsPages(*m_context.devices,
                                             {AvailablePrinters::fromSystem().names, m_context.dataDir}, *dialog);
    if (m_context.settings)
        station->load(*m_context.settings);
    // A test opens the device itself: the application's reader lets go of it until the dialog closes.
    connect(page, &ReaderSettingsPage::testStarting, this, [this] { m_context.cardReader->close(); });
    // The dialog accepts only when every field is valid; then everything is written at once.
    connect(dialog, &QDialog::accepted, this, [this, page, station] {
        if (m_context.settings) {
            page->save(*m_context.settings);
            if (!station->save(*m_context.settings))
                m_window.statusBar()->showMessage(
                    tr("The settings could not be written to %1.").arg(m_context.settings->fileName()), 10000);
        }
    });
    connect(dialog, &QDialog::finished, this, [this] { openConfiguredReader(); });
    dialog->open();
}

void IdCardModule::onCardRead(const identity::IdCard& card)
{
    // That a card was read, by whom: the number only as the store's keyed hash.
    if (m_context.store && m_context.clock) {
        const QString staff = m_context.currentStaff ? m_context.currentStaff->staffId() : QString();
        const QString idType = identity::IdentityValidator::guessType(card.idNumber);
        if (auto audited =
                storage::AccessAudit(m_context.store->database(), m_context.store->cipher(), *m_context.clock)
                    .cardRead(staff,
                              idType == QLatin1String("unknown") ? identity::IdCard::typeName(card.type) : idType,
                              card.idNumber, identity::IdCard::typeName(card.type), card.numberValid);
            !audited)
            qCWarning(lcIdCard) << "card read not audited:" << audited.error().code;
    }
    m_window.statusBar()->clearMessage();
    if (m_dialog && !(m_takes && m_takes()))
        m_dialog->showCard(card);
    emit cardRead(card);
}

void IdCardModule::onReadFailed(const QString& /*code*/, const QString& message)
{
    if (m_context.cardReader->status() == devices::CardReaderService::Status::Opening)
        return; // a reader that cannot be opened shows its reason in the status indicator
    m_window.statusBar()->showMessage(tr("ID card: %1").arg(message), 10000);
}

} // namespace yc::ui
