#pragma once

#include "api/scanner/Scanner.h"

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QThread>

namespace yc::materials {

class ScanAssemblerWorker;

// Makes one material PDF of the pages of a scan run, away from the calling (GUI) thread: each page is
// converted and JPEG-encoded on the assembler's own thread as it arrives, in order, and finish() packs
// them (PdfWriter). An A4 colour page at 200 dpi is 25 MB of pixels and takes a JPEG encoder about a
// tenth of a second or more, far too long for the GUI thread (tests/benchmarks: bench_gui_stall).
// One run at a time; begin() drops what an earlier run left.
class ScanAssembler : public QObject
{
    Q_OBJECT

public:
    explicit ScanAssembler(QObject* parent = nullptr);
    ~ScanAssembler() override; // drops the run and waits for the thread

    void begin();
    void addPage(const yc::plugins::scanner::ScannedPage& page);
    // packed() follows once every page added so far is encoded (failed() when there is none).
    void finish();

    // The scanner's pixels as an image with its resolution (a deep copy).
    [[nodiscard]] static QImage toImage(const yc::plugins::scanner::ScannedPage& page);

signals:
    void pageEncoded(int pages); // pages of this run encoded so far
    void packed(const QByteArray& pdf, int pages);
    void failed();

private:
    QThread m_thread;
    ScanAssemblerWorker* m_worker = nullptr;
    quint64 m_run = 0;
};

} // namespace yc::materials
