// The case domain values: every enum survives a round trip through its string, an unknown or
// differently spelled string is refused with an error naming it, and the year of a case number
// is the year in China Standard Time at both sides of midnight on 31 December.
#include "FakeClock.h"
#include "TestMain.h"
#include "core/CaseModel.h"
#include "core/CaseNumber.h"

using namespace yc;

namespace {

template<typename E, typename Parse>
void roundTrip(std::initializer_list<E> values, Parse parse, const QStringList& expectedNames)
{
    QStringList names;
    for (E value : values) {
        const QString name = toString(value);
        names << name;
        auto parsed = parse(name);
        QVERIFY2(parsed.ok(), qPrintable(name));
        QVERIFY(parsed.value() == value);
    }
    QCOMPARE(names, expectedNames);
}

template<typename Parse>
void refused(Parse parse, const QString& text, const QString& code)
{
    auto parsed = parse(text);
    QVERIFY2(!parsed.ok(), qPrintable(text));
    QCOMPARE(parsed.error().code, code);
    QVERIFY2(parsed.error().message.contains(text.isEmpty() ? QStringLiteral("\"\"") : text),
             qPrintable(parsed.error().message));
}

} // namespace

class TestCaseModel : public QObject
{
    Q_OBJECT

private slots:
    void decisions()
    {
        roundTrip({Decision::Accepted, Decision::AcceptedWithMissing, Decision::CorrectionNotified, Decision::Refused},
                  decisionFromString,
                  {QStringLiteral("accepted"), QStringLiteral("accepted-with-missing"),
                   QStringLiteral("correction-notified"), QStringLiteral("refused")});
        // The old second spelling and near misses are refused, not guessed.
        for (const char* text : {"correction", "Accepted", " accepted", "accepted ", "", "refuse"})
            refused(decisionFromString, QString::fromLatin1(text), QStringLiteral("case.unknown-decision"));
    }

    void lifecycle()
    {
        roundTrip({CaseLifecycle::Draft, CaseLifecycle::Decided}, lifecycleFromString,
                  {QStringLiteral("draft"), QStringLiteral("decided")});
        // Upload states are no longer a case's lifecycle.
        for (const char* text : {"queued", "submitted", "under-review", "DRAFT"})
            refused(lifecycleFromString, QString::fromLatin1(text), QStringLiteral("case.unknown-lifecycle"));
    }

    void departmentStatuses()
    {
        roundTrip({DepartmentStatus::Submitted, DepartmentStatus::UnderReview, DepartmentStatus::CorrectionRequested,
                   DepartmentStatus::Supplemented, DepartmentStatus::Completed, DepartmentStatus::Delivered,
                   DepartmentStatus::Refused},
                  departmentStatusFromString,
                  {QStringLiteral("submitted"), QStringLiteral("under-review"), QStringLiteral("correction-requested"),
                   QStringLiteral("supplemented"), QStringLiteral("completed"), QStringLiteral("delivered"),
                   QStringLiteral("refused")});
        for (const char* text : {"queued", "uploading", "failed", "under_review"})
            refused(departmentStatusFromString, QString::fromLatin1(text), QStringLiteral("case.unknown-status"));
    }

    void syncStates()
    {
        roundTrip({SyncState::Queued, SyncState::Uploading, SyncState::Submitting, SyncState::Submitted,
                   SyncState::Failed, SyncState::Done},
                  syncStateFromString,
                  {QStringLiteral("queued"), QStringLiteral("uploading"), QStringLiteral("submitting"),
                   QStringLiteral("submitted"), QStringLiteral("failed"), QStringLiteral("done")});
        for (const char* text : {"under-review", "draft", "Queued"})
            refused(syncStateFromString, QString::fromLatin1(text), QStringLiteral("sync.unknown-state"));
    }

    void materialFormAndSource()
    {
        roundTrip({MaterialForm::Original, MaterialForm::Copy, MaterialForm::Electronic}, materialFormFromString,
                  {QStringLiteral("original"), QStringLiteral("copy"), QStringLiteral("electronic")});
        roundTrip({MaterialSource::Upload, MaterialSource::Licence, MaterialSource::Reuse}, materialSourceFromString,
                  {QStringLiteral("upload"), QStringLiteral("licence"), QStringLiteral("reuse")});
        refused(materialFormFromString, QStringLiteral("scan"), QStringLiteral("material.unknown-form"));
        refused(materialSourceFromString, QStringLiteral("license"), QStringLiteral("material.unknown-source"));
    }

    void caseNumberYearAcrossMidnight_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<int>("year");
        const QTimeZone beijing(8 * 3600);
        QTest::newRow("31 Dec 23:59 Beijing") << QDateTime(QDate(2026, 12, 31), QTime(23, 59), beijing) << 2026;
        QTest::newRow("1 Jan 00:00 Beijing") << QDateTime(QDate(2027, 1, 1), QTime(0, 0), beijing) << 2027;
        // The same instants written in UTC: the date in UTC is still 31 December.
        QTest::newRow("1 Jan 00:00 Beijing as UTC") << QDateTime(QDate(2026, 12, 31), QTime(16, 0), Qt::UTC) << 2027;
        QTest::newRow("31 Dec 23:59 Beijing as UTC") << QDateTime(QDate(2026, 12, 31), QTime(15, 59), Qt::UTC) << 2026;
        // A PC set to another zone (UTC-5): its local date is 31 December, Beijing's 1 January.
        QTest::newRow("1 Jan 00:30 Beijing on a UTC-5 PC")
            << QDateTime(QDate(2026, 12, 31), QTime(11, 30), QTimeZone(-5 * 3600)) << 2027;
    }

    void caseNumberYearAcrossMidnight()
    {
        QFETCH(QDateTime, at);
        QFETCH(int, year);
        test::FakeClock clock(at);
        QCOMPARE(casenumber::yearAt(clock.now()), year);
    }

    void caseNumbers()
    {
        const auto parts = casenumber::parse(u"21020001-2026-000123");
        QVERIFY(parts);
        QCOMPARE(parts->hallCode, QStringLiteral("21020001"));
        QCOMPARE(parts->year, 2026);
        QCOMPARE(parts->sequence, 123);
        QCOMPARE(casenumber::format(*parts), QStringLiteral("21020001-2026-000123"));
        QVERIFY(casenumber::isOfYear(u"21020001-2026-000123", 2026));
        QVERIFY(!casenumber::isOfYear(u"21020001-2026-000123", 2027));
        for (const char* bad : {"21020001-2026-000000", "21020001-2026-12345", "21020001-2026-000123\n",
                                "2102-0001-2026-000123", "21020001-0999-000001", ""})
            QVERIFY2(!casenumber::parse(QString::fromLatin1(bad)), bad);
    }
};

YC_TEST_MAIN(TestCaseModel)
#include "TestCaseModel.moc"
