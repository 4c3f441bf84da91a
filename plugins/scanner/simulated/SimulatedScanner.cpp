#include "SimulatedScanner.h"

#include "TestSheet.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QTimer>

namespace yc::plugins::scanner {

namespace {
const QString SheetsDevice = QStringLiteral("sheets");
}

SimulatedScanner::SimulatedScanner(QObject* parent)
    : Scanner(parent)
{}

void SimulatedScanner::listDevices()
{
    ScannerDevice sheets;
    sheets.id = SheetsDevice;
    sheets.vendor = QStringLiteral("Yichuang");
    sheets.model = QStringLiteral("Test sheet generator");
    sheets.type = QStringLiteral("virtual device");
    emit devicesListed({sheets});
}

void SimulatedScanner::fail(const QString& code, const QString& message)
{
    m_running = false;
    ++m_generation;
    emit errorOccurred(code, message);
}

void SimulatedScanner::start(const ScanSettings& settings)
{
    if (m_running) {
        emit errorOccurred(QStringLiteral("busy"), tr("A scan is already running."));
        return;
    }
    if (settings.resolution < MinResolution || settings.resolution > MaxResolution) {
        emit errorOccurred(QStringLiteral("invalid"), tr("The simulated scanner scans at %1 to %2 dpi, not %3.")
                                                          .arg(MinResolution)
                                                          .arg(MaxResolution)
                                                          .arg(settings.resolution));
        return;
    }
    m_files.clear();
    const bool adf = settings.source == Source::Adf;
    if (settings.device.isEmpty() || settings.device == SheetsDevice) {
        m_total = adf ? settings.options.value(QStringLiteral("pages"), 3).toInt() : 1;
    } else {
        const QFileInfo folder(settings.device);
        if (!folder.isDir()) {
            emit errorOccurred(
                QStringLiteral("no-device"),
                tr("The simulated scanner takes \"sheets\" or a folder of images, not '%1'.").arg(settings.device));
            return;
        }
        QStringList filters;
        const QList<QByteArray> formats = QImageReader::supportedImageFormats();
        for (const QByteArray& format : formats)
            filters << QStringLiteral("*.") + QString::fromLatin1(format);
        const QFileInfoList entries =
            QDir(folder.absoluteFilePath()).entryInfoList(filters, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo& entry : entries)
            m_files << entry.absoluteFilePath();
        m_total = adf ? int(m_files.size()) : std::min<int>(1, int(m_files.size()));
    }
    if (settings.maxPages > 0)
        m_total = std::min(m_total, settings.maxPages);
    if (m_total <= 0) {
        emit errorOccurred(QStringLiteral("no-paper"), tr("There is no paper in the simulated scanner."));
        return;
    }
    m_settings = settings;
    m_delayMs = std::max(0, settings.options.value(QStringLiteral("delayMs"), 0).toInt());
    m_running = true;
    ++m_generation;
    m_pages = 0;
    m_half = 0;
    step();
}

void SimulatedScanner::later(int delayMs)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(delayMs, this, [this, generation] {
        if (generation == m_generation && m_running)
            step();
    });
}

void SimulatedScanner::step()
{
    if (m_half == 0) {
        emit progress(m_pages, 0);
        m_half = 1;
        return later(m_delayMs);
    }
    if (m_half == 1) {
        emit progress(m_pages, 50);
        m_half = 2;
        return later(m_delayMs);
    }
    QImage image;
    if (m_files.isEmpty()) {
        image = TestSheet::render(m_pages + 1, m_settings.resolution, m_settings.mode);
    } else {
        QImageReader reader(m_files.at(m_pages));
        reader.setAutoTransform(true);
        image = reader.read();
        if (image.isNull())
            return fail(QStringLiteral("io"),
                        tr("The page image %1 cannot be read: %2")
                            .arg(QFileInfo(m_files.at(m_pages)).fileName(), reader.errorString()));
    }
    const ScannedPage page = TestSheet::toPage(image, m_settings.mode, m_settings.resolution);
    emit progress(m_pages, 100);
    emit pageScanned(page, m_pages);
    ++m_pages;
    m_half = 0;
    if (m_pages < m_total)
        return later(0);
    m_running = false;
    ++m_generation;
    emit finished(m_pages, false);
}

void SimulatedScanner::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    emit finished(m_pages, true);
}

} // namespace yc::plugins::scanner
