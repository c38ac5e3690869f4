// weaklink-cli report (docs/REPORT.md): the board report of a model as a
// PDF, or its JSON twin with --json. Draws Qt Charts, so main() gives it a
// QApplication on the offscreen platform.
#pragma once

#include <QStringList>

namespace wl::cli {

int runReport(const QStringList &args);

} // namespace wl::cli
