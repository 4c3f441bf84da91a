#include "ui/identity/ReaderStatusWidget.h"

namespace yc::ui {

using Status = devices::CardReaderService::Status;

ReaderStatusWidget::ReaderStatusWidget(devices::CardReaderService& reader, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("readerStatusLabel"));
    connect(&reader, &devices::CardReaderService::statusChanged, this, &ReaderStatusWidget::update);
    update(reader.status(), reader.statusText());
}

void ReaderStatusWidget::update(Status status, const QString& text)
{
    setText(tr("ID card reader: %1").arg(text));
    setToolTip(status == Status::Error ? text : tr("Tools → Settings… chooses the reader"));
    QString colour;
    if (status == Status::Error)
        colour = QStringLiteral("color: #b00020;");
    else if (status == Status::CardPresent)
        colour = QStringLiteral("color: #1b5e20; font-weight: bold;");
    else if (status == Status::Ready || status == Status::Reading)
        colour = QStringLiteral("color: #1b5e20;");
    setStyleSheet(colour);
}

} // namespace yc::ui
