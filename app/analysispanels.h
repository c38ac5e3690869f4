// The simulation's views beside the canvas: the heatmap overlay and its
// toolbar, "why is this node affected?", the charts, the weak links and the
// tabletop exercise. This class owns the runners behind them and the
// Scenario dock's, creates the views and connects them to each other, to
// the scenario runs, to the selection and to the canvas; the main window
// only places the docks and the toolbar.
//
// A finished scenario run feeds every view at once. While the tabletop dock
// is shown and has a projection, the canvas shows the exercise's frame (the
// probability of compromise by t) instead of the chosen metric.
#pragma once

#include "jobs/scenariorunner.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QToolBar;

namespace wl {

class DiagramScene;
class DiagramView;
class OverlayBar;
class OverlayController;
class OverlayLegendWidget;
class PathsView;
class RankingRunner;
class Selection;
class WeakLinksDock;
class WhatIfRunner;
namespace charts {
class ChartsPanel;
}
namespace tabletop {
class TabletopPanel;
class TabletopSession;
} // namespace tabletop

class AnalysisPanels : public QObject {
    Q_OBJECT
public:
    AnalysisPanels(SimulationContext *simulation, Selection *selection, DiagramScene *scene,
        DiagramView *view, QMainWindow *window);
    ~AnalysisPanels() override;

    // The scenario runs, for the Scenario dock, which starts them; this
    // shows their results everywhere else.
    ScenarioRunner *scenarioRunner() const { return m_scenarioRunner; }

    OverlayController *overlay() const { return m_overlay; }
    QToolBar *overlayToolBar() const { return m_toolBar; }
    OverlayLegendWidget *overlayLegend() const { return m_legend; }
    // View ▸ Heatmap Legend: shows or hides the legend over the canvas.
    QAction *legendAction() const { return m_legendAction; }
    PathsView *pathsView() const { return m_paths; }
    QDockWidget *pathsDock() const { return m_pathsDock; }
    charts::ChartsPanel *charts() const { return m_charts; }
    QDockWidget *chartsDock() const { return m_chartsDock; }
    WeakLinksDock *weakLinks() const { return m_weakLinks; }
    tabletop::TabletopSession *tabletop() const { return m_session; }
    tabletop::TabletopPanel *tabletopPanel() const { return m_tabletopPanel; }
    QDockWidget *tabletopDock() const { return m_tabletopDock; }

signals:
    void statusMessage(const QString &message);

private:
    void onRunFinished(const ScenarioRunner::Report &report);
    void onSelectionChanged();
    // Puts the tabletop frame on the canvas, or gives it back to the
    // overlay's metric.
    void showTabletopFrame();

    Document *m_document;
    Selection *m_selection;
    ScenarioRunner *m_scenarioRunner;
    RankingRunner *m_rankingRunner;
    WhatIfRunner *m_whatIfRunner;
    OverlayController *m_overlay;
    QToolBar *m_toolBar;
    OverlayLegendWidget *m_legend;
    QAction *m_legendAction;
    PathsView *m_paths;
    QDockWidget *m_pathsDock;
    charts::ChartsPanel *m_charts;
    QDockWidget *m_chartsDock;
    WeakLinksDock *m_weakLinks;
    tabletop::TabletopSession *m_session;
    tabletop::TabletopPanel *m_tabletopPanel;
    QDockWidget *m_tabletopDock;
};

} // namespace wl
