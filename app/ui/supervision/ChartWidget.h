#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace yc::ui {

// A small bar chart drawn with QPainter (Qt Charts is GPL-only): a title, one bar per category with
// its value above it, and the category under it (labels thinned out when they do not fit).
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        double value = 0;
        QColor color; // invalid: the chart's colour
    };

    explicit ChartWidget(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setBars(const QList<Bar>& bars);
    void setColor(const QColor& color);
    // Shown instead of bars when there are none.
    void setEmptyText(const QString& text);

    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] const QList<Bar>& bars() const { return m_bars; }

    [[nodiscard]] QSize sizeHint() const override { return {360, 200}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {200, 140}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_title;
    QString m_emptyText;
    QList<Bar> m_bars;
    QColor m_color{0x2f, 0x6f, 0xb3};
};

} // namespace yc::ui
