#pragma once

namespace yc {

// Called first thing in every executable: no core dumps (they would hold decrypted personal data
// and keys), and the process is not dumpable or traceable by other users' processes.
void hardenProcess();

} // namespace yc
