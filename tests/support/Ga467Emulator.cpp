#include "Ga467Emulator.h"

#include "HexFixture.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace yc::test {

using namespace plugins::idcard;

namespace {

QByteArray loadFrame(const QString& name)
{
    QString error;
    const QByteArray frame = ga467Frame(name, &error);
    if (frame.isEmpty())
        qFatal("GA/T 467 emulator: fixed frame %s: %s", qPrintable(name), qPrintable(error));
    return frame;
}

} // namespace

Ga467Emulator::Ga467Emulator(QObject* parent)
    : QObject(parent)
    , m_chunkTimer(new QTimer(this))
{
    connect(m_chunkTimer, &QTimer::timeout, this, &Ga467Emulator::pump);
    for (const char* name : {"ok", "sam-id", "find-found", "find-failed", "select-ok", "select-failed", "read-failed",
                             "command-error", "checksum-error", "length-error"})
        m_frames.insert(QLatin1String(name), loadFrame(QLatin1String(name)));
}

Ga467Emulator::~Ga467Emulator()
{
    delete m_notifier;
    if (m_master >= 0)
        ::close(m_master);
    if (m_slave >= 0)
        ::close(m_slave);
}

bool Ga467Emulator::start(QString* error)
{
    char name[256] = {};
    struct termios raw;
    std::memset(&raw, 0, sizeof raw);
    cfmakeraw(&raw);
    cfsetispeed(&raw, B115200);
    cfsetospeed(&raw, B115200);
    if (::openpty(&m_master, &m_slave, name, &raw, nullptr) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // The emulator keeps its own slave descriptor open so the master never sees a hang-up between
    // the client's open and close.
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_slaveName = QString::fromLocal8Bit(name);
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Ga467Emulator::onReadable);
    return true;
}

void Ga467Emulator::placeCard(const EmulatedCard& card)
{
    m_card = card;
    m_hasCard = true;
}

void Ga467Emulator::placeCard(const RawCard& card)
{
    QByteArray data = Ga467::readReplyData(card, false);
    m_card.readReply = Ga467::response(sw3::Ok, data);
    wipe(data);
    data = Ga467::readReplyData(card, true);
    m_card.readFingerprintReply = Ga467::response(sw3::Ok, data);
    wipe(data);
    m_hasCard = true;
}

QByteArray Ga467Emulator::fixed(const char* name) const
{
    return m_frames.value(QLatin1String(name));
}

void Ga467Emulator::removeCard()
{
    m_hasCard = false;
}

void Ga467Emulator::setFault(Fault fault, int times, quint8 command)
{
    m_fault = fault;
    m_faultTimes = times;
    m_faultCommand = command;
}

void Ga467Emulator::setChunking(int chunkSize, int chunkDelayMs)
{
    m_chunkSize = std::max(1, chunkSize);
    m_chunkDelayMs = std::max(0, chunkDelayMs);
}

int Ga467Emulator::totalRequests() const
{
    int n = 0;
    for (int v : m_requests)
        n += v;
    return n;
}

EmulatedCard Ga467Emulator::syntheticCard(const QString& name)
{
    EmulatedCard card;
    card.readReply = loadFrame(QStringLiteral("read-") + name);
    if (QFile::exists(QStringLiteral(YC_GA467_FRAMES_DIR "/read-fingerprint-") + name + QStringLiteral(".hex")))
        card.readFingerprintReply = loadFrame(QStringLiteral("read-fingerprint-") + name);
    return card;
}

void Ga467Emulator::onReadable()
{
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            break;
        m_parser.feed(QByteArrayView(buffer, n));
    }
    while (auto event = m_parser.next()) {
        if (event->ok)
            handle(event->frame);
        else
            reply(0, fixed(event->code == QLatin1String("frame.checksum") ? "checksum-error" : "length-error"));
    }
}

bool Ga467Emulator::faultHits(quint8 command)
{
    if (m_fault == Fault::None || m_faultTimes == 0)
        return false;
    if (m_faultCommand != 0 && m_faultCommand != command)
        return false;
    if (m_faultTimes > 0)
        --m_faultTimes;
    return true;
}

void Ga467Emulator::handle(const Frame& request)
{
    const quint8 command = request.command();
    const quint8 parameter = request.parameter();
    m_requests[command] += 1;
    emit requestReceived(command, parameter);
    const auto is = [&](const quint8(&c)[2]) {
        return command == c[0] && parameter == c[1];
    };
    QByteArray frame;
    if (is(cmd::Status) || is(cmd::Reset)) {
        frame = fixed("ok");
    } else if (is(cmd::ReadSamId)) {
        frame = fixed("sam-id");
    } else if (is(cmd::FindCard)) {
        frame = fixed(m_hasCard ? "find-found" : "find-failed");
    } else if (is(cmd::SelectCard)) {
        frame = fixed(m_hasCard ? "select-ok" : "select-failed");
    } else if (is(cmd::ReadText) || is(cmd::ReadTextFingerprint)) {
        if (m_fault == Fault::RemoveDuringRead && faultHits(command)) {
            m_hasCard = false;
            frame = fixed("read-failed");
        } else if (!m_hasCard) {
            frame = fixed("read-failed");
        } else if (is(cmd::ReadText)) {
            frame = m_card.readReply;
        } else {
            frame = m_card.readFingerprintReply.isEmpty() ? fixed("command-error") : m_card.readFingerprintReply;
        }
    } else {
        frame = fixed("command-error");
    }
    reply(command, frame);
}

void Ga467Emulator::reply(quint8 command, QByteArray frame)
{
    const Fault fault = m_fault;
    if (fault != Fault::RemoveDuringRead && faultHits(command)) {
        switch (fault) {
        case Fault::Silent:
            return;
        case Fault::CorruptChecksum:
            frame[frame.size() - 1] = static_cast<char>(frame.at(frame.size() - 1) ^ 0x5A);
            break;
        case Fault::WrongLength:
            frame[5] = '\xFF';
            frame[6] = '\xFF';
            break;
        case Fault::GarbageBefore:
            frame.prepend(QByteArray("\x00\x13\xAA\xAA\x42garbage", 12));
            break;
        case Fault::SplitReply:
            m_outgoing.append(frame);
            if (!m_chunkTimer->isActive())
                m_chunkTimer->start(m_chunkDelayMs);
            return;
        case Fault::None:
        case Fault::RemoveDuringRead:
            break;
        }
    }
    writeAll(frame);
}

void Ga467Emulator::pump()
{
    const QByteArray chunk = m_outgoing.left(m_chunkSize);
    m_outgoing.remove(0, chunk.size());
    writeAll(chunk);
    if (m_outgoing.isEmpty())
        m_chunkTimer->stop();
}

void Ga467Emulator::writeAll(const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_master, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR) {
                ::usleep(1000);
                continue;
            }
            return;
        }
        done += n;
    }
}

} // namespace yc::test
