#include "materials/PdfStructure.h"

#include <QList>

#include <set>
#include <vector>

#include <zlib.h>

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

// Inflates a zlib stream into exactly `expected` bytes; nullopt if it is damaged or of another size.
// Bounded: a stream that would inflate beyond `expected` is refused, not followed.
std::optional<QByteArray> inflateExactly(QByteArrayView input, qsizetype expected)
{
    QByteArray out(expected + 1, Qt::Uninitialized);
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return std::nullopt;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
    z.avail_in = uInt(input.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    const qsizetype produced = qsizetype(z.total_out);
    inflateEnd(&z);
    if (rc != Z_STREAM_END || produced != expected)
        return std::nullopt;
    out.truncate(expected);
    return out;
}

} // namespace

// The entries of a cross-reference stream (PDF 1.5): each entry of type 1 must point at the
// object it names, as in a classic table. Entries of type 2 (objects inside object streams) are
// not followed.
bool PdfStructure::readXrefStream(QByteArrayView d, QByteArrayView dict)
{
    const qsizetype dictEnd = (dict.data() - d.data()) + dict.size();
    qsizetype pos = skipWhite(d, dictEnd);
    if (!d.sliced(pos).startsWith("stream"))
        return false;
    pos += 6;
    if (pos < d.size() && d[pos] == '\r')
        ++pos;
    if (pos < d.size() && d[pos] == '\n')
        ++pos;
    const auto length = integer(dict, "/Length");
    if (!length || *length < 0 || *length > d.size() - pos)
        return false;
    const QByteArrayView data = d.sliced(pos, qsizetype(*length));

    const QList<QByteArray> w = array(dict, "/W").toByteArray().simplified().split(' ');
    if (w.size() != 3)
        return false;
    int widths[3];
    int rowLength = 0;
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        widths[i] = w[i].toInt(&ok);
        if (!ok || widths[i] < 0 || widths[i] > 8)
            return false;
        rowLength += widths[i];
    }
    const auto size = integer(dict, "/Size");
    if (!size || *size <= 0 || *size > MaxObjects || rowLength == 0)
        return false;
    std::vector<std::pair<qint64, qint64>> sections; // first object, count
    const QByteArray index = array(dict, "/Index").toByteArray().simplified();
    if (index.isEmpty()) {
        sections.emplace_back(0, *size);
    } else {
        const QList<QByteArray> numbers = index.split(' ');
        if (numbers.size() % 2 != 0)
            return false;
        for (qsizetype i = 0; i + 1 < numbers.size(); i += 2) {
            bool ok1 = false, ok2 = false;
            const qint64 first = numbers[i].toLongLong(&ok1);
            const qint64 count = numbers[i + 1].toLongLong(&ok2);
            if (!ok1 || !ok2 || first < 0 || count < 0 || first + count > MaxObjects)
                return false;
            sections.emplace_back(first, count);
        }
    }
    qint64 rows = 0;
    for (const auto& section : sections)
        rows += section.second;
    // /DecodeParms is a dictionary inside this one; its keys are found in the same text.
    const qint64 predictor = integer(dict, "/Predictor").value_or(1);
    const qint64 columns = integer(dict, "/Columns").value_or(1);
    const bool png = predictor >= 10;
    if (png && columns != rowLength)
        return false;
    const qint64 stride = rowLength + (png ? 1 : 0);
    if (rows * stride > 64LL * 1024 * 1024)
        return false;

    QByteArray table;
    const QByteArrayView filter = name(dict, "/Filter");
    if (filter == "FlateDecode") {
        auto inflated = inflateExactly(data, qsizetype(rows * stride));
        if (!inflated)
            return false;
        table = std::move(*inflated);
    } else if (filter.isEmpty() && data.size() >= rows * stride) {
        table = data.first(qsizetype(rows * stride)).toByteArray();
    } else {
        return false;
    }
    if (png) { // PNG "Up" (and the others, which xref writers do not use, refused)
        QByteArray rowsOut(qsizetype(rows * rowLength), '\0');
        for (qint64 r = 0; r < rows; ++r) {
            const char* in = table.constData() + r * stride;
            char* out = rowsOut.data() + r * rowLength;
            const int type = static_cast<unsigned char>(in[0]);
            for (int c = 0; c < rowLength; ++c) {
                const auto above = r > 0 ? static_cast<unsigned char>(out[c - rowLength]) : 0;
                if (type == 0)
                    out[c] = in[1 + c];
                else if (type == 2)
                    out[c] = char((static_cast<unsigned char>(in[1 + c]) + above) & 0xff);
                else
                    return false;
            }
        }
        table = std::move(rowsOut);
    }
    auto field = [&](qint64 row, int which, qint64 fallback) {
        if (widths[which] == 0)
            return fallback;
        qint64 value = 0;
        const qsizetype at = qsizetype(row * rowLength + (which > 0 ? widths[0] : 0) + (which > 1 ? widths[1] : 0));
        for (int i = 0; i < widths[which]; ++i)
            value = (value << 8) | static_cast<unsigned char>(table[at + i]);
        return value;
    };
    qint64 row = 0;
    for (const auto& [first, count] : sections) {
        for (qint64 i = 0; i < count; ++i, ++row) {
            const int number = int(first + i);
            if (field(row, 0, 1) != 1 || m_offsets.count(number))
                continue;
            const qint64 offset = field(row, 1, 0);
            if (offset <= 0 || offset >= d.size() || objectHeader(d, qsizetype(offset)) != number)
                return false;
            m_offsets[number] = qsizetype(offset);
        }
    }
    return true;
}

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
            if (!pdf.readXrefStream(d, trailer))
                return damaged(tr("the cross-reference stream is broken"));
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
    if (!pdf.m_offsets.count(pdf.m_root) && !pdf.m_xrefStream)
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
