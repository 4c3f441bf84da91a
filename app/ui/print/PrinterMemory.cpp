#include "ui/print/PrinterMemory.h"

#include "core/Settings.h"

#include <QPrinterInfo>

namespace yc::ui {

AvailablePrinters AvailablePrinters::fromSystem()
{
    return {QPrinterInfo::availablePrinterNames(), QPrinterInfo::defaultPrinterName()};
}

PrinterMemory::PrinterMemory(Settings* settings)
    : m_settings(settings)
{}

QString PrinterMemory::remembered() const
{
    return m_settings ? m_settings->value(settingsKey()).toString() : QString();
}

void PrinterMemory::remember(const QString& printerName)
{
    if (!m_settings || printerName.isEmpty() || printerName == remembered())
        return;
    m_settings->setValue(settingsKey(), printerName);
    m_settings->sync();
}

PrinterSelection PrinterMemory::choose(const AvailablePrinters& available) const
{
    const QString last = remembered();
    if (!last.isEmpty() && available.names.contains(last))
        return {last, {}};
    QString fallback;
    if (!available.defaultName.isEmpty() && available.names.contains(available.defaultName))
        fallback = available.defaultName;
    else if (!available.names.isEmpty())
        fallback = available.names.constFirst();
    if (last.isEmpty()) {
        if (fallback.isEmpty())
            return {{}, tr("No printer is set up on this PC; the notice can be saved as a PDF file.")};
        return {fallback, {}};
    }
    if (fallback.isEmpty())
        return {{},
                tr("The printer “%1” used last time is not available, and no other printer is set up on this PC; "
                   "the notice can be saved as a PDF file.")
                    .arg(last)};
    if (fallback == available.defaultName)
        return {fallback, tr("The printer “%1” used last time is not available; the default printer “%2” is "
                             "selected.")
                              .arg(last, fallback)};
    return {fallback, tr("The printer “%1” used last time is not available; “%2” is selected.").arg(last, fallback)};
}

} // namespace yc::ui
