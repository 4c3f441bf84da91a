#include "SamSerialReader.h"

#include <QLoggingCategory>
#include <QSerialPort>
#include <QSerialPortInfo>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSamSerial, "yc.devices.idcard.samserial", QtInfoMsg)

namespace yc::plugins::idcard {

namespace {
constexpr int PollIntervalMs = 250;

QString hex2(quint8 v)
{
    return QStringLiteral("%1").arg(v, 2, 16, QLatin1Char('0')).toUpper();
}
} // namespace

SamSerialReader::SamSerialReader(const ReaderConfig& config, QObject* parent)
    : IdCardReader(parent)
    , m_config(config)
    , m_commandTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
    , m_heartbeat(new QTimer(this))
{
    m_commandTimer->setSingleShot(true);
    m_pollTimer->setSingleShot(true);
    connect(m_commandTimer, &QTimer::timeout, this, &SamSerialReader::onTimeout);
    connect(m_pollTimer, &QTimer::timeout, this, &SamSerialReader::poll);
    // Heartbeat (options["heartbeatMs"], off by default): when idle, the status command keeps the
    // reader's state true (a reader that falls silent or comes back shows in the status bar).
    m_heartbeatMs = m_config.options.value(QStringLiteral("heartbeatMs"), 0).toInt();
    m_heartbeat->setInterval(std::max(m_heartbeatMs, 200));
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_port && !busy() && !m_opening && !m_reading && !m_continuous)
            send(Step::Status);
    });
}

SamSerialReader::~SamSerialReader()
{
    closePort();
}

bool SamSerialReader::openPort(const QString& name, QString* error)
{
    closePort();
    m_port = new QSerialPort(this);
    m_port->setPortName(name);
    m_port->setBaudRate(m_config.baudRate);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        *error = tr("The serial port %1 cannot be opened: %2").arg(name, m_port->errorString());
        delete m_port;
        m_port = nullptr;
        return false;
    }
    connect(m_port, &QSerialPort::readyRead, this, &SamSerialReader::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        if (e == QSerialPort::ResourceError && m_port) {
            const QString message =
                tr("The serial port %1 was lost: %2").arg(m_port->portName(), m_port->errorString());
            closePort();
            fail(QStringLiteral("port"), message);
        }
    });
    m_parser.clear();
    return true;
}

void SamSerialReader::closePort()
{
    m_commandTimer->stop();
    m_heartbeat->stop();
    m_step = Step::None;
    m_parser.clear();
    if (m_port) {
        m_port->disconnect(this);
        m_port->close();
        m_port->deleteLater();
        m_port = nullptr;
    }
}

void SamSerialReader::open()
{
    setState(State::Opening);
    m_opening = true;
    m_autoDetect = m_config.port.isEmpty() || m_config.port == QLatin1String("auto");
    m_probeQueue.clear();
    m_lastProbeError.clear();
    if (m_autoDetect) {
        // options["probePorts"] narrows (or, for pseudo-terminals, which the system does not list,
        // widens) the ports auto-detection tries.
        m_probeQueue = m_config.options.value(QStringLiteral("probePorts")).toStringList();
        if (m_probeQueue.isEmpty()) {
            const auto ports = QSerialPortInfo::availablePorts();
            for (const QSerialPortInfo& info : ports)
                m_probeQueue << info.systemLocation();
        }
        qCInfo(lcSamSerial) << "auto-detection: probing" << m_probeQueue.size() << "serial ports";
    } else {
        m_probeQueue << m_config.port;
    }
    probeNext();
}

void SamSerialReader::probeNext()
{
    while (!m_probeQueue.isEmpty()) {
        const QString name = m_probeQueue.takeFirst();
        QString error;
        if (!openPort(name, &error)) {
            m_lastProbeError = error;
            m_lastProbeCode = QStringLiteral("port");
            continue;
        }
        send(Step::Status);
        return;
    }
    m_opening = false;
    closePort();
    if (m_autoDetect)
        fail(QStringLiteral("not-found"),
             tr("No ID card reader answered on any serial port.%1")
                 .arg(m_lastProbeError.isEmpty() ? QString() : QLatin1Char(' ') + m_lastProbeError));
    else
        fail(m_lastProbeCode, m_lastProbeError);
}

void SamSerialReader::close()
{
    m_pollTimer->stop();
    m_reading = false;
    m_continuous = false;
    m_cardOnReader = false;
    m_opening = false;
    closePort();
    setState(State::Closed);
}

void SamSerialReader::send(Step step)
{
    m_step = step;
    m_attempt = 0;
    writeRequest();
}

void SamSerialReader::writeRequest()
{
    if (!m_port)
        return;
    QByteArray request;
    switch (m_step) {
    case Step::Status:
        request = Ga467::request(cmd::Status);
        break;
    case Step::Find:
        request = Ga467::request(cmd::FindCard);
        break;
    case Step::Select:
        request = Ga467::request(cmd::SelectCard);
        break;
    case Step::Read:
        request = Ga467::request(cmd::ReadText);
        break;
    case Step::None:
        return;
    }
    m_parser.clear();
    m_port->write(request);
    m_commandTimer->start(m_config.commandTimeoutMs);
}

void SamSerialReader::onReadyRead()
{
    if (!m_port)
        return;
    QByteArray chunk = m_port->readAll();
    m_parser.feed(chunk);
    wipe(chunk);
    // The command timeout measures silence: a long reply arriving slowly in small pieces is fine.
    if (busy())
        m_commandTimer->start(m_config.commandTimeoutMs);
    while (auto event = m_parser.next()) {
        if (!busy())
            continue; // a late reply to an abandoned command
        if (!event->ok) {
            attemptFailed(event->code, event->message);
            return;
        }
        if (!event->frame.isResponse()) {
            attemptFailed(QStringLiteral("frame.length"), Ga467::tr("The reader sent a frame too short for a reply."));
            return;
        }
        m_commandTimer->stop();
        onFrame(event->frame);
    }
}

void SamSerialReader::onTimeout()
{
    if (!busy())
        return;
    attemptFailed(QStringLiteral("timeout"), tr("The reader on %1 did not answer within %2 ms.")
                                                 .arg(m_port ? m_port->portName() : m_config.port)
                                                 .arg(m_config.commandTimeoutMs));
}

void SamSerialReader::attemptFailed(const QString& code, const QString& message)
{
    m_commandTimer->stop();
    const int retries = (m_opening && m_autoDetect) ? 0 : m_config.retries;
    if (m_attempt < retries) {
        ++m_attempt;
        qCInfo(lcSamSerial) << "retrying after" << code << "attempt" << m_attempt;
        if (m_port)
            m_port->clear(QSerialPort::Input);
        writeRequest();
        return;
    }
    cycleFailed(code, message);
}

void SamSerialReader::cycleFailed(const QString& code, const QString& message)
{
    const Step step = m_step;
    m_step = Step::None;
    if (m_opening) {
        m_lastProbeError =
            tr("No ID card reader answered on %1: %2").arg(m_port ? m_port->portName() : m_config.port, message);
        m_lastProbeCode = QStringLiteral("no-answer");
        probeNext();
        return;
    }
    if (m_reading) {
        m_reading = false;
        readFailed(code, message);
    } else if ((m_continuous || step == Step::Status) && code == QLatin1String("timeout") && state() != State::Error) {
        fail(code, message); // the reader fell silent; it recovers when it answers again
    }
    if (m_continuous)
        schedulePoll(PollIntervalMs);
}

void SamSerialReader::onFrame(const Frame& frame)
{
    const quint8 status = frame.sw3();
    const Step step = m_step;
    m_step = Step::None;
    switch (step) {
    case Step::Status:
        if (!m_opening) { // heartbeat
            if (status == sw3::Ok && state() == State::Error)
                setState(m_reading ? State::Reading : State::Ready);
            if (m_reading || m_continuous)
                schedulePoll(0); // a read asked for during the heartbeat starts now
            return;
        }
        if (status == sw3::Ok) {
            m_opening = false;
            if (m_heartbeatMs > 0)
                m_heartbeat->start();
            qCInfo(lcSamSerial) << "reader answered on" << m_port->portName();
            setState(State::Ready);
            if (m_continuous)
                schedulePoll(0);
        } else {
            m_lastProbeError = tr("The device on %1 answered the status command with: %2")
                                   .arg(m_port->portName(), Ga467::sw3Message(status));
            m_lastProbeCode = QStringLiteral("sw3-") + hex2(status);
            probeNext();
        }
        return;
    case Step::Find:
        if (status == sw3::CardFound || status == sw3::Ok) {
            if (state() == State::Error)
                setState(State::Ready);
            if (m_cardOnReader && !m_reading) {
                schedulePoll(PollIntervalMs); // the same card is still there: read it once only
                return;
            }
            send(Step::Select);
        } else if (status == sw3::FindFailed) {
            noCard();
        } else {
            cycleFailed(QStringLiteral("sw3-") + hex2(status), Ga467::sw3Message(status));
        }
        return;
    case Step::Select:
        if (status == sw3::Ok)
            send(Step::Read);
        else if (status == sw3::SelectFailed && m_reading && !m_deadline.hasExpired())
            schedulePoll(PollIntervalMs);
        else
            cycleFailed(QStringLiteral("sw3-") + hex2(status), Ga467::sw3Message(status));
        return;
    case Step::Read: {
        if (status != sw3::Ok) {
            cycleFailed(QStringLiteral("sw3-") + hex2(status), Ga467::sw3Message(status));
            return;
        }
        QString error;
        auto card = Ga467::splitReadReply(frame.responseData(), false, &error);
        if (!card) {
            cycleFailed(QStringLiteral("data"), error);
            return;
        }
        finishRead(*card);
        return;
    }
    case Step::None:
        return;
    }
}

void SamSerialReader::noCard()
{
    if (m_cardOnReader) {
        m_cardOnReader = false;
        emit cardRemoved();
        if (state() == State::CardPresent)
            setState(m_reading ? State::Reading : State::Ready);
    }
    if (m_reading) {
        if (m_deadline.hasExpired()) {
            m_reading = false;
            readFailed(QStringLiteral("no-card"),
                       tr("No card was placed on the reader within %1 seconds.").arg(m_readTimeoutMs / 1000.0));
        } else {
            schedulePoll(PollIntervalMs);
            return;
        }
    }
    if (m_continuous)
        schedulePoll(PollIntervalMs);
}

void SamSerialReader::finishRead(RawCard& card)
{
    m_reading = false;
    m_cardOnReader = true;
    setState(m_continuous ? State::CardPresent : State::Ready);
    emit cardRead(card);
    card.wipe();
    if (m_continuous)
        schedulePoll(PollIntervalMs);
}

void SamSerialReader::readCard(int timeoutMs)
{
    if (!m_port || m_opening) {
        emit errorOccurred(QStringLiteral("not-open"), tr("The reader is not open."));
        return;
    }
    m_reading = true;
    m_readTimeoutMs = timeoutMs;
    m_deadline = QDeadlineTimer(timeoutMs);
    setState(State::Reading);
    if (!busy()) {
        m_pollTimer->stop();
        send(Step::Find);
    }
}

void SamSerialReader::setContinuous(bool enabled)
{
    m_continuous = enabled;
    if (!enabled) {
        m_pollTimer->stop();
        return;
    }
    if (m_port && !m_opening && !busy())
        schedulePoll(0);
}

void SamSerialReader::schedulePoll(int ms)
{
    m_pollTimer->start(ms);
}

void SamSerialReader::poll()
{
    if (!m_port || busy() || m_opening)
        return;
    if (!m_continuous && !m_reading)
        return;
    send(Step::Find);
}

} // namespace yc::plugins::idcard
