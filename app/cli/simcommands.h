// weaklink-cli's simulation commands: `simulate` (FORMAT.md §2–3) and `rank`
// (§4), on the engine of core/simulation.
#pragma once

#include <QStringList>

namespace wl::cli {

int runSimulate(const QStringList &args);
int runRank(const QStringList &args);

} // namespace wl::cli
