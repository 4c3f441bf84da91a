#pragma once

#include "SaneRaster.h"
#include "api/scanner/Scanner.h"

#include <sane/sane.h>

namespace yc::plugins::scanner {

// A scanner through libsane. Lives on the host's worker thread: every sane_* call happens there.
// A page is read one buffer per event-loop turn, so a queued cancel() reaches sane_cancel() in the
// middle of a page. The library is initialised by the first SaneScanner of the process and closed
// by the last one (SaneSession).
class SaneScanner final : public Scanner
{
    Q_OBJECT

public:
    explicit SaneScanner(QObject* parent = nullptr);
    ~SaneScanner() override;

    void listDevices() override;
    void start(const ScanSettings& settings) override;
    void cancel() override;

    // The clear message of a SANE status; `code` receives the stable machine word.
    [[nodiscard]] static QString statusMessage(SANE_Status status, QString* code);

private:
    bool ensureInitialised();
    bool applySettings(const ScanSettings& settings);
    bool setOption(const QString& name, const QVariant& value, bool required);
    void startPage();
    void readSome();
    void endRun(); // sane_cancel + sane_close
    void failRun(const QString& code, const QString& message);
    void failRun(SANE_Status status, const char* during);

    bool m_initialised = false;
    SANE_Handle m_handle = nullptr;
    bool m_running = false;
    quint64 m_generation = 0; // a read queued for an earlier run is ignored
    ScanSettings m_settings;
    int m_pages = 0;
    int m_dpi = 0;
    int m_lastPercent = -2;
    SaneRaster m_raster;
    QByteArray m_buffer;
};

} // namespace yc::plugins::scanner
