#!/usr/bin/env bash
# Builds the desktop app and opens it on the bundled example model, or on the
# file given as the first argument (README: "Launch the app").
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cmake --build "$BUILD_DIR" --target weaklink
APP="$BUILD_DIR/app/weaklink"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cat >&2 <<MSG
Weaklink is built ($APP), but this session has no display to show a window on
(neither DISPLAY nor WAYLAND_DISPLAY is set).
To proceed, either
  - run this command again from a desktop session (or over ssh -X), or
  - run it on a virtual display:  xvfb-run -a $APP
  - or render the window to a picture:  QT_QPA_PLATFORM=offscreen $APP --screenshot weaklink.png
MSG
    exit 1
fi
exec "$APP" "$@"
