#include "materials/MaterialImporter.h"

#include "materials/JpegInfo.h"
#include "materials/PackedPdf.h"
#include "materials/PdfStructure.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QPdfDocument>

#include <atomic>
#include <cmath>
#include <optional>
#include <thread>

namespace yc::materials {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

bool extensionClaimsAccepted(const QString& fileName)
{
    static const QStringList accepted = {QStringLiteral("pdf"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                         QStringLiteral("png"), QStringLiteral("tif"), QStringLiteral("tiff")};
    return accepted.contains(QFileInfo(fileName).suffix().toLower());
}

} // namespace

MaterialImporter::MaterialImporter(ImportLimits limits, EncodeOptions encode)
    : m_limits(limits)
    , m_encode(encode)
{}

Error MaterialImporter::tooManyPages(qsizetype pages) const
{
    return makeError(QStringLiteral("material.too-many-pages"),
                     tr("The material has %1 pages; at most %2 pages are allowed.").arg(pages).arg(m_limits.maxPages));
}

Result<std::vector<MaterialPage>> MaterialImporter::importBytes(QByteArrayView bytes, const QString& fileName) const
{
    const SniffResult sniffed = FileSniffer::sniff(bytes.first(std::min<qsizetype>(bytes.size(), 4096)));
    if (sniffed.kind == FileKind::Empty)
        return makeError(QStringLiteral("material.empty"), tr("This file is empty (0 bytes); nothing was added."));
    if (!sniffed.accepted()) {
        const QString what = FileSniffer::describe(sniffed.kind);
        const QString suffix = QFileInfo(fileName).suffix();
        return makeError(QStringLiteral("material.refused-type"),
                         extensionClaimsAccepted(fileName)
                             ? tr("This file is %1 (renamed .%2); only PDF, JPEG, PNG and TIFF files are accepted.")
                                   .arg(what, suffix)
                             : tr("This file is %1; only PDF, JPEG, PNG and TIFF files are accepted.").arg(what));
    }
    if (bytes.size() > m_limits.maxFileBytes)
        return makeError(QStringLiteral("material.too-large"),
                         tr("The file is %1 MB; files of at most %2 MB are accepted.")
                             .arg(megabytes(bytes.size()), megabytes(m_limits.maxFileBytes)));
    switch (sniffed.kind) {
    case FileKind::Jpeg:
        return importJpeg(bytes);
    case FileKind::Png:
    case FileKind::Tiff:
        return importRaster(bytes, sniffed.kind);
    case FileKind::Pdf:
        return importPdf(bytes);
    default:
        break;
    }
    return makeError(QStringLiteral("material.refused-type"), tr("This file type is not accepted."));
}

Result<std::vector<MaterialPage>> MaterialImporter::importFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("material.unreadable"),
                         tr("The file cannot be read: %1").arg(file.errorString()));
    if (file.size() > m_limits.maxFileBytes) {
        const QByteArray head = file.read(4096);
        if (!FileSniffer::sniff(head).accepted()) // what the file really is says more than its size
            return importBytes(head, QFileInfo(path).fileName()).error();
        return makeError(QStringLiteral("material.too-large"),
                         tr("The file is %1 MB; files of at most %2 MB are accepted.")
                             .arg(megabytes(file.size()), megabytes(m_limits.maxFileBytes)));
    }
    return importBytes(file.readAll(), QFileInfo(path).fileName());
}

Result<std::vector<MaterialPage>> MaterialImporter::importFiles(const QStringList& paths, int threads) const
{
    std::vector<std::optional<Result<std::vector<MaterialPage>>>> results(size_t(paths.size()));
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next++; i < paths.size(); i = next++)
            results[size_t(i)].emplace(importFile(paths[i]));
    };
    const int count = std::clamp(threads > 0 ? threads : int(std::thread::hardware_concurrency()), 1,
                                 int(std::max<qsizetype>(1, paths.size())));
    std::vector<std::thread> workers;
    for (int t = 1; t < count; ++t)
        workers.emplace_back(work);
    work();
    for (auto& w : workers)
        w.join();

    std::vector<MaterialPage> pages;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        auto& r = *results[size_t(i)];
        if (!r)
            return makeError(r.error().code, tr("%1: %2").arg(QFileInfo(paths[i]).fileName(), r.error().message));
        for (auto& p : r.value())
            pages.push_back(std::move(p));
        if (qsizetype(pages.size()) > m_limits.maxPages)
            return tooManyPages(qsizetype(pages.size()));
    }
    return pages;
}

Result<std::vector<MaterialPage>> MaterialImporter::importJpeg(QByteArrayView bytes) const
{
    auto info = JpegParser::parse(bytes);
    if (!info)
        return info.error();
    const JpegInfo& j = info.value();
    if (qint64(j.width) * j.height > m_limits.maxImagePixels)
        return makeError(QStringLiteral("material.image-too-large"),
                         tr("The image is %1 x %2 pixels; images of at most %3 megapixels are accepted.")
                             .arg(j.width)
                             .arg(j.height)
                             .arg(m_limits.maxImagePixels / 1'000'000));
    const QSizeF paper = PageEncoder::paperSize(QSize(j.width, j.height), j.dpiX, j.dpiY);
    const double dpi = j.width / (paper.width() / 72.0);
    // Kept as it is when PDF can show it as it is; a camera's EXIF turn becomes the page's /Rotate
    // (a mirrored picture is decoded and turned instead).
    if (j.embeddableInPdf() && !j.adobeTransform && j.uprightRotation() >= 0 && dpi <= TargetDpi * 1.5 &&
        bytes.size() <= PageEncoder::budgetFor(paper, m_encode.bytesPerA4Page)) {
        MaterialPage page;
        page.jpeg = bytes.toByteArray();
        page.pixels = QSize(j.width, j.height);
        page.components = j.components;
        page.pointSize = paper;
        page.rotation = j.uprightRotation();
        return std::vector<MaterialPage>{std::move(page)};
    }
    return importRaster(bytes, FileKind::Jpeg);
}

Result<std::vector<MaterialPage>> MaterialImporter::importRaster(QByteArrayView bytes, FileKind kind) const
{
    QByteArray copy = bytes.toByteArray();
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = kind == FileKind::Png ? "png" : kind == FileKind::Tiff ? "tiff" : "jpeg";
    QImageReader reader(&buffer, format);
    reader.setAutoTransform(true); // camera orientation (EXIF) applied
    reader.setAllocationLimit(int(std::min<qint64>(m_limits.maxImagePixels * 4 / (1024 * 1024) + 1, 4096)));
    if (!reader.canRead())
        return makeError(QStringLiteral("material.image-damaged"),
                         tr("The image cannot be read (%1); it is damaged or in an unusual variant of its format.")
                             .arg(FileSniffer::describe(kind)));
    std::vector<MaterialPage> pages;
    const int count = std::max(1, reader.imageCount());
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !reader.jumpToNextImage())
            break;
        if (int(pages.size()) >= m_limits.maxPages)
            return tooManyPages(count);
        const QSize size = reader.size();
        if (size.isValid() && qint64(size.width()) * size.height() > m_limits.maxImagePixels)
            return makeError(QStringLiteral("material.image-too-large"),
                             tr("The image is %1 x %2 pixels; images of at most %3 megapixels are accepted.")
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(m_limits.maxImagePixels / 1'000'000));
        QImage image;
        if (!reader.read(&image) || image.isNull())
            return makeError(QStringLiteral("material.image-damaged"),
                             tr("Page %1 of the image cannot be read: %2").arg(i + 1).arg(reader.errorString()));
        pages.push_back(PageEncoder::encode(image, m_encode));
    }
    if (pages.empty())
        return makeError(QStringLiteral("material.image-damaged"), tr("The image holds no pages."));
    return pages;
}

Result<std::vector<MaterialPage>> MaterialImporter::importPdf(QByteArrayView bytes) const
{
    auto structure = PdfStructure::parse(bytes);
    if (!structure)
        return structure.error();
    if (structure.value().encrypted())
        return makeError(QStringLiteral("material.pdf-encrypted"),
                         tr("The PDF is encrypted or password-protected; ask for an unprotected copy."));
    if (auto packed = PackedPdf::read(bytes, m_limits.maxPages))
        return std::move(*packed);

    QByteArray copy = bytes.toByteArray();
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.error() == QPdfDocument::Error::IncorrectPassword)
        return makeError(QStringLiteral("material.pdf-encrypted"),
                         tr("The PDF is encrypted or password-protected; ask for an unprotected copy."));
    if (document.status() != QPdfDocument::Status::Ready || document.error() != QPdfDocument::Error::None)
        return makeError(QStringLiteral("material.pdf-damaged"),
                         tr("The PDF file cannot be opened; it is damaged or uses features that are not supported."));
    const int count = document.pageCount();
    if (count <= 0)
        return makeError(QStringLiteral("material.pdf-damaged"), tr("The PDF has no pages."));
    if (count > m_limits.maxPages)
        return tooManyPages(count);

    std::vector<MaterialPage> pages;
    pages.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const QSizeF points = document.pagePointSize(i);
        const QSize pixels(int(std::lround(points.width() / 72.0 * m_encode.dpi)),
                           int(std::lround(points.height() / 72.0 * m_encode.dpi)));
        if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > m_limits.maxImagePixels)
            return makeError(QStringLiteral("material.image-too-large"),
                             tr("Page %1 of the PDF is too large to be a document page.").arg(i + 1));
        const QImage rendered = document.render(i, pixels);
        if (rendered.isNull())
            return makeError(QStringLiteral("material.pdf-damaged"),
                             tr("Page %1 of the PDF cannot be shown.").arg(i + 1));
        pages.push_back(PageEncoder::encode(rendered, m_encode, points));
    }
    return pages;
}

} // namespace yc::materials
