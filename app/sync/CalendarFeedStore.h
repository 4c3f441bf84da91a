#pragma once

#include "core/Result.h"
#include "core/WorkCalendar.h"
#include "sync/SyncSinks.h"

#include <QCoreApplication>
#include <QMutex>
#include <QString>

#include <memory>

namespace yc::sync {

// Binds the platform's working-day calendar feed (PROTOCOL.md §6): a document that parses as a
// "yichuang-workdays" calendar is kept in the data directory (calendar-feed.json, written whole or
// not at all) and its years are laid over the bundled calendar; a document that does not parse is
// refused and the calendar in use stays as it was. apply() runs on the sync engine's thread and
// touches no database; calendar() may be read from any thread.
class CalendarFeedStore final : public CalendarSink
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::CalendarFeedStore)

public:
    // Without `bundled`, WorkCalendar::bundled() is used, read when first needed (not at start).
    explicit CalendarFeedStore(QString dataDir, const WorkCalendar* bundled = nullptr);

    // Lays the stored feed, when there is one, over the bundled calendar. A stored file that no
    // longer parses is reported and left out (the bundled calendar stays in use).
    [[nodiscard]] Status load();
    [[nodiscard]] bool hasStoredFeed() const;

    [[nodiscard]] Status apply(const QJsonObject& document) override;

    // The calendar in use: the bundled one with the platform's years over it. On the first call
    // without an earlier load() or apply(), the stored feed is loaded (as load()).
    [[nodiscard]] std::shared_ptr<const WorkCalendar> calendar() const;

    [[nodiscard]] static QString filePath(const QString& dataDir);

private:
    QString m_dataDir;
    [[nodiscard]] const WorkCalendar& bundled() const;
    [[nodiscard]] Status readStored() const;

    const WorkCalendar* m_bundled = nullptr;
    mutable QMutex m_mutex;
    mutable std::shared_ptr<const WorkCalendar> m_current; // set on first use (calendar()), load() or apply()
};

} // namespace yc::sync
