#include "SaneScanner.h"

#include <sane/saneopts.h>

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstring>

#include <pthread.h>

namespace yc::plugins::scanner {

namespace {

// libsane is one per process: the first SaneScanner initialises it, the last one closes it.
QMutex sessionMutex;
int sessionUsers = 0;

constexpr int ReadBufferSize = 64 * 1024;
// Options applied in several passes: an option can become active only after another one is set
// (the test back-end's read-delay-duration after read-delay).
constexpr int OptionPasses = 3;

int findOption(SANE_Handle handle, const char* name)
{
    SANE_Int count = 0;
    if (sane_control_option(handle, 0, SANE_ACTION_GET_VALUE, &count, nullptr) != SANE_STATUS_GOOD)
        return -1;
    for (SANE_Int i = 1; i < count; ++i) {
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(handle, i);
        if (d && d->name && std::strcmp(d->name, name) == 0)
            return i;
    }
    return -1;
}

QStringList stringChoices(const SANE_Option_Descriptor* d)
{
    QStringList list;
    if (d->type == SANE_TYPE_STRING && d->constraint_type == SANE_CONSTRAINT_STRING_LIST)
        for (const SANE_String_Const* s = d->constraint.string_list; s && *s; ++s)
            list << QString::fromUtf8(*s);
    return list;
}

// The first choice equal to one of `exact` (ignoring case), else the first containing one of `parts`.
QString pickChoice(const QStringList& choices, const QStringList& exact, const QStringList& parts)
{
    for (const QString& want : exact)
        for (const QString& c : choices)
            if (c.compare(want, Qt::CaseInsensitive) == 0)
                return c;
    for (const QString& part : parts)
        for (const QString& c : choices)
            if (c.contains(part, Qt::CaseInsensitive) && !c.contains(QLatin1String("duplex"), Qt::CaseInsensitive))
                return c;
    return {};
}

RasterParameters toRaster(const SANE_Parameters& p)
{
    RasterParameters r;
    switch (p.format) {
    case SANE_FRAME_GRAY:
        r.frame = RasterParameters::Frame::Gray;
        break;
    case SANE_FRAME_RGB:
        r.frame = RasterParameters::Frame::Rgb;
        break;
    case SANE_FRAME_RED:
        r.frame = RasterParameters::Frame::Red;
        break;
    case SANE_FRAME_GREEN:
        r.frame = RasterParameters::Frame::Green;
        break;
    case SANE_FRAME_BLUE:
        r.frame = RasterParameters::Frame::Blue;
        break;
    }
    r.lastFrame = p.last_frame;
    r.bytesPerLine = p.bytes_per_line;
    r.pixelsPerLine = p.pixels_per_line;
    r.lines = p.lines;
    r.depth = p.depth;
    return r;
}

} // namespace

SaneScanner::SaneScanner(QObject* parent)
    : Scanner(parent)
{}

SaneScanner::~SaneScanner()
{
    endRun();
    closeHandle();
    if (m_initialised) {
        QMutexLocker lock(&sessionMutex);
        if (--sessionUsers == 0)
            sane_exit();
    }
}

QString SaneScanner::statusMessage(SANE_Status status, QString* code)
{
    auto out = [code](const char* word, const QString& message) {
        if (code)
            *code = QString::fromLatin1(word);
        return message;
    };
    switch (status) {
    case SANE_STATUS_GOOD:
        return out("ok", QString());
    case SANE_STATUS_NO_DOCS:
        return out("no-paper", tr("There is no paper in the scanner. Load the pages and scan again."));
    case SANE_STATUS_JAMMED:
        return out("jammed", tr("Paper is jammed in the scanner's document feeder. Clear the jam and scan again."));
    case SANE_STATUS_COVER_OPEN:
        return out("cover-open", tr("The scanner's cover is open. Close it and scan again."));
    case SANE_STATUS_DEVICE_BUSY:
        return out("busy", tr("The scanner is busy; another program may be using it. Try again in a moment."));
    case SANE_STATUS_IO_ERROR:
        return out("device-gone", tr("The scanner stopped answering; it may have been disconnected or switched off. "
                                     "Check the cable and the power, then scan again."));
    case SANE_STATUS_INVAL:
        return out("invalid", tr("The scanner refused the request; it may have been disconnected, or it does not "
                                 "support these settings."));
    case SANE_STATUS_ACCESS_DENIED:
        return out("access-denied", tr("Access to the scanner was denied; check the permissions of the device."));
    case SANE_STATUS_NO_MEM:
        return out("no-memory", tr("The scanner driver ran out of memory."));
    case SANE_STATUS_UNSUPPORTED:
        return out("unsupported", tr("The scanner does not support this operation."));
    case SANE_STATUS_CANCELLED:
        return out("cancelled", tr("The scan was cancelled."));
    case SANE_STATUS_EOF:
        return out("eof", tr("The scanner sent no more data."));
    default:
        break;
    }
    if (code)
        *code = QStringLiteral("sane-%1").arg(int(status));
    return tr("The scanner reported: %1").arg(QString::fromUtf8(sane_strstatus(status)));
}

bool SaneScanner::ensureInitialised()
{
    // Back-ends that read in a thread of their own (sanei_thread: the test back-end and others)
    // write into a pipe that sane_cancel() closes; the write that follows raises SIGPIPE, which
    // would end the whole program. Their threads inherit the signal mask of the thread that starts
    // them, this one, so SIGPIPE is blocked here: such a write fails with EPIPE instead.
    thread_local const bool pipeBlocked = [] {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGPIPE);
        return pthread_sigmask(SIG_BLOCK, &set, nullptr) == 0;
    }();
    Q_UNUSED(pipeBlocked);
    if (m_initialised)
        return true;
    QMutexLocker lock(&sessionMutex);
    if (sessionUsers == 0) {
        SANE_Int version = 0;
        const SANE_Status status = sane_init(&version, nullptr);
        if (status != SANE_STATUS_GOOD) {
            QString code;
            const QString message = statusMessage(status, &code);
            lock.unlock();
            emit errorOccurred(QStringLiteral("init"), tr("The SANE library could not be started: %1").arg(message));
            return false;
        }
    }
    ++sessionUsers;
    m_initialised = true;
    return true;
}

void SaneScanner::listDevices()
{
    if (!ensureInitialised())
        return;
    const SANE_Device** list = nullptr;
    const SANE_Status status = sane_get_devices(&list, SANE_FALSE);
    if (status != SANE_STATUS_GOOD) {
        QString code;
        const QString message = statusMessage(status, &code);
        emit errorOccurred(code, message);
        return;
    }
    QList<ScannerDevice> devices;
    for (const SANE_Device** d = list; d && *d; ++d) {
        ScannerDevice device;
        device.id = QString::fromUtf8((*d)->name);
        device.vendor = QString::fromUtf8((*d)->vendor);
        device.model = QString::fromUtf8((*d)->model);
        device.type = QString::fromUtf8((*d)->type);
        devices << device;
    }
    emit devicesListed(devices);
}

bool SaneScanner::setOption(const QString& name, const QVariant& value, bool required)
{
    const QByteArray utf8 = name.toUtf8();
    const int index = findOption(m_handle, utf8.constData());
    const SANE_Option_Descriptor* d = index > 0 ? sane_get_option_descriptor(m_handle, index) : nullptr;
    auto refuse = [&](const QString& message) {
        if (required)
            failRun(QStringLiteral("invalid"), message);
        return false;
    };
    if (!d)
        return refuse(tr("The scanner has no option '%1'.").arg(name));
    if (!SANE_OPTION_IS_ACTIVE(d->cap) || !SANE_OPTION_IS_SETTABLE(d->cap))
        return refuse(tr("The scanner's option '%1' cannot be set now.").arg(name));
    SANE_Status status = SANE_STATUS_INVAL;
    SANE_Int info = 0;
    bool ok = true;
    switch (d->type) {
    case SANE_TYPE_BOOL: {
        const QString text = value.toString().toLower();
        SANE_Bool b = (text == QLatin1String("yes") || text == QLatin1String("true") || text == QLatin1String("1"))
                          ? SANE_TRUE
                          : SANE_FALSE;
        status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, &b, &info);
        break;
    }
    case SANE_TYPE_INT:
    case SANE_TYPE_FIXED: {
        if (d->size != sizeof(SANE_Word))
            return refuse(tr("The scanner's option '%1' takes a list of values, which cannot be set here.").arg(name));
        const double number = value.toDouble(&ok);
        if (!ok)
            return refuse(tr("The scanner's option '%1' takes a number, not '%2'.").arg(name, value.toString()));
        SANE_Word w = d->type == SANE_TYPE_FIXED ? SANE_FIX(number) : SANE_Word(qRound(number));
        status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, &w, &info);
        break;
    }
    case SANE_TYPE_STRING: {
        QByteArray text = value.toString().toUtf8();
        if (d->size <= 0 || text.size() >= d->size)
            return refuse(tr("The value for the scanner's option '%1' is too long.").arg(name));
        text.resize(d->size, '\0');
        status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, text.data(), &info);
        break;
    }
    case SANE_TYPE_BUTTON:
        status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, nullptr, &info);
        break;
    default:
        return refuse(tr("The scanner's option '%1' cannot be set here.").arg(name));
    }
    if (status != SANE_STATUS_GOOD) {
        QString code;
        return refuse(tr("The scanner refused '%1' for its option '%2': %3")
                          .arg(value.toString(), name, statusMessage(status, &code)));
    }
    return true;
}

bool SaneScanner::applySettings(const ScanSettings& settings)
{
    // Mode. Line art is either a mode of its own or grey at one bit per sample.
    bool oneBitGray = false;
    const int modeIndex = findOption(m_handle, SANE_NAME_SCAN_MODE);
    if (modeIndex > 0) {
        const QStringList modes = stringChoices(sane_get_option_descriptor(m_handle, modeIndex));
        QString mode;
        switch (settings.mode) {
        case ColorMode::Color:
            mode = pickChoice(modes, {QStringLiteral(SANE_VALUE_SCAN_MODE_COLOR), QStringLiteral("Colour")},
                              {QStringLiteral("color"), QStringLiteral("colour"), QStringLiteral("rgb")});
            break;
        case ColorMode::Gray:
            mode = pickChoice(modes, {QStringLiteral(SANE_VALUE_SCAN_MODE_GRAY), QStringLiteral("Grayscale")},
                              {QStringLiteral("gray"), QStringLiteral("grey")});
            break;
        case ColorMode::Lineart:
            mode = pickChoice(modes, {QStringLiteral(SANE_VALUE_SCAN_MODE_LINEART), QStringLiteral("Binary")},
                              {QStringLiteral("lineart"), QStringLiteral("binary"), QStringLiteral("black")});
            if (mode.isEmpty()) {
                mode = pickChoice(modes, {QStringLiteral(SANE_VALUE_SCAN_MODE_GRAY)}, {QStringLiteral("gray")});
                oneBitGray = true;
            }
            break;
        }
        if (mode.isEmpty()) {
            failRun(QStringLiteral("unsupported"),
                    tr("The scanner offers none of the needed scan modes (it offers: %1).").arg(modes.join(u", ")));
            return false;
        }
        if (!setOption(QStringLiteral(SANE_NAME_SCAN_MODE), mode, true))
            return false;
    }
    const int depthIndex = findOption(m_handle, SANE_NAME_BIT_DEPTH);
    if (depthIndex > 0 && SANE_OPTION_IS_ACTIVE(sane_get_option_descriptor(m_handle, depthIndex)->cap)) {
        if (!setOption(QStringLiteral(SANE_NAME_BIT_DEPTH), oneBitGray ? 1 : 8, oneBitGray))
            return false;
    } else if (oneBitGray) {
        failRun(QStringLiteral("unsupported"), tr("The scanner cannot scan black and white line art."));
        return false;
    }

    // Source.
    const int sourceIndex = findOption(m_handle, SANE_NAME_SCAN_SOURCE);
    const QStringList sources =
        sourceIndex > 0 ? stringChoices(sane_get_option_descriptor(m_handle, sourceIndex)) : QStringList();
    if (settings.source == Source::Adf) {
        const QString adf = pickChoice(sources, {QStringLiteral("Automatic Document Feeder"), QStringLiteral("ADF")},
                                       {QStringLiteral("adf"), QStringLiteral("feeder")});
        if (adf.isEmpty()) {
            failRun(QStringLiteral("no-adf"), tr("The scanner has no document feeder."));
            return false;
        }
        if (!setOption(QStringLiteral(SANE_NAME_SCAN_SOURCE), adf, true))
            return false;
    } else {
        // A sheet-fed scanner has no flatbed: then its own source stays.
        const QString flatbed = pickChoice(sources, {QStringLiteral("Flatbed")}, {QStringLiteral("flatbed")});
        if (!flatbed.isEmpty() && !setOption(QStringLiteral(SANE_NAME_SCAN_SOURCE), flatbed, true))
            return false;
    }

    // Resolution: the device may round it; the value it keeps is the page's.
    m_dpi = settings.resolution;
    const int resIndex = findOption(m_handle, SANE_NAME_SCAN_RESOLUTION);
    if (resIndex > 0) {
        if (!setOption(QStringLiteral(SANE_NAME_SCAN_RESOLUTION), settings.resolution, true))
            return false;
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(m_handle, resIndex);
        SANE_Word w = 0;
        if (d->size == sizeof(SANE_Word) &&
            sane_control_option(m_handle, resIndex, SANE_ACTION_GET_VALUE, &w, nullptr) == SANE_STATUS_GOOD)
            m_dpi = d->type == SANE_TYPE_FIXED ? qRound(SANE_UNFIX(w)) : int(w);
    }

    // Back-end options by name, in passes (one may activate another).
    QVariantMap pending = settings.options;
    for (int pass = 0; pass < OptionPasses && !pending.isEmpty(); ++pass) {
        const bool last = pass == OptionPasses - 1;
        for (auto it = pending.begin(); it != pending.end();) {
            if (setOption(it.key(), it.value(), last)) {
                it = pending.erase(it);
            } else {
                if (last)
                    return false;
                ++it;
            }
        }
    }
    return true;
}

void SaneScanner::start(const ScanSettings& settings)
{
    if (m_running) {
        emit errorOccurred(QStringLiteral("busy"), tr("A scan is already running."));
        return;
    }
    closeHandle(); // the previous run's, if it is still settling
    if (!ensureInitialised())
        return;
    QString device = settings.device;
    if (device.isEmpty()) {
        const SANE_Device** list = nullptr;
        if (sane_get_devices(&list, SANE_FALSE) == SANE_STATUS_GOOD && list && list[0])
            device = QString::fromUtf8(list[0]->name);
        if (device.isEmpty()) {
            emit errorOccurred(QStringLiteral("no-device"),
                               tr("No scanner was found. Is it connected and switched on?"));
            return;
        }
    }
    const SANE_Status status = sane_open(device.toUtf8().constData(), &m_handle);
    if (status != SANE_STATUS_GOOD) {
        m_handle = nullptr;
        if (status == SANE_STATUS_INVAL) {
            emit errorOccurred(QStringLiteral("no-device"),
                               tr("The scanner '%1' was not found. Is it connected and switched on?").arg(device));
        } else {
            QString code;
            const QString message = statusMessage(status, &code);
            emit errorOccurred(code, message);
        }
        return;
    }
    m_settings = settings;
    m_running = true;
    ++m_generation;
    m_pages = 0;
    m_buffer.resize(ReadBufferSize);
    if (!applySettings(settings))
        return;
    startPage();
}

void SaneScanner::startPage()
{
    SANE_Status status = sane_start(m_handle);
    if (status == SANE_STATUS_NO_DOCS && m_settings.source == Source::Adf && m_pages > 0) {
        endRun(); // the feeder is empty: the run is complete
        emit finished(m_pages, false);
        return;
    }
    if (status == SANE_STATUS_CANCELLED) {
        endRun();
        emit finished(m_pages, true);
        return;
    }
    if (status != SANE_STATUS_GOOD)
        return failRun(status, "start");
    SANE_Parameters parameters{};
    status = sane_get_parameters(m_handle, &parameters);
    if (status != SANE_STATUS_GOOD)
        return failRun(status, "parameters");
    QString error;
    if (!m_raster.begin(toRaster(parameters), &error))
        return failRun(QStringLiteral("format"), error);
    const int percent = m_raster.percent();
    m_lastPercent = percent;
    emit progress(m_pages, percent < 0 ? -1 : 0);
    scheduleRead();
}

// The next read runs as its own event, so a queued cancel gets in between two reads; a read queued
// by a run that has since ended (another generation) does nothing.
void SaneScanner::scheduleRead()
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation)
                readSome();
        },
        Qt::QueuedConnection);
}

void SaneScanner::readSome()
{
    if (!m_running)
        return;
    SANE_Int length = 0;
    const SANE_Status status =
        sane_read(m_handle, reinterpret_cast<SANE_Byte*>(m_buffer.data()), SANE_Int(m_buffer.size()), &length);
    QString error;
    if (status == SANE_STATUS_GOOD) {
        if (length < 0 || length > m_buffer.size())
            return failRun(QStringLiteral("format"), tr("The scanner driver returned an impossible read length."));
        if (!m_raster.append(QByteArrayView(m_buffer.constData(), length), &error))
            return failRun(QStringLiteral("format"), error);
        const int percent = m_raster.percent();
        if (percent != m_lastPercent) {
            m_lastPercent = percent;
            emit progress(m_pages, percent);
        }
    } else if (status == SANE_STATUS_EOF) {
        if (!m_raster.lastFrame()) {
            // Three-pass colour: the next pass of the same page.
            SANE_Status next = sane_start(m_handle);
            if (next != SANE_STATUS_GOOD)
                return failRun(next, "start");
            SANE_Parameters parameters{};
            next = sane_get_parameters(m_handle, &parameters);
            if (next != SANE_STATUS_GOOD)
                return failRun(next, "parameters");
            if (!m_raster.beginFrame(toRaster(parameters), &error))
                return failRun(QStringLiteral("format"), error);
        } else {
            auto page = m_raster.finish(m_dpi, &error);
            if (!page)
                return failRun(QStringLiteral("format"), error);
            if (m_lastPercent != 100)
                emit progress(m_pages, 100);
            emit pageScanned(*page, m_pages);
            ++m_pages;
            const bool more =
                m_settings.source == Source::Adf && (m_settings.maxPages <= 0 || m_pages < m_settings.maxPages);
            if (more) {
                startPage();
            } else {
                endRun();
                emit finished(m_pages, false);
            }
            return;
        }
    } else if (status == SANE_STATUS_CANCELLED) {
        endRun();
        emit finished(m_pages, true);
        return;
    } else {
        return failRun(status, "read");
    }
    scheduleRead();
}

void SaneScanner::cancel()
{
    if (!m_running)
        return;
    endRun();
    emit finished(m_pages, true);
}

void SaneScanner::endRun()
{
    ++m_generation;
    m_running = false;
    if (!m_handle)
        return;
    m_settling.start();
    const quint64 generation = m_generation;
    QTimer::singleShot(SettleMs, this, [this, generation] {
        if (generation == m_generation)
            closeHandle();
    });
}

void SaneScanner::closeHandle()
{
    if (!m_handle)
        return;
    if (m_settling.isValid()) {
        const qint64 left = SettleMs - m_settling.elapsed();
        if (left > 0)
            QThread::msleep(static_cast<unsigned long>(left));
        m_settling.invalidate();
    }
    sane_cancel(m_handle);
    sane_close(m_handle);
    m_handle = nullptr;
}

void SaneScanner::failRun(const QString& code, const QString& message)
{
    endRun();
    emit errorOccurred(code, message);
}

void SaneScanner::failRun(SANE_Status status, const char* /*during*/)
{
    QString code;
    const QString message = statusMessage(status, &code);
    failRun(code, message);
}

} // namespace yc::plugins::scanner
