// Linked against yc_sync (and so storage and core): must run without the widget library.
#include "sync/RetryPolicy.h"

int main()
{
    yc::sync::RetryPolicy policy;
    return policy.delayAfter(1).count() > 0 ? 0 : 1;
}
