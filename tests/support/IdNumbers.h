#pragma once

#include <QString>

namespace yc::test {

// Synthetic identity numbers with correct check characters, for tests: no real people.
// residentId("110105", "19900307", 1) -> 110105 19900307 001 + check character.
inline QString withResidentCheck(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

inline QString residentId(const QString& area, const QString& birthDate, int sequence)
{
    return withResidentCheck(area + birthDate + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0')));
}

// A unified social credit code with its GB 32100 check character.
inline QString withCreditCheck(const QString& first17)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += static_cast<int>(alphabet.indexOf(first17[i])) * weights[i];
    return first17 + alphabet[(31 - sum % 31) % 31];
}

} // namespace yc::test
