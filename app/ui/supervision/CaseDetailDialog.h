#pragma once

#include "supervision/CaseDetail.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace yc {
struct AppContext;
class WorkCalendar;
} // namespace yc

namespace yc::ui {

class MaterialPreview;

// One case as the supervisor sees it: its state and dates, its history (the case's audit trail:
// lifecycle, decisions, approvals, notices, sync), its approvals and notices, and a preview of its
// stored materials. The applicant is masked; "Show personal data" shows it in full and is audited.
// Opened from the approvals queue and the dashboard: CaseDetailDialog(context, caseId).exec().
class CaseDetailDialog : public QDialog
{
    Q_OBJECT

public:
    CaseDetailDialog(const AppContext& context, const QString& caseId, QWidget* parent = nullptr);
    ~CaseDetailDialog() override;

    // False when the case could not be shown (not a supervisor, unknown case): message() says why.
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString applicantText() const;

public slots:
    void showPersonalData();

private:
    void load();
    void previewMaterial(int row);

    const AppContext& m_context;
    QString m_caseId;
    std::shared_ptr<const WorkCalendar> m_calendar;
    supervision::CaseFile m_file;
    bool m_loaded = false;
    QLabel* m_summary = nullptr;
    QLabel* m_applicant = nullptr;
    QPushButton* m_reveal = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_history = nullptr;
    QTableWidget* m_approvals = nullptr;
    QTableWidget* m_notices = nullptr;
    QListWidget* m_files = nullptr;
    MaterialPreview* m_preview = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace yc::ui
