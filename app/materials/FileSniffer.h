#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace yc::materials {

// What a file really is, judged by its first bytes and never by its name. Only the first four
// kinds are accepted as materials; every other kind carries a description for the refusal.
enum class FileKind
{
    Pdf,
    Jpeg,
    Png,
    Tiff,
    Empty,
    ElfExecutable,
    WindowsExecutable,
    MachOExecutable,
    Script,
    Zip,
    OfficeOpenXml, // .docx/.xlsx/.pptx: a ZIP with [Content_Types].xml
    OfficeLegacy,  // .doc/.xls/.ppt: an OLE2 compound file
    Rar,
    SevenZip,
    Gzip,
    Gif,
    Bmp,
    WebP,
    Heic,
    Ofd, // China's OFD documents are ZIPs with OFD.xml
    Html,
    Xml,
    Text,
    Unknown,
};

struct SniffResult
{
    FileKind kind = FileKind::Unknown;
    [[nodiscard]] bool accepted() const
    {
        return kind == FileKind::Pdf || kind == FileKind::Jpeg || kind == FileKind::Png || kind == FileKind::Tiff;
    }
};

class FileSniffer
{
    Q_DECLARE_TR_FUNCTIONS(yc::materials::FileSniffer)

public:
    // Looks at the bytes only (a prefix of the file is enough; 4 KB is plenty).
    [[nodiscard]] static SniffResult sniff(QByteArrayView head);
    // "a PDF document", "an ELF executable", ... (translated), for messages.
    [[nodiscard]] static QString describe(FileKind kind);
    // MIME type for the accepted kinds; empty for the others.
    [[nodiscard]] static QString mimeType(FileKind kind);
};

} // namespace yc::materials
