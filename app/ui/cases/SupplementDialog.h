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

class MaterialScanner;

// Materials the applicant brings after the decision (补正 after a correction notice, or what a
// 容缺 commitment promised): the clerk ticks the owed materials now handed in, adds each one's
// file (F5, made into a material PDF like every file at the window) or scans it from the window's
// scanner (F6, then on to the next row, as at intake), writes a note and queues the
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
    // Scans the material of a row from the window's scanner (the Scan button, F6): the pages are
    // encoded off the GUI thread; when packed, the row holds the scan, is ticked and the next row
    // becomes current. False (and the error shown) when there is no scanner or no such row.
    bool scanRow(int row);
    [[nodiscard]] bool isScanning() const;
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
    void setScan(int row, const QByteArray& pdf, int pages);
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
    QPushButton* m_scan = nullptr;
    MaterialScanner* m_scanner = nullptr;
    int m_scanRow = -1;    // the row being scanned
    QString m_scanRowText; // its file cell before the scan
};

} // namespace yc::ui
