#include "core/Masking.h"

#include <QList>

namespace yc::mask {

namespace {
QString stars(qsizetype n)
{
    return QString(n, QLatin1Char('*'));
}
} // namespace

QString name(const QString& fullName)
{
    const QString trimmed = fullName.trimmed();
    if (trimmed.isEmpty())
        return {};
    // By characters, not UTF-16 units: a rare character outside the BMP counts as one.
    const QList<uint> chars = trimmed.toUcs4();
    auto text = [](uint c) {
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
    };
    if (chars.size() <= 2)
        return text(chars.first()) + stars(1);
    return text(chars.first()) + stars(chars.size() - 2) + text(chars.last());
}

QString idNumber(const QString& number)
{
    const QString n = number.trimmed();
    if (n.size() <= 8)
        return stars(n.size());
    if (n.size() >= 15)
        return n.left(6) + stars(n.size() - 10) + n.right(4);
    return n.left(2) + stars(n.size() - 4) + n.right(2);
}

QString phone(const QString& number)
{
    const QString n = number.trimmed();
    if (n.size() < 7)
        return stars(n.size());
    return n.left(3) + stars(n.size() - 7) + n.right(4);
}

QString address(const QString& address)
{
    const QString a = address.trimmed();
    if (a.size() <= 6)
        return a.isEmpty() ? QString() : a.left(2) + stars(a.size() - 2);
    return a.left(6) + stars(qMin<qsizetype>(a.size() - 6, 8));
}

} // namespace yc::mask
