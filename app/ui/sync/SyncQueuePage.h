#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace yc {
struct AppContext;
}

namespace yc::ui {

// The sync queue: every entry for the platform (cases, and the evaluations and supplements queued
// for them), its kind, state, attempts, next try, the platform's answer and "Retry now" for entries
// that wait (after a permanent failure, a person decides).
class SyncQueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncQueuePage(const AppContext& context, QWidget* parent = nullptr);

public slots:
    void refresh();
    void showUploadProgress(const QString& caseId, qint64 done, qint64 total);

signals:
    void syncRequested();

private:
    void retrySelected();

    const AppContext& m_context;
    QTableWidget* m_table = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_syncNow = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace yc::ui
