#pragma once

// The ID card reader plugin interface (API version 1).
//
// A reader back-end is a Qt plugin whose root object implements IdCardReaderFactory and whose JSON
// metadata is {"key": "<back-end name>", "apiVersion": 1}. The host reads the metadata before it
// loads the library and refuses a plugin whose apiVersion differs from IdCardReaderApiVersion.
//
// Threading: the host creates the reader with the factory, moves it to a worker thread of its own
// and calls open() / close() / readCard() / setContinuous() there (queued); the reader reports back
// through its signals only. A reader never blocks its thread for longer than one I/O timeout.
//
// Personal data: a RawCard holds a citizen's card data. Readers never log it, and wipe every
// buffer that held it (RawCard::wipe(), idcard::wipe()) as soon as it has been handed over.

#include "api/idcard/Wipe.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QtPlugin>

namespace yc::plugins::idcard {

inline constexpr int IdCardReaderApiVersion = 1;

// The raw blocks of one card read, as the reader's security module returns them.
struct RawCard
{
    QByteArray text;        // 256 bytes, UCS-2 little-endian (GA/T 467 text block)
    QByteArray photo;       // 1024 bytes, WLT (opaque)
    QByteArray fingerprint; // 0, 512 or 1024 bytes (opaque)

    RawCard() = default;
    RawCard(const RawCard&) = default;
    RawCard(RawCard&&) = default;
    RawCard& operator=(const RawCard&) = default;
    RawCard& operator=(RawCard&&) = default;
    // The buffers are shared between copies; the last copy to go wipes them.
    ~RawCard() { wipe(); }

    void wipe()
    {
        idcard::wipe(text);
        idcard::wipe(photo);
        idcard::wipe(fingerprint);
    }
};

struct ReaderConfig
{
    QString port;                // e.g. /dev/ttyUSB0, COM3, "auto" (back-end specific; may be empty)
    qint32 baudRate = 115200;    // serial readers: 115200 (default), 57600, 38400, 19200, 9600
    int commandTimeoutMs = 1500; // one request/reply exchange
    int retries = 2;             // resends after a timeout or a damaged reply
    QVariantMap options;         // back-end specific (e.g. "library", "file")
};

class IdCardReader : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Closed,
        Opening,
        Ready,       // open, no card being read
        Reading,     // waiting for or reading a card
        CardPresent, // a card was read and still lies on the reader (continuous mode)
        Error        // the reader cannot be used; errorString() says why
    };
    Q_ENUM(State)

    explicit IdCardReader(QObject* parent = nullptr)
        : QObject(parent)
    {}
    ~IdCardReader() override = default;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // Opens the device and checks that a reader answers: stateChanged(Ready) or errorOccurred.
    virtual void open() = 0;
    virtual void close() = 0;
    // Waits up to timeoutMs for a card, reads it: cardRead(card) or errorOccurred(code, message).
    virtual void readCard(int timeoutMs) = 0;
    // Continuous mode: polls and reads each newly placed card once (cardRead), until switched off.
    virtual void setContinuous(bool enabled) = 0;

signals:
    void stateChanged(yc::plugins::idcard::IdCardReader::State state);
    void cardRead(const yc::plugins::idcard::RawCard& card);
    void cardRemoved();
    // code: a stable machine word ("timeout", "no-card", "port", "sw3-41", ...); message: translated.
    void errorOccurred(const QString& code, const QString& message);

protected:
    void setState(State state)
    {
        if (state == m_state)
            return;
        m_state = state;
        emit stateChanged(state);
    }
    // A failure that leaves the reader unusable until reopened.
    void fail(const QString& code, const QString& message)
    {
        m_errorString = message;
        emit errorOccurred(code, message);
        setState(State::Error);
    }
    // A failed read; the reader stays usable.
    void readFailed(const QString& code, const QString& message)
    {
        m_errorString = message;
        emit errorOccurred(code, message);
        setState(State::Ready);
    }

private:
    State m_state = State::Closed;
    QString m_errorString;
};

class IdCardReaderFactory
{
public:
    virtual ~IdCardReaderFactory() = default;
    [[nodiscard]] virtual QString key() const = 0;
    [[nodiscard]] virtual QString displayName() const = 0;
    // Empty when the back-end can be used; otherwise the translated reason (e.g. vendor library missing).
    [[nodiscard]] virtual QString unavailableReason() const = 0;
    // Ports this back-end can offer for a choice in the settings ("auto" included where supported).
    [[nodiscard]] virtual QStringList ports() const = 0;
    // A new, closed reader; the caller owns it.
    [[nodiscard]] virtual IdCardReader* create(const ReaderConfig& config) const = 0;
};

} // namespace yc::plugins::idcard

#define YC_IDCARD_READER_FACTORY_IID "org.yichuang.devices.IdCardReaderFactory/1"
Q_DECLARE_INTERFACE(yc::plugins::idcard::IdCardReaderFactory, YC_IDCARD_READER_FACTORY_IID)
Q_DECLARE_METATYPE(yc::plugins::idcard::RawCard)
