#pragma once

#include "api/scanner/Scanner.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

class QPainter;
class QPdfWriter;
class QSaveFile;

namespace yc::documents {

// Writes scanned pages into one PDF as they arrive: each page on an A4 sheet, the image drawn at
// its physical size (pixels / dpi) from the top left corner, shrunk to fit when larger than A4.
// Every page is stored JPEG-compressed by QPdfWriter at its fixed quality, line art included (Qt's
// writer turns one-bit images into colour ones); the materials step tunes the compression. The file appears only when
// finish() succeeds (QSaveFile); a writer destroyed before that leaves nothing behind.
class ScanPdf
{
    Q_DECLARE_TR_FUNCTIONS(yc::documents::ScanPdf)

public:
    explicit ScanPdf(QString path, QString title = {});
    ~ScanPdf();
    ScanPdf(const ScanPdf&) = delete;
    ScanPdf& operator=(const ScanPdf&) = delete;

    [[nodiscard]] Status addPage(const plugins::scanner::ScannedPage& page);
    [[nodiscard]] Status finish();
    [[nodiscard]] int pageCount() const { return m_pages; }

    // A deep copy of the page as a QImage with its resolution set; a null image if the page is not valid.
    [[nodiscard]] static QImage toImage(const plugins::scanner::ScannedPage& page);

private:
    QString m_path;
    QString m_title;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    int m_pages = 0;
};

} // namespace yc::documents
