#pragma once

#include "sync/StationSettings.h"
#include "ui/settings/SettingsDialog.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace yc {
class Settings;
namespace devices {
class DeviceManager;
class ScannerService;
} // namespace devices
} // namespace yc

namespace yc::ui {

// The settings tabs besides the reader's: Platform (address, CA certificates, key pin, client
// certificate and key), Scanner and printer (with a "Test scanner" button), Hall and window,
// General (language, idle lock, data folder). Fields are read from yichuang.ini by load(), checked
// as a whole by the dialog (sync::StationSettings::validate), and written by save() only after
// the dialog accepted.
class StationSettingsPages : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QStringList printers;   // the printers of this PC (AvailablePrinters::fromSystem().names)
        QString currentDataDir; // where this run keeps its data
    };

    StationSettingsPages(devices::DeviceManager& devices, Options options, SettingsDialog& dialog);
    ~StationSettingsPages() override;

    void load(const Settings& settings);
    [[nodiscard]] sync::StationSettings values() const;
    [[nodiscard]] QList<SettingsDialog::Problem> check() const;
    // Writes the values; false when the settings file cannot be written.
    bool save(Settings& settings) const;

private:
    QWidget* platformPage();
    QWidget* devicesPage();
    QWidget* hallPage();
    QWidget* generalPage();
    QWidget* fileRow(QLineEdit* edit, const QString& filter);
    QWidget* fieldFor(const QString& key) const;
    void testScanner();
    void updateAreaName();

    devices::DeviceManager& m_devices;
    Options m_options;
    SettingsDialog& m_dialog;
    QString m_loadedLanguage;

    QLineEdit* m_url = nullptr;
    QLineEdit* m_ca = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_clientCert = nullptr;
    QLineEdit* m_clientKey = nullptr;
    QComboBox* m_scannerPlugin = nullptr;
    QComboBox* m_scannerDevice = nullptr;
    QPushButton* m_testScanner = nullptr;
    QLabel* m_scannerResult = nullptr;
    QComboBox* m_printer = nullptr;
    QLineEdit* m_hallName = nullptr;
    QComboBox* m_hallLevel = nullptr;
    QLineEdit* m_areaCode = nullptr;
    QLabel* m_areaName = nullptr;
    QLineEdit* m_windowCode = nullptr;
    QComboBox* m_language = nullptr;
    QSpinBox* m_idleLock = nullptr;
    QLineEdit* m_dataDir = nullptr;
    std::unique_ptr<devices::ScannerService> m_scanner;
};

} // namespace yc::ui
