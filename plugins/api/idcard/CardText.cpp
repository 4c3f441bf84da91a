#include "api/idcard/CardText.h"

namespace yc::plugins::idcard {

namespace {

void put(QByteArray& block, qsizetype offset, qsizetype length, const QString& value)
{
    const qsizetype chars = std::min<qsizetype>(value.size(), length / 2);
    for (qsizetype i = 0; i < chars; ++i) {
        const char16_t u = value[i].unicode();
        block[offset + 2 * i] = static_cast<char>(u & 0xFF);
        block[offset + 2 * i + 1] = static_cast<char>(u >> 8);
    }
}

QString compactDate(const QString& date)
{
    QString d = date;
    d.remove(QLatin1Char('-'));
    return d;
}

} // namespace

QByteArray CardText::encode(const CardFields& f)
{
    QByteArray block(256, '\0');
    for (qsizetype i = 0; i < block.size(); i += 2)
        block[i] = ' '; // space padding, UCS-2 LE
    if (f.cardType == QLatin1String("foreign")) {
        put(block, 0, 120, f.englishName);
        put(block, 120, 2, f.genderCode);
        put(block, 122, 30, f.idNumber);
        put(block, 152, 6, f.nationality);
        put(block, 158, 30, f.name);
        put(block, 188, 16, f.validFrom);
        put(block, 204, 16, f.validTo);
        put(block, 220, 16, f.birthDate);
        put(block, 236, 4, f.cardVersion);
        put(block, 240, 8, f.issuer);
        put(block, 248, 2, QStringLiteral("I"));
        return block;
    }
    put(block, 0, 30, f.name);
    put(block, 30, 2, f.genderCode);
    put(block, 32, 4, f.ethnicityCode);
    put(block, 36, 16, f.birthDate);
    put(block, 52, 70, f.address);
    put(block, 122, 36, f.idNumber);
    put(block, 158, 30, f.issuer);
    put(block, 188, 16, f.validFrom);
    put(block, 204, 16, f.validTo);
    if (f.cardType == QLatin1String("permit")) {
        put(block, 220, 18, f.passNumber);
        put(block, 238, 4, f.issueCount);
        put(block, 248, 2, QStringLiteral("J"));
    }
    return block;
}

std::optional<CardFields> CardText::fromJson(const QJsonObject& o, QString* error)
{
    auto s = [&o](const char* key) {
        return o.value(QLatin1String(key)).toString().trimmed();
    };
    CardFields f;
    f.cardType = s("cardType").isEmpty() ? QStringLiteral("resident") : s("cardType");
    if (f.cardType != QLatin1String("resident") && f.cardType != QLatin1String("permit") &&
        f.cardType != QLatin1String("foreign")) {
        if (error)
            *error = tr("Unknown card type '%1' (resident, permit or foreign).").arg(f.cardType);
        return std::nullopt;
    }
    f.name = s("name");
    const QString gender = s("gender");
    f.genderCode = gender == QStringLiteral("男")   ? QStringLiteral("1")
                   : gender == QStringLiteral("女") ? QStringLiteral("2")
                                                    : gender;
    f.ethnicityCode = s("ethnicity");
    f.birthDate = compactDate(s("birthDate"));
    f.address = s("address");
    f.idNumber = s("idNumber");
    f.issuer = s("issuer");
    f.validFrom = compactDate(s("validFrom"));
    f.validTo = s("validTo") == QLatin1String("long-term") ? QStringLiteral("长期") : compactDate(s("validTo"));
    f.passNumber = s("passNumber");
    f.issueCount = s("issueCount");
    f.englishName = s("englishName");
    f.nationality = s("nationality");
    if (f.idNumber.isEmpty()) {
        if (error)
            *error = tr("The card has no idNumber.");
        return std::nullopt;
    }
    return f;
}

} // namespace yc::plugins::idcard
