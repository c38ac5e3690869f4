#!/usr/bin/env bash
# Regenerates docs/architecture.svg, the picture of docs/ARCHITECTURE.md,
# from the CMake targets themselves (cmake --graphviz), so that it shows the
# links the build enforces. Run after a library or link changes; commit the
# SVG.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/install-deps.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$ROOT/cmake/CMakeGraphVizOptions.cmake" "$work/"
cmake -S "$ROOT" -B "$work" -G Ninja -DWEAKLINK_BUILD_TESTS=OFF \
    --graphviz="$work/targets.dot" >/dev/null
# CMake's legend explains every kind of target; ours has three, so a
# caption says what the lines mean. Arrows point at what a target links:
# the model at the top, the programs at the bottom.
sed -e '/subgraph clusterLegend/,/^}/d' \
    -e 's/^digraph "Weaklink" {/digraph "Weaklink" {\
  rankdir = BT; nodesep = 0.3; ranksep = 0.5;\
  label = "Solid: public link (users see its headers too). Dotted: private link. Dashed: what Weaklink::Core bundles for the app, the CLI and the tests.";\
  fontname = "sans-serif"; fontsize = 11;\
  node [fontname = "sans-serif"];/' \
    "$work/targets.dot" >"$work/layers.dot"
dot -Tsvg "$work/layers.dot" -o "$ROOT/docs/architecture.svg"
echo "wrote docs/architecture.svg"
