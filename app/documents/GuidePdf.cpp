#include "documents/GuidePdf.h"

#include "documents/PdfTextMap.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace yc::documents {

QString GuidePdf::fontFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const QString& wanted : {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                                  QStringLiteral("Noto Sans Mono CJK SC")}) {
        if (families.contains(wanted))
            return wanted;
    }
    return QStringLiteral("Noto Sans CJK SC");
}

Status GuidePdf::write(const catalog::ServiceItem& item, const catalog::GuideFormatter::SubItems& subItems,
                       const Footer& footer, const QString& path)
{
    // Drawn into memory first: the text map is repaired before the file is written (PdfTextMap).
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QFont font(fontFamily());
    font.setPointSizeF(10.5);
    // No OpenType shaping: Chinese and the Latin in a guide need none, and with it HarfBuzz picks
    // alternate digit glyphs and ligatures (ﬀ) that have no way back to their characters in the
    // PDF's text map, so copied codes and dates lost their digits.
    font.setStyleStrategy(QFont::PreferNoShaping);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Service guide: %1").arg(item.name));
        writer.setCreator(QStringLiteral("Yichuang"));

        QTextDocument doc;
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(QStringLiteral("h2 { font-size: 16pt; } h3 { font-size: 12pt; margin-top: 10px; } "
                                                "td { font-size: 10pt; }"));
        QString html = QStringLiteral("<p align=\"right\">%1</p>").arg(tr("Service guide").toHtmlEscaped());
        html += catalog::GuideFormatter::toHtml(item, subItems);
        doc.setHtml(html);

        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(QStringLiteral("document.unwritable"), tr("Cannot start the PDF %1.").arg(path));
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal footerHeight = 90;
        const QRectF body(0, 0, page.width(), page.height() - footerHeight);
        doc.setPageSize(body.size());
        // Lay the text out at the writer's resolution.
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setPageSize(body.size());
        const int pages = doc.pageCount();
        QFont small = font;
        small.setPointSizeF(8);
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -body.height() * p);
            doc.drawContents(&painter, QRectF(0, body.height() * p, body.width(), body.height()));
            painter.restore();
            painter.setFont(small);
            QStringList parts;
            if (!footer.hallName.isEmpty())
                parts << footer.hallName;
            parts << tr("Catalog version %1, item version %2").arg(footer.catalogVersion).arg(item.itemVersion);
            if (!footer.printedOn.isEmpty())
                parts << tr("Printed %1").arg(footer.printedOn);
            parts << tr("Page %1 of %2").arg(p + 1).arg(pages);
            painter.drawText(QRectF(0, page.height() - footerHeight + 20, page.width(), footerHeight - 20),
                             Qt::AlignLeft | Qt::AlignVCenter, parts.join(QStringLiteral("  |  ")));
        }
        painter.end();
    }
    QFont bold = font;
    bold.setBold(true);
    const auto repaired = PdfTextMap({font, bold}).repair(pdf);
    if (!repaired)
        return repaired.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return makeError(QStringLiteral("document.unwritable"),
                         tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace yc::documents
