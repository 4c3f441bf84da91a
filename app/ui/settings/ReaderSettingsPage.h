#pragma once

#include "api/idcard/IdCardReader.h"
#include "devices/CardReaderService.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace yc {
class Clock;
class Settings;
} // namespace yc

namespace yc::ui {

// The ID card reader page of the settings: back-end, port, speed, continuous reading, and a
// "Test reader" button that opens the chosen reader (off the GUI thread) and says whether it answers.
// Keys: reader/plugin, reader/port, reader/baud, reader/continuous.
class ReaderSettingsPage : public QWidget
{
    Q_OBJECT

public:
    ReaderSettingsPage(devices::DeviceManager& devices, const Clock& clock, QWidget* parent = nullptr);
    ~ReaderSettingsPage() override;

    void load(const Settings& settings);
    void save(Settings& settings) const;
    [[nodiscard]] QString pluginKey() const;
    [[nodiscard]] plugins::idcard::ReaderConfig config() const;
    [[nodiscard]] bool continuous() const;

signals:
    // Before a test opens the device: the application's own reader should let go of it.
    void testStarting();

private:
    void pluginChanged();
    void testReader();
    void testStatus(devices::CardReaderService::Status status, const QString& text);

    devices::DeviceManager& m_devices;
    const Clock& m_clock;
    QComboBox* m_plugin = nullptr;
    QComboBox* m_port = nullptr;
    QComboBox* m_baud = nullptr;
    QCheckBox* m_continuous = nullptr;
    QLabel* m_availability = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
    std::unique_ptr<devices::CardReaderService> m_tester;
};

} // namespace yc::ui
