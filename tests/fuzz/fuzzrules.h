// The rules every reader's fuzz target checks (docs/RELIABILITY.md): a
// model or one error, never both; the error names the file; a model that is
// read writes out as model JSON and reads back to itself. A broken rule
// aborts, which libFuzzer reports as a finding.
#pragma once

#include "io/modeljson.h"

#include <cstdlib>

namespace wl::fuzz {

inline void checkReadResult(const ReadResult &r, const QString &errorPrefix)
{
    if (r.ok() == !r.error.isEmpty())
        std::abort();
    if (!r.ok()) {
        if (!r.message().startsWith(errorPrefix))
            std::abort();
        return;
    }
    const ReadResult back = io::readModelJson(io::writeModelJson(*r.model), {});
    if (!back.ok() || !(*back.model == *r.model))
        std::abort();
}

} // namespace wl::fuzz
