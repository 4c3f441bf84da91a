#pragma once

// Builds the 256-byte GA/T 467 text block from field values: the simulated reader uses it to serve
// cards described in JSON, and the tests and the reader emulator to make synthetic cards.
// (Decoding, with the code tables and the clock, is the host's job: app/core/identity/CardDecoder.)

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace yc::plugins::idcard {

struct CardFields
{
    QString cardType = QStringLiteral("resident"); // resident | permit | foreign
    QString name;                                  // Chinese name
    QString genderCode;                            // 1 / 2 (GB/T 2261.1)
    QString ethnicityCode;                         // 01..56, 97, 98 (resident card)
    QString birthDate;                             // YYYYMMDD
    QString address;
    QString idNumber;
    QString issuer;    // foreign card: authority code
    QString validFrom; // YYYYMMDD
    QString validTo;   // YYYYMMDD or 长期
    QString passNumber;
    QString issueCount;
    QString englishName;
    QString nationality; // alpha-3
    QString cardVersion = QStringLiteral("17");
};

class CardText
{
    Q_DECLARE_TR_FUNCTIONS(yc::plugins::idcard::CardText)

public:
    [[nodiscard]] static QByteArray encode(const CardFields& fields);
    // Reads a card described in the card JSON form (cardType, name, gender, ethnicity, birthDate,
    // address, idNumber, issuer, validFrom, validTo, passNumber, issueCount, englishName,
    // nationality). gender: 男/女 or the code; ethnicity: the two-digit GB 3304 code; dates:
    // YYYY-MM-DD or YYYYMMDD; validTo may be "long-term". nullopt and *error when malformed.
    [[nodiscard]] static std::optional<CardFields> fromJson(const QJsonObject& object, QString* error = nullptr);
};

} // namespace yc::plugins::idcard
