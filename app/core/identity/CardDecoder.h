#pragma once

#include "core/Result.h"
#include "core/identity/IdCard.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace yc {
class Clock;
}

namespace yc::identity {

// Decodes the 256-byte text block an ID card reader returns (GA/T 467: UCS-2 little-endian,
// space padded, fixed offsets; the type flag at byte 248 selects the layout: blank = resident ID
// card, J = Hong Kong/Macao/Taiwan residence permit, I = 2017 foreign permanent resident card).
// The card is marked expired when its validity ended before the Clock's today, and its number
// marked not valid (IdCard::numberValid, numberError) when it fails the check of its card type.
class CardDecoder
{
    Q_DECLARE_TR_FUNCTIONS(yc::identity::CardDecoder)

public:
    static constexpr qsizetype TextSize = 256;
    static constexpr qsizetype PhotoSize = 1024;

    [[nodiscard]] static Result<IdCard> decodeText(QByteArrayView text, const Clock& clock);
    // A text block plus the WLT photo and fingerprint blocks (kept opaque).
    [[nodiscard]] static Result<IdCard> decode(QByteArrayView text, QByteArrayView photo, QByteArrayView fingerprint,
                                               const Clock& clock);
};

} // namespace yc::identity
