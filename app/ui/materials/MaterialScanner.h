#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace yc {
class Settings;
namespace devices {
class DeviceManager;
class ScannerService;
} // namespace devices
namespace materials {
class ScanAssembler;
} // namespace materials
} // namespace yc

namespace yc::ui {

// Scans one material from the window's scanner into a material PDF: the scanner runs on its own
// thread (devices::ScannerService) and every page is encoded and packed on the assembler's thread
// (materials::ScanAssembler), never on the GUI thread. One run at a time; the device plugins are
// loaded on the first scan.
class MaterialScanner : public QObject
{
    Q_OBJECT

public:
    // `plugin` is the scanner back-end (empty: no scanner at this window), `device` the scanner
    // (empty: the first one found).
    MaterialScanner(QString plugin, QString device, QObject* parent = nullptr);
    ~MaterialScanner() override;

    // The back-end the settings name (scanner/plugin), else the simulated scanner in training mode;
    // empty when the window has no scanner.
    [[nodiscard]] static QString configuredPlugin(const Settings* settings, bool training);
    // A scanner for this window as the settings say: scanner/plugin and scanner/device, training mode
    // from the "training" key (in training mode the settings already name the simulated scanner).
    [[nodiscard]] static MaterialScanner* fromSettings(const Settings* settings, QObject* parent = nullptr);

    [[nodiscard]] bool isAvailable() const { return !m_plugin.isEmpty(); }
    [[nodiscard]] bool isScanning() const { return m_running; }
    // Starts scanning `pages` pages; false (and failed()) when there is no scanner or it cannot start,
    // false alone when a run is going.
    bool start(int pages = 1);

signals:
    void pageEncoded(int pages);                    // pages of this run ready so far
    void scanned(const QByteArray& pdf, int pages); // the material PDF of the run
    void failed(const QString& message);            // cancelled, no page, or the scanner's error

private:
    void setUp();
    void fail(const QString& message);

    QString m_plugin;
    QString m_device;
    bool m_running = false;
    std::unique_ptr<devices::DeviceManager> m_devices;
    devices::ScannerService* m_scanner = nullptr;    // made on the first scan
    materials::ScanAssembler* m_assembler = nullptr; // made with m_scanner
};

} // namespace yc::ui
