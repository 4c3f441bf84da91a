#pragma once

#include "devices/CardReaderService.h"

#include <QLabel>

namespace yc::ui {

// The ID card reader's state in the status bar: no reader / connecting / ready / waiting for a
// card / card present / error with the reason (the reason also in the tooltip).
class ReaderStatusWidget : public QLabel
{
    Q_OBJECT

public:
    explicit ReaderStatusWidget(devices::CardReaderService& reader, QWidget* parent = nullptr);

private:
    void update(devices::CardReaderService::Status status, const QString& text);
};

} // namespace yc::ui
