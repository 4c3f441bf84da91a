#pragma once

namespace yc {

// Called on a worker thread that does long work in the background (JPEG encoding of scans, uploads,
// the catalog index): the thread yields the processor to the rest of the program. On Linux its nice
// value becomes 10 (the thread alone), so that the GUI thread, and the painting helpers Qt's
// raster engine hands work to and waits for, run first when the processors are busy. Elsewhere
// nothing happens. Never fails: a thread that cannot be lowered keeps its priority.
void runInBackground();

} // namespace yc
