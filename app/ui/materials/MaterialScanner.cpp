#include "ui/materials/MaterialScanner.h"

#include "core/Settings.h"
#include "devices/DeviceManager.h"
#include "devices/ScannerService.h"
#include "materials/ScanAssembler.h"

namespace yc::ui {

MaterialScanner::MaterialScanner(QString plugin, QString device, QObject* parent)
    : QObject(parent)
    , m_plugin(std::move(plugin))
    , m_device(std::move(device))
{}

MaterialScanner::~MaterialScanner()
{
    delete m_scanner; // before the device manager it uses
}

QString MaterialScanner::configuredPlugin(const Settings* settings, bool training)
{
    QString plugin = settings ? settings->value(QStringLiteral("scanner/plugin")).toString() : QString();
    if (plugin.isEmpty() && training)
        plugin = QStringLiteral("simulated");
    return plugin;
}

MaterialScanner* MaterialScanner::fromSettings(const Settings* settings, QObject* parent)
{
    const bool training = settings && settings->value(QStringLiteral("training")).toBool();
    return new MaterialScanner(configuredPlugin(settings, training),
                               settings ? settings->value(QStringLiteral("scanner/device")).toString() : QString(),
                               parent);
}

void MaterialScanner::setUp()
{
    m_devices =
        std::make_unique<devices::DeviceManager>(QStringList(), devices::DeviceManager::defaultScannerSearchPaths());
    m_scanner = new devices::ScannerService(*m_devices, this);
    // Pages are encoded and packed on the assembler's thread, never on the GUI thread.
    m_assembler = new materials::ScanAssembler(this);
    connect(m_scanner, &devices::ScannerService::pageScanned, m_assembler,
            [this](const plugins::scanner::ScannedPage& page, int) { m_assembler->addPage(page); });
    connect(m_assembler, &materials::ScanAssembler::pageEncoded, this, &MaterialScanner::pageEncoded);
    connect(m_scanner, &devices::ScannerService::finished, this, [this](int pages, bool cancelled) {
        if (cancelled || pages == 0) {
            m_assembler->begin(); // drops the pages
            fail(tr("The scan was cancelled or gave no page; nothing was added."));
            return;
        }
        m_assembler->finish();
    });
    connect(m_assembler, &materials::ScanAssembler::failed, this,
            [this] { fail(tr("The scan was cancelled or gave no page; nothing was added.")); });
    connect(m_assembler, &materials::ScanAssembler::packed, this, [this](const QByteArray& pdf, int pages) {
        m_running = false;
        emit scanned(pdf, pages);
    });
    connect(m_scanner, &devices::ScannerService::errorOccurred, this, [this](const QString&, const QString& message) {
        m_assembler->begin(); // drops the pages
        fail(tr("Scanner: %1").arg(message));
    });
}

bool MaterialScanner::start(int pages)
{
    if (m_plugin.isEmpty()) {
        fail(tr("No scanner is set up for this window."));
        return false;
    }
    if (m_running)
        return false;
    if (!m_scanner)
        setUp();
    m_assembler->begin();
    plugins::scanner::ScanSettings settings;
    settings.device = m_device; // empty: the first scanner found
    settings.options.insert(QStringLiteral("pages"), pages);
    m_running = true;
    if (!m_scanner->start(m_plugin, settings)) {
        m_running = false; // errorOccurred() has said why
        return false;
    }
    return true;
}

void MaterialScanner::fail(const QString& message)
{
    m_running = false;
    emit failed(message);
}

} // namespace yc::ui
