#include "preferences.h"

#include "analysispanels.h"
#include "docks/scenariodock.h"
#include "editor/diagramview.h"
#include "editor/layoutcontroller.h"
#include "language.h"
#include "mainwindow.h"
#include "overlay/overlaycontroller.h"
#include "recovery/recovery.h"

#include "render/diagram.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <chrono>

namespace wl {

namespace {

const QString kEngineKey = QStringLiteral("layout/engine");
const QString kTrialsKey = QStringLiteral("simulation/trials");
const QString kRngSeedKey = QStringLiteral("simulation/rngSeed");
const QString kDurationUnitKey = QStringLiteral("display/durationUnit");
const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kDarkMapKey = QStringLiteral("appearance/darkMap");
const QString kAutomatic = QStringLiteral("automatic");
const QString kHours = QStringLiteral("hours");
const QString kDays = QStringLiteral("days");

// What the platform gave the application before any theme was applied.
struct PlatformLook {
    QString style;
    QPalette palette;
};

const PlatformLook &platformLook()
{
    static const PlatformLook look { QApplication::style()->name(), QApplication::palette() };
    return look;
}

QPalette darkPalette()
{
    const QColor window(0x2D, 0x2F, 0x33);
    const QColor base(0x1F, 0x21, 0x24);
    const QColor text(0xE6, 0xE8, 0xEB);
    const QColor disabled(0x80, 0x84, 0x8A);
    const QColor highlight(0x3D, 0x8E, 0xD8);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x2A, 0x2E));
    p.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3D, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4E));
    p.setColor(QPalette::Midlight, QColor(0x3A, 0x3D, 0x42));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2A));
    p.setColor(QPalette::Dark, QColor(0x1A, 0x1B, 0x1E));
    p.setColor(QPalette::Shadow, QColor(0x0D, 0x0E, 0x10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xF5));
    p.setColor(QPalette::LinkVisited, QColor(0xB3, 0x9D, 0xDB));
    for (const QPalette::ColorRole role :
        { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4A, 0x4D, 0x52));
    return p;
}

} // namespace

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::System: return QStringLiteral("system");
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    }
    return {};
}

std::optional<Theme> themeFromName(const QString &name)
{
    for (const Theme t : { Theme::System, Theme::Light, Theme::Dark })
        if (themeName(t) == name)
            return t;
    return std::nullopt;
}

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences p;
    p.layoutEngine = layout::engineFromName(settings.value(kEngineKey).toString());
    const int trials = settings.value(kTrialsKey, p.trials).toInt();
    if (trials > 0)
        p.trials = trials;
    if (const auto seed
        = format::parseRngSeed(settings.value(kRngSeedKey, format::rngSeed(p.rngSeed)).toString()))
        p.rngSeed = *seed;
    if (settings.value(kDurationUnitKey).toString() == kDays)
        p.durationUnit = format::DurationUnit::Days;
    p.recoveryMinutes
        = std::max(0, settings.value(Recovery::intervalKey(), p.recoveryMinutes).toInt());
    p.language = language::saved();
    p.theme = themeFromName(settings.value(kThemeKey).toString()).value_or(Theme::System);
    p.darkMap = settings.value(kDarkMapKey, false).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(kEngineKey, layoutEngine ? layout::engineName(*layoutEngine) : kAutomatic);
    settings.setValue(kTrialsKey, trials);
    settings.setValue(kRngSeedKey, format::rngSeed(rngSeed));
    settings.setValue(
        kDurationUnitKey, durationUnit == format::DurationUnit::Days ? kDays : kHours);
    settings.setValue(Recovery::intervalKey(), recoveryMinutes);
    settings.setValue(kThemeKey, themeName(theme));
    settings.setValue(kDarkMapKey, darkMap);
    language::setSaved(language);
}

void applyTheme(Theme theme)
{
    const PlatformLook &platform = platformLook();
    const QString style = theme == Theme::System ? platform.style : QStringLiteral("Fusion");
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(style));
    switch (theme) {
    case Theme::System: QApplication::setPalette(platform.palette); break;
    case Theme::Light: QApplication::setPalette(QApplication::style()->standardPalette()); break;
    case Theme::Dark: QApplication::setPalette(darkPalette()); break;
    }
}

void applyPreferences(const Preferences &preferences, MainWindow *window)
{
    applyTheme(preferences.theme);
    const render::PrintColors colors
        = preferences.darkMap ? render::PrintColors::Dark : render::PrintColors::Light;
    if (render::printColors() != colors) {
        render::setPrintColors(colors);
        for (QWidget *widget : QApplication::allWidgets())
            if (auto *view = qobject_cast<DiagramView *>(widget))
                view->refreshColors();
    }
    format::setDurationUnit(preferences.durationUnit);
    window->layoutController()->setEngineChoice(preferences.layoutEngine);
    OverlayController *overlay = window->analysis()->overlay();
    if (overlay->annualTrials() != preferences.trials || overlay->rngSeed() != preferences.rngSeed)
        overlay->setBaselineTrials(
            preferences.trials, overlay->blastRadiusTrials(), preferences.rngSeed);
    window->scenarioDock()->setNewScenarioDefaults(preferences.trials, preferences.rngSeed);
    if (Recovery *recovery = window->recovery())
        recovery->setInterval(std::chrono::minutes(preferences.recoveryMinutes));
    // Tables show durations in the new unit at once.
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>())
        view->viewport()->update();
}

} // namespace wl
