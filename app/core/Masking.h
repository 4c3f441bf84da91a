#pragma once

#include <QString>

namespace yc::mask {

// Masks for lists and screens that show personal data to people who do not need all of it.
// They keep enough to recognise a person at the window and no more.
[[nodiscard]] QString name(const QString& fullName);   // 王小娜 -> 王*娜, 王娜 -> 王*
[[nodiscard]] QString idNumber(const QString& number); // 11010519491231002X -> 110105********002X
[[nodiscard]] QString phone(const QString& number);    // 13812345678 -> 138****5678
[[nodiscard]] QString address(const QString& address); // keeps the first 6 characters

} // namespace yc::mask
