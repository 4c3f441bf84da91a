#include "SamSerialPlugin.h"

#include "SamSerialReader.h"

#include <QSerialPortInfo>

namespace yc::plugins::idcard {

QString SamSerialPlugin::displayName() const
{
    return tr("GA/T 467 serial reader");
}

QStringList SamSerialPlugin::ports() const
{
    QStringList list{QStringLiteral("auto")};
    const auto infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo& info : infos)
        list << info.systemLocation();
    return list;
}

IdCardReader* SamSerialPlugin::create(const ReaderConfig& config) const
{
    return new SamSerialReader(config);
}

} // namespace yc::plugins::idcard
