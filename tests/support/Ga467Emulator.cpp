#include "Ga467Emulator.h"

#include "api/idcard/CardText.h"

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

Ga467Emulator::Ga467Emulator(QObject* parent)
    : QObject(parent)
    , m_chunkTimer(new QTimer(this))
{
    connect(m_chunkTimer, &QTimer::timeout, this, &Ga467Emulator::pump);
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

void Ga467Emulator::placeCard(const RawCard& card)
{
    m_card = card;
    m_hasCard = true;
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

RawCard Ga467Emulator::syntheticCard(const QString& cardType)
{
    CardFields f;
    f.cardType = cardType;
    f.genderCode = QStringLiteral("1");
    f.birthDate = QStringLiteral("19900307");
    f.validFrom = QStringLiteral("20200101");
    f.validTo = QStringLiteral("20400101");
    if (cardType == QLatin1String("foreign")) {
        f.name = QStringLiteral("样例乙");
        f.englishName = QStringLiteral("SAMPLE, TEST");
        f.idNumber = QStringLiteral("CAN110090030712");
        f.nationality = QStringLiteral("CAN");
        f.issuer = QStringLiteral("1500");
    } else {
        f.name = QStringLiteral("测试甲");
        f.ethnicityCode = cardType == QLatin1String("resident") ? QStringLiteral("01") : QString();
        f.address = QStringLiteral("辽宁省大连市中山区样例路1号");
        f.idNumber = cardType == QLatin1String("permit") ? QStringLiteral("810000199003070015")
                                                         : QStringLiteral("210202199003070017");
        f.issuer = QStringLiteral("大连市公安局中山分局");
        f.passNumber = QStringLiteral("H00000001");
        f.issueCount = QStringLiteral("01");
    }
    RawCard card;
    card.text = CardText::encode(f);
    card.photo = QByteArray(1024, '\x5A');
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
            reply(0, Ga467::response(event->code == QLatin1String("frame.checksum") ? sw3::ChecksumError
                                                                                    : sw3::LengthError));
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
        frame = Ga467::response(sw3::Ok);
    } else if (is(cmd::ReadSamId)) {
        frame = Ga467::response(sw3::Ok, QByteArray(16, '\x01'));
    } else if (is(cmd::FindCard)) {
        frame = m_hasCard ? Ga467::response(sw3::CardFound, QByteArray(4, '\0')) : Ga467::response(sw3::FindFailed);
    } else if (is(cmd::SelectCard)) {
        frame = m_hasCard ? Ga467::response(sw3::Ok, QByteArray(8, '\0')) : Ga467::response(sw3::SelectFailed);
    } else if (is(cmd::ReadText) || is(cmd::ReadTextFingerprint)) {
        if (m_fault == Fault::RemoveDuringRead && faultHits(command)) {
            m_hasCard = false;
            frame = Ga467::response(sw3::ReadFailed);
        } else if (m_hasCard) {
            QByteArray data = Ga467::readReplyData(m_card, is(cmd::ReadTextFingerprint));
            frame = Ga467::response(sw3::Ok, data);
            wipe(data);
        } else {
            frame = Ga467::response(sw3::ReadFailed);
        }
        reply(command, frame);
        return;
    } else {
        frame = Ga467::response(sw3::CommandError);
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
