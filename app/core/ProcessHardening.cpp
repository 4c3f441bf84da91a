#include "core/ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace yc {

void hardenProcess()
{
    struct rlimit noCore = {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
#ifdef PR_SET_DUMPABLE
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    // Files we create (database, WAL, keys, scans) are for this user only.
    umask(077);
}

} // namespace yc
