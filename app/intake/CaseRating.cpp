#include "intake/CaseRating.h"

#include "core/CaseModel.h"
#include "storage/CaseRepository.h"
#include "storage/OutboxRepository.h"
#include "sync/OfflineQueue.h"
#include "sync/PlatformConnector.h"

namespace yc::intake {

CaseRating::CaseRating(storage::Database& database, const storage::FieldCipher& cipher, QString dataDir,
                       const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_dataDir(std::move(dataDir))
    , m_clock(clock)
{}

QString CaseRating::label(int level)
{
    switch (level) {
    case VerySatisfied:
        return tr("Very satisfied");
    case Satisfied:
        return tr("Satisfied");
    case BasicallySatisfied:
        return tr("Basically satisfied");
    case Dissatisfied:
        return tr("Dissatisfied");
    case VeryDissatisfied:
        return tr("Very dissatisfied");
    default:
        return {};
    }
}

Result<QString> CaseRating::submit(const QString& caseId, int level, const QString& reason, const QString& staffId)
{
    if (level < VeryDissatisfied || level > VerySatisfied)
        return makeError(QStringLiteral("rating.level"), tr("Choose one of the five ratings."));
    const QString why = reason.trimmed();
    if (isBad(level) && why.isEmpty())
        return makeError(
            QStringLiteral("rating.reason"),
            tr("Please say what was not satisfactory: a rating of \"%1\" is taken with its reason.").arg(label(level)));
    auto theCase = storage::CaseRepository(m_database, m_cipher, m_dataDir, m_clock).get(caseId);
    if (!theCase)
        return theCase.error();
    if (!theCase.value() || theCase.value()->lifecycle != CaseLifecycle::Decided)
        return makeError(QStringLiteral("rating.case"), tr("Only a decided case can be rated."));
    // One rating per case at the window (GB/T 39734: the service is rated once; a follow-up of a bad
    // rating is the platform's, not a second rating).
    auto rated = storage::OutboxRepository(m_database, m_clock)
                     .containsForCase(storage::OutboxRepository::EvaluationKind, caseId);
    if (!rated)
        return rated.error();
    if (rated.value())
        return makeError(QStringLiteral("rating.duplicate"), tr("This case has already been rated."));
    sync::Evaluation e;
    e.caseNumber = theCase.value()->caseNumber; // may be empty: the engine fills it in once it is known
    e.channel = QStringLiteral("window-device");
    e.level = level;
    e.overall = level;
    e.comment = why;
    return sync::OfflineQueue(m_database, m_cipher, m_dataDir, m_clock).enqueueEvaluation(e, caseId, staffId);
}

} // namespace yc::intake
