#pragma once

// The scanner plugin interface (API version 1).
//
// A scanner back-end is a Qt plugin whose root object implements ScannerFactory and whose JSON
// metadata is {"key": "<back-end name>", "apiVersion": 1}. The host reads the metadata before it
// loads the library and refuses a plugin whose apiVersion differs from ScannerApiVersion.
//
// Threading: the host creates the scanner with the factory, moves it to a worker thread of its own
// and calls listDevices() / start() / cancel() there (queued); the scanner reports back through its
// signals only. A scanner returns to its thread's event loop between reads (no call blocks for
// longer than one read from the device), so a queued cancel() is handled in the middle of a page.
//
// A run started by start() ends with exactly one of finished() or errorOccurred(); the pages
// delivered by pageScanned() before an error are complete pages.

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtPlugin>

namespace yc::plugins::scanner {

inline constexpr int ScannerApiVersion = 1;

enum class ColorMode
{
    Color,
    Gray,
    Lineart, // black and white, one bit per pixel
};

enum class Source
{
    Flatbed,
    Adf, // automatic document feeder: pages until the feeder is empty
};

// One scanner a back-end can reach.
struct ScannerDevice
{
    QString id;     // what ScanSettings::device takes, e.g. "test:0", "genesys:libusb:001:004"
    QString vendor; // e.g. "Canon"
    QString model;  // e.g. "LiDE 300"
    QString type;   // e.g. "flatbed scanner", "sheetfed scanner", "virtual device"
};

struct ScanSettings
{
    QString device;       // empty: the first device the back-end finds
    int resolution = 200; // dots per inch
    ColorMode mode = ColorMode::Color;
    Source source = Source::Flatbed;
    int maxPages = 0;    // ADF: stop after this many pages (0: until the feeder is empty)
    QVariantMap options; // back-end specific (SANE: option name -> value; simulated: "pages", "delayMs")
};

// One scanned page as raw pixels, rows top to bottom.
struct ScannedPage
{
    enum class Format
    {
        Mono,   // 1 bit per pixel, most significant bit first, 1 = black (as SANE delivers line art)
        Gray8,  // 1 byte per pixel, 0 = black
        Rgb888, // 3 bytes per pixel, R G B
    };

    Format format = Format::Gray8;
    int width = 0;
    int height = 0;
    int bytesPerLine = 0; // no padding beyond the pixels of a row
    int dpi = 0;
    QByteArray pixels; // bytesPerLine * height bytes

    [[nodiscard]] static int minimumBytesPerLine(Format format, int width)
    {
        switch (format) {
        case Format::Mono:
            return (width + 7) / 8;
        case Format::Gray8:
            return width;
        case Format::Rgb888:
            return width * 3;
        }
        return 0;
    }
    [[nodiscard]] bool isValid() const
    {
        return width > 0 && height > 0 && dpi > 0 && bytesPerLine == minimumBytesPerLine(format, width) &&
               pixels.size() == qsizetype(bytesPerLine) * height;
    }
};

class Scanner : public QObject
{
    Q_OBJECT

public:
    explicit Scanner(QObject* parent = nullptr)
        : QObject(parent)
    {}
    ~Scanner() override = default;

    // The devices this back-end can reach now: devicesListed() or errorOccurred().
    virtual void listDevices() = 0;
    // Scans one page (flatbed) or every page in the feeder (ADF): progress() and pageScanned() per
    // page, then finished() or errorOccurred(). A start() while a run is going reports "busy".
    virtual void start(const yc::plugins::scanner::ScanSettings& settings) = 0;
    // Stops the run at once, also in the middle of a page: finished(pages, true). The page being
    // read is dropped. Nothing happens when no run is going.
    virtual void cancel() = 0;

signals:
    void devicesListed(const QList<yc::plugins::scanner::ScannerDevice>& devices);
    // page counts from 0; percent 0..100 of that page, or -1 when the height is not known.
    void progress(int page, int percent);
    void pageScanned(const yc::plugins::scanner::ScannedPage& page, int index);
    void finished(int pages, bool cancelled);
    // code: a stable machine word ("no-paper", "jammed", "cover-open", "busy", "device-gone",
    // "no-device", "invalid", "io", ...); message: translated, for the clerk.
    void errorOccurred(const QString& code, const QString& message);
};

class ScannerFactory
{
public:
    virtual ~ScannerFactory() = default;
    [[nodiscard]] virtual QString key() const = 0;
    [[nodiscard]] virtual QString displayName() const = 0;
    // Empty when the back-end can be used; otherwise the translated reason.
    [[nodiscard]] virtual QString unavailableReason() const = 0;
    // A new scanner; the caller owns it.
    [[nodiscard]] virtual Scanner* create() const = 0;
};

} // namespace yc::plugins::scanner

#define YC_SCANNER_FACTORY_IID "org.yichuang.devices.ScannerFactory/1"
Q_DECLARE_INTERFACE(yc::plugins::scanner::ScannerFactory, YC_SCANNER_FACTORY_IID)
Q_DECLARE_METATYPE(yc::plugins::scanner::ScannerDevice)
Q_DECLARE_METATYPE(yc::plugins::scanner::ScanSettings)
Q_DECLARE_METATYPE(yc::plugins::scanner::ScannedPage)
