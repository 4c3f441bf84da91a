#include "materials/PackedPdf.h"

#include "materials/JpegInfo.h"
#include "materials/PdfStructure.h"
#include "materials/PdfWriter.h"

#include <QList>

namespace yc::materials {

namespace {

// "a 0 R b 0 R ..." -> object numbers.
std::optional<std::vector<int>> references(QByteArrayView list, int maxCount)
{
    const QList<QByteArray> tokens = list.toByteArray().simplified().split(' ');
    if (tokens.size() % 3 != 0)
        return std::nullopt;
    std::vector<int> out;
    for (qsizetype i = 0; i + 2 < tokens.size(); i += 3) {
        bool ok = false;
        const int number = tokens[i].toInt(&ok);
        if (!ok || number <= 0 || tokens[i + 1] != "0" || tokens[i + 2] != "R" || int(out.size()) >= maxCount)
            return std::nullopt;
        out.push_back(number);
    }
    return out;
}

std::optional<QSizeF> mediaBox(QByteArrayView dict)
{
    const QList<QByteArray> values = PdfStructure::array(dict, "/MediaBox").toByteArray().simplified().split(' ');
    if (values.size() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = values[i].toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    const QSizeF size(v[2] - v[0], v[3] - v[1]);
    if (v[0] != 0 || v[1] != 0 || size.width() < 1 || size.height() < 1 || size.width() > 14400 ||
        size.height() > 14400)
        return std::nullopt;
    return size;
}

} // namespace

std::optional<std::vector<MaterialPage>> PackedPdf::read(QByteArrayView pdf, int maxPages)
{
    auto structure = PdfStructure::parse(pdf);
    if (!structure || structure.value().encrypted() || structure.value().hasXrefStream())
        return std::nullopt;
    const PdfStructure& s = structure.value();
    if (PdfStructure::literalString(s.dictionary(s.infoObject()), "/Producer") != PdfWriter::Producer)
        return std::nullopt;
    const auto pagesRef = PdfStructure::reference(s.dictionary(s.rootObject()), "/Pages");
    if (!pagesRef)
        return std::nullopt;
    const auto kids = references(PdfStructure::array(s.dictionary(*pagesRef), "/Kids"), maxPages);
    if (!kids || kids->empty())
        return std::nullopt;

    std::vector<MaterialPage> pages;
    for (int kid : *kids) {
        const QByteArrayView page = s.dictionary(kid);
        if (PdfStructure::name(page, "/Type") != "Page")
            return std::nullopt;
        MaterialPage p;
        const auto box = mediaBox(page);
        const auto rotation = PdfStructure::integer(page, "/Rotate");
        const auto imageRef = PdfStructure::reference(page, "/Im0");
        if (!box || !rotation || !imageRef || *rotation % 90 != 0)
            return std::nullopt;
        p.pointSize = *box;
        p.rotation = int(((*rotation % 360) + 360) % 360);
        const QByteArrayView image = s.dictionary(*imageRef);
        if (PdfStructure::name(image, "/Filter") != "DCTDecode")
            return std::nullopt;
        const QByteArrayView colorSpace = PdfStructure::name(image, "/ColorSpace");
        const auto bytes = s.stream(*imageRef);
        if (!bytes)
            return std::nullopt;
        auto info = JpegParser::parse(*bytes);
        if (!info || !info.value().embeddableInPdf())
            return std::nullopt;
        p.components = info.value().components;
        if ((p.components == 1) != (colorSpace == "DeviceGray"))
            return std::nullopt;
        p.pixels = QSize(info.value().width, info.value().height);
        p.jpeg = bytes->toByteArray();
        pages.push_back(std::move(p));
    }
    return pages;
}

} // namespace yc::materials
