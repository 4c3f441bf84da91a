#pragma once

#include <QString>
#include <QTest>

namespace yc::test {

// What a failed Result or Status says: its code and message (yc::Error and a platform failure alike).
template<typename E>
QString describeError(const E& error)
{
    return error.message.isEmpty() ? error.code : error.code + QStringLiteral(": ") + error.message;
}

} // namespace yc::test

// QVERIFY for a Result or a Status: on failure the test stops and shows the error's code and message.
// expr is evaluated once.
#define YC_VERIFY_OK(expr)                                                                                             \
    do {                                                                                                               \
        const auto& ycVerified = (expr);                                                                               \
        if (!QTest::qVerify(ycVerified.ok(), #expr,                                                                    \
                            ycVerified.ok() ? "" : qPrintable(yc::test::describeError(ycVerified.error())), __FILE__,  \
                            __LINE__))                                                                                 \
            return;                                                                                                    \
    } while (false)
