// Response header lines of material uploads come from the network: any bytes must leave a
// response with bounded header values, never a crash; the values then go through the same
// failure parser as every other answer.
#include "sync/CurlUploader.h"
#include "sync/ResponseParsers.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    yc::sync::HttpResponse response;
    for (const QByteArray& line : bytes.split('\n'))
        yc::sync::CurlUploader::applyHeaderLine(response, line);
    if (response.retryAfter.size() > 256 || response.etag.size() > 256 || response.dateHeader.size() > 256)
        __builtin_trap();
    const yc::sync::PlatformFailure failure = yc::sync::ResponseParsers::httpFailure(503, response.retryAfter, {});
    if (failure.retryAfter && failure.retryAfter->count() <= 0)
        __builtin_trap();
    return 0;
}
