#include "api/idcard/Ga467.h"

#include <cstring>

namespace yc::plugins::idcard {

quint8 Ga467::checksum(QByteArrayView bytes)
{
    quint8 x = 0;
    for (char c : bytes)
        x ^= static_cast<quint8>(c);
    return x;
}

QByteArray Ga467::frame(QByteArrayView payload)
{
    const qsizetype len = payload.size() + 1;
    QByteArray out;
    out.reserve(HeaderSize + len);
    out.append(Preamble, sizeof(Preamble));
    out.append(static_cast<char>((len >> 8) & 0xFF));
    out.append(static_cast<char>(len & 0xFF));
    out.append(payload.data(), payload.size());
    out.append(static_cast<char>(checksum(QByteArrayView(out).sliced(5))));
    return out;
}

QByteArray Ga467::request(const quint8 (&command)[2], QByteArrayView data)
{
    QByteArray payload;
    payload.append(static_cast<char>(command[0]));
    payload.append(static_cast<char>(command[1]));
    payload.append(data.data(), data.size());
    return frame(payload);
}

QByteArray Ga467::response(quint8 sw3, QByteArrayView data, quint8 sw1, quint8 sw2)
{
    QByteArray payload;
    payload.reserve(3 + data.size());
    payload.append(static_cast<char>(sw1));
    payload.append(static_cast<char>(sw2));
    payload.append(static_cast<char>(sw3));
    payload.append(data.data(), data.size());
    QByteArray out = frame(payload);
    wipe(payload);
    return out;
}

QList<quint8> Ga467::knownSw3Codes()
{
    return {sw3::Ok,           sw3::CardFound,      sw3::ChecksumError,    sw3::LengthError,   sw3::CommandError,
            sw3::UnknownError, sw3::CardAuthFailed, sw3::ReaderAuthFailed, sw3::VerifyFailed,  sw3::WrongCard,
            sw3::ReadFailed,   sw3::RandomFailed,   sw3::SelfTestFailed,   sw3::NotAuthorised, sw3::FindFailed,
            sw3::SelectFailed};
}

bool Ga467::isKnownSw3(quint8 code)
{
    return knownSw3Codes().contains(code);
}

QString Ga467::sw3Message(quint8 code)
{
    switch (code) {
    case sw3::Ok:
        return tr("Operation succeeded.");
    case sw3::CardFound:
        return tr("A card was found.");
    case sw3::ChecksumError:
        return tr("The reader received a command with a wrong checksum.");
    case sw3::LengthError:
        return tr("The reader received a command with a wrong length.");
    case sw3::CommandError:
        return tr("The reader does not know this command.");
    case sw3::UnknownError:
        return tr("The reader reported an unknown error.");
    case sw3::CardAuthFailed:
        return tr("The card failed to authenticate the reader.");
    case sw3::ReaderAuthFailed:
        return tr("The reader failed to authenticate the card.");
    case sw3::VerifyFailed:
        return tr("The reader's verification of the card failed.");
    case sw3::WrongCard:
        return tr("This card type cannot be read.");
    case sw3::ReadFailed:
        return tr("Reading the card failed; keep the card still on the reader and try again.");
    case sw3::RandomFailed:
        return tr("The card could not produce a random number.");
    case sw3::SelfTestFailed:
        return tr("The reader's security module failed its self-test.");
    case sw3::NotAuthorised:
        return tr("The reader's security module is not authorised.");
    case sw3::FindFailed:
        return tr("No card on the reader.");
    case sw3::SelectFailed:
        return tr("Selecting the card failed; place the card again.");
    default:
        return tr("The reader answered with the unknown status code %1.")
            .arg(QStringLiteral("%1").arg(code, 2, 16, QLatin1Char('0')).toUpper());
    }
}

QByteArray Ga467::readReplyData(const RawCard& card, bool withFingerprint)
{
    QByteArray data;
    auto length = [&data](qsizetype n) {
        data.append(static_cast<char>((n >> 8) & 0xFF));
        data.append(static_cast<char>(n & 0xFF));
    };
    length(card.text.size());
    length(card.photo.size());
    if (withFingerprint)
        length(card.fingerprint.size());
    data.append(card.text);
    data.append(card.photo);
    if (withFingerprint)
        data.append(card.fingerprint);
    return data;
}

std::optional<RawCard> Ga467::splitReadReply(QByteArrayView data, bool withFingerprint, QString* error)
{
    const qsizetype header = withFingerprint ? 6 : 4;
    auto bad = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (data.size() < header)
        return bad(tr("The reader's card data is too short (%1 bytes).").arg(data.size()));
    auto be16 = [&data](qsizetype at) {
        return (static_cast<qsizetype>(static_cast<quint8>(data[at])) << 8) | static_cast<quint8>(data[at + 1]);
    };
    const qsizetype textSize = be16(0);
    const qsizetype photoSize = be16(2);
    const qsizetype fingerprintSize = withFingerprint ? be16(4) : 0;
    if (textSize != 256)
        return bad(tr("The reader's card text block has %1 bytes instead of 256.").arg(textSize));
    if (photoSize != 1024 && photoSize != 0)
        return bad(tr("The reader's photo block has %1 bytes instead of 1024.").arg(photoSize));
    if (fingerprintSize != 0 && fingerprintSize != 512 && fingerprintSize != 1024)
        return bad(tr("The reader's fingerprint block has %1 bytes (0, 512 or 1024 expected).").arg(fingerprintSize));
    if (data.size() != header + textSize + photoSize + fingerprintSize)
        return bad(tr("The reader's card data has %1 bytes; its block lengths add up to %2.")
                       .arg(data.size())
                       .arg(header + textSize + photoSize + fingerprintSize));
    RawCard card;
    card.text = data.sliced(header, textSize).toByteArray();
    card.photo = data.sliced(header + textSize, photoSize).toByteArray();
    card.fingerprint = data.sliced(header + textSize + photoSize, fingerprintSize).toByteArray();
    return card;
}

void FrameParser::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes.data(), bytes.size());
}

void FrameParser::consume(qsizetype count)
{
    // Wipe what leaves the buffer before the bytes move down.
    wipe(m_buffer.data(), static_cast<std::size_t>(count));
    m_buffer.remove(0, count);
}

void FrameParser::clear()
{
    wipe(m_buffer);
}

std::optional<FrameParser::Event> FrameParser::next()
{
    const QByteArrayView preamble(Ga467::Preamble, sizeof(Ga467::Preamble));
    for (;;) {
        // Skip garbage up to the first preamble (keep a possible preamble prefix at the end).
        const qsizetype start = m_buffer.indexOf(preamble);
        if (start < 0) {
            const qsizetype keep = std::min<qsizetype>(m_buffer.size(), preamble.size() - 1);
            qsizetype prefix = 0;
            for (qsizetype k = keep; k > 0; --k) {
                if (QByteArrayView(m_buffer).last(k) == preamble.first(k)) {
                    prefix = k;
                    break;
                }
            }
            const qsizetype drop = m_buffer.size() - prefix;
            m_discarded += drop;
            consume(drop);
            return std::nullopt;
        }
        if (start > 0) {
            m_discarded += start;
            consume(start);
        }
        if (m_buffer.size() < Ga467::HeaderSize)
            return std::nullopt;
        const qsizetype len =
            (static_cast<qsizetype>(static_cast<quint8>(m_buffer[5])) << 8) | static_cast<quint8>(m_buffer[6]);
        if (len < Ga467::MinLength || len > Ga467::MaxLength) {
            m_discarded += 1;
            consume(1); // resynchronise on the next preamble
            Event e;
            e.code = QStringLiteral("frame.length");
            e.message = tr("The reader sent a frame with an impossible length (%1 bytes).").arg(len);
            return e;
        }
        const qsizetype total = Ga467::HeaderSize + len;
        if (m_buffer.size() < total)
            return std::nullopt;
        const QByteArrayView whole(m_buffer.constData(), total);
        const quint8 expected = Ga467::checksum(whole.sliced(5, total - 6));
        const quint8 actual = static_cast<quint8>(whole[total - 1]);
        Event e;
        if (expected != actual) {
            e.code = QStringLiteral("frame.checksum");
            e.message = tr("The reader sent a frame with a wrong checksum.");
        } else {
            e.ok = true;
            e.frame.payload = whole.sliced(Ga467::HeaderSize, len - 1).toByteArray();
        }
        consume(total);
        return e;
    }
}

} // namespace yc::plugins::idcard
