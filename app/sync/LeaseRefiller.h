#pragma once

#include "sync/SyncPass.h"
#include "sync/TokenProvider.h"

namespace yc::sync {

// Keeps enough official case numbers of the current year (China time) on this PC: when fewer than
// the platform's leaseRefillBelow are left, asks for a block (PROTOCOL.md §7). The request id is
// stored before asking, so a lost answer is asked again with the same id and the platform grants the
// same range.
class LeaseRefiller
{
public:
    LeaseRefiller(PassContext& pass, TokenProvider& tokens);

    void refill(PassReport& report); // cheap when enough numbers are left

private:
    PassContext& m_pass;
    TokenProvider& m_tokens;
};

} // namespace yc::sync
