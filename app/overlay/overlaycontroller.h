// What the heatmap overlay shows on the canvas (docs/OVERLAYS.md): the
// chosen metric (or none), where its values come from, and whether edges
// are drawn by flow. It puts the result on the DiagramScene
// (DiagramScene::setOverlay), whose items and exports draw it.
//
// Sources: the document's annual baseline, which this controller computes
// itself as a simulation BackgroundJob on the document's snapshot, or a
// scenario result handed in by whoever ran it (setScenarioResult). When the
// model changes, the values shown are marked stale at once; the baseline is
// recomputed a moment after the last change (debounced), a newer change
// cancelling the run of an older one, and the fresh values replace the
// stale ones when they arrive.
// blast-radius ignores the scenario (FORMAT.md §2): it always comes from the
// baseline's blast-radius ranking, computed only when it is asked for.
#pragma once

#include "jobs/backgroundjob.h"

#include "render/heatmap.h"
#include "simulation/metrics.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace wl {

class Document;
class DiagramScene;
class SimulationContext;
class SimulationSnapshot;
struct ChangeEvent;

class OverlayController : public QObject {
    Q_OBJECT
public:
    enum class Source { Baseline, Scenario };

    OverlayController(
        SimulationContext *simulation, DiagramScene *scene, QObject *parent = nullptr);

    std::optional<sim::Metric> metric() const { return m_metric; }
    // None turns the heatmap off.
    void setMetric(std::optional<sim::Metric> metric);
    bool flows() const { return m_flows; }
    // Flows and contracts both colour the edges: turning one on turns the
    // other off.
    void setFlows(bool on);
    // The contract overlay: every edge coloured by its contract's first gap
    // (obligations::contractGaps against today's date), green where its
    // contract has none, thin grey where it has no contract. Computed from
    // the document as it is, on every change.
    bool contracts() const { return m_contracts; }
    void setContracts(bool on);
    // Linear (the default) or log; the seeds of a scenario are drawn
    // breached, off the scale, whichever it is.
    render::ScaleKind scale() const { return m_scale; }
    void setScale(render::ScaleKind scale);

    Source source() const { return m_source; }
    // Scenario needs a scenario result; without one the baseline is shown.
    void setSource(Source source);
    // A scenario's result and the model it was computed on. `stale`: the
    // caller already knows it no longer describes the document; it also
    // becomes stale when the model changes after this call. Makes the
    // scenario the source.
    // `compiled`, if given, is `snapshot` compiled (saves compiling it again).
    void setScenarioResult(const QString &name, std::shared_ptr<const sim::SimResult> result,
        std::shared_ptr<const Model> snapshot, bool stale,
        std::shared_ptr<const sim::CompiledModel> compiled = nullptr);
    void clearScenarioResult();
    bool hasScenarioResult() const { return m_scenario.result != nullptr; }
    QString scenarioName() const { return m_scenario.name; }

    // Trials of the annual baseline (default 10,000) and per node of the
    // blast-radius ranking (2,000, as `rank`), and the rng seed of both
    // (default 1; Preferences). Changing them recomputes what is shown.
    void setBaselineTrials(int annualTrials, int blastRadiusTrials, quint64 rngSeed = 1);
    int annualTrials() const { return m_annualTrials; }
    int blastRadiusTrials() const { return m_blastTrials; }
    quint64 rngSeed() const { return m_rngSeed; }
    // How long after the last model change the baseline is recomputed.
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // A model of at least `nodes` nodes gets a first annual baseline of
    // `trials` trials (default: 20,000 nodes, 1,000 trials; about a second
    // at 100,000 nodes), shown as computing until the full run replaces it.
    void setQuickFirstRun(qsizetype nodes, int trials)
    {
        m_quickNodes = nodes;
        m_quickTrials = trials;
    }

    // What is on the canvas: off when neither a metric nor flows are chosen.
    bool isOn() const { return m_metric || m_flows; }
    // The values shown were computed on an earlier model (or are not there
    // yet).
    bool isStale() const;
    // A baseline run is queued or going on.
    bool isComputing() const { return m_job.isRunning(); }
    // The value shown for a node, if it has one.
    std::optional<double> value(const QString &nodeId) const;

    // Stops the baseline computation (it starts again at the next change).
    void cancel();

    // An overlay shown instead of the chosen metric while set, e.g. the
    // tabletop exercise's frame at time t; nullopt gives the canvas back to
    // the metric.
    void setOverride(std::optional<render::Overlay> overlay);
    bool hasOverride() const { return m_override.has_value(); }
    const std::optional<render::Overlay> &overrideOverlay() const { return m_override; }

signals:
    // Metric, source, flows, values or staleness changed: the canvas shows
    // the new state.
    void changed();
    void computingChanged(bool computing);
    void scaleChanged(render::ScaleKind scale);
    void progress(qint64 done, qint64 total);
    void scenarioResultChanged();

private:
    struct Values {
        std::shared_ptr<const Model> model;
        std::shared_ptr<const sim::CompiledModel> compiled;
        std::shared_ptr<const sim::SimResult> result; // annual run, or the scenario's
        std::optional<sim::NodeValues> blastRadius;
        quint64 revision = 0; // the simulation revision they were computed on
    };
    // What a baseline run computes.
    struct Request {
        quint64 revision = 0;
        bool annual = false; // run the annual baseline
        bool blast = false; // run the blast-radius ranking
        int annualTrials = 0;
        int blastTrials = 0;
        quint64 rngSeed = 1;
    };
    struct Output {
        std::shared_ptr<const sim::SimResult> annual;
        std::optional<sim::NodeValues> blast;
        bool cancelled = false;
    };

    void onDocumentChanged(const ChangeEvent &event);
    // Starts what the current choice needs and the baseline lacks.
    void computeIfNeeded();
    void startJob(bool annual, bool blast);
    void onJobFinished(const Request &request,
        const std::shared_ptr<const SimulationSnapshot> &snapshot, std::optional<Output> out);
    static Output work(
        const SimulationSnapshot &snapshot, const Request &request, const JobContext &context);
    bool baselineAnnualNeeded() const;
    bool baselineAnnualCurrent() const;
    bool blastCurrent() const;
    // Puts the current state on the scene.
    void refresh();
    // `overlay` with the contract overlay on it, when that is chosen.
    render::Overlay contractOverlay(render::Overlay overlay) const;

    SimulationContext *m_simulation;
    Document *m_document;
    DiagramScene *m_scene;
    std::optional<sim::Metric> m_metric;
    std::optional<render::Overlay> m_override;
    bool m_flows = false;
    bool m_contracts = false;
    render::ScaleKind m_scale = render::ScaleKind::Linear;
    Source m_source = Source::Baseline;
    int m_annualTrials = 10000;
    qsizetype m_quickNodes = 20000;
    int m_quickTrials = 1000;
    int m_blastTrials = sim::kDefaultBlastRadiusTrials;
    quint64 m_rngSeed = 1;

    Values m_baseline;
    struct Scenario {
        QString name;
        std::shared_ptr<const sim::SimResult> result;
        std::shared_ptr<const Model> model;
        std::shared_ptr<const sim::CompiledModel> compiled;
        bool stale = false;
        quint64 revision = 0; // the simulation revision it was handed in at
    } m_scenario;
    // The values last shown, by node id (for value()).
    QHash<QString, double> m_shown;
    // The flows of the run they were last worked out from: they do not
    // change with the metric, and hashing 250,000 edge ids took a tenth of
    // a second at each switch.
    struct Flows {
        std::shared_ptr<const sim::SimResult> run;
        QHash<QString, double> shares;
    } m_flowsOf;

    QTimer m_debounce;
    // What the run of m_job computes; none after a cancel.
    std::optional<Request> m_request;
    BackgroundJob<Output> m_job;
};

} // namespace wl
