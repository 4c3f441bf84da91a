#pragma once

#include "core/Result.h"
#include "core/catalog/GuideFormatter.h"

#include <QCoreApplication>

namespace yc::documents {

// The service guide of an item printed to PDF for the citizen to take home: A4, Chinese text in
// an embedded CJK font (Noto CJK, package fonts-noto-cjk), page numbers, the catalog version and
// the date printed in the footer. Text copied out of it reads back as written (see PdfTextMap).
class GuidePdf
{
    Q_DECLARE_TR_FUNCTIONS(yc::documents::GuidePdf)

public:
    struct Footer
    {
        QString hallName; // may be empty
        qint64 catalogVersion = 0;
        QString printedOn; // e.g. 2026-11-28
    };

    // Writes atomically (QSaveFile). Error code document.unwritable.
    [[nodiscard]] static Status write(const catalog::ServiceItem& item,
                                      const catalog::GuideFormatter::SubItems& subItems, const Footer& footer,
                                      const QString& path);

    // The CJK font family used (first of Noto Serif CJK SC, Noto Sans CJK SC present).
    [[nodiscard]] static QString fontFamily();
};

} // namespace yc::documents
