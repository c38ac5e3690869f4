// weaklink-cli's `obligations` command (FORMAT.md §2, §5): who must notify
// whom, by when, after a breach at the seed nodes, on core/obligations.
#pragma once

#include <QStringList>

namespace wl::cli {

int runObligations(const QStringList &args);

} // namespace wl::cli
