#include "documents/NoticeLayout.h"

#include "documents/GuidePdf.h"
#include "documents/QrCode.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace yc::documents {

namespace {

QFont noticeFont(const QString& family, qreal points, bool bold)
{
    QFont font(family);
    font.setPointSizeF(points);
    font.setBold(bold);
    // No shaping: see GuidePdf and PdfTextMap (digits and ligatures must copy out as text).
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

const QColor ink(Qt::black);
const QColor rule(90, 90, 90);
const QColor watermark(200, 200, 200, 140);

} // namespace

NoticeLayout::NoticeLayout(QPagedPaintDevice& device, QPainter* painter, const NoticeData& data,
                           const NoticeTemplate& words, int pages)
    : m_device(device)
    , m_painter(painter)
    , m_data(data)
    , m_words(words)
    , m_pages(pages)
{
    const QString serif = GuidePdf::fontFamily();
    m_body = noticeFont(serif, 11, false);
    m_small = noticeFont(serif, 9.5, false);
    m_bold = noticeFont(serif, 11, true);
    m_title = noticeFont(QStringLiteral("Noto Sans CJK SC"), 20, true);
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    m_area = QRectF(0, 0, page.width(), page.height());
    m_materialHeader = {words.label(QStringLiteral("columnNo")),     words.label(QStringLiteral("columnName")),
                        words.label(QStringLiteral("columnForm")),   words.label(QStringLiteral("columnCopies")),
                        words.label(QStringLiteral("columnStatus")), words.label(QStringLiteral("columnReason"))};
    startPage();
}

qreal NoticeLayout::mm(qreal millimetres) const
{
    return millimetres * m_device.logicalDpiX() / 25.4;
}

QString NoticeLayout::date(const QDate& d) const
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

qreal NoticeLayout::textHeight(const QFont& font, qreal width, const QString& text) const
{
    const QFontMetricsF metrics(font, &m_device);
    if (text.isEmpty())
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text).height();
}

void NoticeLayout::drawText(const QRectF& rect, const QFont& font, int flags, const QString& text)
{
    if (!m_painter)
        return;
    m_painter->setFont(font);
    m_painter->setPen(ink);
    m_painter->drawText(rect, flags | Qt::TextWordWrap, text);
}

void NoticeLayout::startPage()
{
    m_y = 0;
    if (!m_painter || !m_data.training)
        return;
    // Under everything else: a large grey "培训 TRAINING" across the middle of the page.
    m_painter->save();
    m_painter->translate(m_area.center());
    m_painter->rotate(-30);
    QFont mark = m_title;
    mark.setPointSizeF(72);
    m_painter->setFont(mark);
    m_painter->setPen(watermark);
    const QRectF box(-m_area.width(), -mm(40), 2 * m_area.width(), mm(80));
    m_painter->drawText(box, Qt::AlignCenter, m_words.label(QStringLiteral("training")) + QStringLiteral(" TRAINING"));
    m_painter->restore();
}

void NoticeLayout::endPage()
{
    const qreal footer = mm(8);
    QString text = NoticeTemplate::fill(m_words.label(QStringLiteral("page")),
                                        {{QStringLiteral("page"), QString::number(m_page)},
                                         {QStringLiteral("pages"), QString::number(qMax(m_pages, m_page))}});
    if (!m_data.caseNumber.isEmpty())
        text = m_words.label(QStringLiteral("caseNumber")) + QStringLiteral("：") + m_data.caseNumber +
               QStringLiteral("    ") + text;
    if (m_data.training)
        text = m_words.label(QStringLiteral("trainingNote")) + QStringLiteral("    ") + text;
    drawText(QRectF(0, m_area.height() - footer, m_area.width(), footer), m_small, Qt::AlignCenter, text);
}

void NoticeLayout::newPage()
{
    endPage();
    ++m_page;
    if (m_painter)
        m_device.newPage();
    startPage();
}

void NoticeLayout::ensure(qreal height)
{
    if (!fits(height) && m_y > 0)
        newPage();
}

void NoticeLayout::title(const QString& title, const QString& subtitle)
{
    const qreal h = textHeight(m_title, m_area.width(), title);
    drawText(QRectF(0, m_y, m_area.width(), h), m_title, Qt::AlignHCenter, title);
    m_y += h;
    if (!subtitle.isEmpty()) {
        const qreal s = textHeight(m_body, m_area.width(), subtitle);
        drawText(QRectF(0, m_y, m_area.width(), s), m_body, Qt::AlignHCenter, subtitle);
        m_y += s;
    }
    m_y += mm(3);
    const QString number = m_words.label(QStringLiteral("caseNumber")) + QStringLiteral("：") + m_data.caseNumber;
    const qreal n = textHeight(m_body, m_area.width(), number);
    drawText(QRectF(0, m_y, m_area.width(), n), m_body, Qt::AlignRight, number);
    m_y += n + mm(3);
}

qreal NoticeLayout::rowHeight(const QList<qreal>& widths, const QStringList& texts, const QFont& font) const
{
    const qreal pad = mm(1.5);
    qreal height = 0;
    for (qsizetype i = 0; i < widths.size(); ++i)
        height = qMax(height, textHeight(font, widths[i] - 2 * pad, texts.value(i)) + 2 * pad);
    return height;
}

bool NoticeLayout::fits(qreal height) const
{
    return m_y + height <= m_area.height() - mm(12); // above the footer
}

void NoticeLayout::drawRow(const QList<qreal>& widths, const QStringList& texts, const QFont& font, bool header)
{
    const qreal pad = mm(1.5);
    const qreal height = rowHeight(widths, texts, font);
    ensure(height);
    qreal x = 0;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const QRectF cell(x, m_y, widths[i], height);
        if (m_painter) {
            m_painter->setPen(QPen(rule, mm(0.2)));
            if (header)
                m_painter->fillRect(cell, QColor(238, 238, 238));
            m_painter->drawRect(cell);
        }
        drawText(cell.adjusted(pad, pad, -pad, -pad), font, header ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter,
                 texts.value(i));
        x += widths[i];
    }
    m_y += height;
}

void NoticeLayout::particulars(const QList<Cell>& cells)
{
    const qreal w = m_area.width();
    const qreal label = w * 0.17;
    const qreal value = w * 0.33;
    for (qsizetype i = 0; i < cells.size();) {
        const Cell& c = cells[i];
        const bool pairs = !c.wide && i + 1 < cells.size() && !cells[i + 1].wide;
        if (pairs) {
            drawRow({label, value, label, value}, {c.label, c.value, cells[i + 1].label, cells[i + 1].value}, m_small,
                    false);
            i += 2;
        } else {
            drawRow({label, w - label}, {c.label, c.value}, m_small, false);
            ++i;
        }
    }
    m_y += mm(4);
}

void NoticeLayout::paragraph(const QString& text, bool indent)
{
    // First-line indent of two characters, as Chinese documents set their paragraphs.
    const QString shown = indent ? QStringLiteral("\u3000\u3000") + text : text;
    const qreal h = textHeight(m_body, m_area.width(), shown);
    ensure(h);
    drawText(QRectF(0, m_y, m_area.width(), h), m_body, Qt::AlignLeft, shown);
    m_y += h + mm(1.5);
}

void NoticeLayout::heading(const QString& text)
{
    const qreal h = textHeight(m_bold, m_area.width(), text);
    ensure(h * 3); // never alone at the foot of a page
    m_y += mm(2);
    drawText(QRectF(0, m_y, m_area.width(), h), m_bold, Qt::AlignLeft, text);
    m_y += h + mm(1.5);
}

void NoticeLayout::signatureLine(const QString& text)
{
    const qreal width = m_area.width() * 0.75;
    const qreal h = textHeight(m_body, width, text);
    ensure(h + mm(10));
    m_y += mm(8);
    drawText(QRectF(m_area.width() - width, m_y, width, h), m_body, Qt::AlignLeft, text);
    m_y += h + mm(3);
}

void NoticeLayout::materials(const QList<NoticeMaterial>& list, bool reasons)
{
    const qreal w = m_area.width();
    const QList<qreal> widths = reasons ? QList<qreal>{w * 0.07, w * 0.30, w * 0.16, w * 0.07, w * 0.10, w * 0.30}
                                        : QList<qreal>{w * 0.08, w * 0.46, w * 0.24, w * 0.10, w * 0.12};
    const QStringList header = m_materialHeader.mid(0, widths.size());
    ensure(rowHeight(widths, header, m_small) * 2); // the header never alone at the foot of a page
    drawRow(widths, header, m_small, true);
    if (list.isEmpty()) {
        drawRow({w}, {m_words.label(QStringLiteral("noMaterials"))}, m_small, false);
        m_y += mm(3);
        return;
    }
    static const char* forms[] = {"form.original", "form.copy", "form.originalAndCopy", "form.electronic"};
    static const char* statuses[] = {"status.received", "status.missing", "status.deficient", "status.deferred"};
    int n = 0;
    for (const NoticeMaterial& m : list) {
        QStringList row{QString::number(++n),
                        m.name,
                        m_words.label(QLatin1String(forms[int(m.form)])),
                        QString::number(m.copies),
                        m_words.label(QLatin1String(statuses[int(m.status)])),
                        m.reason};
        row = row.mid(0, widths.size());
        if (!fits(rowHeight(widths, row, m_small))) { // a new page repeats the header
            newPage();
            drawRow(widths, header, m_small, true);
        }
        drawRow(widths, row, m_small, false);
    }
    m_y += mm(3);
}

void NoticeLayout::closingBlock(const QDate& on, const QString& closing)
{
    // The closing paragraph, the hall's name, the date and the seal stay together: a seal on a page
    // of its own would not be on the text it confirms.
    const qreal seal = mm(44);
    const qreal height = seal + mm(4);
    const QString shown = closing.isEmpty() ? QString() : QStringLiteral("\u3000\u3000") + closing;
    const qreal closingHeight = shown.isEmpty() ? 0 : textHeight(m_body, m_area.width(), shown) + mm(1.5);
    ensure(closingHeight + height);
    if (!shown.isEmpty())
        paragraph(closing);
    const qreal top = m_y + mm(2);
    // Left: the verification QR code with its caption.
    if (!m_data.verification.isEmpty()) {
        const qreal side = mm(30);
        if (m_painter) {
            const auto image = QrCode::encode(m_data.verification.toUtf8(), 8);
            if (image)
                m_painter->drawImage(QRectF(0, top, side, side), image.value());
        }
        drawText(QRectF(0, top + side, side + mm(20), mm(6)), m_small, Qt::AlignLeft,
                 m_words.label(QStringLiteral("qrCaption")));
    }
    // Right: the hall's name and the date, with the area for the seal (stamped by hand over them).
    const QRectF sealArea(m_area.width() - seal - mm(6), top, seal, seal);
    if (m_painter) {
        m_painter->setPen(QPen(rule, mm(0.25), Qt::DashLine));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawEllipse(sealArea);
    }
    const QFontMetricsF metrics(m_body, &m_device);
    const QRectF lines(sealArea.left(), sealArea.center().y() - metrics.height(), seal, 2 * metrics.height());
    drawText(lines, m_body, Qt::AlignCenter, m_data.hall.name + QLatin1Char('\n') + date(on));
    drawText(QRectF(sealArea.left(), sealArea.bottom() - mm(10), seal, mm(6)), m_small, Qt::AlignHCenter,
             m_words.label(QStringLiteral("sealArea")));
    m_y = top + height;
}

int NoticeLayout::finish()
{
    endPage();
    return m_page;
}

} // namespace yc::documents
