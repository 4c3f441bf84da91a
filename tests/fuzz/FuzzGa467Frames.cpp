// Bytes from a serial ID card reader: the frame parser must cut them into frames or errors, in any
// split, without crashing, and every frame it accepts must carry a correct checksum.
#include "api/idcard/Ga467.h"

#include <cstdint>

using namespace yc::plugins::idcard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // Feed in pieces whose sizes come from the input itself, as reads from a port would arrive.
    FrameParser parser;
    qsizetype pos = 0;
    qsizetype step = size > 0 ? (data[0] % 17) + 1 : 1;
    while (pos < input.size()) {
        const qsizetype n = std::min(step, input.size() - pos);
        parser.feed(input.sliced(pos, n));
        pos += n;
        step = (step * 7 + 3) % 23 + 1;
        while (auto event = parser.next()) {
            if (event->ok) {
                const QByteArray again = Ga467::frame(event->frame.payload);
                if (again.size() != Ga467::HeaderSize + event->frame.payload.size() + 1)
                    __builtin_trap();
                if (event->frame.isResponse()) {
                    (void)Ga467::sw3Message(event->frame.sw3());
                    (void)Ga467::splitReadReply(event->frame.responseData(), false);
                    (void)Ga467::splitReadReply(event->frame.responseData(), true);
                }
            } else if (event->code.isEmpty()) {
                __builtin_trap();
            }
        }
    }
    if (parser.bufferedBytes() > Ga467::HeaderSize + Ga467::MaxLength)
        __builtin_trap(); // never holds more than one frame's worth of bytes
    return 0;
}
