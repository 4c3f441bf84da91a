#pragma once

#include "api/idcard/Ga467.h"
#include "api/idcard/IdCardReader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QStringList>

class QSerialPort;
class QTimer;

namespace yc::plugins::idcard {

// A GA/T 467 reader on a serial port (or a USB-serial bridge): status probe on open (optionally on
// every serial port, "auto"), then find -> select -> read with a timeout and retries per command;
// in continuous mode it polls and reads each newly placed card once.
class SamSerialReader final : public IdCardReader
{
    Q_OBJECT

public:
    explicit SamSerialReader(const ReaderConfig& config, QObject* parent = nullptr);
    ~SamSerialReader() override;

    void open() override;
    void close() override;
    void readCard(int timeoutMs) override;
    void setContinuous(bool enabled) override;

private:
    enum class Step
    {
        None,
        Status,
        Find,
        Select,
        Read
    };

    bool openPort(const QString& name, QString* error);
    void closePort();
    void probeNext();
    void send(Step step);
    void writeRequest();
    void onReadyRead();
    void onTimeout();
    void onFrame(const Frame& frame);
    void attemptFailed(const QString& code, const QString& message);
    void cycleFailed(const QString& code, const QString& message);
    void noCard();
    void poll();
    void schedulePoll(int ms);
    void finishRead(RawCard& card);
    [[nodiscard]] bool busy() const { return m_step != Step::None; }

    ReaderConfig m_config;
    QSerialPort* m_port = nullptr;
    QTimer* m_commandTimer = nullptr;
    QTimer* m_pollTimer = nullptr;
    QTimer* m_heartbeat = nullptr;
    int m_heartbeatMs = 0;
    FrameParser m_parser;
    Step m_step = Step::None;
    int m_attempt = 0;
    bool m_opening = false;
    bool m_autoDetect = false;
    QStringList m_probeQueue;
    QString m_lastProbeError;
    QString m_lastProbeCode;
    bool m_reading = false;
    int m_readTimeoutMs = 0;
    QDeadlineTimer m_deadline;
    bool m_continuous = false;
    bool m_cardOnReader = false;
};

} // namespace yc::plugins::idcard
