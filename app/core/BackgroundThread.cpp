#include "core/BackgroundThread.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace yc {

void runInBackground()
{
#if defined(Q_OS_LINUX)
    // On Linux setpriority(PRIO_PROCESS, tid) applies to one thread.
    const int current = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    if (current < 10)
        (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
}

} // namespace yc
