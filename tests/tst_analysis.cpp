// The simulation views as the main window wires them: a scenario run feeds
// the overlay, the paths view, the charts and the weak links panel; the
// selection drives the node-specific views; the tabletop exercise takes the
// canvas while its dock is shown.
#include "analysispanels.h"
#include "charts/chartspanel.h"
#include "docks/pathsview.h"
#include "docks/scenariodock.h"
#include "docks/weaklinksdock.h"
#include "documentcontroller.h"
#include "editor/diagramscene.h"
#include "mainwindow.h"
#include "overlay/overlaycontroller.h"
#include "overlay/overlaylegend.h"
#include "selection.h"
#include "settingswriter.h"
#include "tabletop/tabletopsession.h"
#include "widgetharness.h"

#include "commands/exercisecommands.h"
#include "model/document.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace wl;

class TestAnalysis : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void runFeedsEveryView();
    void tabletopOwnsCanvasWhileShown();
    void overlayBarShowsWhatTheCanvasShows();
    void legendCanBeHidden();
    void scaleChoiceIsRemembered();
};

namespace {

const QString kVendor = QStringLiteral("northwind");

struct Harness {
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();

    Harness()
    {
        window->documentController()->prompts().error
            = [](const QString &, const QString &, const QString &reason) {
                  qWarning("unexpected error: %s", qPrintable(reason));
              };
        window->resize(1400, 900);
        test::testItemModels(window.get());
        window->show();
    }
    Document *doc() const { return window->document(); }
    AnalysisPanels *analysis() const { return window->analysis(); }

    // Sets up an exercise on kVendor, shows its dock and waits for the
    // projection, then scrubs to 24 h.
    bool startExercise() const
    {
        ExerciseSettings s;
        s.vendor = kVendor;
        s.lengthHours = 72;
        s.trials = 2000;
        QString error;
        auto command = commands::setExerciseSettings(doc(), s, QStringLiteral("Set up"), &error);
        if (!command) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        doc()->undoStack()->push(command.release());
        QDockWidget *dock = analysis()->tabletopDock();
        dock->show();
        dock->raise();
        tabletop::TabletopSession *session = analysis()->tabletop();
        if (!QTest::qWaitFor(
                [session] { return session->projection() != nullptr && !session->isStale(); },
                30000))
            return false;
        session->setCurrentHours(24);
        return true;
    }
};

bool breachedOnCanvas(const Harness &h, const QString &id)
{
    for (const render::NodeVisual &n : h.window->diagramScene()->diagram().nodes)
        if (n.id == id)
            return n.heat.breached && n.heat.color == render::breachedColor();
    return false;
}

} // namespace

void TestAnalysis::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    settings::waitForWrites();
    QSettings().clear();
}

void TestAnalysis::runFeedsEveryView()
{
    Harness h;
    QVERIFY(h.window->documentController()->openExample());
    h.window->selection()->set({ { ElementType::Node, kVendor } });
    QSignalSpy finished(h.window->scenarioDock()->runner(), &ScenarioRunner::finished);
    h.window->scenarioDock()->breachSelectedNode();
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<ScenarioRunner::Report>();
    QVERIFY(report.result);
    const QString scenario = QStringLiteral("Breach of %1").arg(kVendor);
    QCOMPARE(report.scenarioName, scenario);

    // Every view got the run.
    QVERIFY(h.analysis()->overlay()->hasScenarioResult());
    QCOMPARE(h.analysis()->overlay()->scenarioName(), scenario);
    QCOMPARE(h.analysis()->weakLinks()->scenarioName(), scenario);

    // The node the breach reaches most often, after the vendor itself.
    const Model &m = *report.model;
    int reached = -1;
    for (int v = 0; v < m.nodes().size(); ++v)
        if (m.nodes()[v].id != kVendor
            && (reached < 0 || report.result->compromised[v] > report.result->compromised[reached]))
            reached = v;
    QVERIFY(reached >= 0 && report.result->compromised[reached] > 0);
    const QString target = m.nodes()[reached].id;

    // Selecting it explains it: with one seed, every path starts there.
    h.window->selection()->set({ { ElementType::Node, target } });
    PathsView *paths = h.analysis()->pathsView();
    QCOMPARE(paths->node(), target);
    QVERIFY(!paths->paths().isEmpty());
    for (const PathsView::PathEntry &p : paths->paths()) {
        QCOMPARE(p.nodeIds.first(), kVendor);
        QCOMPARE(p.nodeIds.last(), target);
    }
    // A path clicked in the view lights up on the canvas.
    QVERIFY(!h.window->diagramScene()->hasPathHighlight());
    paths->activatePath(0);
    QVERIFY(h.window->diagramScene()->hasPathHighlight());

    // The runner computed the time grid the charts' curves need; the curve
    // ends at the node's probability of compromise.
    charts::ChartsPanel *charts = h.analysis()->charts();
    QCOMPARE(charts->selectedNodes(), QStringList { target });
    QCOMPARE(charts->curveData().size(), 1);
    const analysis::CompromiseCurve &curve = charts->curveData().first();
    QVERIFY(curve.hours.size() > 10);
    QCOMPARE(curve.probability.last(), report.result->pCompromised(reached));
}

void TestAnalysis::tabletopOwnsCanvasWhileShown()
{
    Harness h;
    QVERIFY(h.window->documentController()->openExample());
    QVERIFY(h.startExercise());
    QDockWidget *dock = h.analysis()->tabletopDock();
    tabletop::TabletopSession *session = h.analysis()->tabletop();

    // The canvas shows the exercise: the vendor is certainly compromised
    // by t, and the legend names the clock.
    OverlayController *overlay = h.analysis()->overlay();
    QTRY_VERIFY(overlay->hasOverride());
    QCOMPARE(overlay->value(kVendor), std::optional<double>(1.0));
    const render::Overlay &shown = h.window->diagramScene()->overlay();
    QVERIFY(shown.heat);
    QVERIFY(shown.heat->title.contains(session->clockText()));
    QCOMPARE(shown.heat->low, 0.0);
    QCOMPARE(shown.heat->high, 1.0);
    // The breached vendor is drawn so, off the fixed scale.
    QCOMPARE(shown.breached, QSet<QString>({ kVendor }));
    QVERIFY(breachedOnCanvas(h, kVendor));

    // Hidden, the exercise gives the canvas back.
    dock->hide();
    QTRY_VERIFY(!overlay->hasOverride());
    QVERIFY(!h.window->diagramScene()->overlay().heat);
}

// Issue 11, item 3: with Blast radius and Flows chosen, the tabletop
// exercise takes the canvas; the toolbar then names what the canvas shows,
// and gives the choices back with the canvas.
void TestAnalysis::overlayBarShowsWhatTheCanvasShows()
{
    Harness h;
    QVERIFY(h.window->documentController()->openExample());
    auto *metric = h.window->findChild<QComboBox *>(QStringLiteral("overlayMetric"));
    auto *source = h.window->findChild<QComboBox *>(QStringLiteral("overlaySource"));
    auto *flows = h.window->findChild<QCheckBox *>(QStringLiteral("overlayFlows"));
    QVERIFY(metric && source && flows);
    metric->setCurrentIndex(metric->findText(QStringLiteral("Blast radius")));
    flows->setChecked(true);
    OverlayController *overlay = h.analysis()->overlay();
    QCOMPARE(overlay->metric(), std::optional(sim::Metric::BlastRadius));
    QVERIFY(overlay->flows());

    QVERIFY(h.startExercise());
    QDockWidget *dock = h.analysis()->tabletopDock();
    tabletop::TabletopSession *session = h.analysis()->tabletop();
    QTRY_VERIFY(overlay->hasOverride());

    const render::Overlay &shown = h.window->diagramScene()->overlay();
    QVERIFY(shown.heat);
    QCOMPARE(metric->currentText(), shown.heat->title);
    QVERIFY(metric->currentText().contains(session->clockText()));
    QVERIFY(!metric->isEnabled());
    QCOMPARE(source->currentText(), shown.source);
    QVERIFY(!shown.flows);
    QVERIFY(!flows->isChecked());
    QVERIFY(!flows->isEnabled());

    dock->hide();
    QTRY_VERIFY(!overlay->hasOverride());
    QCOMPARE(metric->currentText(), QStringLiteral("Blast radius"));
    QCOMPARE(metric->findData(-2), -1); // the exercise's entry is gone
    QVERIFY(metric->isEnabled());
    QVERIFY(flows->isChecked());
    QVERIFY(flows->isEnabled());
    QCOMPARE(overlay->metric(), std::optional(sim::Metric::BlastRadius));
}

void TestAnalysis::legendCanBeHidden()
{
    Harness h;
    QVERIFY(h.window->documentController()->openExample());
    OverlayController *overlay = h.analysis()->overlay();
    overlay->setMetric(sim::Metric::Likelihood);
    QWidget *legend = h.analysis()->overlayLegend();
    QTRY_VERIFY(legend->isVisible());
    QAction *action = h.analysis()->legendAction();
    QVERIFY(action->isChecked());
    action->trigger();
    QVERIFY(!legend->isVisible());
    // Still hidden when the overlay changes, and back when asked for.
    overlay->setMetric(sim::Metric::Risk);
    QVERIFY(!legend->isVisible());
    action->trigger();
    QVERIFY(legend->isVisible());
}

// Issue 11, item 14: the scale chosen in the overlay bar applies to the
// tabletop's frames too, and is the next window's, without touching the
// document.
void TestAnalysis::scaleChoiceIsRemembered()
{
    const QString key = QStringLiteral("overlay/scale");
    QVERIFY(!QSettings().contains(key));
    {
        Harness h;
        QVERIFY(h.window->documentController()->openExample());
        auto *metric = h.window->findChild<QComboBox *>(QStringLiteral("overlayMetric"));
        auto *scale = h.window->findChild<QComboBox *>(QStringLiteral("overlayScale"));
        QVERIFY(metric && scale);
        metric->setCurrentIndex(metric->findText(QStringLiteral("Likelihood")));
        QCOMPARE(scale->currentText(), QStringLiteral("Linear"));
        scale->setCurrentIndex(scale->findText(QStringLiteral("Log")));
        QCOMPARE(h.analysis()->overlay()->scale(), render::ScaleKind::Log);
        QCOMPARE(QSettings().value(key).toString(), QStringLiteral("log"));
        QVERIFY(!h.doc()->isModified());

        // The exercise's frames: a fixed log scale of 0.1 % to 100 %, the
        // vendor breached.
        QVERIFY(h.startExercise());
        OverlayController *overlay = h.analysis()->overlay();
        QTRY_VERIFY(overlay->hasOverride());
        const render::Overlay &shown = h.window->diagramScene()->overlay();
        QCOMPARE(shown.heat->kind, render::ScaleKind::Log);
        QCOMPARE(shown.heat->low, 0.001);
        QCOMPARE(shown.heat->high, 1.0);
        QVERIFY(breachedOnCanvas(h, kVendor));
        QVERIFY(scale->isEnabled());
    }
    Harness h;
    QCOMPARE(h.analysis()->overlay()->scale(), render::ScaleKind::Log);
    QCOMPARE(h.window->findChild<QComboBox *>(QStringLiteral("overlayScale"))->currentText(),
        QStringLiteral("Log"));
    QSettings().remove(key);
}

QTEST_MAIN(TestAnalysis)
#include "tst_analysis.moc"
