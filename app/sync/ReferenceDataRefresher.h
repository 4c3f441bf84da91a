#pragma once

#include "sync/SyncPass.h"
#include "sync/SyncSinks.h"
#include "sync/TokenProvider.h"

namespace yc::sync {

// Keeps the reference data current: the work calendar every calendarRefreshHours (with its ETag),
// and the service catalog when the change feed said it changed (or it was never fetched).
class ReferenceDataRefresher
{
public:
    ReferenceDataRefresher(PassContext& pass, TokenProvider& tokens, CalendarSink* calendar, CatalogFeedSink* catalog);

    void refresh();

private:
    void refreshCalendar();
    void refreshCatalog();

    PassContext& m_pass;
    TokenProvider& m_tokens;
    CalendarSink* m_calendar;
    CatalogFeedSink* m_catalog;
};

} // namespace yc::sync
