// The user's preferences (Edit ▸ Preferences…), kept in QSettings: the
// layout engine new layouts use, the trials and rng seed of the annual
// baseline and of new scenarios, how durations are shown, the recovery
// interval, the language and the theme. load() reads them with defaults for
// what was never set; apply() puts them into a window and the application.
#pragma once

#include "format/format.h"
#include "layout/layoutresult.h"

#include <QString>

#include <optional>

namespace wl {

class MainWindow;

enum class Theme { System, Light, Dark };

struct Preferences {
    // nullopt: chosen by the model's size (layout::defaultEngine).
    std::optional<layout::Engine> layoutEngine;
    int trials = 10000;
    quint64 rngSeed = 1;
    format::DurationUnit durationUnit = format::DurationUnit::Hours;
    // 0: recovery copies after undo steps only.
    int recoveryMinutes = 2;
    // "" for the system's (language::codes()); applied at the next start.
    QString language;
    Theme theme = Theme::System;
    // The map, its legends and diagram exports on dark paper
    // (render::PrintColors::Dark); the board report stays light.
    bool darkMap = false;

    static Preferences load();
    void save() const;
    bool operator==(const Preferences &) const = default;
};

// The settings' names for a theme: "system", "light", "dark".
QString themeName(Theme theme);
std::optional<Theme> themeFromName(const QString &name);

// Light and Dark are the Fusion style with its own light palette or a dark
// one; System is the style and palette the platform gave the application
// when it started (Qt 6.4 has no colour-scheme API to follow). The canvas,
// its legend and every export keep their light print colours unless
// Preferences::darkMap.
void applyTheme(Theme theme);

// Everything but the language (which needs a restart) into `window` and the
// application: theme, the map's colours, units, layout engine, the baseline's trials and
// seed, new scenarios' trials and seed, the recovery interval.
void applyPreferences(const Preferences &preferences, MainWindow *window);

} // namespace wl
