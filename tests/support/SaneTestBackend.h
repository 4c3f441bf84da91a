#pragma once

// A SANE configuration folder that enables only the `test` back-end of libsane1 (commented out in
// Debian's /etc/sane.d/dll.conf), so the scanner tests never depend on or change system files.
// Point SANE_CONFIG_DIR at it before libsane starts (it reads the folder once per process).

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace yc::test {

// Writes dll.conf ("test") and test.conf (two devices, plus `extraLines`, e.g.
// `read-status-code "SANE_STATUS_JAMMED"`) into `dir`; false when a file cannot be written.
inline bool writeSaneTestConfig(const QString& dir, const QStringList& extraLines = {})
{
    QDir().mkpath(dir);
    QFile dll(dir + QStringLiteral("/dll.conf"));
    QFile test(dir + QStringLiteral("/test.conf"));
    if (!dll.open(QIODevice::WriteOnly | QIODevice::Truncate) || !test.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    dll.write("test\n");
    test.write("number_of_devices 2\n");
    for (const QString& line : extraLines)
        test.write(line.toUtf8() + '\n');
    return true;
}

} // namespace yc::test
