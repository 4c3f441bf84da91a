#pragma once

#include "SaneRaster.h"
#include "api/scanner/Scanner.h"

#include <QElapsedTimer>

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
    void scheduleRead();
    // The run is over: no more signals of it; sane_cancel + sane_close follow SettleMs later.
    // Back-ends that read in a thread of their own (sanei_thread: the test back-end and others)
    // stop it with an asynchronous pthread_cancel in sane_cancel(). Cancelled at a bad moment (inside
    // malloc() or free() while it starts or ends, which is just when an error comes on the first
    // read or a page has been read to its end) it leaves the process's heap locked for good. The
    // delay lets that thread settle; a start() or the destructor closes at once after the rest of it.
    static constexpr int SettleMs = 150;
    void endRun();
    void closeHandle();
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
    QElapsedTimer m_settling; // valid from the end of a run until its handle is closed
};

} // namespace yc::plugins::scanner
