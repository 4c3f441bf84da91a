#include "ui/LazyPage.h"

#include <QVBoxLayout>

namespace yc::ui {

LazyPage::LazyPage(const QString& objectName, Factory factory, QWidget* parent)
    : QWidget(parent)
    , m_factory(std::move(factory))
{
    setObjectName(objectName + QStringLiteral("Slot"));
    setProperty("pageName", objectName); // MainWindow::addPage names the page's action after it
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* LazyPage::content()
{
    if (!m_content) {
        Factory factory = std::move(m_factory);
        m_factory = nullptr;
        m_content = factory(this);
        layout()->addWidget(m_content);
        setFocusProxy(m_content);
        if (isVisible())
            m_content->show();
        emit built(m_content);
    }
    return m_content;
}

void LazyPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_content && m_buildOnShow) {
        content();
        if (isActiveWindow() && window()->focusWidget() == nullptr)
            m_content->setFocus();
    }
}

} // namespace yc::ui
