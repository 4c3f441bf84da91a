#include "core/identity/IdCard.h"

#include "core/SecureWipe.h"

namespace yc::identity {

QString IdCard::typeName(Type type)
{
    switch (type) {
    case Type::Resident:
        return QStringLiteral("resident");
    case Type::Permit:
        return QStringLiteral("permit");
    case Type::Foreign:
        return QStringLiteral("foreign");
    }
    return {};
}

QJsonObject IdCard::toJson() const
{
    const auto date = [](const QDate& d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    };
    QJsonObject o{
        {QStringLiteral("cardType"), typeName(type)},
        {QStringLiteral("name"), name},
        {QStringLiteral("gender"), gender},
        {QStringLiteral("ethnicity"), ethnicity},
        {QStringLiteral("birthDate"), date(birthDate)},
        {QStringLiteral("address"), address},
        {QStringLiteral("idNumber"), idNumber},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("validFrom"), date(validFrom)},
        {QStringLiteral("validTo"), longTerm ? QStringLiteral("long-term") : date(validTo)},
        {QStringLiteral("expired"), expired},
        {QStringLiteral("valid"), numberValid},
        {QStringLiteral("error"), numberError},
    };
    if (type == Type::Permit) {
        o.insert(QStringLiteral("passNumber"), passNumber);
        o.insert(QStringLiteral("issueCount"), issueCount);
    }
    if (type == Type::Foreign) {
        o.insert(QStringLiteral("englishName"), englishName);
        o.insert(QStringLiteral("nationality"), nationality);
    }
    return o;
}

void IdCard::wipe()
{
    for (QString* s : {&name, &genderCode, &gender, &ethnicityCode, &ethnicity, &address, &idNumber, &issuer,
                       &passNumber, &issueCount, &englishName, &nationality, &cardVersion, &numberError})
        secureWipe(*s);
    secureWipe(photo);
    secureWipe(fingerprint);
    birthDate = validFrom = validTo = QDate();
    longTerm = expired = false;
    numberValid = true;
}

} // namespace yc::identity
