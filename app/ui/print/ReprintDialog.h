#pragma once

#include "storage/NoticeRepository.h"
#include "ui/AppContext.h"

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace yc::ui {

class PrintPreviewDialog;

// Case → Reprint notice…: the clerk types a case number (or a case id), Enter lists the notices
// kept with that case, Enter on one opens it in the print preview. Keyboard first: the case field
// has the focus, the list follows with Tab.
class ReprintDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReprintDialog(const AppContext& context, QWidget* parent = nullptr);

    // Looks the case up by id or number and lists its notices; false (with the reason shown) when
    // there is no such case.
    bool find(const QString& idOrNumber);
    // Opens the notice selected in the list in a print preview (modal to this dialog).
    void previewSelected();

    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    [[nodiscard]] PrintPreviewDialog* previewDialog() const { return m_previewDialog; }

signals:
    void printed(const QString& noticeId, int printCount);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillList();
    void setStatus(const QString& text);

    AppContext m_context;
    QString m_caseId;
    QString m_caseLabel;
    std::vector<storage::NoticeRecord> m_notices;

    QLineEdit* m_case = nullptr;
    QPushButton* m_find = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_reprint = nullptr;
    QLabel* m_status = nullptr;
    PrintPreviewDialog* m_previewDialog = nullptr;
};

} // namespace yc::ui
