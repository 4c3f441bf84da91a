#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace yc {
class Settings;
}

namespace yc::ui {

// The printers this PC offers: from QPrinterInfo, or a list a test makes.
struct AvailablePrinters
{
    QStringList names;
    QString defaultName; // empty: no default printer

    [[nodiscard]] static AvailablePrinters fromSystem();
};

// The printer a print starts with, and why it is not the one remembered when it is not.
struct PrinterSelection
{
    QString printerName; // empty: no printer on this PC (a PDF file is still possible)
    QString message;     // for the status line; empty when there is nothing to say
};

// The printer chosen last on this PC, kept in the PC's settings (yichuang.ini, key
// printing/printer), so each print starts with it while it is there.
class PrinterMemory
{
    Q_DECLARE_TR_FUNCTIONS(yc::ui::PrinterMemory)

public:
    // settings may be null: nothing is remembered.
    explicit PrinterMemory(Settings* settings);

    [[nodiscard]] static QString settingsKey() { return QStringLiteral("printing/printer"); }

    [[nodiscard]] QString remembered() const;
    // Keeps the name and writes the settings file at once.
    void remember(const QString& printerName);

    // The remembered printer when it is still available; else the default printer (else the first
    // one), with a message that says so; else none.
    [[nodiscard]] PrinterSelection choose(const AvailablePrinters& available) const;

private:
    Settings* m_settings;
};

} // namespace yc::ui
