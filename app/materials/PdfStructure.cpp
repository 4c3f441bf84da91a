#include "materials/PdfStructure.h"

#include <set>

namespace yc::materials {

namespace {

constexpr int MaxSections = 64; // incremental updates followed through /Prev
constexpr qint64 MaxObjects = 8'000'000;

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return isWhite(c) || c == '/' || c == '<' || c == '>' || c == '[' || c == ']' || c == '(' || c == ')' || c == '%';
}

qsizetype skipWhite(QByteArrayView d, qsizetype pos)
{
    while (pos < d.size() && isWhite(d[pos]))
        ++pos;
    return pos;
}

// Reads an unsigned decimal number at pos; advances pos. nullopt if there is none or it is too long.
std::optional<qint64> readNumber(QByteArrayView d, qsizetype& pos)
{
    qsizetype p = pos;
    qint64 value = 0;
    int digits = 0;
    while (p < d.size() && d[p] >= '0' && d[p] <= '9') {
        if (++digits > 12)
            return std::nullopt;
        value = value * 10 + (d[p] - '0');
        ++p;
    }
    if (digits == 0)
        return std::nullopt;
    pos = p;
    return value;
}

Error damaged(const QString& detail)
{
    return makeError(
        QStringLiteral("material.pdf-damaged"),
        PdfStructure::tr("The PDF file is damaged (%1); ask for an undamaged copy or scan the paper.").arg(detail));
}

// "N G obj" at pos (after white space)? Returns the object number.
std::optional<qint64> objectHeader(QByteArrayView d, qsizetype pos, qsizetype* bodyStart = nullptr)
{
    pos = skipWhite(d, pos);
    const auto number = readNumber(d, pos);
    if (!number || pos >= d.size() || !isWhite(d[pos]))
        return std::nullopt;
    pos = skipWhite(d, pos);
    if (!readNumber(d, pos) || pos >= d.size() || !isWhite(d[pos]))
        return std::nullopt;
    pos = skipWhite(d, pos);
    if (d.sliced(pos).first(std::min<qsizetype>(3, d.size() - pos)) != "obj")
        return std::nullopt;
    if (bodyStart)
        *bodyStart = pos + 3;
    return number;
}

// The dictionary "<< ... >>" starting at or after pos, with nesting; empty view if unbalanced.
QByteArrayView balancedDictionary(QByteArrayView d, qsizetype pos)
{
    const qsizetype start = d.sliced(pos).indexOf("<<");
    if (start < 0)
        return {};
    int depth = 0;
    for (qsizetype i = pos + start; i + 1 < d.size(); ++i) {
        if (d[i] == '<' && d[i + 1] == '<') {
            ++depth;
            ++i;
        } else if (d[i] == '>' && d[i + 1] == '>') {
            ++i;
            if (--depth == 0)
                return d.sliced(pos + start, i + 1 - (pos + start));
        } else if (d[i] == '(') { // skip literal strings, which may hold unbalanced brackets
            int parens = 1;
            for (++i; i < d.size() && parens > 0; ++i) {
                if (d[i] == '\\')
                    ++i;
                else if (d[i] == '(')
                    ++parens;
                else if (d[i] == ')')
                    --parens;
            }
            --i;
        }
    }
    return {};
}

// Position just after `key` used as a dictionary key (followed by a delimiter), or -1.
qsizetype keyEnd(QByteArrayView dict, QByteArrayView key)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = dict.sliced(from).indexOf(key);
        if (at < 0)
            return -1;
        const qsizetype end = from + at + key.size();
        if (end >= dict.size() || isDelimiter(dict[end]))
            return end;
        from = from + at + 1;
    }
}

} // namespace

std::optional<qint64> PdfStructure::integer(QByteArrayView dict, QByteArrayView key)
{
    qsizetype pos = keyEnd(dict, key);
    if (pos < 0)
        return std::nullopt;
    pos = skipWhite(dict, pos);
    bool negative = false;
    if (pos < dict.size() && dict[pos] == '-') {
        negative = true;
        ++pos;
    }
    auto value = readNumber(dict, pos);
    if (!value)
        return std::nullopt;
    return negative ? -*value : *value;
}

std::optional<int> PdfStructure::reference(QByteArrayView dict, QByteArrayView key)
{
    qsizetype pos = keyEnd(dict, key);
    if (pos < 0)
        return std::nullopt;
    pos = skipWhite(dict, pos);
    const auto number = readNumber(dict, pos);
    if (!number || *number > MaxObjects)
        return std::nullopt;
    pos = skipWhite(dict, pos);
    if (!readNumber(dict, pos))
        return std::nullopt;
    pos = skipWhite(dict, pos);
    if (pos >= dict.size() || dict[pos] != 'R')
        return std::nullopt;
    return int(*number);
}

QByteArrayView PdfStructure::name(QByteArrayView dict, QByteArrayView key)
{
    qsizetype pos = keyEnd(dict, key);
    if (pos < 0)
        return {};
    pos = skipWhite(dict, pos);
    if (pos >= dict.size() || dict[pos] != '/')
        return {};
    qsizetype end = pos + 1;
    while (end < dict.size() && !isDelimiter(dict[end]))
        ++end;
    return dict.sliced(pos + 1, end - pos - 1);
}

QByteArrayView PdfStructure::array(QByteArrayView dict, QByteArrayView key)
{
    qsizetype pos = keyEnd(dict, key);
    if (pos < 0)
        return {};
    pos = skipWhite(dict, pos);
    if (pos >= dict.size() || dict[pos] != '[')
        return {};
    const qsizetype end = dict.sliced(pos).indexOf(']');
    if (end < 0)
        return {};
    return dict.sliced(pos + 1, end - 1);
}

QByteArrayView PdfStructure::literalString(QByteArrayView dict, QByteArrayView key)
{
    qsizetype pos = keyEnd(dict, key);
    if (pos < 0)
        return {};
    pos = skipWhite(dict, pos);
    if (pos >= dict.size() || dict[pos] != '(')
        return {};
    const qsizetype end = dict.sliced(pos).indexOf(')');
    if (end < 0)
        return {};
    return dict.sliced(pos + 1, end - 1);
}

Result<PdfStructure> PdfStructure::parse(QByteArrayView d)
{
    PdfStructure pdf;
    pdf.m_data = d;
    const qsizetype tailStart = std::max<qsizetype>(0, d.size() - 2048);
    const qsizetype startxrefAt = d.sliced(tailStart).lastIndexOf("startxref");
    if (startxrefAt < 0)
        return damaged(tr("it has no cross-reference table; the file may be incomplete"));
    if (d.sliced(tailStart + startxrefAt).indexOf("%%EOF") < 0)
        return damaged(tr("it ends early, without the end-of-file mark"));
    qsizetype pos = skipWhite(d, tailStart + startxrefAt + 9);
    auto offset = readNumber(d, pos);
    if (!offset)
        return damaged(tr("the cross-reference offset is missing"));

    std::set<qint64> visited;
    bool first = true;
    while (true) {
        if (*offset <= 0 || *offset >= d.size() || visited.count(*offset) || int(visited.size()) >= MaxSections)
            return damaged(tr("the cross-reference table is broken"));
        visited.insert(*offset);
        qsizetype p = skipWhite(d, qsizetype(*offset));
        QByteArrayView trailer;
        if (d.sliced(p).startsWith("xref")) {
            p += 4;
            while (true) {
                p = skipWhite(d, p);
                if (d.sliced(p).startsWith("trailer"))
                    break;
                const auto start = readNumber(d, p);
                p = skipWhite(d, p);
                const auto count = readNumber(d, p);
                if (!start || !count || *start + *count > MaxObjects)
                    return damaged(tr("the cross-reference table is broken"));
                for (qint64 i = 0; i < *count; ++i) {
                    p = skipWhite(d, p);
                    const auto entryOffset = readNumber(d, p);
                    p = skipWhite(d, p);
                    const auto generation = readNumber(d, p);
                    p = skipWhite(d, p);
                    if (!entryOffset || !generation || p >= d.size() || (d[p] != 'n' && d[p] != 'f'))
                        return damaged(tr("the cross-reference table is broken"));
                    const bool inUse = d[p] == 'n';
                    ++p;
                    const int number = int(*start + i);
                    if (!inUse || pdf.m_offsets.count(number))
                        continue;
                    if (*entryOffset >= d.size() || objectHeader(d, qsizetype(*entryOffset)) != number)
                        return damaged(tr("the cross-reference table points to the wrong places"));
                    pdf.m_offsets[number] = qsizetype(*entryOffset);
                }
            }
            trailer = balancedDictionary(d, p + 7);
            if (trailer.isEmpty())
                return damaged(tr("the trailer is unreadable"));
        } else {
            qsizetype body = 0;
            if (!objectHeader(d, p, &body))
                return damaged(tr("the cross-reference table is broken"));
            trailer = balancedDictionary(d, body);
            if (trailer.isEmpty() || name(trailer, "/Type") != "XRef")
                return damaged(tr("the cross-reference table is broken"));
            pdf.m_xrefStream = true;
        }
        if (keyEnd(trailer, "/Encrypt") >= 0)
            pdf.m_encrypted = true;
        if (first) {
            pdf.m_root = reference(trailer, "/Root").value_or(0);
            pdf.m_info = reference(trailer, "/Info").value_or(0);
            first = false;
        }
        offset = integer(trailer, "/Prev");
        if (!offset)
            break;
    }
    if (pdf.m_root <= 0)
        return damaged(tr("it names no document catalog"));
    if (!pdf.m_xrefStream && !pdf.m_offsets.count(pdf.m_root))
        return damaged(tr("its document catalog is missing"));
    return pdf;
}

QByteArrayView PdfStructure::dictionary(int number) const
{
    const auto it = m_offsets.find(number);
    if (it == m_offsets.end())
        return {};
    qsizetype body = 0;
    if (!objectHeader(m_data, it->second, &body))
        return {};
    const QByteArrayView rest = m_data.sliced(body);
    qsizetype end = rest.indexOf("endobj");
    const qsizetype streamAt = rest.indexOf("stream");
    if (streamAt >= 0 && (end < 0 || streamAt < end))
        end = streamAt;
    if (end < 0)
        return {};
    return rest.first(end);
}

std::optional<QByteArrayView> PdfStructure::stream(int number) const
{
    const QByteArrayView dict = dictionary(number);
    if (dict.isEmpty())
        return std::nullopt;
    const auto length = integer(dict, "/Length");
    if (!length || *length < 0)
        return std::nullopt;
    // The dictionary view ends where the "stream" keyword starts.
    qsizetype pos = (dict.data() - m_data.data()) + dict.size();
    if (!m_data.sliced(pos).startsWith("stream"))
        return std::nullopt;
    pos += 6;
    if (pos < m_data.size() && m_data[pos] == '\r')
        ++pos;
    if (pos < m_data.size() && m_data[pos] == '\n')
        ++pos;
    if (*length > m_data.size() - pos)
        return std::nullopt;
    return m_data.sliced(pos, qsizetype(*length));
}

} // namespace yc::materials
