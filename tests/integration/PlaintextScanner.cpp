#include "PlaintextScanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>

namespace yc::test {

bool PlaintextScanner::gb18030Available()
{
    // 测试 is B2E2 CAD4 in GB 2312, and so in GB18030.
    return gb18030(QStringLiteral("测试")) == QByteArray("\xB2\xE2\xCA\xD4");
}

QByteArray PlaintextScanner::gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid())
        return {};
    QByteArray out = encoder.encode(text);
    return encoder.hasError() ? QByteArray() : out;
}

QByteArray PlaintextScanner::base64Core(const QByteArray& bytes, int shift, bool urlSafe)
{
    const QByteArray shifted = QByteArray(shift, '\0') + bytes;
    const QByteArray encoded = shifted.toBase64(urlSafe ? QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                        : QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
    // Characters of the first group that also depend on the bytes before the value, and of a last
    // group that also depends on the bytes after it, differ from blob to blob: left out.
    static const int skip[3] = {0, 2, 3};
    const qsizetype wholeGroups = shifted.size() / 3;
    return encoded.mid(skip[shift], wholeGroups * 4 - skip[shift]);
}

QByteArray PlaintextScanner::jsonEscaped(const QString& text, bool upperHex)
{
    QByteArray out;
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            out.append(char(c.unicode()));
            continue;
        }
        QByteArray hex = QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        out.append("\\u").append(upperHex ? hex.toUpper() : hex);
    }
    return out;
}

bool PlaintextScanner::add(const QString& what, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    if (utf8.size() < 6)
        return false;
    ++m_values;
    addForm(what, QStringLiteral("utf-8"), utf8);
    QStringEncoder le(QStringEncoder::Utf16LE);
    QStringEncoder be(QStringEncoder::Utf16BE);
    addForm(what, QStringLiteral("utf-16le"), le.encode(value));
    addForm(what, QStringLiteral("utf-16be"), be.encode(value));
    addForm(what, QStringLiteral("gb18030"), gb18030(value));
    addForm(what, QStringLiteral("json-\\u"), jsonEscaped(value, false));
    addForm(what, QStringLiteral("json-\\U"), jsonEscaped(value, true));
    addForm(what, QStringLiteral("hex"), utf8.toHex());
    addForm(what, QStringLiteral("HEX"), utf8.toHex().toUpper());
    for (int shift = 0; shift < 3; ++shift) {
        addForm(what, QStringLiteral("base64+%1").arg(shift), base64Core(utf8, shift, false));
        addForm(what, QStringLiteral("base64url+%1").arg(shift), base64Core(utf8, shift, true));
    }
    return true;
}

bool PlaintextScanner::addBytes(const QString& what, const QByteArray& bytes)
{
    if (bytes.size() < 16)
        return false;
    ++m_values;
    addForm(what, QStringLiteral("raw"), bytes);
    addForm(what, QStringLiteral("hex"), bytes.toHex());
    addForm(what, QStringLiteral("HEX"), bytes.toHex().toUpper());
    for (int shift = 0; shift < 3; ++shift) {
        addForm(what, QStringLiteral("base64+%1").arg(shift), base64Core(bytes, shift, false));
        addForm(what, QStringLiteral("base64url+%1").arg(shift), base64Core(bytes, shift, true));
    }
    return true;
}

void PlaintextScanner::addForm(const QString& what, const QString& form, const QByteArray& bytes)
{
    if (bytes.size() < 6)
        return;
    for (const Needle& n : m_needles) {
        if (n.what == what && n.bytes == bytes)
            return; // the same bytes as a form already listed (e.g. JSON escapes of an ASCII value)
    }
    m_needles.push_back({what, form, bytes, QByteArrayMatcher(bytes)});
}

QList<PlaintextScanner::Hit> PlaintextScanner::scan(const QString& where, const QByteArray& bytes)
{
    ++m_sources;
    m_bytes += bytes.size();
    QList<Hit> hits;
    for (const Needle& n : m_needles) {
        if (n.matcher.indexIn(bytes) >= 0)
            hits.append({where, n.what, n.form});
    }
    return hits;
}

QList<PlaintextScanner::Hit> PlaintextScanner::scanTree(const QString& dir, const QStringList& excluded)
{
    QList<Hit> hits;
    QStringList skip;
    for (const QString& e : excluded)
        skip << QDir::cleanPath(e);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        bool skipped = false;
        const QString clean = QDir::cleanPath(path);
        for (const QString& s : std::as_const(skip))
            skipped = skipped || clean == s || clean.startsWith(s + QLatin1Char('/'));
        if (skipped)
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            hits.append({path, QStringLiteral("(file could not be read)"), QString()});
            continue;
        }
        ++m_files;
        hits += scan(path, f.readAll());
    }
    return hits;
}

QStringList PlaintextScanner::forms() const
{
    QStringList out;
    for (const Needle& n : m_needles) {
        QString form = n.form;
        form.remove(QRegularExpression(QStringLiteral("\\+\\d$")));
        if (!out.contains(form))
            out << form;
    }
    return out;
}

QString describe(const QList<PlaintextScanner::Hit>& hits)
{
    QStringList lines;
    for (const PlaintextScanner::Hit& h : hits)
        lines << QStringLiteral("%1 (%2) in %3").arg(h.what, h.form, h.where);
    return lines.join(QStringLiteral("; "));
}

} // namespace yc::test
