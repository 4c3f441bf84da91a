#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace yc {
class Clock;
}

namespace yc::identity {

// What a valid identity number tells about its holder. `type` is one of "resident", "permit",
// "foreign", "credit-code", "passport", "travel-permit" (the same words as Applicant::idType).
struct IdentityCheck
{
    QString type;
    QString number;   // normalised: trimmed, upper case
    QString areaCode; // 6 digits when the number carries one
    QString area;     // the area's name, when known
    QDate birthDate;
    QString sex;     // "male" / "female" when the number tells
    QString country; // GB/T 2659 alpha-3 when the number or the caller tells
    int version = 0; // foreign permanent resident card: 2017 or 2023
};

// Validators for identity numbers. Each failure is an Error whose code names the rule
// ("id.length", "id.character", "id.area", "id.date", "id.future", "id.check", ...) and whose
// message, translated, names the character or part that is wrong.
class IdentityValidator
{
    Q_DECLARE_TR_FUNCTIONS(yc::identity::IdentityValidator)

public:
    explicit IdentityValidator(const Clock& clock);

    // GB 11643-1999 citizen identity number (resident ID card).
    [[nodiscard]] Result<IdentityCheck> checkResident(const QString& number) const;
    // Residence permit for Hong Kong, Macao and Taiwan residents (area 810000 / 820000 / 830000).
    [[nodiscard]] Result<IdentityCheck> checkPermit(const QString& number) const;
    // Foreign permanent resident card: 2017 (3 letters + 12 digits) or 2023 (18 digits starting with 9).
    [[nodiscard]] Result<IdentityCheck> checkForeign(const QString& number) const;
    // GB 32100-2015 unified social credit code of an organisation.
    [[nodiscard]] Result<IdentityCheck> checkCreditCode(const QString& number) const;
    // Passports and travel permits: free-form numbers; the type ("passport" or "travel-permit")
    // and the issuing country (GB/T 2659 alpha-3) are checked, the number's form loosely.
    [[nodiscard]] Result<IdentityCheck> checkTravelDocument(const QString& type, const QString& number,
                                                            const QString& country) const;
    // The kind of number this looks like ("resident", "permit", "foreign", "credit-code", "unknown"),
    // judged from its form only.
    [[nodiscard]] static QString guessType(const QString& number);
    // Recognises the kind of number and checks it with the matching rule.
    [[nodiscard]] Result<IdentityCheck> check(const QString& number) const;

    // The GB 11643 MOD 11-2 check character of 17 digits; a null QChar when they are not 17 digits.
    [[nodiscard]] static QChar residentCheckCharacter(QStringView first17);
    // The GB 32100 check character of 17 code characters; a null QChar when a character is not allowed.
    [[nodiscard]] static QChar creditCodeCheckCharacter(QStringView first17);

private:
    enum class Form
    {
        Resident,
        Permit,
        Foreign
    };
    [[nodiscard]] Result<IdentityCheck> checkEighteen(const QString& number, Form form) const;
    [[nodiscard]] Result<QDate> checkBirthDate(QStringView digits, int firstPosition) const;

    const Clock& m_clock;
};

} // namespace yc::identity
