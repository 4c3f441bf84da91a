#pragma once

#include <QDialog>

class QTabWidget;

namespace yc::ui {

// Tools → Settings…: one tab per module that has settings of this PC (ID card reader, ...).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    void addPage(QWidget* page, const QString& title);

private:
    QTabWidget* m_tabs = nullptr;
};

} // namespace yc::ui
