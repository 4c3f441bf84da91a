#pragma once

#include "core/Notice.h"
#include "documents/NoticeTemplate.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;
class QPagedPaintDevice;

namespace yc::documents {

// The parts every notice shares, laid out top to bottom on A4 pages: title, case number, the
// table of particulars (hall, window, item, applicant, dates, clerk), paragraphs, the materials
// table, and the closing block (QR code, hall name and date, the seal area). Each page gets the
// training watermark when the notice is a training one, and a footer with "page n of m".
//
// Laid out twice: once without a painter to count the pages, then for real.
class NoticeLayout
{
public:
    struct Cell
    {
        QString label;
        QString value;
        bool wide = false; // the value takes the rest of the row
    };

    // `painter` null: count only. `pages`: the page count from the counting pass (0 then).
    NoticeLayout(QPagedPaintDevice& device, QPainter* painter, const NoticeData& data, const NoticeTemplate& words,
                 int pages);

    void title(const QString& title, const QString& subtitle);
    void particulars(const QList<Cell>& cells);
    void paragraph(const QString& text, bool indent = true);
    void heading(const QString& text);
    // A line for a handwritten signature and date, with room to write above it.
    void signatureLine(const QString& text);
    // Materials with their form, copies and status; `reasons` adds the reason column.
    void materials(const QList<NoticeMaterial>& list, bool reasons);
    // The closing paragraph, then the QR code (when the notice has a verification text), the hall's
    // name, the date and the seal area, kept together on one page.
    void closingBlock(const QDate& date, const QString& closing);
    // Ends the last page. Returns the number of pages used.
    int finish();

    [[nodiscard]] QString date(const QDate& d) const; // 2026年12月1日

private:
    [[nodiscard]] qreal mm(qreal millimetres) const;
    [[nodiscard]] qreal textHeight(const QFont& font, qreal width, const QString& text) const;
    [[nodiscard]] qreal rowHeight(const QList<qreal>& widths, const QStringList& texts, const QFont& font) const;
    [[nodiscard]] bool fits(qreal height) const;
    void ensure(qreal height);
    void newPage();
    void startPage();
    void endPage();
    void drawText(const QRectF& rect, const QFont& font, int flags, const QString& text);
    void drawRow(const QList<qreal>& widths, const QStringList& texts, const QFont& font, bool header);

    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    const NoticeData& m_data;
    const NoticeTemplate& m_words;
    int m_pages;
    int m_page = 1;
    QRectF m_area; // the printable area, device pixels
    qreal m_y = 0;
    QFont m_body;
    QFont m_small;
    QFont m_title;
    QFont m_bold;
    QStringList m_materialHeader;
};

} // namespace yc::documents
