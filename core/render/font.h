// Internal to core/render: the one font recipe of every drawing (diagram,
// legends), so that text measures and looks the same everywhere.
#pragma once

#include <QFont>

namespace wl::render::detail {

// "sans-serif" resolves through fontconfig here and is understood by every
// SVG viewer; pixel sizes make text scale with the diagram on every device
// (points would follow each device's own DPI). Unhinted metrics keep
// elision the same on screen and in print.
inline QFont font(int pixelSize, QFont::Weight weight)
{
    QFont f(QStringLiteral("sans-serif"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace wl::render::detail
