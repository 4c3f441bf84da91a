#include "SaneRaster.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace yc::plugins::scanner {

namespace {

int channelsOf(RasterParameters::Frame frame)
{
    return frame == RasterParameters::Frame::Rgb ? 3 : 1;
}

bool isSeparateColour(RasterParameters::Frame frame)
{
    return frame == RasterParameters::Frame::Red || frame == RasterParameters::Frame::Green ||
           frame == RasterParameters::Frame::Blue;
}

// One sample of a row as 8 bits (16-bit samples arrive in the host's byte order).
quint8 sample8(const char* row, int index, int depth)
{
    if (depth == 16) {
        quint16 value;
        std::memcpy(&value, row + 2 * qsizetype(index), sizeof value);
        return static_cast<quint8>(value >> 8);
    }
    return static_cast<quint8>(row[index]);
}

} // namespace

bool SaneRaster::validate(const RasterParameters& p, QString* error)
{
    auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (p.depth != 1 && p.depth != 8 && p.depth != 16)
        return refuse(tr("The scanner sends %1 bits per sample, which is not supported.").arg(p.depth));
    if (p.depth == 1 && p.frame != RasterParameters::Frame::Gray)
        return refuse(tr("The scanner sends one-bit colour, which is not supported."));
    if (p.pixelsPerLine <= 0 || p.pixelsPerLine > MaxPixelsPerLine)
        return refuse(tr("The scanner announced an impossible page width (%1 pixels).").arg(p.pixelsPerLine));
    const qint64 needed = (qint64(p.pixelsPerLine) * channelsOf(p.frame) * p.depth + 7) / 8;
    if (p.bytesPerLine < needed || p.bytesPerLine > needed + 4096)
        return refuse(
            tr("The scanner announced %1 bytes per line for %2 pixels.").arg(p.bytesPerLine).arg(p.pixelsPerLine));
    if (p.lines == 0 || p.lines < -1 || (p.lines > 0 && qint64(p.lines) * p.bytesPerLine > MaxPageBytes))
        return refuse(tr("The scanner announced an impossible page height (%1 lines).").arg(p.lines));
    return true;
}

bool SaneRaster::begin(const RasterParameters& parameters, QString* error)
{
    for (QByteArray& f : m_frames)
        f.clear();
    m_framesDone = 0;
    m_received = 0;
    m_parameters = {};
    if (!validate(parameters, error))
        return false;
    m_parameters = parameters;
    m_threePass = isSeparateColour(parameters.frame);
    return true;
}

bool SaneRaster::beginFrame(const RasterParameters& parameters, QString* error)
{
    if (!m_threePass || !isSeparateColour(parameters.frame) || parameters.depth != m_parameters.depth ||
        parameters.pixelsPerLine != m_parameters.pixelsPerLine ||
        parameters.bytesPerLine != m_parameters.bytesPerLine || parameters.lines != m_parameters.lines ||
        m_framesDone >= 2) {
        if (error)
            *error = tr("The scanner changed the page format between colour passes.");
        return false;
    }
    ++m_framesDone;
    m_parameters = parameters;
    m_received = 0;
    return true;
}

int SaneRaster::channelIndex() const
{
    switch (m_parameters.frame) {
    case RasterParameters::Frame::Red:
        return 0;
    case RasterParameters::Frame::Green:
        return 1;
    case RasterParameters::Frame::Blue:
        return 2;
    default:
        return -1;
    }
}

qint64 SaneRaster::frameCapacity() const
{
    if (m_parameters.lines > 0)
        return qint64(m_parameters.lines) * m_parameters.bytesPerLine;
    return MaxPageBytes;
}

bool SaneRaster::append(QByteArrayView bytes, QString* error)
{
    if (bytes.isEmpty())
        return true;
    if (m_parameters.pixelsPerLine <= 0) {
        if (error)
            *error = tr("The scanner sent data before the page began.");
        return false;
    }
    if (m_received + bytes.size() > frameCapacity()) {
        if (error)
            *error = tr("The scanner sent more data than the page can hold.");
        return false;
    }
    const int index = m_threePass ? std::max(0, channelIndex()) : 0;
    m_frames[index].append(bytes.data(), bytes.size());
    m_received += bytes.size();
    return true;
}

int SaneRaster::percent() const
{
    if (m_parameters.lines <= 0)
        return -1;
    const int frames = m_threePass ? 3 : 1;
    const qint64 total = frameCapacity() * frames;
    const qint64 done = frameCapacity() * m_framesDone + m_received;
    return static_cast<int>(std::clamp<qint64>(done * 100 / std::max<qint64>(1, total), 0, 100));
}

std::optional<ScannedPage> SaneRaster::finish(int dpi, QString* error)
{
    const RasterParameters& p = m_parameters;
    auto refuse = [error](const QString& message) -> std::optional<ScannedPage> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (p.pixelsPerLine <= 0)
        return refuse(tr("The scanner finished a page that never began."));
    if (m_threePass && m_framesDone != 2)
        return refuse(tr("The scanner stopped before all three colour passes."));
    qint64 rows = m_frames[0].size() / p.bytesPerLine;
    if (m_threePass)
        rows = std::min({rows, m_frames[1].size() / p.bytesPerLine, m_frames[2].size() / p.bytesPerLine});
    if (p.lines > 0)
        rows = std::min<qint64>(rows, p.lines);
    if (rows < 1)
        return refuse(tr("The scanner sent an empty page."));
    if (dpi <= 0)
        return refuse(tr("The scanner's resolution is not known."));

    ScannedPage page;
    page.width = p.pixelsPerLine;
    page.height = static_cast<int>(rows);
    page.dpi = dpi;
    if (p.depth == 1)
        page.format = ScannedPage::Format::Mono;
    else if (m_threePass || p.frame == RasterParameters::Frame::Rgb)
        page.format = ScannedPage::Format::Rgb888;
    else
        page.format = ScannedPage::Format::Gray8;
    page.bytesPerLine = ScannedPage::minimumBytesPerLine(page.format, page.width);
    page.pixels.resize(qsizetype(page.bytesPerLine) * page.height);
    char* out = page.pixels.data();
    for (qint64 y = 0; y < rows; ++y) {
        char* dst = out + y * page.bytesPerLine;
        const qsizetype offset = y * p.bytesPerLine;
        if (page.format == ScannedPage::Format::Mono) {
            std::memcpy(dst, m_frames[0].constData() + offset, size_t(page.bytesPerLine));
            // Bits beyond the width of the row are padding: keep them white.
            if (const int spare = page.bytesPerLine * 8 - page.width; spare > 0)
                dst[page.bytesPerLine - 1] = char(quint8(dst[page.bytesPerLine - 1]) & quint8(0xFF << spare));
        } else if (m_threePass) {
            for (int x = 0; x < page.width; ++x)
                for (int c = 0; c < 3; ++c)
                    dst[3 * x + c] = char(sample8(m_frames[c].constData() + offset, x, p.depth));
        } else {
            const int samples = page.width * channelsOf(p.frame);
            const char* src = m_frames[0].constData() + offset;
            if (p.depth == 8) {
                std::memcpy(dst, src, size_t(samples));
            } else {
                for (int i = 0; i < samples; ++i)
                    dst[i] = char(sample8(src, i, p.depth));
            }
        }
    }
    for (QByteArray& f : m_frames)
        f.clear();
    m_parameters = {};
    m_parameters.pixelsPerLine = 0;
    return page;
}

} // namespace yc::plugins::scanner
