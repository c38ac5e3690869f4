# Shared by launch.sh and test.sh: install what is missing, configure and
# build. Sourced, not run. For a build of another kind in another folder, a
# caller sets WEAKLINK_BUILD_DIR and WEAKLINK_CMAKE_ARGS (an array) first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${WEAKLINK_BUILD_DIR:-$ROOT/build}"
if [ -z "${WEAKLINK_CMAKE_ARGS+set}" ]; then
    WEAKLINK_CMAKE_ARGS=()
fi

bash "$ROOT/scripts/install-deps.sh"

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "${WEAKLINK_CMAKE_ARGS[@]}"
fi
