// libFuzzer target: the model-JSON reader on arbitrary bytes (scripts/fuzz.sh,
// docs/RELIABILITY.md). Every input must give a model or one error that names
// the file, never a crash, a hang or a leak; a model that is read must also
// write out and read back to itself.
#include "io/modeljson.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const wl::ReadResult r = wl::io::readModelJson(bytes, QStringLiteral("fuzz.json"));
    if (r.ok() == !r.error.isEmpty())
        std::abort(); // a model and an error, or neither
    if (!r.ok()) {
        if (!r.message().startsWith(QStringLiteral("fuzz.json: ")))
            std::abort();
        return 0;
    }
    const wl::ReadResult back = wl::io::readModelJson(wl::io::writeModelJson(*r.model), {});
    if (!back.ok() || !(*back.model == *r.model))
        std::abort();
    return 0;
}
