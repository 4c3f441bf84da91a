#pragma once

#include "api/idcard/Ga467.h"
#include "api/idcard/IdCardReader.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

class QSocketNotifier;
class QTimer;

namespace yc::test {

// A card as a reader answers for it: the complete reply frames to the read commands.
struct EmulatedCard
{
    QByteArray readReply;            // to 30 01 (read text + photo)
    QByteArray readFingerprintReply; // to 30 10 (read text + photo + fingerprint); empty: command error
};

// A GA/T 467 ID card reader on a real pseudo-terminal (openpty): a program opens portName() like a
// serial port and talks to it with the reader's frames. The card on the reader and the faults of
// the reader (silence, damaged replies, slow replies in small pieces, a card taken away while it
// is read) are set by the test. Synthetic cards only.
// The replies are fixed frames replayed from tests/support/data/ga467 (written from the standard's
// layout, not by the product's encoder), so a layout mistake shared by the product's encoder and
// decoder cannot pass here. Only a card placed as a RawCard (the ga467-emulator --card JSON
// option) has its read replies built by the product's frame code.
class Ga467Emulator : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        Silent,           // never answers
        CorruptChecksum,  // the reply's checksum is wrong
        WrongLength,      // the reply's LEN field is impossible (0xFFFF)
        RemoveDuringRead, // the card is taken away while the read command runs: SW3 41, then no card
        SplitReply,       // replies arrive in chunks of chunkSize bytes, chunkDelayMs apart
        GarbageBefore     // noise bytes before each reply
    };
    Q_ENUM(Fault)

    explicit Ga467Emulator(QObject* parent = nullptr);
    ~Ga467Emulator() override;

    // Opens the pseudo-terminal; false and *error when that fails.
    bool start(QString* error = nullptr);
    [[nodiscard]] QString portName() const { return m_slaveName; }

    void placeCard(const EmulatedCard& card);
    // A card from its text block and photo: the read replies are framed with the product's code.
    void placeCard(const plugins::idcard::RawCard& card);
    void removeCard();
    [[nodiscard]] bool hasCard() const { return m_hasCard; }

    // The fault hits the replies to `command` (0 = every command), `times` times (-1 = always).
    void setFault(Fault fault, int times = -1, quint8 command = 0);
    void setChunking(int chunkSize, int chunkDelayMs);
    [[nodiscard]] int requestCount(quint8 command) const { return m_requests.value(command); }
    [[nodiscard]] int totalRequests() const;

    // A synthetic card replayed from the fixed frames read-<name>.hex (and read-fingerprint-<name>.hex
    // when there is one): resident (测试甲, valid until 2040, with a fingerprint frame),
    // resident-long-term (样例丙, 长期), permit (测试甲, pass H00000001), foreign (样例乙, CAN).
    // Aborts when the fixture is missing or damaged.
    [[nodiscard]] static EmulatedCard syntheticCard(const QString& name = QStringLiteral("resident"));

signals:
    void requestReceived(quint8 command, quint8 parameter);

private:
    void onReadable();
    void handle(const plugins::idcard::Frame& request);
    void reply(quint8 command, QByteArray frame);
    [[nodiscard]] QByteArray fixed(const char* name) const;
    void writeAll(const QByteArray& bytes);
    void pump();
    bool faultHits(quint8 command);

    int m_master = -1;
    int m_slave = -1;
    QString m_slaveName;
    QSocketNotifier* m_notifier = nullptr;
    QTimer* m_chunkTimer = nullptr;
    plugins::idcard::FrameParser m_parser;
    EmulatedCard m_card;
    QHash<QString, QByteArray> m_frames; // the fixed replies that do not depend on the card
    bool m_hasCard = false;
    Fault m_fault = Fault::None;
    int m_faultTimes = -1;
    quint8 m_faultCommand = 0;
    int m_chunkSize = 4;
    int m_chunkDelayMs = 2;
    QByteArray m_outgoing;
    QHash<quint8, int> m_requests;
};

} // namespace yc::test
