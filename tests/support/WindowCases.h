#pragma once

// The cases of one window over a fortnight, for the case list and the citizen's screen (header
// only; the test links yc_intake and has a QGuiApplication when notices are rendered for real).
// Applicants are synthetic (IntakeFixtures.h): their full names and ID numbers must never show
// where the tests look; the names have three characters, so the mask (测*甲) differs from them.
#include "FakeClock.h"
#include "IntakeFixtures.h"
#include "intake/CaseDecider.h"
#include "intake/IntakeSession.h"
#include "storage/CaseRepository.h"

namespace yc::test {

// Wednesday 2026-09-16, 10:00 in the hall (UTC+8): today for these cases.
inline QDateTime windowCasesToday()
{
    return QDateTime(QDate(2026, 9, 16), QTime(10, 0), QTimeZone(8 * 3600));
}

struct WindowCases
{
    QString oldCompleted;            // accepted 10 days ago, completed since: not listed
    QString oldAccepted;             // accepted 10 days ago, not completed: listed (open)
    QString oldCorrection;           // correction notified 2 days ago: listed (waiting for correction)
    QString todayAccepted;           // accepted today: listed
    QString todayCompleted;          // accepted and completed today: listed (today), not open
    QString draft;                   // started today, applicant only: listed (draft)
    QString oldDraft;                // started 10 days ago, never decided: listed (draft)
    QList<intake::Party> applicants; // the applicants, in the order above

    [[nodiscard]] QStringList listed() const
    {
        return {oldAccepted, oldCorrection, todayAccepted, todayCompleted, draft, oldDraft};
    }
};

inline intake::MaterialEvidence scannedEvidence(const char* marker)
{
    intake::MaterialEvidence e;
    e.state = intake::MaterialState::Scanned;
    e.content = QByteArray("%PDF-1.4 synthetic scan ") + marker + QByteArray(2000, 's');
    e.mimeType = QStringLiteral("application/pdf");
    e.fileName = QStringLiteral("scan.pdf");
    return e;
}

inline intake::MaterialEvidence licenceEvidence(const QString& id)
{
    intake::MaterialEvidence e;
    e.state = intake::MaterialState::Licence;
    e.licenceId = id;
    return e;
}

inline intake::IntakeContext windowCasesContext(storage::Store& store, const QString& dir, const Clock& clock,
                                                bool realPdf)
{
    intake::WindowInfo window;
    window.hallName = QStringLiteral("大连市政务服务中心（测试）");
    window.window = QStringLiteral("A01 综合受理一号窗");
    window.training = true;
    intake::NoticeRenderer stub = [](const NoticeData& n) -> Result<QByteArray> {
        return QByteArray(QByteArray("%PDF-stub ") + noticeKindName(n.kind).toUtf8());
    };
    return intake::IntakeContext{store.database(),
                                 store.cipher(),
                                 dir,
                                 clock,
                                 WorkCalendar::bundled(),
                                 window,
                                 realPdf ? intake::NoticeRenderer() : stub,
                                 {}};
}

// 食品经营许可（新办） with every material there, or m1 missing (for a correction).
inline QString foodDraft(const intake::IntakeContext& context, const intake::Party& applicant, bool complete)
{
    intake::IntakeSession session(context);
    auto id = session.createDraft(QStringLiteral("c1001"), {}, QStringLiteral("A01"));
    if (!id)
        return {};
    const QString d = id.value();
    const bool ok = session.setApplicant(d, applicant) && session.setItem(d, FoodLicenceNew) &&
                    session.setSituations(d, {{QStringLiteral("s1"), QStringLiteral("s1a")},
                                              {QStringLiteral("s2"), QStringLiteral("s2a")},
                                              {QStringLiteral("s3"), QStringLiteral("s3a")}}) &&
                    (!complete || session.setMaterial(d, QStringLiteral("m1"), scannedEvidence("M1"))) &&
                    session.setMaterial(d, QStringLiteral("m2"), licenceEvidence(QStringLiteral("LIC-0001"))) &&
                    session.setMaterial(d, QStringLiteral("m3"), licenceEvidence(QStringLiteral("LIC-0002"))) &&
                    session.setMaterial(d, QStringLiteral("m4"), scannedEvidence("M4")) &&
                    session.setMaterial(d, QStringLiteral("m5"), scannedEvidence("M5"));
    return ok ? d : QString();
}

// Opens a fresh intake store in dir with the clock ten days before today, takes the cases in as
// the clock moves and leaves the clock at today. Empty ids on failure (warned).
inline WindowCases makeWindowCases(std::unique_ptr<storage::Store>& store, const QString& dir, FakeClock& clock,
                                   bool realPdf = false)
{
    WindowCases w;
    const QDateTime today = windowCasesToday();
    clock.set(today.addDays(-10));
    store = openIntakeStore(dir, clock.now());
    if (!store)
        return w;
    const intake::IntakeContext context = windowCasesContext(*store, dir, clock, realPdf);
    intake::CaseDecider decider(context);
    storage::CaseRepository cases(store->database(), store->cipher(), dir, clock);
    const QStringList names{QStringLiteral("测试甲"), QStringLiteral("样例乙"), QStringLiteral("测试丙"),
                            QStringLiteral("样例丁"), QStringLiteral("测试戊"), QStringLiteral("样例己"),
                            QStringLiteral("测试庚")};
    for (int i = 0; i < names.size(); ++i)
        w.applicants << person(21 + i, names[i]);
    auto accept = [&](const intake::Party& p) {
        const QString d = foodDraft(context, p, true);
        auto o = d.isEmpty() ? Result<intake::DecisionOutcome>(makeError(QStringLiteral("t"), QStringLiteral("draft")))
                             : decider.accept(d);
        if (!o)
            qWarning("accept: %s", qPrintable(o.error().message));
        return o ? o.value().caseId : QString();
    };

    w.oldCompleted = accept(w.applicants[0]);
    if (!cases.setDepartmentStatus(w.oldCompleted, DepartmentStatus::Completed))
        qWarning("the department status could not be set");
    w.oldAccepted = accept(w.applicants[1]);
    {
        intake::IntakeSession session(context);
        auto d = session.createDraft(QStringLiteral("c1001"), {}, QStringLiteral("A01"));
        if (d && session.setApplicant(d.value(), w.applicants[6]))
            w.oldDraft = d.value();
    }

    clock.set(today.addDays(-2));
    {
        const QString d = foodDraft(context, w.applicants[2], false);
        auto o = decider.notifyCorrection(d);
        if (!o)
            qWarning("correction: %s", qPrintable(o.error().message));
        else
            w.oldCorrection = o.value().caseId;
    }

    clock.set(today);
    w.todayAccepted = accept(w.applicants[3]);
    w.todayCompleted = accept(w.applicants[4]);
    if (!cases.setDepartmentStatus(w.todayCompleted, DepartmentStatus::Completed))
        qWarning("the department status could not be set");
    {
        intake::IntakeSession session(context);
        auto d = session.createDraft(QStringLiteral("c1001"), {}, QStringLiteral("A01"));
        if (d && session.setApplicant(d.value(), w.applicants[5]))
            w.draft = d.value();
    }
    return w;
}

} // namespace yc::test
