// libFuzzer target: the model-JSON reader on arbitrary bytes (scripts/fuzz.sh,
// docs/RELIABILITY.md). Every input must give a model or one error that names
// the file, never a crash, a hang or a leak; a model that is read must also
// write out and read back to itself.
#include "fuzzrules.h"
#include "io/modeljson.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const wl::ReadResult r = wl::io::readModelJson(bytes, QStringLiteral("fuzz.json"));
    wl::fuzz::checkReadResult(r, QStringLiteral("fuzz.json: "));
    return 0;
}
