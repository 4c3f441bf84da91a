#pragma once

// GA/T 467 (SAM module interface) frames: the wire protocol every serial ID card reader speaks.
//   request:  AA AA AA 96 69 | LEN(2, big-endian) | CMD | PARA | DATA | CHK
//   response: AA AA AA 96 69 | LEN | SW1 SW2 SW3 | DATA | CHK
// LEN counts every byte after itself, CHK included; CHK is the XOR of the bytes from LEN to the
// last data byte. Qt::Core only, no I/O: shared by the reader plugins, the host and the tests.

#include "api/idcard/IdCardReader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace yc::plugins::idcard {

namespace sw3 {
inline constexpr quint8 Ok = 0x90;
inline constexpr quint8 CardFound = 0x9F;
inline constexpr quint8 ChecksumError = 0x10;
inline constexpr quint8 LengthError = 0x11;
inline constexpr quint8 CommandError = 0x21;
inline constexpr quint8 UnknownError = 0x24;
inline constexpr quint8 CardAuthFailed = 0x31;
inline constexpr quint8 ReaderAuthFailed = 0x32;
inline constexpr quint8 VerifyFailed = 0x33;
inline constexpr quint8 WrongCard = 0x40;
inline constexpr quint8 ReadFailed = 0x41;
inline constexpr quint8 RandomFailed = 0x47;
inline constexpr quint8 SelfTestFailed = 0x60;
inline constexpr quint8 NotAuthorised = 0x66;
inline constexpr quint8 FindFailed = 0x80;
inline constexpr quint8 SelectFailed = 0x81;
} // namespace sw3

namespace cmd {
inline constexpr quint8 Reset[2] = {0x10, 0xFF};
inline constexpr quint8 Status[2] = {0x11, 0xFF};
inline constexpr quint8 ReadSamId[2] = {0x12, 0xFF};
inline constexpr quint8 FindCard[2] = {0x20, 0x01};
inline constexpr quint8 SelectCard[2] = {0x20, 0x02};
inline constexpr quint8 ReadText[2] = {0x30, 0x01};
inline constexpr quint8 ReadNewAddress[2] = {0x30, 0x03};
inline constexpr quint8 ReadTextFingerprint[2] = {0x30, 0x10};
} // namespace cmd

// One frame: what lies between LEN and CHK. For a request: CMD PARA DATA; for a response:
// SW1 SW2 SW3 DATA.
struct Frame
{
    QByteArray payload;

    ~Frame() { wipe(payload); }
    Frame() = default;
    Frame(const Frame&) = default;
    Frame(Frame&&) = default;
    Frame& operator=(const Frame&) = default;
    Frame& operator=(Frame&&) = default;

    [[nodiscard]] quint8 byteAt(qsizetype i) const { return i < payload.size() ? static_cast<quint8>(payload[i]) : 0; }
    // Response view.
    [[nodiscard]] bool isResponse() const { return payload.size() >= 3; }
    [[nodiscard]] quint8 sw3() const { return byteAt(2); }
    [[nodiscard]] QByteArrayView responseData() const
    {
        return payload.size() > 3 ? QByteArrayView(payload).sliced(3) : QByteArrayView();
    }
    // Request view.
    [[nodiscard]] quint8 command() const { return byteAt(0); }
    [[nodiscard]] quint8 parameter() const { return byteAt(1); }
};

class Ga467
{
    Q_DECLARE_TR_FUNCTIONS(yc::plugins::idcard::Ga467)

public:
    static constexpr char Preamble[5] = {'\xAA', '\xAA', '\xAA', '\x96', '\x69'};
    static constexpr qsizetype HeaderSize = 7;   // preamble + LEN
    static constexpr qsizetype MinLength = 3;    // CMD PARA CHK
    static constexpr qsizetype MaxLength = 3000; // the longest reply (text+photo+fingerprint) is 2314

    [[nodiscard]] static quint8 checksum(QByteArrayView bytes);
    [[nodiscard]] static QByteArray frame(QByteArrayView payload);
    [[nodiscard]] static QByteArray request(const quint8 (&command)[2], QByteArrayView data = {});
    [[nodiscard]] static QByteArray response(quint8 sw3, QByteArrayView data = {}, quint8 sw1 = 0, quint8 sw2 = 0);

    // The translated meaning of a status byte SW3 (every code GA/T 467 defines; others: "unknown").
    [[nodiscard]] static QString sw3Message(quint8 sw3);
    [[nodiscard]] static QList<quint8> knownSw3Codes();
    [[nodiscard]] static bool isKnownSw3(quint8 sw3);

    // Read replies: DATA = text length(2) photo length(2) [fingerprint length(2)] text photo [fingerprint].
    [[nodiscard]] static QByteArray readReplyData(const RawCard& card, bool withFingerprint);
    [[nodiscard]] static std::optional<RawCard> splitReadReply(QByteArrayView data, bool withFingerprint,
                                                               QString* error = nullptr);
};

// Cuts frames out of a byte stream that arrives in pieces: skips garbage before a preamble, waits
// for the rest of a partial frame, rejects impossible lengths and wrong checksums and resynchronises
// after them. The buffer is wiped when consumed and on destruction.
class FrameParser
{
    Q_DECLARE_TR_FUNCTIONS(yc::plugins::idcard::FrameParser)

public:
    struct Event
    {
        bool ok = false; // a frame; otherwise an error
        Frame frame;
        QString code;    // "frame.length" / "frame.checksum"
        QString message; // translated
    };

    FrameParser() = default;
    FrameParser(const FrameParser&) = delete;
    FrameParser& operator=(const FrameParser&) = delete;
    ~FrameParser() { clear(); }

    void feed(QByteArrayView bytes);
    // The next frame or error in the stream; nullopt when more bytes are needed.
    [[nodiscard]] std::optional<Event> next();
    void clear();
    [[nodiscard]] qsizetype bufferedBytes() const { return m_buffer.size(); }
    [[nodiscard]] qsizetype discardedBytes() const { return m_discarded; }

private:
    void consume(qsizetype count);

    QByteArray m_buffer;
    qsizetype m_discarded = 0;
};

} // namespace yc::plugins::idcard
