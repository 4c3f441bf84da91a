#include "core/identity/CardDecoder.h"

#include "core/Clock.h"
#include "core/identity/CodeTables.h"
#include "core/identity/IdentityValidator.h"

namespace yc::identity {

namespace {

// One field of the text block: UCS-2 little-endian, padded with spaces (some readers pad with NULs).
QString field(QByteArrayView block, qsizetype offset, qsizetype length)
{
    QString text;
    text.reserve(length / 2);
    for (qsizetype i = offset; i + 1 < offset + length; i += 2) {
        const char16_t unit =
            static_cast<char16_t>(static_cast<quint8>(block[i]) | (static_cast<quint8>(block[i + 1]) << 8));
        text.append(QChar(unit));
    }
    while (!text.isEmpty() && (text.back() == QLatin1Char(' ') || text.back() == QChar(0)))
        text.chop(1);
    while (!text.isEmpty() && (text.front() == QLatin1Char(' ') || text.front() == QChar(0)))
        text.remove(0, 1);
    return text;
}

} // namespace

Result<IdCard> CardDecoder::decodeText(QByteArrayView text, const Clock& clock)
{
    return decode(text, {}, {}, clock);
}

Result<IdCard> CardDecoder::decode(QByteArrayView text, QByteArrayView photo, QByteArrayView fingerprint,
                                   const Clock& clock)
{
    if (text.size() != TextSize)
        return makeError(QStringLiteral("card.text-size"),
                         tr("The card's text block has %1 bytes instead of 256.").arg(text.size()));
    const CodeTables& tables = CodeTables::get();
    IdCard card;
    const QString flag = field(text, 248, 2);
    auto badDate = [](const QString& what) {
        return makeError(QStringLiteral("card.date"), tr("The card's %1 is not a valid date.").arg(what));
    };
    auto parseDate = [](const QString& s) {
        return QDate::fromString(s, QStringLiteral("yyyyMMdd"));
    };

    QString validTo;
    if (flag.isEmpty() || flag == QLatin1String("J")) {
        card.type = flag.isEmpty() ? IdCard::Type::Resident : IdCard::Type::Permit;
        card.name = field(text, 0, 30);
        card.genderCode = field(text, 30, 2);
        card.ethnicityCode = field(text, 32, 4);
        card.birthDate = parseDate(field(text, 36, 16));
        card.address = field(text, 52, 70);
        card.idNumber = field(text, 122, 36);
        card.issuer = field(text, 158, 30);
        card.validFrom = parseDate(field(text, 188, 16));
        validTo = field(text, 204, 16);
        if (card.type == IdCard::Type::Permit) {
            card.passNumber = field(text, 220, 18);
            card.issueCount = field(text, 238, 4);
        } else if (!card.ethnicityCode.isEmpty()) {
            const auto ethnicity = tables.ethnicity(card.ethnicityCode);
            card.ethnicity = ethnicity ? ethnicity->shortName : card.ethnicityCode;
        }
    } else if (flag == QLatin1String("I")) {
        card.type = IdCard::Type::Foreign;
        card.englishName = field(text, 0, 120);
        card.genderCode = field(text, 120, 2);
        card.idNumber = field(text, 122, 30);
        card.nationality = field(text, 152, 6);
        card.name = field(text, 158, 30);
        card.validFrom = parseDate(field(text, 188, 16));
        validTo = field(text, 204, 16);
        card.birthDate = parseDate(field(text, 220, 16));
        card.cardVersion = field(text, 236, 4);
        card.issuer = field(text, 240, 8);
    } else {
        return makeError(QStringLiteral("card.type"),
                         tr("The card type flag '%1' is not known (blank, J or I expected).").arg(flag));
    }
    if (!card.birthDate.isValid())
        return badDate(tr("birth date"));
    if (!card.validFrom.isValid())
        return badDate(tr("start of validity"));
    if (validTo == QStringLiteral("长期")) {
        card.longTerm = true;
    } else {
        card.validTo = parseDate(validTo);
        if (!card.validTo.isValid())
            return badDate(tr("end of validity"));
        card.expired = card.validTo < clock.today();
    }
    card.gender = card.genderCode == QLatin1String("1")   ? QStringLiteral("男")
                  : card.genderCode == QLatin1String("2") ? QStringLiteral("女")
                                                          : tables.genderName(card.genderCode);
    // A damaged text block can still decode into plausible fields; the ID number's own check finds it.
    const IdentityValidator validator(clock);
    const Result<IdentityCheck> number = card.type == IdCard::Type::Resident ? validator.checkResident(card.idNumber)
                                         : card.type == IdCard::Type::Permit ? validator.checkPermit(card.idNumber)
                                                                             : validator.checkForeign(card.idNumber);
    if (!number) {
        card.numberValid = false;
        card.numberError = tr("The card's ID number is not valid: %1").arg(number.error().message);
    }
    card.photo = photo.toByteArray();
    card.fingerprint = fingerprint.toByteArray();
    return card;
}

} // namespace yc::identity
