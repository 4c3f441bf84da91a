#include "devices/ScannerService.h"

#include "core/Logging.h"
#include "devices/DeviceManager.h"

namespace yc::devices {

using plugins::scanner::ScannedPage;
using plugins::scanner::Scanner;
using plugins::scanner::ScannerDevice;
using plugins::scanner::ScanSettings;

ScannerService::ScannerService(DeviceManager& devices, QObject* parent)
    : QObject(parent)
    , m_devices(devices)
{
    qRegisterMetaType<ScannedPage>();
    qRegisterMetaType<ScannerDevice>();
    qRegisterMetaType<QList<ScannerDevice>>();
    qRegisterMetaType<ScanSettings>();
    m_thread.setObjectName(QStringLiteral("scanner"));
    m_thread.start();
}

ScannerService::~ScannerService()
{
    destroyScanner();
    m_thread.quit();
    m_thread.wait();
}

void ScannerService::destroyScanner()
{
    if (!m_scanner)
        return;
    Scanner* scanner = m_scanner;
    disconnect(scanner, nullptr, this, nullptr);
    // Cancel and destroy the scanner in its own thread; wait so nothing outlives the service.
    QMetaObject::invokeMethod(
        scanner,
        [scanner] {
            scanner->cancel();
            delete scanner;
        },
        Qt::BlockingQueuedConnection);
    m_scanner = nullptr;
    m_scanning = false;
}

Scanner* ScannerService::scannerFor(const QString& pluginKey)
{
    if (m_scanner && m_pluginKey == pluginKey)
        return m_scanner;
    destroyScanner();
    m_pluginKey = pluginKey;
    auto factory = m_devices.scannerFactory(pluginKey);
    if (!factory) {
        emit errorOccurred(factory.error().code, factory.error().message);
        return nullptr;
    }
    if (const QString reason = factory.value()->unavailableReason(); !reason.isEmpty()) {
        emit errorOccurred(QStringLiteral("plugin.unavailable"), reason);
        return nullptr;
    }
    Scanner* scanner = factory.value()->create();
    if (!scanner) {
        emit errorOccurred(QStringLiteral("plugin.create"),
                           tr("The scanner plugin '%1' could not create a scanner.").arg(pluginKey));
        return nullptr;
    }
    scanner->moveToThread(&m_thread);
    m_scanner = scanner;
    connect(scanner, &Scanner::devicesListed, this,
            [this](const QList<ScannerDevice>& devices) { emit devicesListed(m_pluginKey, devices); });
    connect(scanner, &Scanner::progress, this, &ScannerService::progress);
    connect(scanner, &Scanner::pageScanned, this, &ScannerService::pageScanned);
    connect(scanner, &Scanner::finished, this, [this](int pages, bool cancelled) {
        m_scanning = false;
        qCInfo(lcScanner) << "scan finished:" << pages << "pages" << (cancelled ? "(cancelled)" : "");
        emit finished(pages, cancelled);
    });
    connect(scanner, &Scanner::errorOccurred, this, [this](const QString& code, const QString& message) {
        m_scanning = false;
        qCInfo(lcScanner) << "scanner error" << code;
        emit errorOccurred(code, message);
    });
    return scanner;
}

Scanner* ScannerService::idleScanner(const QString& pluginKey)
{
    if (m_scanning) {
        emit errorOccurred(QStringLiteral("busy"), tr("The scanner is busy with a scan."));
        return nullptr;
    }
    return scannerFor(pluginKey);
}

bool ScannerService::listDevices(const QString& pluginKey)
{
    Scanner* scanner = idleScanner(pluginKey);
    if (!scanner)
        return false;
    QMetaObject::invokeMethod(
        scanner, [scanner] { scanner->listDevices(); }, Qt::QueuedConnection);
    return true;
}

bool ScannerService::start(const QString& pluginKey, const ScanSettings& settings)
{
    Scanner* scanner = idleScanner(pluginKey);
    if (!scanner)
        return false;
    m_scanning = true;
    qCInfo(lcScanner) << "scan on back-end" << pluginKey << "at" << settings.resolution << "dpi";
    QMetaObject::invokeMethod(
        scanner, [scanner, settings] { scanner->start(settings); }, Qt::QueuedConnection);
    return true;
}

void ScannerService::cancel()
{
    if (!m_scanner)
        return;
    Scanner* scanner = m_scanner;
    QMetaObject::invokeMethod(
        scanner, [scanner] { scanner->cancel(); }, Qt::QueuedConnection);
}

} // namespace yc::devices
