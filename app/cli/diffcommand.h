// weaklink-cli diff (docs/DIFF.md): what changed between two models, each a
// model file or a document's snapshot (DOC.weaklink@SNAPSHOT).
#pragma once

#include <QStringList>

namespace wl::cli {

int runDiff(const QStringList &args);

} // namespace wl::cli
