#pragma once

#include <QWidget>

#include <functional>

namespace yc::ui {

// A page of the main window that is built the first time it is shown (or asked for with content()),
// so that start-up builds only the screen the clerk sees first. The built page fills the slot and
// takes the keyboard focus for it.
class LazyPage : public QWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget*(QWidget* parent)>;

    LazyPage(const QString& objectName, Factory factory, QWidget* parent = nullptr);

    // The page, built now if it was not yet.
    QWidget* content();
    [[nodiscard]] bool isBuilt() const { return m_content != nullptr; }
    // Off: showing the slot does not build the page (it stays empty until content() is called), as
    // behind the sign-in dialog at start, where the clerk cannot use it yet.
    void setBuildOnShow(bool on) { m_buildOnShow = on; }

signals:
    void built(QWidget* content);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Factory m_factory;
    QWidget* m_content = nullptr;
    bool m_buildOnShow = true;
};

} // namespace yc::ui
