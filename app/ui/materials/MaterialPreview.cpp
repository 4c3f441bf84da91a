#include "ui/materials/MaterialPreview.h"

#include "ui/materials/PdfThumbnailModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QToolButton>
#include <QVBoxLayout>

namespace yc::ui {

namespace {
constexpr qreal ZoomStep = 1.25;
constexpr qreal MinZoom = 0.1;
constexpr qreal MaxZoom = 8.0;
} // namespace

MaterialPreview::MaterialPreview(QWidget* parent)
    : QWidget(parent)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_thumbnails(new QListView(this))
{
    setObjectName(QStringLiteral("materialPreview"));
    m_model = new PdfThumbnailModel(m_document, QSize(96, 136), this);
    connect(m_model, &PdfThumbnailModel::thumbnailRendered, this, &MaterialPreview::thumbnailRendered);

    m_view->setObjectName(QStringLiteral("materialPageView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    m_thumbnails->setObjectName(QStringLiteral("materialThumbnails"));
    m_thumbnails->setModel(m_model);
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setUniformItemSizes(true); // sizes from the first row: the others are asked for only when seen
    m_thumbnails->setIconSize(QSize(96, 136));
    m_thumbnails->setFixedWidth(140);
    connect(m_thumbnails, &QListView::activated, this, [this](const QModelIndex& i) { showPage(i.row()); });
    connect(m_thumbnails, &QListView::clicked, this, [this](const QModelIndex& i) { showPage(i.row()); });

    auto makeButton = [this](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        return b;
    };
    m_zoomOut = makeButton(QStringLiteral("zoomOut"), QStringLiteral("−"), tr("Zoom out"));
    m_zoomIn = makeButton(QStringLiteral("zoomIn"), QStringLiteral("+"), tr("Zoom in"));
    m_fitWidth = makeButton(QStringLiteral("fitWidth"), tr("Fit width"), tr("Fit the page to the width of the view"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    connect(m_zoomIn, &QToolButton::clicked, this, &MaterialPreview::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &MaterialPreview::zoomOut);
    connect(m_fitWidth, &QToolButton::clicked, this, &MaterialPreview::fitToWidth);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &MaterialPreview::updatePageLabel);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_zoomOut);
    tools->addWidget(m_zoomIn);
    tools->addWidget(m_fitWidth);
    tools->addStretch();
    tools->addWidget(m_pageLabel);
    auto* right = new QVBoxLayout;
    right->addLayout(tools);
    right->addWidget(m_view, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_thumbnails);
    layout->addLayout(right, 1);
    updatePageLabel();
}

MaterialPreview::~MaterialPreview()
{
    m_view->setDocument(nullptr);
    m_document->close();
}

bool MaterialPreview::setPdf(const QByteArray& pdf)
{
    m_document->close();
    m_buffer.close();
    m_buffer.setData(pdf);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    m_model->reset();
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    updatePageLabel();
    return m_document->status() == QPdfDocument::Status::Ready;
}

void MaterialPreview::clear()
{
    m_document->close();
    m_buffer.close();
    m_buffer.setData(QByteArray());
    m_model->reset();
    updatePageLabel();
}

void MaterialPreview::zoomIn()
{
    const qreal zoom = std::min(MaxZoom, m_view->zoomFactor() * ZoomStep);
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(zoom);
}

void MaterialPreview::zoomOut()
{
    const qreal zoom = std::max(MinZoom, m_view->zoomFactor() / ZoomStep);
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(zoom);
}

void MaterialPreview::fitToWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

void MaterialPreview::showPage(int page)
{
    if (page >= 0 && page < m_document->pageCount())
        m_view->pageNavigator()->jump(page, {}, m_view->zoomFactor());
}

int MaterialPreview::thumbnailsRequested() const
{
    return m_model->requested();
}

int MaterialPreview::thumbnailsRendered() const
{
    return m_model->rendered();
}

void MaterialPreview::updatePageLabel()
{
    const int count = m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
    m_pageLabel->setText(count == 0 ? QString()
                                    : tr("Page %1 of %2").arg(m_view->pageNavigator()->currentPage() + 1).arg(count));
}

} // namespace yc::ui
