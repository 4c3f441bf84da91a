#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace yc::identity {

// A card as read from an ID card reader and decoded. Every field except the card type is
// personal data: never logged; wipe() when done with it.
struct IdCard
{
    enum class Type
    {
        Resident, // resident identity card (type flag blank)
        Permit,   // residence permit for Hong Kong, Macao and Taiwan residents (type flag J)
        Foreign   // foreign permanent resident card, 2017 (type flag I)
    };

    Type type = Type::Resident;
    QString name;          // Chinese name (foreign card: the Chinese name, may be empty)
    QString genderCode;    // GB/T 2261.1
    QString gender;        // 男 / 女 / ...
    QString ethnicityCode; // GB 3304 (resident card only)
    QString ethnicity;     // 汉 / 回 / ... (resident card only)
    QDate birthDate;
    QString address;
    QString idNumber;
    QString issuer; // issuing authority (foreign card: the authority code)
    QDate validFrom;
    QDate validTo;           // null when long-term
    bool longTerm = false;   // 长期
    bool expired = false;    // against the Clock at decoding time
    bool numberValid = true; // idNumber passes the check of its card type (GB 11643, residence permit, foreign card)
    QString numberError;     // why it does not (translated), empty when it does
    QString passNumber;      // permit: the Hong Kong / Macao / Taiwan travel permit number
    QString issueCount;      // permit: as printed
    QString englishName;     // foreign card
    QString nationality;     // foreign card: GB/T 2659 alpha-3
    QString cardVersion;     // foreign card
    QByteArray photo;        // 1024-byte WLT, opaque
    QByteArray fingerprint;  // opaque, may be empty

    IdCard() = default;
    IdCard(const IdCard&) = default;
    IdCard(IdCard&&) = default;
    IdCard& operator=(const IdCard&) = default;
    IdCard& operator=(IdCard&&) = default;
    // Strings and buffers are shared between copies; the last copy to go wipes them.
    ~IdCard() { wipe(); }

    [[nodiscard]] static QString typeName(Type type);
    // The card JSON of `yichuang-ctl idcard decode/read`: exactly the documented keys. `valid` is
    // false when the ID number fails its check (a damaged text block), `error` then says why.
    [[nodiscard]] QJsonObject toJson() const;
    // Overwrites and clears every personal field.
    void wipe();
};

} // namespace yc::identity

Q_DECLARE_METATYPE(yc::identity::IdCard)
