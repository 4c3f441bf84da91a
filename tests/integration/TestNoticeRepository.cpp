// The notices kept with a case: a rendered notice comes back byte for byte, its PDF is nowhere in
// the database files in clear, a PDF moved to another row (or a row whose case or kind is changed)
// does not decrypt, a damaged PDF is caught by its SHA-256, and each print is counted and audited
// by case and kind with no personal data.
#define YC_TEST_FONTS
#include "FakeClock.h"
#include "NoticeFixtures.h"
#include "TestMain.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/NoticeRepository.h"
#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace yc;
using namespace yc::storage;

namespace {

// Every file of the SQLite store (the database, its WAL and shared memory), read whole.
QByteArray databaseFiles(const QString& dataDir)
{
    QByteArray all;
    const QDir dir(dataDir);
    for (const QString& name : dir.entryList({QStringLiteral("*.db*")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// Pieces of the PDF a copy in clear would show: its start, a stretch of its middle, its end.
QList<QByteArray> telltales(const QByteArray& pdf)
{
    return {pdf.first(64), pdf.mid(pdf.size() / 2, 64), pdf.last(64)};
}

} // namespace

class TestNoticeRepository : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;
    QString m_dir;
    std::unique_ptr<Store> m_store;

    NoticeRepository notices() { return NoticeRepository(m_store->database(), m_store->cipher(), m_clock); }

    bool exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(m_store->database().connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone(8 * 3600)));
        m_dir = test::TestEnvironment::current()->freshDir(QStringLiteral("notices"));
        auto store = Store::open({m_dir, KeyStoreMode::File, CipherSuite::Aes256Gcm});
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        m_store = std::move(store.value());
    }

    void cleanup() { m_store.reset(); }

    void roundTrip()
    {
        auto kept = test::keepSampleNotice(*m_store, NoticeKind::Acceptance, m_clock);
        QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().message));
        const test::KeptNotice& k = kept.value();

        auto listed = notices().list(k.caseId);
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), size_t(1));
        const NoticeRecord& r = listed.value().front();
        QCOMPARE(r.id, k.noticeId);
        QCOMPARE(r.caseId, k.caseId);
        QCOMPARE(r.kind, NoticeKind::Acceptance);
        QCOMPARE(r.staffId, QStringLiteral("c1001"));
        QCOMPARE(r.issuedAt, m_clock.now());
        QCOMPARE(r.printCount, 0);
        QVERIFY(!r.lastPrintedAt.isValid());
        QVERIFY(r.hasPdf());
        QCOMPARE(r.sha256.size(), 64);

        auto loaded = notices().load(k.noticeId);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded.value(), k.pdf);

        // A second notice of the case lists after the first; another case's list does not show it.
        m_clock.advanceSecs(60);
        StoredNotice receipt;
        receipt.caseId = k.caseId;
        receipt.kind = NoticeKind::Receipt;
        receipt.pdf = test::sampleNoticePdf(NoticeKind::Receipt, m_clock.today());
        receipt.verification = QStringLiteral("YCN1|%1|receipt|2026-03-02|machine|sig").arg(k.caseNumber);
        auto receiptId = notices().save(receipt);
        QVERIFY(receiptId.ok());
        listed = notices().list(k.caseId);
        QCOMPARE(listed.value().size(), size_t(2));
        QCOMPARE(listed.value().at(1).id, receiptId.value());
        QCOMPARE(listed.value().at(1).verification, receipt.verification);
        QCOMPARE(notices().load(receiptId.value()).value(), receipt.pdf);
        QVERIFY(notices().list(QStringLiteral("no-such-case")).value().empty());

        // The case is found by its number or its id.
        const CaseRepository cases(m_store->database(), m_store->cipher(), m_dir, m_clock);
        QCOMPARE(cases.findRef(k.caseNumber).value()->id, k.caseId);
        QCOMPARE(cases.findRef(k.caseId).value()->caseNumber, k.caseNumber);
        QVERIFY(!cases.findRef(QStringLiteral("21020001-2026-999999")).value().has_value());
    }

    void encryptedAtRest()
    {
        auto kept = test::keepSampleNotice(*m_store, NoticeKind::Commitment, m_clock);
        QVERIFY(kept.ok());
        // The commitment letter prints the whole ID number: the strongest case for encryption.
        const QByteArray pdf = kept.value().pdf;
        QVERIFY(pdf.size() > 1000);
        QByteArray files = databaseFiles(m_dir);
        QVERIFY(files.size() > pdf.size()); // the encrypted PDF is there, in the WAL or the database
        for (const QByteArray& piece : telltales(pdf))
            QVERIFY2(!files.contains(piece), piece.toHex().constData());
        QVERIFY(!files.contains(test::sampleApplicantIdNumber().toUtf8()));

        // Also after a checkpoint moved everything into the database file.
        m_store.reset();
        auto store = Store::open({m_dir, KeyStoreMode::File, CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        m_store = std::move(store.value());
        QVERIFY(exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        files = databaseFiles(m_dir);
        for (const QByteArray& piece : telltales(pdf))
            QVERIFY(!files.contains(piece));
        QCOMPARE(notices().load(kept.value().noticeId).value(), pdf);
    }

    void pdfIsBoundToItsRow()
    {
        auto first = test::keepSampleNotice(*m_store, NoticeKind::Acceptance, m_clock);
        QVERIFY(first.ok());
        auto second =
            test::keepSampleNotice(*m_store, NoticeKind::Refusal, m_clock, QStringLiteral("21020001-2026-000124"));
        QVERIFY(second.ok());
        const QString a = first.value().noticeId;
        const QString b = second.value().noticeId;

        // B's row given A's encrypted PDF and checksum: B cannot read it, A still can.
        QVERIFY(exec(QStringLiteral("UPDATE notices SET pdf_enc = (SELECT pdf_enc FROM notices WHERE id = ?), "
                                    "sha256 = (SELECT sha256 FROM notices WHERE id = ?) WHERE id = ?"),
                     {a, a, b}));
        auto moved = notices().load(b);
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().code, QStringLiteral("notice.undecryptable"));
        QCOMPARE(notices().load(a).value(), first.value().pdf);

        // A row moved to another case, or given another kind, no longer reads either.
        QVERIFY(exec(QStringLiteral("UPDATE notices SET case_id = ? WHERE id = ?"), {second.value().caseId, a}));
        QCOMPARE(notices().load(a).error().code, QStringLiteral("notice.undecryptable"));
        QVERIFY(exec(QStringLiteral("UPDATE notices SET case_id = ?, kind = 'receipt' WHERE id = ?"),
                     {first.value().caseId, a}));
        QCOMPARE(notices().load(a).error().code, QStringLiteral("notice.undecryptable"));
        QVERIFY(exec(QStringLiteral("UPDATE notices SET kind = 'acceptance' WHERE id = ?"), {a}));
        QCOMPARE(notices().load(a).value(), first.value().pdf);

        // A checksum that does not match the decrypted PDF.
        QVERIFY(exec(QStringLiteral("UPDATE notices SET sha256 = ? WHERE id = ?"), {QString(64, u'0'), a}));
        QCOMPARE(notices().load(a).error().code, QStringLiteral("notice.damaged"));
    }

    void printsAreCountedAndAudited()
    {
        auto kept = test::keepSampleNotice(*m_store, NoticeKind::Correction, m_clock);
        QVERIFY(kept.ok());
        const QString id = kept.value().noticeId;
        m_clock.advanceSecs(120);
        auto one = notices().recordPrint(id, QStringLiteral("c1001"), PrintOutput::Printer);
        QVERIFY2(one.ok(), qPrintable(one.ok() ? QString() : one.error().message));
        QCOMPARE(one.value(), 1);
        m_clock.advanceSecs(3600);
        auto two = notices().recordPrint(id, {}, PrintOutput::PdfFile);
        QCOMPARE(two.value(), 2);
        const NoticeRecord r = notices().record(id).value();
        QCOMPARE(r.printCount, 2);
        QCOMPARE(r.lastPrintedAt, m_clock.now());

        auto audit = AuditLog(m_store->database(), m_clock).latest(2);
        QVERIFY(audit.ok());
        QCOMPARE(audit.value().size(), size_t(2));
        const AuditRow& last = audit.value().at(0);
        const AuditRow& before = audit.value().at(1);
        for (const AuditRow& row : {last, before}) {
            QCOMPARE(row.action, QStringLiteral("notice.print"));
            QCOMPARE(row.objectType, QStringLiteral("case"));
            QCOMPARE(row.objectId, kept.value().caseId);
            QVERIFY2(row.detail.contains(QStringLiteral("kind=correction")), qPrintable(row.detail));
            QVERIFY(row.detail.contains(QStringLiteral("notice=") + id));
            QVERIFY(!row.detail.contains(test::sampleApplicantName()));
            QVERIFY(!row.detail.contains(test::sampleApplicantIdNumber()));
        }
        QCOMPARE(before.staffId, QStringLiteral("c1001"));
        QVERIFY(before.detail.contains(QStringLiteral("output=printer prints=1")));
        QVERIFY(last.detail.contains(QStringLiteral("output=pdf prints=2")));
        QCOMPARE(last.at, m_clock.now());

        auto missing = notices().recordPrint(QStringLiteral("no-such-notice"), {}, PrintOutput::Printer);
        QCOMPARE(missing.error().code, QStringLiteral("notice.not-found"));
        QCOMPARE(AuditLog(m_store->database(), m_clock).latest(1).value().at(0).id, last.id);
    }

    void refusesWhatIsNotAKeptNotice()
    {
        auto kept = test::keepSampleNotice(*m_store, NoticeKind::Acceptance, m_clock);
        QVERIFY(kept.ok());
        StoredNotice n;
        n.caseId = kept.value().caseId;
        QCOMPARE(notices().save(n).error().code, QStringLiteral("notice.incomplete"));
        n.pdf = QByteArray("<html>not a notice</html>");
        QCOMPARE(notices().save(n).error().code, QStringLiteral("notice.not-pdf"));
        n.pdf = kept.value().pdf;
        n.caseId = QStringLiteral("no-such-case");
        QCOMPARE(notices().save(n).error().code, QStringLiteral("db.query")); // the case must exist
        QCOMPARE(notices().load(QStringLiteral("no-such-notice")).error().code, QStringLiteral("notice.not-found"));

        // A row from before notices were kept: listed, without a PDF.
        QVERIFY(exec(QStringLiteral("INSERT INTO notices (id, case_id, kind, issued_at) VALUES ('old', ?, "
                                    "'receipt', '2025-12-01T01:00:00.000Z')"),
                     {kept.value().caseId}));
        const auto listed = notices().list(kept.value().caseId).value();
        QCOMPARE(listed.size(), size_t(2));
        QCOMPARE(listed.front().id, QStringLiteral("old"));
        QVERIFY(!listed.front().hasPdf());
        QCOMPARE(notices().load(QStringLiteral("old")).error().code, QStringLiteral("notice.no-pdf"));
    }
};

YC_TEST_MAIN(TestNoticeRepository)
#include "TestNoticeRepository.moc"
