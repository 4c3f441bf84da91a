#include "documents/PdfTextMap.h"

#include <QRawFont>

namespace yc::documents {

namespace {

// Code points a reader does not expect back from ordinary text: controls, the CJK radical
// blocks, CJK compatibility ideographs and the vertical presentation forms.
bool isUnexpected(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0x31c0 && c <= 0x31ef) ||
           (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe1f) || (c >= 0xfe30 && c <= 0xfe4f);
}

bool isCandidate(char32_t c)
{
    return !isUnexpected(c) && !(c >= 0xd800 && c <= 0xf8ff); // no surrogates, no private use
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// A four-digit hex token <XXXX> at `pos` (pointing at '<'); -1 when it is not one.
int readToken(const QByteArray& data, qsizetype pos)
{
    if (pos + 5 >= data.size() || data[pos] != '<' || data[pos + 5] != '>')
        return -1;
    int value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int digit = hexValue(data[pos + i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

void writeToken(QByteArray& data, qsizetype pos, int value)
{
    static const char digits[] = "0123456789ABCDEF";
    for (int i = 4; i >= 1; --i) {
        data[pos + i] = digits[value & 0xf];
        value >>= 4;
    }
}

} // namespace

PdfTextMap::PdfTextMap(const QList<QFont>& fonts)
{
    QString candidates;
    QString unexpected;
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (isCandidate(c))
            candidates.append(QChar(c));
        else if (isUnexpected(c))
            unexpected.append(QChar(c));
    }
    for (const QFont& font : fonts) {
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid())
            continue;
        const QList<quint32> candidateGlyphs = raw.glyphIndexesForString(candidates);
        QHash<quint32, char16_t> firstForGlyph;
        for (qsizetype i = 0; i < candidateGlyphs.size() && i < candidates.size(); ++i) {
            if (candidateGlyphs[i] != 0 && !firstForGlyph.contains(candidateGlyphs[i]))
                firstForGlyph.insert(candidateGlyphs[i], candidates[i].unicode());
        }
        const QList<quint32> unexpectedGlyphs = raw.glyphIndexesForString(unexpected);
        for (qsizetype i = 0; i < unexpectedGlyphs.size() && i < unexpected.size(); ++i) {
            const auto found = firstForGlyph.constFind(unexpectedGlyphs[i]);
            if (unexpectedGlyphs[i] != 0 && found != firstForGlyph.cend() &&
                !m_replace.contains(unexpected[i].unicode()))
                m_replace.insert(unexpected[i].unicode(), found.value());
        }
    }
}

Result<int> PdfTextMap::repair(QByteArray& pdf) const
{
    int changed = 0;
    int sections = 0;
    auto fix = [&](qsizetype pos) {
        const int value = readToken(pdf, pos);
        if (value < 0)
            return;
        const char16_t replacement = preferred(char16_t(value));
        if (replacement != value) {
            writeToken(pdf, pos, replacement);
            ++changed;
        }
    };
    for (const char* kind : {"bfrange", "bfchar"}) {
        const QByteArray begin = QByteArray("begin") + kind;
        const QByteArray end = QByteArray("end") + kind;
        const bool range = qstrcmp(kind, "bfrange") == 0;
        qsizetype from = 0;
        while ((from = pdf.indexOf(begin, from)) >= 0) {
            const qsizetype stop = pdf.indexOf(end, from);
            if (stop < 0)
                break;
            ++sections;
            qsizetype line = pdf.indexOf('\n', from) + 1;
            while (line > 0 && line < stop) {
                qsizetype lineEnd = pdf.indexOf('\n', line);
                if (lineEnd < 0 || lineEnd > stop)
                    lineEnd = stop;
                // Source tokens first (two for a range, one for a char), then destinations.
                const int sources = range ? 2 : 1;
                qsizetype pos = line;
                for (int s = 0; s < sources && pos >= 0 && pos < lineEnd; ++s)
                    pos = pdf.indexOf('>', pos) + 1;
                if (pos > 0 && pos < lineEnd) {
                    const qsizetype bracket = pdf.indexOf('[', pos);
                    if (bracket >= 0 && bracket < lineEnd) {
                        for (qsizetype t = pdf.indexOf('<', bracket); t >= 0 && t < lineEnd;
                             t = pdf.indexOf('<', t + 1))
                            fix(t);
                    } else {
                        const qsizetype t = pdf.indexOf('<', pos);
                        // A range <a> <b> <u> maps a..b to u, u+1, ...: only a single-glyph range is
                        // safe to change.
                        const qsizetype first = pdf.indexOf('<', line);
                        const bool single =
                            !range || readToken(pdf, first) == readToken(pdf, pdf.indexOf('<', first + 1));
                        if (t >= 0 && t < lineEnd && single)
                            fix(t);
                    }
                }
                line = lineEnd + 1;
            }
            from = stop;
        }
    }
    if (sections == 0 && pdf.contains("/ToUnicode"))
        return makeError(QStringLiteral("document.text-map"),
                         tr("The PDF's text map has a form this program cannot read; copied text may be wrong."));
    return changed;
}

} // namespace yc::documents
