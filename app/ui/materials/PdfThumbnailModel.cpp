#include "ui/materials/PdfThumbnailModel.h"

#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageRenderer>

namespace yc::ui {

PdfThumbnailModel::PdfThumbnailModel(QPdfDocument* document, QSize thumbnailSize, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_renderer(new QPdfPageRenderer(this))
    , m_size(thumbnailSize)
{
    m_renderer->setDocument(document);
    m_renderer->setRenderMode(QPdfPageRenderer::RenderMode::MultiThreaded);
    connect(m_renderer, &QPdfPageRenderer::pageRendered, this,
            [this](int page, QSize size, const QImage& image) { onPageRendered(page, size, image); });
}

int PdfThumbnailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_document->status() != QPdfDocument::Status::Ready ? 0 : m_document->pageCount();
}

QVariant PdfThumbnailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int page = index.row();
    if (role == Qt::DisplayRole)
        return QString::number(page + 1);
    if (role == Qt::SizeHintRole)
        return QSize(m_size.width() + 8, m_size.height() + 24);
    if (role != Qt::DecorationRole)
        return {};
    if (const auto it = m_pixmaps.constFind(page); it != m_pixmaps.constEnd())
        return *it;
    const QSize size = m_document->pagePointSize(page).toSize().scaled(m_size, Qt::KeepAspectRatio);
    if (!m_requested.contains(page)) {
        m_requested.insert(page);
        m_renderer->requestPage(page, size);
    }
    QPixmap sheet(size);
    sheet.fill(Qt::white);
    QPainter p(&sheet);
    p.setPen(Qt::lightGray);
    p.drawRect(sheet.rect().adjusted(0, 0, -1, -1));
    return sheet;
}

void PdfThumbnailModel::reset()
{
    beginResetModel();
    m_requested.clear();
    m_pixmaps.clear();
    endResetModel();
}

void PdfThumbnailModel::onPageRendered(int page, QSize, const QImage& image)
{
    if (page < 0 || page >= rowCount() || !m_requested.contains(page))
        return;
    QPixmap pixmap(image.size()); // the page on white paper, whatever the PDF's background
    pixmap.fill(Qt::white);
    QPainter p(&pixmap);
    p.drawImage(0, 0, image);
    p.setPen(Qt::lightGray);
    p.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    p.end();
    m_pixmaps.insert(page, pixmap);
    const QModelIndex i = index(page);
    emit dataChanged(i, i, {Qt::DecorationRole});
    emit thumbnailRendered(page);
}

} // namespace yc::ui
