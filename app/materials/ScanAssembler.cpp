#include "materials/ScanAssembler.h"

#include "core/BackgroundThread.h"

#include "materials/PageEncoder.h"
#include "materials/PdfWriter.h"

#include <vector>

namespace yc::materials {

// Lives on the assembler's thread; only ScanAssembler calls it, by queued calls.
class ScanAssemblerWorker : public QObject
{
public:
    quint64 run = 0;
    std::vector<MaterialPage> pages;
};

ScanAssembler::ScanAssembler(QObject* parent)
    : QObject(parent)
    , m_worker(new ScanAssemblerWorker)
{
    m_thread.setObjectName(QStringLiteral("scan-assembler"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [] { runInBackground(); });
}

ScanAssembler::~ScanAssembler()
{
    m_thread.quit();
    m_thread.wait();
}

void ScanAssembler::begin()
{
    const quint64 run = ++m_run;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, run] {
        w->run = run;
        w->pages.clear();
    });
}

void ScanAssembler::addPage(const plugins::scanner::ScannedPage& page)
{
    const quint64 run = m_run;
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, run, page] {
        if (w->run != run)
            return;
        w->pages.push_back(PageEncoder::encode(toImage(page)));
        const int count = static_cast<int>(w->pages.size());
        QMetaObject::invokeMethod(this, [this, run, count] {
            if (run == m_run)
                emit pageEncoded(count);
        });
    });
}

void ScanAssembler::finish()
{
    const quint64 run = m_run;
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, run] {
        if (w->run != run)
            return;
        const int count = static_cast<int>(w->pages.size());
        const QByteArray pdf = count > 0 ? PdfWriter::write(w->pages) : QByteArray();
        w->pages.clear();
        QMetaObject::invokeMethod(this, [this, run, count, pdf] {
            if (run != m_run)
                return;
            if (count == 0 || pdf.isEmpty())
                emit failed();
            else
                emit packed(pdf, count);
        });
    });
}

QImage ScanAssembler::toImage(const plugins::scanner::ScannedPage& page)
{
    using F = plugins::scanner::ScannedPage::Format;
    const QImage::Format format = page.format == F::Rgb888  ? QImage::Format_RGB888
                                  : page.format == F::Gray8 ? QImage::Format_Grayscale8
                                                            : QImage::Format_Mono;
    QImage image(reinterpret_cast<const uchar*>(page.pixels.constData()), page.width, page.height, page.bytesPerLine,
                 format);
    if (format == QImage::Format_Mono)
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image = image.copy();
    if (page.dpi > 0) {
        image.setDotsPerMeterX(qRound(page.dpi / 0.0254));
        image.setDotsPerMeterY(qRound(page.dpi / 0.0254));
    }
    return image;
}

} // namespace yc::materials
