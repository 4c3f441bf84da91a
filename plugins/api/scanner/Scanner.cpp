// The moc output of the scanner interface lives in this library, shared by the host and the plugins.
#include "api/scanner/Scanner.h"
