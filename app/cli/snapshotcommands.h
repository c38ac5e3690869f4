// weaklink-cli's snapshot commands (docs/SNAPSHOTS.md): `snapshot` takes a
// dated snapshot of a .weaklink document's model with its annual baseline
// and stores it in the document; `snapshots` lists them.
#pragma once

#include <QStringList>

namespace wl::cli {

int runSnapshot(const QStringList &args);
int runSnapshots(const QStringList &args);

} // namespace wl::cli
