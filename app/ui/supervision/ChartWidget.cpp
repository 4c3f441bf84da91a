#include "ui/supervision/ChartWidget.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace yc::ui {

ChartWidget::ChartWidget(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartWidget::setTitle(const QString& title)
{
    m_title = title;
    setAccessibleName(title);
    update();
}

void ChartWidget::setBars(const QList<Bar>& bars)
{
    m_bars = bars;
    update();
}

void ChartWidget::setColor(const QColor& color)
{
    m_color = color;
    update();
}

void ChartWidget::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

void ChartWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    p.setPen(pal.mid().color());
    p.drawRect(rect().adjusted(0, 0, -1, -1));

    const QFontMetrics fm(font());
    const int pad = 8;
    QRect area = rect().adjusted(pad, pad, -pad, -pad);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.text().color());
    p.drawText(area.left(), area.top(), area.width(), fm.height(), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());
    area.setTop(area.top() + fm.height() + pad);

    if (m_bars.isEmpty()) {
        p.setPen(pal.placeholderText().color());
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    double maxValue = 0;
    for (const Bar& b : m_bars)
        maxValue = std::max(maxValue, b.value);
    if (maxValue <= 0)
        maxValue = 1;

    // Value labels above the bars, category labels below, a base line between.
    const int labelHeight = fm.height();
    QRect plot = area.adjusted(0, labelHeight, 0, -labelHeight - 4);
    if (plot.height() < 10)
        return;
    const int n = int(m_bars.size());
    const double slot = double(plot.width()) / n;
    const double barWidth = std::clamp(slot * 0.7, 2.0, 64.0);
    int widestLabel = 1;
    for (const Bar& b : m_bars)
        widestLabel = std::max(widestLabel, fm.horizontalAdvance(b.label));
    // Every k-th label only, so that labels never overlap.
    const int labelStep = std::max(1, int(std::ceil((widestLabel + 6) / slot)));
    const bool valuesFit = fm.horizontalAdvance(QStringLiteral("000")) <= slot;

    p.setPen(pal.mid().color());
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (int i = 0; i < n; ++i) {
        const Bar& b = m_bars.at(i);
        const double h = plot.height() * (b.value / maxValue);
        const double x = plot.left() + slot * i + (slot - barWidth) / 2;
        const QRectF bar(x, plot.bottom() - h, barWidth, h);
        p.fillRect(bar, b.color.isValid() ? b.color : m_color);
        p.setPen(pal.text().color());
        if (valuesFit && b.value > 0) {
            const QString value = QString::number(b.value, 'g', 4);
            p.drawText(QRectF(plot.left() + slot * i, bar.top() - labelHeight, slot, labelHeight),
                       Qt::AlignHCenter | Qt::AlignBottom, value);
        }
        if (i % labelStep == 0) {
            const double cx = plot.left() + slot * i + slot / 2;
            p.drawText(QRectF(cx - widestLabel / 2.0 - 3, plot.bottom() + 4, widestLabel + 6, labelHeight),
                       Qt::AlignHCenter | Qt::AlignTop, b.label);
        }
    }
}

} // namespace yc::ui
