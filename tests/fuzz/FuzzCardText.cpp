// The 256-byte text block from a card: the decoder must accept or reject any bytes without
// crashing; an accepted card has valid dates and serialises to JSON.
#include "core/Clock.h"
#include "core/identity/CardDecoder.h"

#include <QJsonObject>

#include <cstdint>

namespace {
class FixedClock final : public yc::Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime(QDate(2026, 3, 2), QTime(9, 0)); }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const FixedClock clock;
    QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(std::min<size_t>(size, 256)));
    if (text.size() < 256 && size > 0)
        text.append(QByteArray(256 - text.size(), ' '));
    const auto card = yc::identity::CardDecoder::decode(text, QByteArrayView(), QByteArrayView(), clock);
    if (card.ok()) {
        if (!card.value().birthDate.isValid() || !card.value().validFrom.isValid())
            __builtin_trap();
        if (!card.value().longTerm && !card.value().validTo.isValid())
            __builtin_trap();
        (void)card.value().toJson();
    } else if (card.error().code.isEmpty() || card.error().message.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
