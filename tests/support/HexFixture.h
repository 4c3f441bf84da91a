#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cctype>

namespace yc::test {

// Bytes kept as hex text in a fixture file: pairs of hex digits, whitespace between them ignored,
// '#' starts a comment that runs to the end of the line. Empty and *error when the file cannot be
// read or holds anything else (an odd digit, a stray character): a damaged fixture fails loudly
// instead of being read as different bytes.
inline QByteArray readHexFixture(const QString& path, QString* error = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QByteArray digits;
    int lineNumber = 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (QByteArray line : lines) {
        ++lineNumber;
        const qsizetype comment = line.indexOf('#');
        if (comment >= 0)
            line.truncate(comment);
        for (const char c : line) {
            if (c == ' ' || c == '\t' || c == '\r')
                continue;
            if (!std::isxdigit(static_cast<unsigned char>(c))) {
                if (error)
                    *error = QStringLiteral("%1:%2: not a hex digit").arg(path).arg(lineNumber);
                return {};
            }
            digits.append(c);
        }
    }
    if (digits.size() % 2 != 0) {
        if (error)
            *error = QStringLiteral("%1: odd number of hex digits").arg(path);
        return {};
    }
    return QByteArray::fromHex(digits);
}

// A fixed GA/T 467 reply frame from tests/support/data/ga467 (see the README there), by file name
// without .hex: read-resident, read-fingerprint-resident, find-found, select-ok, ...
inline QByteArray ga467Frame(const QString& name, QString* error = nullptr)
{
    return readHexFixture(QStringLiteral(YC_GA467_FRAMES_DIR "/") + name + QStringLiteral(".hex"), error);
}

} // namespace yc::test
