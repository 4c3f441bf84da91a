#include "materials/PdfWriter.h"

#include <QCryptographicHash>

namespace yc::materials {

namespace {

QByteArray num(double value)
{
    QByteArray text = QByteArray::number(value, 'f', 2);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text;
}

class Builder
{
public:
    void begin(int number)
    {
        if (int(m_offsets.size()) < number + 1)
            m_offsets.resize(number + 1, 0);
        m_offsets[number] = m_out.size();
        m_out += QByteArray::number(number) + " 0 obj\n";
    }
    void end() { m_out += "\nendobj\n"; }
    QByteArray& out() { return m_out; }
    const std::vector<qsizetype>& offsets() const { return m_offsets; }

private:
    QByteArray m_out;
    std::vector<qsizetype> m_offsets{0};
};

} // namespace

QByteArray PdfWriter::write(const std::vector<MaterialPage>& pages)
{
    // 1 catalog, 2 page tree, 3 info; then page i uses 4+3i (page), 5+3i (content), 6+3i (image).
    Builder b;
    qsizetype total = 1024;
    for (const MaterialPage& p : pages)
        total += p.jpeg.size() + 600;
    b.out().reserve(total);
    b.out() += "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";

    b.begin(1);
    b.out() += "<< /Type /Catalog /Pages 2 0 R >>";
    b.end();

    b.begin(2);
    b.out() += "<< /Type /Pages /Count " + QByteArray::number(qsizetype(pages.size())) + " /Kids [";
    for (size_t i = 0; i < pages.size(); ++i)
        b.out() += QByteArray::number(qsizetype(4 + 3 * i)) + " 0 R ";
    b.out() += "] >>";
    b.end();

    b.begin(3);
    b.out() += QByteArray("<< /Producer (") + Producer + ") >>";
    b.end();

    QCryptographicHash id(QCryptographicHash::Sha256);
    for (size_t i = 0; i < pages.size(); ++i) {
        const MaterialPage& p = pages[i];
        const int pageObj = int(4 + 3 * i);
        const QByteArray w = num(p.pointSize.width());
        const QByteArray h = num(p.pointSize.height());
        b.begin(pageObj);
        b.out() += "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + w + ' ' + h + "] /Rotate " +
                   QByteArray::number(((p.rotation % 360) + 360) % 360) + " /Resources << /XObject << /Im0 " +
                   QByteArray::number(pageObj + 2) + " 0 R >> >> /Contents " + QByteArray::number(pageObj + 1) +
                   " 0 R >>";
        b.end();

        const QByteArray content = "q " + w + " 0 0 " + h + " 0 0 cm /Im0 Do Q";
        b.begin(pageObj + 1);
        b.out() += "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
        b.end();

        b.begin(pageObj + 2);
        b.out() += "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(p.pixels.width()) + " /Height " +
                   QByteArray::number(p.pixels.height()) + " /ColorSpace " +
                   (p.components == 1 ? "/DeviceGray" : "/DeviceRGB") +
                   " /BitsPerComponent 8 /Filter /DCTDecode /Length " + QByteArray::number(p.jpeg.size()) +
                   " >>\nstream\n";
        b.out() += p.jpeg;
        b.out() += "\nendstream";
        b.end();
        id.addData(p.jpeg.first(std::min<qsizetype>(p.jpeg.size(), 4096)));
    }

    const qsizetype xrefAt = b.out().size();
    const auto& offsets = b.offsets();
    b.out() += "xref\n0 " + QByteArray::number(qsizetype(offsets.size())) + "\n0000000000 65535 f \n";
    for (size_t i = 1; i < offsets.size(); ++i)
        b.out() += QByteArray::number(offsets[i]).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray fileId = id.result().first(16).toHex();
    b.out() += "trailer\n<< /Size " + QByteArray::number(qsizetype(offsets.size())) +
               " /Root 1 0 R /Info 3 0 R /ID [<" + fileId + "> <" + fileId + ">] >>\nstartxref\n" +
               QByteArray::number(xrefAt) + "\n%%EOF\n";
    return b.out();
}

} // namespace yc::materials
