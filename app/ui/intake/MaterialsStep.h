#pragma once

#include "intake/IntakeTypes.h"
#include "storage/ApplicantRepository.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QPushButton;
class QTableWidget;

namespace yc::devices {
class DeviceManager;
class ScannerService;
} // namespace yc::devices
namespace yc::materials {
class ScanAssembler;
} // namespace yc::materials

namespace yc::ui {

class IntakeStepHost;

// Step 3 of the intake screen: one row per checklist material with its state (Up/Down) and its
// reason or due date; F5 adds a file, F6 scans into the row in focus. Each row is saved as it changes.
class MaterialsStep : public QWidget
{
    Q_OBJECT

public:
    MaterialsStep(IntakeStepHost& host, QWidget* parent = nullptr);
    ~MaterialsStep() override;

    // The scanner back-end ("simulated" in training mode); empty: no scanner, F6 does nothing.
    void setScannerPlugin(const QString& plugin);
    [[nodiscard]] bool canScan() const;
    // Forgets the files added on this screen and the rows, for a new case.
    void clear();
    // The rows from the draft as saved; the first material's state has the focus.
    void enter();

    void addFileToCurrentRow();
    void scanToCurrentRow();

private:
    void rebuild();
    void saveRow(int row);
    [[nodiscard]] int rowInFocus() const;
    void attach(int row, const intake::MaterialEvidence& evidence);

    IntakeStepHost& m_host;
    QMap<QString, intake::MaterialEvidence> m_files;    // files added on this screen, by material id
    QMap<QString, storage::EarlierMaterial> m_reusable; // by checklist material id: earlier cases' files

    QTableWidget* m_table = nullptr;
    QPushButton* m_scan = nullptr;
    QString m_scannerPlugin; // the scanner back-end; "simulated" in training mode
    std::unique_ptr<devices::DeviceManager> m_scanners;
    devices::ScannerService* m_scanner = nullptr;
    materials::ScanAssembler* m_scanAssembler = nullptr; // made with m_scanner
    int m_scanRow = -1;
};

} // namespace yc::ui
