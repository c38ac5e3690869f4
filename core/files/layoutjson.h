// What the layout helper (layoutchild.h) is asked and answers, as bytes: a
// layout request (the model and layout::LayoutOptions) and a
// layout::LayoutOutcome. Numbers are written in the shortest form that reads
// back to the same double, so a result that crossed the process boundary
// equals the one computed in-process to the last bit (±0 aside).
#pragma once

#include "layout/layout.h"
#include "model/model.h"

#include <QByteArray>

#include <atomic>
#include <optional>

namespace wl::files {

struct LayoutRequest {
    Model model;
    layout::LayoutOptions options;
    // Routes the edges between the positions the nodes have
    // (layout::routeEdges with options.nodeScales) instead of laying out.
    bool routeOnly = false;
};

// One line of compact JSON with the options, then the model as model JSON
// (io::writeModelJson).
QByteArray writeLayoutRequest(const LayoutRequest &request);
// Reads what writeLayoutRequest wrote; the model passes io::readModelJson's
// checks. Nothing, with *error set, for anything else.
std::optional<LayoutRequest> readLayoutRequest(const QByteArray &bytes, QString *error);

// Compact JSON: every field of the outcome and of its result.
QByteArray writeLayoutOutcome(const layout::LayoutOutcome &outcome);
std::optional<layout::LayoutOutcome> readLayoutOutcome(const QByteArray &bytes, QString *error);

// The request run in this process: layout::computeLayout or
// layout::routeEdges.
layout::LayoutOutcome runLayoutRequest(
    const LayoutRequest &request, const std::atomic_bool *cancel = nullptr);

} // namespace wl::files
