// yichuang-ctl notice render: each sample kind becomes a PDF whose QR code holds the verification
// code the command printed, signed by the key it printed; a wrong kind is a usage error.
#include "PdfTools.h"
#include "TestMain.h"
#include "sync/NoticeVerification.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

class TestCtlNotice : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run ctl(QStringList args)
    {
        QProcess p;
        args.prepend(QStringLiteral("en"));
        args.prepend(QStringLiteral("--lang")); // before the command, as hall IT may type it
        p.start(yc::test::executable(QStringLiteral("yichuang-ctl")), args);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void rendersEachSample_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("title");
        QTest::newRow("acceptance") << QStringLiteral("acceptance") << QStringLiteral("受理通知书");
        QTest::newRow("correction") << QStringLiteral("correction") << QStringLiteral("补正材料通知书");
        QTest::newRow("refusal") << QStringLiteral("refusal") << QStringLiteral("不予受理通知书");
        QTest::newRow("receipt") << QStringLiteral("receipt") << QStringLiteral("材料接收凭证");
        QTest::newRow("commitment") << QStringLiteral("commitment") << QStringLiteral("容缺受理承诺书");
    }

    void rendersEachSample()
    {
        QFETCH(QString, kind);
        QFETCH(QString, title);
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("ctl-notice-") + kind);
        const QString pdf = dir + QStringLiteral("/notice.pdf");
        const Run run =
            ctl({QStringLiteral("notice"), QStringLiteral("render"), QStringLiteral("--sample"), kind,
                 QStringLiteral("--date"), QStringLiteral("2026-11-30"), QStringLiteral("--training"), pdf});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject printed = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(printed.value(QStringLiteral("kind")).toString(), kind);
        const QString code = printed.value(QStringLiteral("verification")).toString();
        const QByteArray key = QByteArray::fromBase64(printed.value(QStringLiteral("publicKey")).toString().toLatin1());
        QVERIFY(yc::sync::NoticeVerification::verify(code, key));

        const QString text = yc::test::squeezed(yc::test::pdfText(pdf).out);
        QVERIFY2(text.contains(title), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("21020001-2026-000123")));
        QVERIFY(text.contains(QStringLiteral("培训")));
        QCOMPARE(yc::test::qrCodes(pdf, dir, yc::test::pdfPages(pdf)), QStringList{code});
    }

    void wrongKindIsAUsageError()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("ctl-notice-wrong"));
        const Run run = ctl({QStringLiteral("notice"), QStringLiteral("render"), QStringLiteral("--sample"),
                             QStringLiteral("licence"), dir + QStringLiteral("/x.pdf")});
        QCOMPARE(run.code, 2);
        for (const char* k : {"acceptance", "correction", "refusal", "receipt", "commitment"})
            QVERIFY2(run.err.contains(QLatin1String(k)), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/x.pdf")));
    }
};

YC_TEST_MAIN(TestCtlNotice)
#include "TestCtlNotice.moc"
