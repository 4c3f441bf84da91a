#pragma once

#include "core/Result.h"
#include "materials/FileSniffer.h"
#include "materials/MaterialPage.h"
#include "materials/PageEncoder.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace yc::materials {

struct ImportLimits
{
    qint64 maxFileBytes = 50LL * 1024 * 1024; // one file as handed in
    int maxPages = 200;                       // one material, all files together
    qint64 maxImagePixels = 120'000'000;      // one image or rendered page (an A4 at 1200 dpi is 140 M)
};

// Turns files handed in by a citizen (or written by the scanner) into material pages. The bytes
// decide what a file is, never its name: PDF, JPEG, PNG and TIFF (every page of a multi-page
// TIFF) are taken; anything else is refused with a message naming what the file really is.
//
// JPEGs that are complete, grey or colour, at most 300 dpi and within the page budget are kept
// byte for byte. Other images are decoded and encoded again (PageEncoder). A PDF that this
// program packed earlier is read back page by page without loss (PackedPdf); any other PDF is
// rendered with QtPdf at 200 dpi and each page stored as a JPEG: its text layer, forms, scripts
// and attachments are dropped, and every page is held to the same budget as a scan.
class MaterialImporter
{
    Q_DECLARE_TR_FUNCTIONS(yc::materials::MaterialImporter)

public:
    explicit MaterialImporter(ImportLimits limits = {}, EncodeOptions encode = {});

    [[nodiscard]] Result<std::vector<MaterialPage>> importBytes(QByteArrayView bytes, const QString& fileName) const;
    // Checks the size before reading anything.
    [[nodiscard]] Result<std::vector<MaterialPage>> importFile(const QString& path) const;
    // All files or nothing, in the given order; files are decoded on up to `threads` threads.
    [[nodiscard]] Result<std::vector<MaterialPage>> importFiles(const QStringList& paths, int threads = 0) const;

    [[nodiscard]] const ImportLimits& limits() const { return m_limits; }

private:
    [[nodiscard]] Result<std::vector<MaterialPage>> importJpeg(QByteArrayView bytes) const;
    [[nodiscard]] Result<std::vector<MaterialPage>> importRaster(QByteArrayView bytes, FileKind kind) const;
    [[nodiscard]] Result<std::vector<MaterialPage>> importPdf(QByteArrayView bytes) const;
    [[nodiscard]] Error tooManyPages(qsizetype pages) const;

    ImportLimits m_limits;
    EncodeOptions m_encode;
};

} // namespace yc::materials
