#include "TermbPlugin.h"

#include "TermbLibrary.h"
#include "TermbReader.h"

namespace yc::plugins::idcard {

QString TermbPlugin::displayName() const
{
    return tr("Vendor reader library (termb)");
}

QString TermbPlugin::unavailableReason() const
{
    return TermbLibrary::get(TermbLibrary::defaultName()).reason();
}

QStringList TermbPlugin::ports() const
{
    QStringList list;
    for (int i = 1001; i <= 1004; ++i)
        list << QString::number(i);
    for (int i = 1; i <= 4; ++i)
        list << QString::number(i);
    return list;
}

IdCardReader* TermbPlugin::create(const ReaderConfig& config) const
{
    const QString name = config.options.value(QStringLiteral("library")).toString();
    return new TermbReader(TermbLibrary::get(name.isEmpty() ? TermbLibrary::defaultName() : name), config);
}

} // namespace yc::plugins::idcard
