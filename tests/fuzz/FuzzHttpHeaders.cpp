// Response header lines of material uploads come from the network: any bytes must leave a
// response with bounded header values, never a crash; the values then go through the same
// failure parser as every other answer.
#include "sync/CurlUploader.h"
#include "sync/ResponseParsers.h"

#include <QTimeZone>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    yc::sync::HttpResponse response;
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc());
    for (const QByteArray& line : bytes.split('\n'))
        yc::sync::CurlUploader::applyHeaderLine(response, line, now);
    if (response.etag.size() > 256 || response.dateHeader.size() > 256)
        __builtin_trap();
    if (response.retryAfter && (response.retryAfter->count() <= 0 || response.retryAfter->count() > 24 * 3600))
        __builtin_trap();
    const yc::sync::PlatformFailure failure = yc::sync::ResponseParsers::httpFailure(503, response.retryAfter, {});
    if (failure.retryAfter && failure.retryAfter->count() <= 0)
        __builtin_trap();
    return 0;
}
