#pragma once

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class QTabWidget;

namespace yc::ui {

// Tools → Settings…: one tab per part of this PC's settings (platform, ID card reader, scanner and
// printer, hall and window, general). OK runs every check added with addCheck(): when any finds a
// problem, the dialog stays open, lists the problems in plain words, shows the tab of the first
// one and puts the cursor in its field; only when all pass does it accept (and the pages save).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Problem
    {
        QWidget* field = nullptr; // the widget to fix (its tab is shown); may be null
        QString message;
    };
    using Check = std::function<QList<Problem>()>;

    explicit SettingsDialog(QWidget* parent = nullptr);
    void addPage(QWidget* page, const QString& title);
    void addCheck(Check check);
    // The problems shown by the last OK, one per line (empty when none).
    [[nodiscard]] QString problemText() const;

public slots:
    void accept() override;

private:
    QTabWidget* m_tabs = nullptr;
    QLabel* m_problems = nullptr;
    QList<Check> m_checks;
};

} // namespace yc::ui
