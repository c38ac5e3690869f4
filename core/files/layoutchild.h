// Layouts in a helper process (docs/LAYOUT.md, "Layout in a helper
// process"). Graphviz cannot be interrupted, so a layout that may run long
// runs in `weaklink-cli __layout`, which the parent kills the moment it is
// cancelled; a Graphviz crash ends the helper, not the program that asked.
#pragma once

#include "files/layoutjson.h"

#include <atomic>

namespace wl::files {

// A layout runs in the helper when one Graphviz run of it gets more nodes
// than kLayoutInHelperAbove (layout::largestGraphvizRun), or the model has
// more than kLayoutInHelperAboveNodes, where our own placing of the blocks
// takes seconds too. Below both, a layout takes well under a second here
// and the hop (about 45 ms to start the helper and pass the model) would
// cost more than it saves (docs/LAYOUT.md, docs/PERFORMANCE.md).
inline constexpr int kLayoutInHelperAbove = 300;
inline constexpr int kLayoutInHelperAboveNodes = 20000;

inline bool layoutRunsInHelper(const LayoutRequest &request)
{
    return request.model.nodes().size() > kLayoutInHelperAboveNodes
        || layout::largestGraphvizRun(request.model, request.options, request.routeOnly)
        > kLayoutInHelperAbove;
}

// Runs `request` in `helper __layout`: the request on its standard input,
// the outcome on its standard output. `cancel` is polled every 50 ms; a
// cancel kills the helper at once and answers cancelled = true. A helper
// that cannot start, crashes, exits with an error or answers what cannot be
// read (or for another model) gives an outcome with no result and the reason
// in `error`.
layout::LayoutOutcome computeLayoutInChild(
    const LayoutRequest &request, const QString &helper, const std::atomic_bool *cancel = nullptr);

// The helper's side (`weaklink-cli __layout`): lowers this process's limits
// (address space, core dumps), reads the request from `input`, runs it and
// returns the outcome as the parent reads it.
QByteArray layoutChildReply(const QByteArray &input);

} // namespace wl::files
