#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <map>
#include <optional>

namespace yc::materials {

// The file structure of a PDF: the chain of cross-reference sections from `startxref` back
// through /Prev, and the trailer. Every in-use entry of a classic xref table must point at the
// object it names ("12 0 obj"); a PDF viewer would silently rebuild a broken table, but a file
// whose table is broken was damaged on the way and is refused here. Cross-reference streams
// (PDF 1.5) are inflated and checked the same way, except for objects kept inside object streams.
//
// It also gives plain access to the objects of a classic-table PDF, which is enough to read back
// the PDFs PdfWriter writes (see PackedPdf).
class PdfStructure
{
    Q_DECLARE_TR_FUNCTIONS(yc::materials::PdfStructure)

public:
    [[nodiscard]] static Result<PdfStructure> parse(QByteArrayView data);

    [[nodiscard]] bool encrypted() const { return m_encrypted; }
    [[nodiscard]] bool hasXrefStream() const { return m_xrefStream; }
    [[nodiscard]] int rootObject() const { return m_root; }
    [[nodiscard]] int infoObject() const { return m_info; }
    [[nodiscard]] qsizetype objectCount() const { return qsizetype(m_offsets.size()); }

    // The dictionary text of object `number` (between "obj" and "stream"/"endobj"); empty if absent.
    [[nodiscard]] QByteArrayView dictionary(int number) const;
    // The raw bytes of a stream object whose /Length is a direct integer; nullopt when unreadable.
    [[nodiscard]] std::optional<QByteArrayView> stream(int number) const;

    // Helpers over dictionary text (no nesting awareness beyond what PdfWriter's own files need).
    [[nodiscard]] static std::optional<qint64> integer(QByteArrayView dict, QByteArrayView key);
    [[nodiscard]] static std::optional<int> reference(QByteArrayView dict, QByteArrayView key);
    [[nodiscard]] static QByteArrayView name(QByteArrayView dict, QByteArrayView key);
    [[nodiscard]] static QByteArrayView array(QByteArrayView dict, QByteArrayView key);
    [[nodiscard]] static QByteArrayView literalString(QByteArrayView dict, QByteArrayView key);

private:
    bool readXrefStream(QByteArrayView data, QByteArrayView dictionary);

    QByteArrayView m_data;
    std::map<int, qsizetype> m_offsets; // object number -> offset, first (newest) definition wins
    int m_root = 0;
    int m_info = 0;
    bool m_encrypted = false;
    bool m_xrefStream = false;
};

} // namespace yc::materials
