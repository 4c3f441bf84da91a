#pragma once

#include <QLabel>

namespace yc {
struct AppContext;
}

namespace yc::ui {

// The status-bar indicator: online/offline, cases waiting, last sync, case numbers left, and the
// acceptance warning when the platform's offline limits come near. Reads the store on its own
// (GUI) connection; refreshed by a timer and after every sync pass.
class SyncStatusWidget : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(const AppContext& context, QWidget* parent = nullptr);

public slots:
    void refresh();

private:
    const AppContext& m_context;
};

} // namespace yc::ui
