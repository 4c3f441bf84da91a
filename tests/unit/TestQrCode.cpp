#include "TestMain.h"
#include "documents/QrCode.h"

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void encodes()
    {
        auto img = yc::documents::QrCode::encode("https://platform.example/case/DL2026-000123", 3);
        QVERIFY(img.ok());
        QVERIFY(img.value().width() == img.value().height());
        QCOMPARE(img.value().width() % 3, 0);
        // Quiet zone is white, finder pattern corner (after the quiet zone) is black.
        QCOMPARE(img.value().pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(img.value().pixelColor(4 * 3, 4 * 3), QColor(Qt::black));
    }
    void refusesEmptyAndHuge()
    {
        QCOMPARE(yc::documents::QrCode::encode(QByteArray()).error().code, QStringLiteral("qr.empty"));
        QCOMPARE(yc::documents::QrCode::encode(QByteArray(8000, 'x')).error().code, QStringLiteral("qr.too-long"));
    }
};

YC_TEST_MAIN(TestQrCode)
#include "TestQrCode.moc"
