// A stand-in for a vendor's termb reader library: the same C API, a synthetic card, no hardware.
// Its behaviour is chosen by the environment variable YC_TERMB_STANDIN:
//   (unset) a card lies on the reader;  "nocard": no card;  "initfail": no reader on any port.
#include "api/idcard/CardText.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstdlib>
#include <cstring>

#define YC_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

bool g_open = false;

const char* mode()
{
    const char* m = std::getenv("YC_TERMB_STANDIN");
    return m ? m : "";
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int readInto(const QString& folder)
{
    if (!g_open || std::strcmp(mode(), "nocard") == 0)
        return 0;
    yc::plugins::idcard::CardFields f;
    f.name = QStringLiteral("样例丙");
    f.genderCode = QStringLiteral("2");
    f.ethnicityCode = QStringLiteral("03");
    f.birthDate = QStringLiteral("19851122");
    f.address = QStringLiteral("北京市东城区样例胡同2号");
    f.idNumber = QStringLiteral("110101198511220026");
    f.issuer = QStringLiteral("北京市公安局东城分局");
    f.validFrom = QStringLiteral("20150101");
    f.validTo = QStringLiteral("长期");
    const QDir dir(folder);
    if (!writeFile(dir.filePath(QStringLiteral("wz.txt")), yc::plugins::idcard::CardText::encode(f)))
        return -1;
    if (!writeFile(dir.filePath(QStringLiteral("xp.wlt")), QByteArray(1024, '\x33')))
        return -1;
    return 1;
}

} // namespace

YC_EXPORT int InitComm(int port)
{
    if (std::strcmp(mode(), "initfail") == 0 || port <= 0)
        return 0;
    g_open = true;
    return 1;
}

YC_EXPORT int Authenticate()
{
    return g_open && std::strcmp(mode(), "nocard") != 0 ? 1 : 0;
}

YC_EXPORT int Read_Content(int /*active*/)
{
    return readInto(QDir::currentPath());
}

YC_EXPORT int Read_Content_Path(const char* folder, int /*active*/)
{
    return readInto(QString::fromLocal8Bit(folder));
}

YC_EXPORT int CloseComm()
{
    g_open = false;
    return 1;
}
