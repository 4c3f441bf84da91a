#pragma once

#include "core/Result.h"
#include "intake/CaseOverview.h"
#include "ui/AppContext.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace yc::ui {

// Materials the applicant brings after the decision (补正 after a correction notice, or what a
// 容缺 commitment promised): the clerk ticks the owed materials now handed in, adds each one's
// file (F5, made into a material PDF like every file at the window), writes a note and queues the
// supplement (PROTOCOL.md §9.1) through sync::OfflineQueue. Nothing is queued half: every ticked
// material needs its file.
class SupplementDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        MaterialColumn,
        StateColumn,
        FileColumn,
        ColumnCount,
    };

    SupplementDialog(const AppContext& context, const QString& caseId, const QString& staffId,
                     QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    // Reads a file for a row (the Add file button asks for the path): made into a material PDF and
    // the row ticked. The error names the file and what is wrong.
    Status setFile(int row, const QString& path);
    // Queues the supplement; on success the dialog closes with queued().
    Result<QString> submit();
    [[nodiscard]] QString error() const;

signals:
    void queued(const QString& supplementId, int materialCount);

private:
    struct Row
    {
        intake::CaseMaterialLine material;
        QByteArray pdf;
        QString fileName;
    };

    void addFileToCurrentRow();
    void showError(const QString& text);

    AppContext m_context;
    QString m_caseId;
    QString m_staffId;
    QList<Row> m_rows;

    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_queue = nullptr;
};

} // namespace yc::ui
