// The import report (`weaklink-cli import --report FILE.json`, the app's
// Import Report dialog): counts mapped per kind, what was ignored and why,
// every warning with its place in the file, and the placeholders.
#pragma once

#include "model/readresult.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace wl::interchange {

struct ImportCounts {
    int nodes = 0;
    int edges = 0;
    int dataAssets = 0;
    // Asset-on-edge pairs.
    int flows = 0;
    // Distinct non-empty organisations.
    int organisations = 0;
    // (kind, count), most first, then by name.
    QList<QPair<QString, int>> nodesByKind;
    QList<QPair<QString, int>> edgesByIntegration;
};

ImportCounts importCounts(const Model &model);

// {"file", "format", "counts": {...}, "ignored": [...], "warnings": [...],
// "placeholders": [...]}, indented, ending with a newline. Only for a
// result that is ok().
QByteArray importReportJson(const ReadResult &result);

} // namespace wl::interchange
