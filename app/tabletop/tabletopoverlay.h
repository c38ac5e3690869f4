// The tabletop exercise's heatmap at t, as the canvas, the presenter view
// and the after-action record show it: each node's probability of being
// compromised by t on a fixed scale (0 to 100 %, or 0.1 % to 100 % on a log
// scale), so that a colour means the same at every t; the breached vendor
// is drawn breached, off the scale.
#pragma once

#include "render/overlay.h"

namespace wl::tabletop {

class TabletopSession;

// The frame at the session's t; an overlay that is off without a projection.
render::Overlay frameOverlay(const TabletopSession &session, render::ScaleKind scale);

} // namespace wl::tabletop
