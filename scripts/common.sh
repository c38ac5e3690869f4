# Shared by launch.sh and test.sh: install what is missing, configure and
# build. Sourced, not run. A caller may set CMAKE_EXTRA_ARGS (an array) and
# BUILD_DIR before sourcing, for a build of another kind in another folder.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-${WEAKLINK_BUILD_DIR:-$ROOT/build}}"
if [ -z "${CMAKE_EXTRA_ARGS+set}" ]; then
    CMAKE_EXTRA_ARGS=()
fi

bash "$ROOT/scripts/install-deps.sh"

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "${CMAKE_EXTRA_ARGS[@]}"
fi
