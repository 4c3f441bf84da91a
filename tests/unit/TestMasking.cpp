#include "TestMain.h"
#include "core/Masking.h"

class TestMasking : public QObject
{
    Q_OBJECT

private slots:
    void idNumber()
    {
        QCOMPARE(yc::mask::idNumber(QStringLiteral("11010519491231002X")), QStringLiteral("110105********002X"));
        QCOMPARE(yc::mask::idNumber(QStringLiteral("123")), QStringLiteral("***"));
    }
    void name()
    {
        QCOMPARE(yc::mask::name(QStringLiteral("测试甲乙")), QStringLiteral("测**乙"));
        QCOMPARE(yc::mask::name(QStringLiteral("王小娜")), QStringLiteral("王*娜"));
        QCOMPARE(yc::mask::name(QStringLiteral("王娜")), QStringLiteral("王*"));
        QCOMPARE(yc::mask::name(QString::fromUcs4(U"𠀀小娜")), QString::fromUcs4(U"𠀀*娜"));
        QCOMPARE(yc::mask::name(QStringLiteral("样")), QStringLiteral("样*"));
        QCOMPARE(yc::mask::name(QString()), QString());
    }
    void phone() { QCOMPARE(yc::mask::phone(QStringLiteral("13800001111")), QStringLiteral("138****1111")); }
    void address()
    {
        const QString masked = yc::mask::address(QStringLiteral("辽宁省大连市测试区样例路1号2单元"));
        QVERIFY(masked.startsWith(QStringLiteral("辽宁省大连市")));
        QVERIFY(!masked.contains(QStringLiteral("样例路")));
    }
};

YC_TEST_MAIN(TestMasking)
#include "TestMasking.moc"
