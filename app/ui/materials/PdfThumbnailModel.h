#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>
#include <QSet>

class QPdfDocument;
class QPdfPageRenderer;

namespace yc::ui {

// One row per page of a PDF. A page's thumbnail is rendered the first time a view asks for its
// picture (that is, when it is on screen), on QPdfPageRenderer's thread; until then the row shows
// an empty sheet of the page's proportions.
class PdfThumbnailModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit PdfThumbnailModel(QPdfDocument* document, QSize thumbnailSize, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;

    void reset(); // after the document changed
    [[nodiscard]] int requested() const { return int(m_requested.size()); }
    [[nodiscard]] int rendered() const { return int(m_pixmaps.size()); }

signals:
    void thumbnailRendered(int page);

private:
    void onPageRendered(int page, QSize size, const QImage& image);

    QPdfDocument* m_document;
    QPdfPageRenderer* m_renderer;
    QSize m_size;
    mutable QSet<int> m_requested;
    QHash<int, QPixmap> m_pixmaps;
};

} // namespace yc::ui
