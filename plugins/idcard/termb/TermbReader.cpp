#include "TermbReader.h"

#include "TermbLibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

namespace yc::plugins::idcard {

namespace {
constexpr int PollIntervalMs = 250;

QByteArray takeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return {};
    QByteArray bytes = file.readAll();
    // Overwrite the file's content before removing it.
    file.seek(0);
    file.write(QByteArray(bytes.size(), '\0'));
    file.close();
    QFile::remove(path);
    return bytes;
}
} // namespace

TermbReader::TermbReader(const TermbLibrary& library, const ReaderConfig& config, QObject* parent)
    : IdCardReader(parent)
    , m_library(library)
    , m_config(config)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TermbReader::poll);
}

TermbReader::~TermbReader()
{
    if (m_open)
        m_library.closeComm();
}

void TermbReader::open()
{
    if (!m_library.usable()) {
        fail(QStringLiteral("library"), m_library.reason());
        return;
    }
    setState(State::Opening);
    bool ok = false;
    const int port = m_config.port.isEmpty() ? 1001 : m_config.port.toInt(&ok);
    if (!m_config.port.isEmpty() && !ok) {
        fail(QStringLiteral("port"),
             tr("The termb port must be a number (1–16 serial, 1001–1016 USB), not '%1'.").arg(m_config.port));
        return;
    }
    const int rc = m_library.initComm(port);
    if (rc != 1) {
        fail(QStringLiteral("no-answer"),
             tr("The vendor library found no reader on port %1 (InitComm returned %2).").arg(port).arg(rc));
        return;
    }
    m_open = true;
    setState(State::Ready);
    if (m_continuous)
        m_timer->start(0);
}

void TermbReader::close()
{
    m_timer->stop();
    if (m_open)
        m_library.closeComm();
    m_open = false;
    m_reading = false;
    setState(State::Closed);
}

void TermbReader::readCard(int timeoutMs)
{
    if (!m_open) {
        emit errorOccurred(QStringLiteral("not-open"), tr("The reader is not open."));
        return;
    }
    m_reading = true;
    m_readTimeoutMs = timeoutMs;
    m_deadline = QDeadlineTimer(timeoutMs);
    setState(State::Reading);
    m_timer->start(0);
}

void TermbReader::setContinuous(bool enabled)
{
    m_continuous = enabled;
    if (enabled && m_open)
        m_timer->start(0);
}

bool TermbReader::readFiles(RawCard* card, QString* error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = tr("No temporary folder for the vendor library: %1").arg(dir.errorString());
        return false;
    }
    int rc = 0;
    QString folder = dir.path();
    if (m_library.readContentPath) {
        rc = m_library.readContentPath(QFile::encodeName(folder).constData(), 1);
    } else {
        rc = m_library.readContent(1); // writes into the working directory
        folder = QDir::currentPath();
    }
    const QDir out(folder);
    card->text = takeFile(out.filePath(QStringLiteral("wz.txt")));
    card->photo = takeFile(out.filePath(QStringLiteral("xp.wlt")));
    if (card->photo.isEmpty())
        card->photo = takeFile(out.filePath(QStringLiteral("zp.wlt")));
    QFile::remove(out.filePath(QStringLiteral("zp.bmp")));
    if (rc != 1) {
        *error = tr("The vendor library could not read the card (Read_Content returned %1).").arg(rc);
        card->wipe();
        return false;
    }
    if (card->text.size() != 256) {
        *error = tr("The vendor library wrote %1 bytes of card text instead of 256.").arg(card->text.size());
        card->wipe();
        return false;
    }
    return true;
}

void TermbReader::poll()
{
    if (!m_open || (!m_reading && !m_continuous))
        return;
    const bool found = m_library.authenticate() == 1;
    if (!found) {
        if (m_cardOnReader) {
            m_cardOnReader = false;
            emit cardRemoved();
            setState(m_reading ? State::Reading : State::Ready);
        }
        if (m_reading && m_deadline.hasExpired()) {
            m_reading = false;
            readFailed(QStringLiteral("no-card"),
                       tr("No card was placed on the reader within %1 seconds.").arg(m_readTimeoutMs / 1000.0));
        }
        if (m_reading || m_continuous)
            m_timer->start(PollIntervalMs);
        return;
    }
    if (m_cardOnReader && !m_reading) {
        m_timer->start(PollIntervalMs);
        return;
    }
    RawCard card;
    QString error;
    const bool wasReading = m_reading;
    m_reading = false;
    if (!readFiles(&card, &error)) {
        if (wasReading)
            readFailed(QStringLiteral("read"), error);
    } else {
        m_cardOnReader = true;
        setState(m_continuous ? State::CardPresent : State::Ready);
        emit cardRead(card);
        card.wipe();
    }
    if (m_continuous)
        m_timer->start(PollIntervalMs);
}

} // namespace yc::plugins::idcard
