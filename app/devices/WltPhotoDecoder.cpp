#include "devices/WltPhotoDecoder.h"

#include "core/SecureWipe.h"

#include <QLibrary>
#include <QMutex>

#include <memory>

namespace yc::devices {

namespace {

using UnpackFn = int (*)(char*, char*, int);

struct Decoder
{
    std::shared_ptr<QLibrary> library; // destroying a QLibrary does not unload it
    UnpackFn unpack = nullptr;
    QString reason;
};

const Decoder& decoder()
{
    static const Decoder d = [] {
        Decoder result;
        QString name = qEnvironmentVariable("YICHUANG_WLT_LIBRARY");
        if (name.isEmpty())
            name = QStringLiteral("wltrs");
        result.library = std::make_shared<QLibrary>(name); // stays loaded for the life of the process
        if (!result.library->load()) {
            result.reason = WltPhotoDecoder::tr("No photo decoder library (%1) is installed.").arg(name);
            return result;
        }
        result.unpack = reinterpret_cast<UnpackFn>(result.library->resolve("unpack"));
        if (!result.unpack)
            result.reason = WltPhotoDecoder::tr("The photo decoder library %1 has no unpack function.").arg(name);
        return result;
    }();
    return d;
}

QMutex& decoderMutex()
{
    static QMutex mutex; // vendor decoders are not known to be re-entrant
    return mutex;
}

} // namespace

QString WltPhotoDecoder::unavailableReason()
{
    return decoder().reason;
}

Result<QByteArray> WltPhotoDecoder::decode(const QByteArray& wlt)
{
    const Decoder& d = decoder();
    if (!d.unpack)
        return makeError(QStringLiteral("photo.no-decoder"), d.reason);
    if (wlt.size() != 1024)
        return makeError(QStringLiteral("photo.size"),
                         tr("The card photo has %1 bytes instead of 1024.").arg(wlt.size()));
    QByteArray in = wlt;
    in.detach();
    QByteArray out(OutputSize, '\0');
    int rc = 0;
    {
        QMutexLocker lock(&decoderMutex());
        rc = d.unpack(in.data(), out.data(), 0);
    }
    secureWipe(in);
    if (rc != 1) {
        secureWipe(out);
        return makeError(QStringLiteral("photo.decode"),
                         tr("The photo decoder could not decode the card photo (code %1).").arg(rc));
    }
    return out;
}

} // namespace yc::devices
