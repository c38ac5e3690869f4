#include "analysispanels.h"

#include "charts/chartspanel.h"
#include "docks/pathsview.h"
#include "docks/weaklinksdock.h"
#include "dockwidget.h"
#include "editor/diagramscene.h"
#include "jobs/rankingrunner.h"
#include "overlay/overlaybar.h"
#include "overlay/overlaycontroller.h"
#include "overlay/overlaylegend.h"
#include "selection.h"
#include "tabletop/tabletopoverlay.h"
#include "tabletop/tabletoppanel.h"
#include "tabletop/tabletopsession.h"

#include "model/document.h"
#include "render/heatmap.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QToolBar>

namespace wl {

namespace {

// The user's choice of scale, kept across sessions (it is how they like to
// look, not part of the document).
const QString kScaleKey = QStringLiteral("overlay/scale");

} // namespace

AnalysisPanels::AnalysisPanels(SimulationContext *simulation, Selection *selection,
    DiagramScene *scene, DiagramView *view, QMainWindow *window)
    : QObject(window)
    , m_document(simulation->document())
    , m_selection(selection)
    , m_scenarioRunner(new ScenarioRunner(simulation, this))
    , m_rankingRunner(new RankingRunner(simulation, this))
    , m_whatIfRunner(new WhatIfRunner(simulation, this))
    , m_overlay(new OverlayController(simulation, scene, this))
    , m_toolBar(new QToolBar(tr("Overlay"), window))
    , m_legend(new OverlayLegendWidget(view))
    , m_legendAction(new QAction(tr("Heatmap &Legend"), this))
    , m_paths(new PathsView(window))
    , m_pathsDock(makeDock(tr("Why Affected?"), QStringLiteral("pathsDock"), m_paths, window))
    , m_charts(new charts::ChartsPanel(window))
    , m_chartsDock(makeDock(tr("Charts"), QStringLiteral("chartsDock"), m_charts, window))
    , m_weakLinks(new WeakLinksDock(simulation, m_rankingRunner, m_whatIfRunner, window))
    , m_session(new tabletop::TabletopSession(simulation, this))
    , m_tabletopPanel(new tabletop::TabletopPanel(m_session, window))
    , m_tabletopDock(makeDock(
          tr("Tabletop Exercise"), QStringLiteral("tabletopDock"), m_tabletopPanel, window))
{
    m_overlay->setScale(render::scaleKindFromName(QSettings().value(kScaleKey).toString())
                            .value_or(render::ScaleKind::Linear));
    connect(m_overlay, &OverlayController::scaleChanged, this, [this](render::ScaleKind scale) {
        QSettings().setValue(kScaleKey, render::scaleKindName(scale));
        showTabletopFrame();
    });
    m_toolBar->setObjectName(QStringLiteral("overlayToolBar"));
    m_toolBar->addWidget(new OverlayBar(m_overlay, m_toolBar));
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    connect(m_legendAction, &QAction::toggled, m_legend, &OverlayLegendWidget::setWanted);
    m_tabletopPanel->setDiagramScene(scene);

    connect(m_scenarioRunner, &ScenarioRunner::finished, this, &AnalysisPanels::onRunFinished);
    connect(m_selection, &Selection::changed, this, &AnalysisPanels::onSelectionChanged);
    connect(m_paths, &PathsView::highlightRequested, scene, &DiagramScene::setPathHighlight);
    connect(m_weakLinks, &WeakLinksDock::nodeActivated, this, [this](const QString &id) {
        m_selection->set({ { ElementType::Node, id } });
    });
    connect(
        m_tabletopPanel, &tabletop::TabletopPanel::message, this, &AnalysisPanels::statusMessage);

    // The exercise computes only while its dock is shown, and then owns the
    // canvas.
    connect(m_tabletopDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_session->setActive(visible);
        showTabletopFrame();
    });
    connect(m_session, &tabletop::TabletopSession::frameChanged, this,
        &AnalysisPanels::showTabletopFrame);
    connect(m_session, &tabletop::TabletopSession::staleChanged, this,
        &AnalysisPanels::showTabletopFrame);
}

AnalysisPanels::~AnalysisPanels() = default;

void AnalysisPanels::onRunFinished(const ScenarioRunner::Report &report)
{
    if (!report.result)
        return;
    // Not stored: the model or the scenario changed while it ran.
    m_overlay->setScenarioResult(
        report.scenarioName, report.result, report.model, !report.stored, report.compiled);
    m_paths->setResult(report.result, report.model, report.compiled);
    m_charts->setResult(report.result, report.model);
    m_weakLinks->setScenario(report.scenarioName, report.scenario);
}

void AnalysisPanels::onSelectionChanged()
{
    const QStringList nodes = m_selection->ids(ElementType::Node);
    const QString single = nodes.size() == 1 ? nodes.first() : QString();
    m_paths->setNode(single);
    m_weakLinks->setCurrentNode(single);
    m_charts->setSelectedNodes(nodes);
}

void AnalysisPanels::showTabletopFrame()
{
    if (!m_tabletopDock->isVisible() || !m_session->projection()) {
        if (m_overlay->hasOverride())
            m_overlay->setOverride(std::nullopt);
        return;
    }
    m_overlay->setOverride(tabletop::frameOverlay(*m_session, m_overlay->scale()));
}

} // namespace wl
