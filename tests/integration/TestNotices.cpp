// The five notices read back as a citizen, a clerk or another program would read them: the text
// copied out of the PDF (pdftotext), its fonts (pdffonts), its QR code (zbarimg on the rendered
// page), the training watermark page by page, and the ID number masked where it must be.
#define YC_TEST_FONTS
#include "PdfTools.h"
#include "TestMain.h"
#include "core/Masking.h"
#include "documents/NoticePdf.h"
#include "documents/NoticeSamples.h"
#include "sync/DeviceKey.h"
#include "sync/NoticeVerification.h"

using namespace yc;

class TestNotices : public QObject
{
    Q_OBJECT

    QString m_dir;
    sync::DeviceKey m_key;

    // Writes the notice, signed as a machine would sign it, and returns the file.
    QString write(NoticeData& notice, const QString& name)
    {
        auto code = sync::NoticeVerification::make(m_key, {notice.caseNumber, notice.kind, notice.acceptedOn,
                                                           QStringLiteral("8c3e0c2a-5d1b-4f7e-9a10-2b6c4d8e0f12")});
        if (!code)
            return {};
        notice.verification = code.value();
        const QString path = m_dir + QLatin1Char('/') + name + QStringLiteral(".pdf");
        const auto written = documents::NoticePdf::write(notice, path);
        return written ? path : QString();
    }

    static QString date(const QDate& d)
    {
        return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
    }

    static QList<NoticeMaterial> listed(const NoticeData& n)
    {
        switch (n.kind) {
        case NoticeKind::Acceptance:
        case NoticeKind::Receipt:
            return n.materialsWith(MaterialStatus::Received);
        case NoticeKind::Correction:
            return n.materialsWith(MaterialStatus::Missing) + n.materialsWith(MaterialStatus::Deficient);
        case NoticeKind::Refusal:
            return n.materials;
        case NoticeKind::Commitment:
            return n.materialsWith(MaterialStatus::Deferred);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_dir = test::TestEnvironment::current()->freshDir(QStringLiteral("notices"));
        auto key = sync::DeviceKey::generate();
        QVERIFY(key.ok());
        m_key = std::move(key.value());
    }

    void everyFieldReadsBack_data()
    {
        QTest::addColumn<int>("kind");
        for (NoticeKind k : allNoticeKinds())
            QTest::newRow(qPrintable(noticeKindName(k))) << int(k);
    }

    void everyFieldReadsBack()
    {
        QFETCH(int, kind);
        NoticeData n = documents::NoticeSamples::make(NoticeKind(kind), QDate(2026, 11, 30));
        const QString pdf = write(n, noticeKindName(n.kind));
        QVERIFY(!pdf.isEmpty());

        const auto text = test::pdfText(pdf);
        QVERIFY2(text.ok, "pdftotext (poppler-utils) failed");
        const QString copied = test::squeezed(text.out);
        QStringList wanted{n.caseNumber, n.item.name, n.item.code,      n.hall.name,       n.hall.address,
                           n.window,     n.clerk,     n.applicant.name, date(n.acceptedOn)};
        const QList<NoticeMaterial> materials = listed(n);
        QVERIFY(!materials.isEmpty());
        for (const auto& m : materials) {
            wanted << m.name;
            if (!m.reason.isEmpty() && n.kind != NoticeKind::Acceptance)
                wanted << m.reason;
        }
        if (!n.onTheSpot() && (n.kind == NoticeKind::Acceptance || n.kind == NoticeKind::Commitment))
            wanted << date(n.promisedOn);
        if (n.kind == NoticeKind::Commitment)
            wanted << date(n.dueDate);
        if (n.kind == NoticeKind::Refusal)
            wanted << n.reason << n.legalBasis;
        for (const QString& w : wanted)
            QVERIFY2(copied.contains(test::squeezed(w)), qPrintable(QStringLiteral("missing from the text: ") + w));

        // The ID number: whole only on the commitment letter, masked everywhere else.
        const QString whole = n.applicant.idNumber;
        const QString masked = mask::idNumber(whole);
        QCOMPARE(masked.size(), whole.size());
        if (documents::NoticePdf::printsWholeIdNumber(n.kind)) {
            QVERIFY(copied.contains(whole));
        } else {
            QVERIFY2(!copied.contains(whole), "the whole ID number is printed");
            QVERIFY2(copied.contains(masked), qPrintable(masked));
            if (n.agent)
                QVERIFY(!copied.contains(n.agent->idNumber) && copied.contains(mask::idNumber(n.agent->idNumber)));
        }

        // No CJK radical or compatibility character stands in for an ideograph.
        static const QRegularExpression radicals(QStringLiteral("[\\x{2E80}-\\x{2FDF}\\x{F900}-\\x{FAFF}\\t]"));
        QVERIFY2(!text.out.contains(radicals), qPrintable(text.out.left(300)));

        const auto fonts = test::pdfFonts(pdf);
        QVERIFY2(fonts.ok && fonts.fonts >= 2 && fonts.allEmbedded, qPrintable(fonts.table));

        // The QR code holds exactly the verification code, and the code verifies with the key.
        const QStringList codes = test::qrCodes(pdf, m_dir, test::pdfPages(pdf));
        QCOMPARE(codes, QStringList{n.verification});
        QVERIFY(sync::NoticeVerification::verify(codes.constFirst(), m_key.publicKeyDer()));
        const auto parsed = sync::NoticeVerification::parse(codes.constFirst());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().fields.caseNumber, n.caseNumber);
        QCOMPARE(parsed.value().fields.kind, n.kind);
        QCOMPARE(parsed.value().fields.date, n.acceptedOn);
    }

    void alteredCodeDoesNotVerify()
    {
        auto code = sync::NoticeVerification::make(m_key, {QStringLiteral("21020001-2026-000123"),
                                                           NoticeKind::Acceptance, QDate(2026, 11, 30),
                                                           QStringLiteral("8c3e0c2a-5d1b-4f7e-9a10-2b6c4d8e0f12")});
        QVERIFY(code.ok());
        QVERIFY(sync::NoticeVerification::verify(code.value(), m_key.publicKeyDer()));
        // Another case number, kind or date with the same signature fails; so does another key.
        QString other = code.value();
        QVERIFY(!sync::NoticeVerification::verify(other.replace(QStringLiteral("000123"), QStringLiteral("000124")),
                                                  m_key.publicKeyDer()));
        other = code.value();
        QVERIFY(!sync::NoticeVerification::verify(
            other.replace(QStringLiteral("|acceptance|"), QStringLiteral("|refusal|")), m_key.publicKeyDer()));
        other = code.value();
        QVERIFY(!sync::NoticeVerification::verify(
            other.replace(QStringLiteral("2026-11-30"), QStringLiteral("2026-12-01")), m_key.publicKeyDer()));
        auto stranger = sync::DeviceKey::generate();
        QVERIFY(stranger.ok());
        QVERIFY(!sync::NoticeVerification::verify(code.value(), stranger.value().publicKeyDer()));
        QCOMPARE(sync::NoticeVerification::parse(QStringLiteral("YCN1|x")).error().code,
                 QStringLiteral("notice.code-form"));
    }

    void refusalStatesTheRights()
    {
        NoticeData n = documents::NoticeSamples::make(NoticeKind::Refusal, QDate(2026, 11, 30));
        const QString copied = test::squeezed(test::pdfText(write(n, QStringLiteral("refusal-rights"))).out);
        for (const char* w : {"60日内", "6个月内", "行政复议", "行政诉讼", "大连市人民政府", "不予受理"})
            QVERIFY2(copied.contains(QString::fromUtf8(w)), w);
    }

    void promisedDateFromTheCalendar()
    {
        // 2026-09-30 + 5 working days: 1-7 October is the National Day holiday, 10 October (a
        // Saturday) is a make-up working day, so the count is 9, 10, 12, 13, 14 October.
        NoticeData n = documents::NoticeSamples::make(NoticeKind::Acceptance, QDate(2026, 9, 30));
        QCOMPARE(n.promisedOn, WorkCalendar::bundled().addWorkingDays(QDate(2026, 9, 30), 5).date);
        QVERIFY(!n.promisedProvisional);
        QString copied = test::squeezed(test::pdfText(write(n, QStringLiteral("promised"))).out);
        QVERIFY(copied.contains(date(n.promisedOn)));
        QVERIFY(!copied.contains(QStringLiteral("暂定")));

        // Past the last published year the date is flagged provisional on the notice.
        const int last = WorkCalendar::bundled().lastYear();
        n = documents::NoticeSamples::make(NoticeKind::Acceptance, QDate(last, 12, 28));
        QVERIFY(n.promisedProvisional);
        QCOMPARE(n.promisedOn.year(), last + 1);
        copied = test::squeezed(test::pdfText(write(n, QStringLiteral("provisional"))).out);
        QVERIFY(copied.contains(date(n.promisedOn) + QStringLiteral("（暂定")));

        // An on-the-spot item has no promised date.
        n = documents::NoticeSamples::make(NoticeKind::Acceptance, QDate(2026, 11, 30));
        n.item.promisedWorkingDays = 0;
        n.schedule(WorkCalendar::bundled());
        QVERIFY(!n.promisedOn.isValid());
        copied = test::squeezed(test::pdfText(write(n, QStringLiteral("on-the-spot"))).out);
        QVERIFY(copied.contains(QStringLiteral("即办件")));
        QVERIFY(!copied.contains(QStringLiteral("承诺办结日期为")));
    }

    void trainingWatermarkOnEveryPage()
    {
        NoticeData n = documents::NoticeSamples::make(NoticeKind::Correction, QDate(2026, 11, 30));
        n.hall.address = QStringLiteral("样例市样例区样例路1号"); // the sample's address has 培训 in it
        for (int i = 1; i <= 40; ++i)                             // long enough for several pages
            n.materials << NoticeMaterial{QStringLiteral("样例补正材料%1").arg(i), NoticeMaterialForm::Copy, 1,
                                          MaterialStatus::Missing, QStringLiteral("未提交（样例%1）").arg(i)};
        for (bool training : {true, false}) {
            n.training = training;
            const QString pdf = write(n, training ? QStringLiteral("training") : QStringLiteral("not-training"));
            const int pages = test::pdfPages(pdf);
            QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
            for (int p = 1; p <= pages; ++p) {
                const QString page = test::squeezed(test::pdfText(pdf, p, p).out);
                QVERIFY(!page.isEmpty());
                // The watermark's 培训 (its rotated Latin "TRAINING" does not come out of pdftotext in order).
                QCOMPARE(page.contains(QStringLiteral("培训")), training);
                QVERIFY(page.contains(QStringLiteral("第%1页共%2页").arg(p).arg(pages)));
            }
            // Every material is there, across the pages, each once.
            const QString all = test::squeezed(test::pdfText(pdf).out);
            for (int i = 1; i <= 40; ++i)
                QCOMPARE(all.count(QStringLiteral("未提交（样例%1）").arg(i)), 1);
        }
    }
};

YC_TEST_MAIN(TestNotices)
#include "TestNotices.moc"
