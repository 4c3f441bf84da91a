// yichuang-ctl supervision export: a supervisor known on this PC gets the seeded cases as CSV and
// PDF with masked personal data only, and the export is audited under their id; a clerk is refused
// (exit 1, no file); bad options are usage errors (exit 2).
#define YC_TEST_FONTS
#include "PdfTools.h"
#include "SupervisionFixtures.h"
#include "TestMain.h"
#include "storage/AuditLog.h"
#include "sync/StaffCredentials.h"

#include <QFile>
#include <QProcess>

using namespace yc;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runCtl(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(YC_BIN_DIR "/yichuang-ctl"), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCtlSupervision : public QObject
{
    Q_OBJECT

    QString m_dir;
    test::SupervisionSeed m_seed;

private slots:
    void initTestCase()
    {
        m_dir = test::TestEnvironment::current()->freshDir(QStringLiteral("ctl-supervision"));
        auto store = storage::Store::open({m_dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        test::FakeClock clock;
        auto seed = test::seedSupervisionCases(*store.value(), clock);
        QVERIFY(seed);
        m_seed = *seed;
        sync::StaffCredentials credentials(store.value()->database(), store.value()->cipher());
        for (const auto& [id, role] : {std::pair{"s2001", "supervisor"}, std::pair{"c1001", "clerk"}}) {
            sync::StaffSession s;
            s.staffId = QLatin1String(id);
            s.displayName = QStringLiteral("样例丙");
            s.roles = {QLatin1String(role)};
            s.accessToken = QStringLiteral("t");
            s.expiresAt = clock.now().addSecs(3600);
            YC_VERIFY_OK(credentials.rememberOnlineSignIn(s, QStringLiteral("pw"), clock.now()));
        }
    }

    void supervisorExportsCsvAndPdf()
    {
        const QString csv = m_dir + QStringLiteral("/cases.csv");
        Run r = runCtl({QStringLiteral("supervision"), QStringLiteral("export"), QStringLiteral("--format"),
                        QStringLiteral("csv"), QStringLiteral("--out"), csv, QStringLiteral("--staff"),
                        QStringLiteral("s2001"), QStringLiteral("--from"), QStringLiteral("2026-09-28"),
                        QStringLiteral("--to"), QStringLiteral("2026-10-09"), QStringLiteral("--data-dir"), m_dir});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("\"rows\":7")), qPrintable(r.out)); // every case but H (1 Sep)
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 1 + 7);
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(mask::name(m_seed.applicantName)));
        QVERIFY(!text.contains(m_seed.applicantName));
        QVERIFY(!text.contains(m_seed.applicantIdNumber));

        const QString pdf = m_dir + QStringLiteral("/cases.pdf");
        r = runCtl({QStringLiteral("supervision"), QStringLiteral("export"), QStringLiteral("--format"),
                    QStringLiteral("pdf"), QStringLiteral("--out"), pdf, QStringLiteral("--staff"),
                    QStringLiteral("s2001"), QStringLiteral("--data-dir"), m_dir});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const test::ToolRun read = test::pdfText(pdf);
        QVERIFY(read.ok);
        const QString flat = test::squeezed(read.out);
        QVERIFY2(flat.contains(QStringLiteral("21020001-2026-000001")), qPrintable(read.out));
        QVERIFY(flat.contains(mask::name(m_seed.applicantName)));
        QVERIFY(!flat.contains(m_seed.applicantName));

        auto store = storage::Store::open({m_dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        auto rows = storage::AuditLog(store.value()->database()).latest(5);
        QVERIFY(rows.ok());
        int exports = 0;
        for (const storage::AuditRow& a : rows.value())
            exports += a.action == QLatin1String("supervision.export") && a.staffId == QLatin1String("s2001");
        QCOMPARE(exports, 2);
    }

    void clerkIsRefused()
    {
        const QString out = m_dir + QStringLiteral("/clerk.csv");
        const Run r = runCtl({QStringLiteral("supervision"), QStringLiteral("export"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--out"), out, QStringLiteral("--staff"),
                              QStringLiteral("c1001"), QStringLiteral("--data-dir"), m_dir});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("window supervisor")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void usageErrors()
    {
        const QString out = m_dir + QStringLiteral("/bad.csv");
        QCOMPARE(runCtl({QStringLiteral("supervision"), QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("xls"), QStringLiteral("--out"), out, QStringLiteral("--staff"),
                         QStringLiteral("s2001"), QStringLiteral("--data-dir"), m_dir})
                     .code,
                 2);
        QCOMPARE(runCtl({QStringLiteral("supervision"), QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--out"), out, QStringLiteral("--staff"),
                         QStringLiteral("s2001"), QStringLiteral("--from"), QStringLiteral("2026-13-01"),
                         QStringLiteral("--data-dir"), m_dir})
                     .code,
                 2);
        QVERIFY(!QFile::exists(out));
    }
};

YC_TEST_MAIN(TestCtlSupervision)
#include "TestCtlSupervision.moc"
