// Internal to core/files: what every helper process (helper.h) does to
// itself before it touches its input.
#pragma once

#include <sys/resource.h>

namespace wl::files {

// Lowers this process's address space to `addressSpace` bytes (not under
// AddressSanitizer, which reserves terabytes for its shadow memory) and
// turns its core dumps off: a Graphviz that runs away or crashes ends there,
// quickly and without a trace on disk.
void limitThisProcess(rlim_t addressSpace);

} // namespace wl::files
