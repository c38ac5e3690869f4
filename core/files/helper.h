// The helper process: weaklink-cli started by this program for the work of
// Graphviz that must not reach it, reading DOT (readDotInChild) and laying
// out large models (computeLayoutInChild). A crash or a hang there costs the
// child, and killing it stops Graphviz at once.
#pragma once

#include <QString>

namespace wl::files {

// weaklink-cli beside the running program (or in its cli/ folder, as in
// the build tree); the running program itself if it is weaklink-cli.
QString helperPath();

} // namespace wl::files
