// yichuang-ctl scanner list and scan against libsane's test back-end: the device lines, a feeder
// run into a PDF (page count, A4, JPEG images), a device error, and wrong usage.
#include "SaneTestBackend.h"
#include "TestMain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>

namespace {
struct Result
{
    int code;
    QString out;
    QString err;
};

Result runCtl(const QStringList& args, const QString& saneConfig)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SANE_CONFIG_DIR"), saneConfig);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(YC_BIN_DIR "/yichuang-ctl"), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestCtlScanner : public QObject
{
    Q_OBJECT

    QString m_config;
    QString m_jammed;

private slots:
    void initTestCase()
    {
        m_config = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("sane"));
        QVERIFY(yc::test::writeSaneTestConfig(m_config));
        m_jammed = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("sane-jammed"));
        QVERIFY(yc::test::writeSaneTestConfig(m_jammed, {QStringLiteral("read-status-code \"SANE_STATUS_JAMMED\"")}));
    }

    void listPrintsOneLinePerDevice()
    {
        const Result r = runCtl({QStringLiteral("scanner"), QStringLiteral("list")}, m_config);
        qInfo().noquote() << r.out;
        QCOMPARE(r.code, 0);
        QStringList seen;
        for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(!o.isEmpty(), qPrintable(line));
            for (const char* key : {"plugin", "device", "vendor", "model", "type", "available", "reason"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            seen << o.value(QStringLiteral("plugin")).toString() + QLatin1Char(' ') +
                        o.value(QStringLiteral("device")).toString() + QLatin1Char(' ') +
                        o.value(QStringLiteral("vendor")).toString();
        }
        QVERIFY2(seen.contains(QStringLiteral("sane test:0 Noname")), qPrintable(seen.join(u'|')));
        QVERIFY(seen.contains(QStringLiteral("sane test:1 Noname")));
        QVERIFY(seen.contains(QStringLiteral("simulated sheets Yichuang")));
    }

    void feederIntoOnePdf()
    {
        const QString out =
            yc::test::TestEnvironment::current()->freshDir(QStringLiteral("out")) + QStringLiteral("/scan.pdf");
        const Result r = runCtl({QStringLiteral("scan"), QStringLiteral("--plugin"), QStringLiteral("sane"),
                                 QStringLiteral("--device"), QStringLiteral("test:0"), QStringLiteral("--source"),
                                 QStringLiteral("adf"), QStringLiteral("--mode"), QStringLiteral("gray"),
                                 QStringLiteral("--resolution"), QStringLiteral("100"), out},
                                m_config);
        qInfo().noquote() << r.err;
        QCOMPARE(r.code, 0);
        const auto pageLines =
            r.err.count(QRegularExpression(QStringLiteral("^Page \\d+ scanned"), QRegularExpression::MultilineOption));
        QCOMPARE(pageLines, 10);
        QPdfDocument pdf;
        QCOMPARE(pdf.load(out), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), 10);
        const QSizeF size = pdf.pagePointSize(0);
        QVERIFY2(qAbs(size.width() - 595.3) < 1 && qAbs(size.height() - 841.9) < 1,
                 qPrintable(QString::number(size.width())));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("/DCTDecode"), 10); // every page image is JPEG
    }

    void deviceErrorIsNamedAndNothingWritten()
    {
        const QString out =
            yc::test::TestEnvironment::current()->freshDir(QStringLiteral("jam")) + QStringLiteral("/scan.pdf");
        // 50 dpi: the page fits in the back-end's pipe (see SaneScanner::SettleMs).
        const Result r = runCtl({QStringLiteral("scan"), QStringLiteral("--plugin"), QStringLiteral("sane"),
                                 QStringLiteral("--resolution"), QStringLiteral("50"), out},
                                m_jammed);
        qInfo().noquote() << r.err;
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("jammed")));
        QVERIFY(!QFile::exists(out));
    }

    void wrongUsage()
    {
        const QString out =
            yc::test::TestEnvironment::current()->freshDir(QStringLiteral("usage")) + QStringLiteral("/scan.pdf");
        QCOMPARE(runCtl({QStringLiteral("scan"), out}, m_config).code, 2);
        QCOMPARE(runCtl({QStringLiteral("scan"), QStringLiteral("--plugin"), QStringLiteral("sane"),
                         QStringLiteral("--mode"), QStringLiteral("sepia"), out},
                        m_config)
                     .code,
                 2);
        QCOMPARE(runCtl({QStringLiteral("scan"), QStringLiteral("--plugin"), QStringLiteral("sane"),
                         QStringLiteral("--source"), QStringLiteral("tray"), out},
                        m_config)
                     .code,
                 2);
        const Result missing =
            runCtl({QStringLiteral("scan"), QStringLiteral("--plugin"), QStringLiteral("nope"), out}, m_config);
        QCOMPARE(missing.code, 3);
        QVERIFY(missing.err.contains(QStringLiteral("nope")));
    }
};

YC_TEST_MAIN(TestCtlScanner)
#include "TestCtlScanner.moc"
