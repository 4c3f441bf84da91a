// yichuang-ctl notice list / notice export on a store with kept notices: the list names each
// notice by id, kind, time, checksum and print count and nothing about the applicant; the export
// is the issued PDF byte for byte, readable by its owner only, audited, and never replaces a file
// without --force. Neither command needs a graphical platform.
#define YC_TEST_FONTS
#include "FakeClock.h"
#include "NoticeFixtures.h"
#include "TestMain.h"
#include "storage/AuditLog.h"
#include "storage/Digest.h"
#include "storage/NoticeRepository.h"
#include "storage/Store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace yc;

class TestCtlNoticeStore : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    test::FakeClock m_clock;
    QString m_dir;
    test::KeptNotice m_acceptance;
    test::KeptNotice m_receipt;

    // No graphical platform at all: a command that made a QGuiApplication would stop here.
    Run ctl(QStringList args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        p.setProcessEnvironment(env);
        args << QStringLiteral("--data-dir") << m_dir;
        args.prepend(QStringLiteral("en"));
        args.prepend(QStringLiteral("--lang"));
        p.start(test::executable(QStringLiteral("yichuang-ctl")), args);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static QList<QJsonObject> lines(const QString& out)
    {
        QList<QJsonObject> objects;
        for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            objects << QJsonDocument::fromJson(line.toUtf8()).object();
        return objects;
    }

private slots:
    void initTestCase()
    {
        m_dir = test::TestEnvironment::current()->freshDir(QStringLiteral("ctl-notices"));
        auto store = storage::Store::open({m_dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        auto acceptance = test::keepSampleNotice(*store.value(), NoticeKind::Acceptance, m_clock);
        QVERIFY2(acceptance.ok(), qPrintable(acceptance.ok() ? QString() : acceptance.error().message));
        m_acceptance = acceptance.value();
        m_clock.advanceSecs(30);
        auto receipt = test::keepSampleNotice(*store.value(), NoticeKind::Receipt, m_clock);
        QVERIFY(receipt.ok());
        m_receipt = receipt.value();
        storage::NoticeRepository notices(store.value()->database(), store.value()->cipher(), m_clock);
        QVERIFY(notices.recordPrint(m_acceptance.noticeId, QStringLiteral("c1001"), storage::PrintOutput::Printer));
        QVERIFY(notices.recordPrint(m_acceptance.noticeId, QStringLiteral("c1001"), storage::PrintOutput::Printer));
    }

    void listsByCaseNumberOrId()
    {
        for (const QString& name : {m_acceptance.caseNumber, m_acceptance.caseId}) {
            const Run run = ctl({QStringLiteral("notice"), QStringLiteral("list"), name});
            QVERIFY2(run.code == 0, qPrintable(run.err));
            const QList<QJsonObject> listed = lines(run.out);
            QCOMPARE(listed.size(), 2);
            const QJsonObject& first = listed.at(0);
            QCOMPARE(first.value(QStringLiteral("noticeId")).toString(), m_acceptance.noticeId);
            QCOMPARE(first.value(QStringLiteral("caseId")).toString(), m_acceptance.caseId);
            QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("acceptance"));
            QCOMPARE(first.value(QStringLiteral("issuedAt")).toString(), QStringLiteral("2026-03-02T01:00:00.000Z"));
            QCOMPARE(first.value(QStringLiteral("sha256")).toString(), storage::sha256Hex(m_acceptance.pdf));
            QCOMPARE(first.value(QStringLiteral("printCount")).toInt(), 2);
            QCOMPARE(first.value(QStringLiteral("lastPrintedAt")).toString(),
                     QStringLiteral("2026-03-02T01:00:30.000Z"));
            QCOMPARE(listed.at(1).value(QStringLiteral("kind")).toString(), QStringLiteral("receipt"));
            QCOMPARE(listed.at(1).value(QStringLiteral("printCount")).toInt(), 0);
            QVERIFY(listed.at(1).value(QStringLiteral("lastPrintedAt")).isNull());
            // Nothing about the applicant.
            QVERIFY(!run.out.contains(test::sampleApplicantName()));
            QVERIFY(!run.out.contains(test::sampleApplicantIdNumber()));
            QVERIFY(!run.out.contains(test::sampleApplicantIdNumber().left(10)));
        }
    }

    void listOfAnUnknownCaseIsNegative()
    {
        const Run run = ctl({QStringLiteral("notice"), QStringLiteral("list"), QStringLiteral("21020001-2026-999999")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("21020001-2026-999999")), qPrintable(run.err));
    }

    void exportsTheIssuedPdf()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("export"));
        const QString out = dir + QStringLiteral("/notice.pdf");
        const Run run = ctl({QStringLiteral("notice"), QStringLiteral("export"), m_receipt.noticeId, out});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_receipt.pdf);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QJsonObject printed = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(printed.value(QStringLiteral("noticeId")).toString(), m_receipt.noticeId);
        QCOMPARE(printed.value(QStringLiteral("kind")).toString(), QStringLiteral("receipt"));
        QCOMPARE(printed.value(QStringLiteral("sha256")).toString(), storage::sha256Hex(m_receipt.pdf));
        QCOMPARE(printed.value(QStringLiteral("bytes")).toInteger(), qint64(m_receipt.pdf.size()));

        // The export is in the audit trail, by case and kind.
        auto store = storage::Store::open({m_dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        const auto audit = storage::AuditLog(store.value()->database()).latest(1).value();
        QCOMPARE(audit.at(0).action, QStringLiteral("notice.export"));
        QCOMPARE(audit.at(0).objectId, m_receipt.caseId);
        QCOMPARE(audit.at(0).detail, QStringLiteral("notice=%1 kind=receipt").arg(m_receipt.noticeId));
    }

    void replacesAFileOnlyWithForce()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("export-force"));
        const QString out = dir + QStringLiteral("/kept.pdf");
        QFile existing(out);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("someone else's file");
        existing.close();

        Run run = ctl({QStringLiteral("notice"), QStringLiteral("export"), m_acceptance.noticeId, out});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("--force")), qPrintable(run.err));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("someone else's file"));
        existing.close();

        run = ctl({QStringLiteral("notice"), QStringLiteral("export"), QStringLiteral("--force"), m_acceptance.noticeId,
                   out});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), m_acceptance.pdf);
    }

    void exportOfAnUnknownNoticeIsNegative()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("export-unknown"));
        const Run run = ctl({QStringLiteral("notice"), QStringLiteral("export"), QStringLiteral("no-such-notice"),
                             dir + QStringLiteral("/x.pdf")});
        QCOMPARE(run.code, 1);
        QVERIFY(!QFile::exists(dir + QStringLiteral("/x.pdf")));
    }

    void usage()
    {
        QCOMPARE(ctl({QStringLiteral("notice"), QStringLiteral("export"), m_acceptance.noticeId}).code, 2);
        const Run help = ctl({QStringLiteral("notice"), QStringLiteral("list"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("printCount")));
    }
};

YC_TEST_MAIN(TestCtlNoticeStore)
#include "TestCtlNoticeStore.moc"
