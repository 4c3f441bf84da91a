#include "core/identity/IdentityValidator.h"

#include "core/Clock.h"
#include "core/identity/CodeTables.h"

namespace yc::identity {

namespace {

constexpr int ResidentWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char ResidentCheckMap[] = "10X98765432";
constexpr int CreditWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr QStringView CreditAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

QString normalise(const QString& number)
{
    return number.trimmed().toUpper();
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

} // namespace

IdentityValidator::IdentityValidator(const Clock& clock)
    : m_clock(clock)
{}

QChar IdentityValidator::residentCheckCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * ResidentWeights[i];
    return QLatin1Char(ResidentCheckMap[sum % 11]);
}

QChar IdentityValidator::creditCodeCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype value = CreditAlphabet.indexOf(first17[i]);
        if (value < 0)
            return {};
        sum += static_cast<int>(value) * CreditWeights[i];
    }
    return CreditAlphabet[(31 - sum % 31) % 31];
}

Result<QDate> IdentityValidator::checkBirthDate(QStringView digits, int firstPosition) const
{
    const QDate date = QDate::fromString(digits.toString(), QStringLiteral("yyyyMMdd"));
    if (!date.isValid() || date.year() < 1850)
        return makeError(QStringLiteral("id.date"),
                         tr("The birth date %1 (characters %2–%3) is not a real calendar date.")
                             .arg(digits.toString())
                             .arg(firstPosition)
                             .arg(firstPosition + 7));
    if (date > m_clock.today())
        return makeError(QStringLiteral("id.future"), tr("The birth date %1 (characters %2–%3) lies in the future.")
                                                          .arg(digits.toString())
                                                          .arg(firstPosition)
                                                          .arg(firstPosition + 7));
    return date;
}

Result<IdentityCheck> IdentityValidator::checkEighteen(const QString& input, Form form) const
{
    const QString number = normalise(input);
    if (number.size() != 18)
        return makeError(QStringLiteral("id.length"), tr("The number has %n character(s); this kind of number has 18.",
                                                         nullptr, static_cast<int>(number.size())));
    for (int i = 0; i < 17; ++i) {
        if (!number[i].isDigit() || number[i].unicode() > '9')
            return makeError(QStringLiteral("id.character"),
                             tr("Character %1 ('%2') must be a digit.").arg(i + 1).arg(number[i]));
    }
    const QChar last = number[17];
    if (!(last.unicode() >= '0' && last.unicode() <= '9') && last != QLatin1Char('X'))
        return makeError(QStringLiteral("id.character"), tr("Character 18 ('%1') must be a digit or X.").arg(last));

    IdentityCheck result;
    result.number = number;
    const CodeTables& tables = CodeTables::get();
    const QString area = number.left(6);
    if (form == Form::Foreign) {
        result.type = QStringLiteral("foreign");
        result.version = 2023;
        if (number[0] != QLatin1Char('9'))
            return makeError(QStringLiteral("id.foreign-prefix"),
                             tr("Character 1 ('%1') must be 9 on a foreign permanent resident card.").arg(number[0]));
        const QString province = number.mid(1, 2) + QStringLiteral("0000");
        if (!tables.area(province))
            return makeError(QStringLiteral("id.area"),
                             tr("Characters 2–3 (%1) are not a GB/T 2260 province code.").arg(number.mid(1, 2)));
        const auto country = tables.countryByNumeric(number.mid(3, 3));
        if (!country)
            return makeError(QStringLiteral("id.country"),
                             tr("Characters 4–6 (%1) are not a GB/T 2659 numeric country code.").arg(number.mid(3, 3)));
        result.areaCode = province;
        result.area = tables.areaFullName(province);
        result.country = country->alpha3;
    } else {
        const bool permitArea =
            area == QLatin1String("810000") || area == QLatin1String("820000") || area == QLatin1String("830000");
        if (form == Form::Permit && !permitArea)
            return makeError(QStringLiteral("id.permit-area"),
                             tr("The area code %1 (characters 1–6) is not 810000, 820000 or 830000, the codes of "
                                "the residence permits for Hong Kong, Macao and Taiwan residents.")
                                 .arg(area));
        if (form == Form::Resident && permitArea)
            return makeError(QStringLiteral("id.permit-area"),
                             tr("The area code %1 (characters 1–6) belongs to a residence permit for Hong Kong, "
                                "Macao or Taiwan residents, not to a resident ID card.")
                                 .arg(area));
        if (form == Form::Resident && number[0] == QLatin1Char('9'))
            return makeError(QStringLiteral("id.area"),
                             tr("Character 1 is 9: this is a foreign permanent resident card number, not a resident "
                                "ID number."));
        const auto known = tables.area(area);
        if (!known)
            return makeError(
                QStringLiteral("id.area"),
                tr("The area code %1 (characters 1–6) is not a GB/T 2260 code, current or historical.").arg(area));
        result.type = form == Form::Permit ? QStringLiteral("permit") : QStringLiteral("resident");
        result.areaCode = area;
        result.area = tables.areaFullName(area);
    }
    auto date = checkBirthDate(QStringView(number).mid(6, 8), 7);
    if (!date)
        return date.error();
    result.birthDate = date.value();
    const QChar expected = residentCheckCharacter(QStringView(number).left(17));
    if (expected != last)
        return makeError(QStringLiteral("id.check"),
                         tr("The check character (character 18) is %1, but the first 17 characters give %2.")
                             .arg(last)
                             .arg(expected));
    result.sex = (number[16].unicode() - '0') % 2 == 1 ? QStringLiteral("male") : QStringLiteral("female");
    return result;
}

Result<IdentityCheck> IdentityValidator::checkResident(const QString& number) const
{
    return checkEighteen(number, Form::Resident);
}

Result<IdentityCheck> IdentityValidator::checkPermit(const QString& number) const
{
    return checkEighteen(number, Form::Permit);
}

Result<IdentityCheck> IdentityValidator::checkForeign(const QString& input) const
{
    const QString number = normalise(input);
    if (number.size() == 18)
        return checkEighteen(number, Form::Foreign);
    if (number.size() != 15)
        return makeError(QStringLiteral("id.length"),
                         tr("The number has %n character(s); a foreign permanent resident card number has 15 "
                            "(2017 card) or 18 (2023 card).",
                            nullptr, static_cast<int>(number.size())));
    // 2017 card: a three-letter GB/T 2659 country code and 12 digits.
    for (int i = 0; i < 3; ++i) {
        if (number[i] < QLatin1Char('A') || number[i] > QLatin1Char('Z'))
            return makeError(
                QStringLiteral("id.character"),
                tr("Character %1 ('%2') must be a Latin letter (the country code).").arg(i + 1).arg(number[i]));
    }
    for (int i = 3; i < 15; ++i) {
        if (number[i] < QLatin1Char('0') || number[i] > QLatin1Char('9'))
            return makeError(QStringLiteral("id.character"),
                             tr("Character %1 ('%2') must be a digit.").arg(i + 1).arg(number[i]));
    }
    const auto country = CodeTables::get().countryByAlpha3(number.left(3));
    if (!country)
        return makeError(QStringLiteral("id.country"),
                         tr("Characters 1–3 (%1) are not a GB/T 2659 country code.").arg(number.left(3)));
    IdentityCheck result;
    result.type = QStringLiteral("foreign");
    result.version = 2017;
    result.number = number;
    result.country = country->alpha3;
    return result;
}

Result<IdentityCheck> IdentityValidator::checkCreditCode(const QString& input) const
{
    const QString number = normalise(input);
    if (number.size() != 18)
        return makeError(QStringLiteral("id.length"),
                         tr("The code has %n character(s); a unified social credit code has 18.", nullptr,
                            static_cast<int>(number.size())));
    for (int i = 0; i < 18; ++i) {
        if (!CreditAlphabet.contains(number[i]))
            return makeError(QStringLiteral("id.character"),
                             tr("Character %1 ('%2') is not allowed in a unified social credit code (digits and "
                                "capital letters except I, O, S, V and Z).")
                                 .arg(i + 1)
                                 .arg(number[i]));
    }
    const QChar expected = creditCodeCheckCharacter(QStringView(number).left(17));
    if (expected != number[17])
        return makeError(QStringLiteral("id.check"),
                         tr("The check character (character 18) is %1, but the first 17 characters give %2.")
                             .arg(number[17])
                             .arg(expected));
    IdentityCheck result;
    result.type = QStringLiteral("credit-code");
    result.number = number;
    const QString area = number.mid(2, 6);
    if (allDigits(area)) {
        result.areaCode = area;
        result.area = CodeTables::get().areaFullName(area);
    }
    return result;
}

Result<IdentityCheck> IdentityValidator::checkTravelDocument(const QString& type, const QString& input,
                                                             const QString& countryCode) const
{
    if (type != QLatin1String("passport") && type != QLatin1String("travel-permit"))
        return makeError(QStringLiteral("id.type"),
                         tr("Unknown document type '%1': use passport or travel-permit.").arg(type));
    const QString number = normalise(input);
    if (number.size() < 5 || number.size() > 20)
        return makeError(QStringLiteral("id.length"),
                         tr("The number has %n character(s); a passport or travel permit number has 5 to 20.", nullptr,
                            static_cast<int>(number.size())));
    for (int i = 0; i < number.size(); ++i) {
        const QChar c = number[i];
        const bool ok =
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        if (!ok)
            return makeError(QStringLiteral("id.character"),
                             tr("Character %1 ('%2') must be a digit or a Latin letter.").arg(i + 1).arg(c));
    }
    const QString alpha3 = countryCode.trimmed().toUpper();
    const auto country = CodeTables::get().countryByAlpha3(alpha3);
    if (!country)
        return makeError(QStringLiteral("id.country"),
                         alpha3.isEmpty() ? tr("The issuing country is missing (a GB/T 2659 three-letter code).")
                                          : tr("'%1' is not a GB/T 2659 country code.").arg(alpha3));
    IdentityCheck result;
    result.type = type;
    result.number = number;
    result.country = country->alpha3;
    return result;
}

QString IdentityValidator::guessType(const QString& input)
{
    const QString number = normalise(input);
    if (number.size() == 15 && number[0].isLetter())
        return QStringLiteral("foreign");
    if (number.size() != 18)
        return QStringLiteral("unknown");
    const bool idForm =
        allDigits(QStringView(number).left(17)) && (number[17] == QLatin1Char('X') || number[17].isDigit());
    if (!idForm)
        return QStringLiteral("credit-code");
    const QString area = number.left(6);
    if (area == QLatin1String("810000") || area == QLatin1String("820000") || area == QLatin1String("830000"))
        return QStringLiteral("permit");
    if (number[0] == QLatin1Char('9')) {
        // 9 + province + numeric country code (2023 foreign card), unless it is a credit code.
        return creditCodeCheckCharacter(QStringView(number).left(17)) == number[17] &&
                       residentCheckCharacter(QStringView(number).left(17)) != number[17]
                   ? QStringLiteral("credit-code")
                   : QStringLiteral("foreign");
    }
    return QStringLiteral("resident");
}

Result<IdentityCheck> IdentityValidator::check(const QString& input) const
{
    const QString number = normalise(input);
    if (number.isEmpty())
        return makeError(QStringLiteral("id.empty"), tr("The number is empty."));
    if (number.size() == 15 && number[0].isLetter())
        return checkForeign(number);
    if (number.size() != 18)
        return makeError(QStringLiteral("id.length"),
                         tr("The number has %n character(s); resident ID numbers, residence permit numbers, 2023 "
                            "foreign permanent resident card numbers and unified social credit codes have 18, 2017 "
                            "foreign permanent resident card numbers 15.",
                            nullptr, static_cast<int>(number.size())));
    const bool idForm =
        allDigits(QStringView(number).left(17)) && (number[17] == QLatin1Char('X') || number[17].isDigit());
    Result<IdentityCheck> asId = makeError(QString(), QString());
    if (idForm) {
        const QString area = number.left(6);
        if (number[0] == QLatin1Char('9'))
            asId = checkEighteen(number, Form::Foreign);
        else if (area == QLatin1String("810000") || area == QLatin1String("820000") || area == QLatin1String("830000"))
            asId = checkEighteen(number, Form::Permit);
        else
            asId = checkEighteen(number, Form::Resident);
        if (asId)
            return asId;
    }
    auto asCredit = checkCreditCode(number);
    if (asCredit || !idForm)
        return asCredit;
    return asId;
}

} // namespace yc::identity
