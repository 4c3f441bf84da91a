#include "materials/FileSniffer.h"

#include <array>

namespace yc::materials {

namespace {

bool startsWith(QByteArrayView data, QByteArrayView magic, qsizetype at = 0)
{
    return data.size() >= at + magic.size() && data.sliced(at, magic.size()) == magic;
}

bool containsInHead(QByteArrayView data, QByteArrayView needle, qsizetype limit)
{
    return data.first(std::min(data.size(), limit)).indexOf(needle) >= 0;
}

QByteArray lowerHead(QByteArrayView data, qsizetype limit)
{
    return data.first(std::min(data.size(), limit)).toByteArray().toLower();
}

// Text when no byte is a control character other than tab, line feed, form feed and carriage
// return (UTF-8 and GB18030 both keep their multi-byte sequences above 0x7f).
bool looksLikeText(QByteArrayView data)
{
    const qsizetype n = std::min<qsizetype>(data.size(), 4096);
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b)
            return false;
        if (c == 0x7f)
            return false;
    }
    return true;
}

SniffResult zipKind(QByteArrayView data)
{
    // The first entries of an Office Open XML or OFD package name their manifest; look near the start.
    if (containsInHead(data, "[Content_Types].xml", 4096) || containsInHead(data, "word/", 4096) ||
        containsInHead(data, "xl/", 4096) || containsInHead(data, "ppt/", 4096) ||
        containsInHead(data, "application/vnd.oasis.opendocument", 4096))
        return {FileKind::OfficeOpenXml};
    if (containsInHead(data, "OFD.xml", 4096))
        return {FileKind::Ofd};
    return {FileKind::Zip};
}

} // namespace

SniffResult FileSniffer::sniff(QByteArrayView head)
{
    if (head.isEmpty())
        return {FileKind::Empty};
    if (startsWith(head, "%PDF-"))
        return {FileKind::Pdf};
    if (startsWith(head, "\xFF\xD8\xFF"))
        return {FileKind::Jpeg};
    if (startsWith(head, "\x89PNG\r\n\x1A\n"))
        return {FileKind::Png};
    if (startsWith(head, QByteArrayView("II*\0", 4)) || startsWith(head, QByteArrayView("MM\0*", 4)) ||
        startsWith(head, QByteArrayView("II+\0", 4)) || startsWith(head, QByteArrayView("MM\0+", 4)))
        return {FileKind::Tiff};
    if (startsWith(head, "\x7F"
                         "ELF"))
        return {FileKind::ElfExecutable};
    if (startsWith(head, "MZ"))
        return {FileKind::WindowsExecutable};
    static constexpr std::array<const char*, 4> machO = {"\xFE\xED\xFA\xCE", "\xFE\xED\xFA\xCF", "\xCE\xFA\xED\xFE",
                                                         "\xCF\xFA\xED\xFE"};
    for (const char* magic : machO)
        if (startsWith(head, QByteArrayView(magic, 4)))
            return {FileKind::MachOExecutable};
    if (startsWith(head, "#!"))
        return {FileKind::Script};
    if (startsWith(head, "PK\x03\x04") || startsWith(head, "PK\x05\x06"))
        return zipKind(head);
    if (startsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return {FileKind::OfficeLegacy};
    if (startsWith(head, "Rar!\x1A\x07"))
        return {FileKind::Rar};
    if (startsWith(head, "7z\xBC\xAF\x27\x1C"))
        return {FileKind::SevenZip};
    if (startsWith(head, "\x1F\x8B"))
        return {FileKind::Gzip};
    if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a"))
        return {FileKind::Gif};
    if (startsWith(head, "RIFF") && startsWith(head, "WEBP", 8))
        return {FileKind::WebP};
    if (startsWith(head, "ftyp", 4) && (startsWith(head, "heic", 8) || startsWith(head, "heix", 8) ||
                                        startsWith(head, "mif1", 8) || startsWith(head, "avif", 8)))
        return {FileKind::Heic};
    // BMP: "BM", then the file size, then two reserved 16-bit zeros.
    if (startsWith(head, "BM") && head.size() >= 14 && head[6] == 0 && head[7] == 0 && head[8] == 0 && head[9] == 0)
        return {FileKind::Bmp};

    QByteArrayView text = head;
    if (startsWith(text, "\xEF\xBB\xBF"))
        text = text.sliced(3);
    if (looksLikeText(text)) {
        const QByteArray lower = lowerHead(text, 1024).trimmed();
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<head>") ||
            lower.contains("<body"))
            return {FileKind::Html};
        if (lower.startsWith("<?xml") || lower.startsWith("<svg"))
            return {FileKind::Xml};
        return {FileKind::Text};
    }
    return {FileKind::Unknown};
}

QString FileSniffer::describe(FileKind kind)
{
    switch (kind) {
    case FileKind::Pdf:
        return tr("a PDF document");
    case FileKind::Jpeg:
        return tr("a JPEG image");
    case FileKind::Png:
        return tr("a PNG image");
    case FileKind::Tiff:
        return tr("a TIFF image");
    case FileKind::Empty:
        return tr("an empty file");
    case FileKind::ElfExecutable:
        return tr("an ELF executable");
    case FileKind::WindowsExecutable:
        return tr("a Windows executable");
    case FileKind::MachOExecutable:
        return tr("a macOS executable");
    case FileKind::Script:
        return tr("a script");
    case FileKind::Zip:
        return tr("a ZIP archive");
    case FileKind::OfficeOpenXml:
        return tr("an Office document");
    case FileKind::OfficeLegacy:
        return tr("an old-format Office document");
    case FileKind::Rar:
        return tr("a RAR archive");
    case FileKind::SevenZip:
        return tr("a 7-Zip archive");
    case FileKind::Gzip:
        return tr("a gzip-compressed file");
    case FileKind::Gif:
        return tr("a GIF image");
    case FileKind::Bmp:
        return tr("a BMP image");
    case FileKind::WebP:
        return tr("a WebP image");
    case FileKind::Heic:
        return tr("a HEIC/AVIF photo");
    case FileKind::Ofd:
        return tr("an OFD document");
    case FileKind::Html:
        return tr("an HTML web page");
    case FileKind::Xml:
        return tr("an XML document");
    case FileKind::Text:
        return tr("a plain text file");
    case FileKind::Unknown:
        break;
    }
    return tr("a file of unknown type");
}

QString FileSniffer::mimeType(FileKind kind)
{
    switch (kind) {
    case FileKind::Pdf:
        return QStringLiteral("application/pdf");
    case FileKind::Jpeg:
        return QStringLiteral("image/jpeg");
    case FileKind::Png:
        return QStringLiteral("image/png");
    case FileKind::Tiff:
        return QStringLiteral("image/tiff");
    default:
        return {};
    }
}

} // namespace yc::materials
