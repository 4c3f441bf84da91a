#pragma once

#include "api/scanner/Scanner.h"

#include <QStringList>

namespace yc::plugins::scanner {

// A scanner without hardware, for training mode and tests. The device names the pages:
//  - "sheets" (or empty): drawn A4 test sheets (TestSheet) at the requested resolution and mode;
//    the flatbed gives one, the feeder options["pages"] (default 3);
//  - a folder: its images in name order, taken as scanned at the requested resolution; the flatbed
//    gives the first, the feeder all of them. An empty folder is an empty feeder.
// Each page takes two steps of options["delayMs"] (default 0), with progress at 0, 50 and 100 %.
class SimulatedScanner final : public Scanner
{
    Q_OBJECT

public:
    static constexpr int MinResolution = 50;
    static constexpr int MaxResolution = 1200;

    explicit SimulatedScanner(QObject* parent = nullptr);

    void listDevices() override;
    void start(const ScanSettings& settings) override;
    void cancel() override;

private:
    void step();
    void later(int delayMs);
    void fail(const QString& code, const QString& message);

    bool m_running = false;
    quint64 m_generation = 0;
    ScanSettings m_settings;
    QStringList m_files; // folder pages; empty for test sheets
    int m_total = 0;
    int m_pages = 0;
    int m_half = 0; // 0: page not begun, 1: half read
    int m_delayMs = 0;
};

} // namespace yc::plugins::scanner
