#include "sync/CalendarFeedStore.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace yc::sync {

CalendarFeedStore::CalendarFeedStore(QString dataDir, const WorkCalendar* bundled)
    : m_dataDir(std::move(dataDir))
    , m_bundled(bundled)
{}

const WorkCalendar& CalendarFeedStore::bundled() const
{
    return m_bundled ? *m_bundled : WorkCalendar::bundled();
}

QString CalendarFeedStore::filePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("calendar-feed.json"));
}

bool CalendarFeedStore::hasStoredFeed() const
{
    return QFile::exists(filePath(m_dataDir));
}

Status CalendarFeedStore::load()
{
    return readStored();
}

// The stored feed over the bundled calendar, made the calendar in use; m_current is left as it
// was when nothing is stored or the file does not parse.
Status CalendarFeedStore::readStored() const
{
    QFile file(filePath(m_dataDir));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("calendar.read"),
                         tr("The stored working-day calendar %1 cannot be read.").arg(file.fileName()));
    auto parsed = WorkCalendar::fromJson(file.readAll());
    if (!parsed) {
        qCWarning(lcSync) << "stored calendar feed left out:" << parsed.error().code;
        return parsed.error();
    }
    auto merged = std::make_shared<const WorkCalendar>(WorkCalendar::overlaid(bundled(), parsed.value()));
    const QMutexLocker lock(&m_mutex);
    m_current = std::move(merged);
    return {};
}

Status CalendarFeedStore::apply(const QJsonObject& document)
{
    const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Indented);
    auto parsed = WorkCalendar::fromJson(json);
    if (!parsed) {
        qCWarning(lcSync) << "calendar feed refused:" << parsed.error().code;
        return parsed.error();
    }
    auto merged = std::make_shared<const WorkCalendar>(WorkCalendar::overlaid(bundled(), parsed.value()));
    QSaveFile file(filePath(m_dataDir));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return makeError(QStringLiteral("calendar.write"),
                         tr("The working-day calendar could not be stored in %1.").arg(file.fileName()));
    const QMutexLocker lock(&m_mutex);
    m_current = std::move(merged);
    qCInfo(lcSync) << "working-day calendar updated; years" << m_current->firstYear() << "to" << m_current->lastYear();
    return {};
}

std::shared_ptr<const WorkCalendar> CalendarFeedStore::calendar() const
{
    {
        const QMutexLocker lock(&m_mutex);
        if (m_current)
            return m_current;
    }
    // First use: the stored feed over the bundled calendar; without one (or with a damaged one, left
    // out as load() does) the bundled calendar alone.
    (void)readStored();
    const QMutexLocker lock(&m_mutex);
    if (!m_current)
        m_current = std::make_shared<const WorkCalendar>(bundled());
    return m_current;
}

} // namespace yc::sync
