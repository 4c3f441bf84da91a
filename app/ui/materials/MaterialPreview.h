#pragma once

#include <QBuffer>
#include <QWidget>

class QListView;
class QPdfDocument;
class QPdfView;
class QToolButton;
class QLabel;

namespace yc::ui {

class PdfThumbnailModel;

// Shows a material's PDF: the pages in a QPdfView (first page at once, zoom, fit to width) and a
// strip of thumbnails beside it. Thumbnails are rendered only when they scroll into sight, by
// QPdfPageRenderer on its own thread, so a 100-page material opens as fast as a one-page one.
class MaterialPreview : public QWidget
{
    Q_OBJECT

public:
    explicit MaterialPreview(QWidget* parent = nullptr);
    ~MaterialPreview() override;

    // Shows `pdf` (kept in memory only: materials are never written to disk unencrypted).
    // Returns false if QtPdf cannot open it.
    bool setPdf(const QByteArray& pdf);
    void clear();

    void zoomIn();
    void zoomOut();
    void fitToWidth();
    void showPage(int page);

    [[nodiscard]] QPdfView* view() const { return m_view; }
    [[nodiscard]] QPdfDocument* document() const { return m_document; }
    [[nodiscard]] QListView* thumbnails() const { return m_thumbnails; }
    [[nodiscard]] int thumbnailsRequested() const;
    [[nodiscard]] int thumbnailsRendered() const;

signals:
    void thumbnailRendered(int page);

private:
    void updatePageLabel();

    QBuffer m_buffer;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QListView* m_thumbnails = nullptr;
    PdfThumbnailModel* m_model = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_fitWidth = nullptr;
    QLabel* m_pageLabel = nullptr;
};

} // namespace yc::ui
