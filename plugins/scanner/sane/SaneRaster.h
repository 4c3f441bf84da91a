#pragma once

// Assembles the bytes a SANE back-end sends for one page (one frame, or three for a three-pass
// colour scanner) into a ScannedPage. The parameters and bytes come from a driver and are not
// trusted: impossible parameters are refused, a page never grows beyond what the parameters
// announce (or MaxPageBytes when the height is unknown), and a short page keeps its complete rows.
// No libsane here, so the fuzz target can drive it without a device.

#include "api/scanner/Scanner.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace yc::plugins::scanner {

// SANE_Parameters, in our own words.
struct RasterParameters
{
    enum class Frame
    {
        Gray,
        Rgb,
        Red,
        Green,
        Blue,
    };
    Frame frame = Frame::Gray;
    bool lastFrame = true;
    int bytesPerLine = 0;
    int pixelsPerLine = 0;
    int lines = 0; // -1: not known before the end of the page (hand scanners, some feeders)
    int depth = 8; // bits per sample: 1, 8 or 16
};

class SaneRaster
{
    Q_DECLARE_TR_FUNCTIONS(yc::plugins::scanner::SaneRaster)

public:
    static constexpr int MaxPixelsPerLine = 60000;          // 5 m at 300 dpi; nothing real is wider
    static constexpr qint64 MaxPageBytes = qint64(1) << 30; // 1 GiB of raw data per page

    // The first frame of a page. False and *error for parameters no page can have.
    bool begin(const RasterParameters& parameters, QString* error);
    // The next frame of a three-pass page; it must match the first one.
    bool beginFrame(const RasterParameters& parameters, QString* error);
    // Bytes of the current frame; false and *error when they exceed what the frame can hold.
    bool append(QByteArrayView bytes, QString* error);
    // The page from what has arrived; nullopt and *error when there is not one complete row.
    [[nodiscard]] std::optional<ScannedPage> finish(int dpi, QString* error);

    [[nodiscard]] bool lastFrame() const { return m_parameters.lastFrame; }
    // 0..100 of the page (all frames), -1 when its height is not known.
    [[nodiscard]] int percent() const;

private:
    [[nodiscard]] static bool validate(const RasterParameters& p, QString* error);
    [[nodiscard]] qint64 frameCapacity() const;
    [[nodiscard]] int channelIndex() const; // 0..2 for a separate colour frame, -1 otherwise

    RasterParameters m_parameters;
    bool m_threePass = false;
    int m_framesDone = 0;
    QByteArray m_frames[3]; // gray / rgb data in [0]; three-pass: red, green, blue
    qint64 m_received = 0;  // of the current frame
};

} // namespace yc::plugins::scanner
