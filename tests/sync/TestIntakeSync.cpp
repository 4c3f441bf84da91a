// Cases decided through the intake workflow reach the reference platform (yichuang-platform) like
// every case: an acceptance with missing materials approved by a supervisor on the window's PC and
// a refusal approved remotely (PROTOCOL.md §16) are sent with the approvals they rest on and their
// deferred materials, and the platform's checks (§1.4, §9) take them.
#define YC_TEST_FONTS
#include "IdNumbers.h"
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "intake/CaseDecider.h"
#include "intake/IntakeSession.h"
#include "intake/RemoteApprovals.h"
#include "intake/SupervisorApprovals.h"
#include "storage/OutboxRepository.h"
#include "storage/catalog/CatalogRepository.h"
#include "sync/CatalogFeedImporter.h"
#include "sync/Enrolment.h"
#include "sync/RestConnector.h"

#include <QSignalSpy>

using namespace yc;
using namespace yc::intake;

namespace {

const QString FoodLicenceNew = QStringLiteral("000117003001-210200000000-000-11210200YC000001X0-1-00");

QString fresh(const QString& name)
{
    return test::TestEnvironment::current()->freshDir(name);
}

Result<QByteArray> stubPdf(const NoticeData&)
{
    return QByteArray("%PDF-stub");
}

Party applicant(int n)
{
    Party p;
    p.identity.idType = QStringLiteral("resident");
    p.identity.idNumber = test::residentId(QStringLiteral("210202"), QStringLiteral("19790615"), n);
    p.identity.name = QStringLiteral("测试甲");
    return p;
}

} // namespace

class TestIntakeSync : public QObject
{
    Q_OBJECT

private slots:
    void approvedDecisionsAreTakenByThePlatform()
    {
        test::PlatformFixture platform(fresh(QStringLiteral("p-intake")));
        QVERIFY(platform.start());
        test::WindowClient client;
        QVERIFY(client.create(fresh(QStringLiteral("c-intake")), platform.baseUrl()));
        QCOMPARE(client.enrol(), QString());
        QCOMPARE(client.signIn(QStringLiteral("c1001")), QString());
        QCOMPARE(client.signIn(QStringLiteral("s1001")), QString()); // the supervisor has signed in on this PC once
        sync::CatalogFeedImporter importer(client.store->database().path(), client.clock);
        auto engine = client.engine();
        QVERIFY(engine);
        engine->setCatalogSink(&importer);
        const sync::PassReport first = engine->runUntilIdle(60000, true); // catalog, calendar, leases
        QVERIFY2(first.lastError.isEmpty(), qPrintable(first.lastError));
        auto item = storage::CatalogRepository(client.store->database()).item(FoodLicenceNew);
        QVERIFY2(item.ok(), "the platform's catalog has the item");

        const IntakeContext context{client.store->database(),
                                    client.store->cipher(),
                                    client.dataDir,
                                    client.clock,
                                    WorkCalendar::bundled(),
                                    {},
                                    stubPdf,
                                    {}};
        IntakeSession session(context);
        auto makeDraft = [&](int n) -> QString {
            auto id = session.createDraft(QStringLiteral("c1001"), {}, QStringLiteral("A01"));
            if (!id)
                return {};
            MaterialEvidence scan;
            scan.state = MaterialState::Scanned;
            scan.content = test::syntheticBytes(n, 3000);
            scan.mimeType = QStringLiteral("application/pdf");
            MaterialEvidence seen;
            seen.state = MaterialState::OriginalReturned;
            const QString d = id.value();
            const bool ok = session.setApplicant(d, applicant(n)) && session.setItem(d, FoodLicenceNew) &&
                            session.setSituations(d, {{QStringLiteral("s1"), QStringLiteral("s1a")},
                                                      {QStringLiteral("s2"), QStringLiteral("s2a")},
                                                      {QStringLiteral("s3"), QStringLiteral("s3a")}}) &&
                            session.setMaterial(d, QStringLiteral("m1"), scan) &&
                            session.setMaterial(d, QStringLiteral("m2"), seen) &&
                            session.setMaterial(d, QStringLiteral("m3"), seen) &&
                            session.setMaterial(d, QStringLiteral("m4"), scan);
            return ok ? d : QString();
        };
        CaseDecider decider(context);

        // 容缺, approved here by the supervisor with their own password.
        const QString deferred = makeDraft(41);
        QVERIFY(!deferred.isEmpty());
        MaterialEvidence later;
        later.state = MaterialState::Deferred;
        later.dueDate = client.clock.now().date().addDays(10);
        QVERIFY(session.setMaterial(deferred, QStringLiteral("m5"), later).ok());
        auto local = SupervisorApprovals(context).approveHere(deferred, ApprovalKind::AcceptWithMissing,
                                                              QStringLiteral("s1001"), QStringLiteral("train-s1001"));
        QVERIFY2(local.ok(), qPrintable(local.ok() ? QString() : local.error().message));
        auto accepted = decider.acceptWithMissing(deferred, local.value().approvalId);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));

        // A refusal, approved by the supervisor through the platform.
        const QString refused = makeDraft(42);
        QVERIFY(!refused.isEmpty());
        QVERIFY(session.setRefusalReason(refused, {RefusalCategory::NotInRemit, QStringLiteral("属于区级事项")}).ok());
        const sync::RestOptions rest = sync::SyncConfig::restOptions(*client.settings);
        RemoteApprovals remote(context, [rest]() { return std::make_unique<sync::RestConnector>(rest); });
        QSignalSpy changed(&remote, &RemoteApprovals::approvalChanged);
        QSignalSpy failed(&remote, &RemoteApprovals::approvalFailed);
        auto asked = remote.request(refused, ApprovalKind::Refusal);
        QVERIFY(asked.ok());
        QVERIFY2(changed.wait(30000), failed.isEmpty() ? "no answer" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(changed.last().at(2).toString(), QStringLiteral("pending"));
        sync::RestConnector supervisorSide(rest);
        auto enrolment = sync::Enrolment(client.store->database(), client.store->cipher()).load();
        QVERIFY(enrolment.ok() && enrolment.value());
        auto supervisor =
            supervisorSide.signIn(QStringLiteral("s1001"), QStringLiteral("train-s1001"), enrolment.value()->machineId);
        QVERIFY(supervisor.ok());
        QVERIFY(supervisorSide
                    .decideApproval(supervisor.value().accessToken, asked.value(), QStringLiteral("approved"),
                                    QStringLiteral("同意"))
                    .ok());
        QVERIFY(remote.check(asked.value()).ok());
        QVERIFY(changed.wait(30000));
        QCOMPARE(changed.last().at(2).toString(), QStringLiteral("approved"));
        auto refusal = decider.refuse(refused, asked.value());
        QVERIFY2(refusal.ok(), qPrintable(refusal.ok() ? QString() : refusal.error().message));

        const sync::PassReport sent = engine->runUntilIdle(60000, true);
        QVERIFY2(sent.lastError.isEmpty(), qPrintable(sent.lastError));
        storage::OutboxListFilter filter;
        filter.includeSubmitted = true;
        auto queue = storage::OutboxRepository(client.store->database(), client.clock).list(filter);
        QVERIFY(queue.ok());
        QStringList states;
        for (const storage::OutboxListRow& r : queue.value()) {
            if (r.kind == storage::OutboxRepository::CaseKind)
                states << r.state + QLatin1Char(' ') + r.lastError;
        }
        qInfo("outbox after the pass: %s", qPrintable(states.join(QStringLiteral("; "))));
        QCOMPARE(states.size(), 2);
        for (const QString& s : std::as_const(states))
            QVERIFY2(s.startsWith(QStringLiteral("submitted")), qPrintable(s));
        test::PlatformView view(platform.baseUrl());
        QVERIFY(view.ok);
        bool ok = false;
        const QHash<QString, int> onPlatform = view.casesById(&ok);
        QVERIFY(ok);
        QCOMPARE(onPlatform.value(deferred), 1);
        QCOMPARE(onPlatform.value(refused), 1);
    }
};

YC_TEST_MAIN(TestIntakeSync)
#include "TestIntakeSync.moc"
