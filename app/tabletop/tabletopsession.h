// The live side of a tabletop exercise: runs the exercise's seeded scenario
// (exercise::scenario) once, as a simulation BackgroundJob on the document's
// snapshot, with the exercise timeline as the engine's time grid, and holds
// the projection and the current time t the facilitator has scrolled to.
//
// Beside the projection it keeps the exercise's notification clocks
// (core/obligations/exerciseclocks.h): computed with the shipped rules when
// asked, after any change of the model or the exercise, and announced by
// clocksChanged() once per burst of changes (while active; on activation
// otherwise).
//
// The projection is recomputed by itself, on a worker thread, whenever what
// it depends on changes — the vendor, timeline, trials, seed or responses
// (through the undoable exercise commands, undo included) or the model
// proper — while the session is active. The clock (start date and time)
// only relabels it. A run in progress is superseded by a newer request.
#pragma once

#include "analysis/projection.h"
#include "jobs/backgroundjob.h"
#include "jobs/simulationsnapshot.h"
#include "model/document.h"
#include "obligations/exerciseclocks.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace wl::tabletop {

// The projection is computed in core (analysis/projection.h).
using analysis::Projection;

class TabletopSession : public QObject {
    Q_OBJECT
public:
    explicit TabletopSession(SimulationContext *simulation, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    const ExerciseSettings &settings() const { return m_document->exercise().settings; }

    // Null before the first projection, and after the document was replaced.
    std::shared_ptr<const Projection> projection() const { return m_projection; }
    // The projection no longer matches the settings or the model (a new one
    // is on its way while active).
    bool isStale() const;
    // A run is queued (behind another simulation) or going on.
    bool isRunning() const { return m_job.isRunning(); }
    // Why the exercise cannot be projected (no vendor, an unknown node, a bad
    // setting) or why the last run failed; empty otherwise.
    QString problem() const { return m_problem; }

    // While inactive (e.g. the panel is hidden) nothing is computed; on
    // activation a stale projection is recomputed. Active by default.
    bool isActive() const { return m_active; }
    void setActive(bool active);

    // ---- the timeline ----
    // The index of t in projection()->timeline(); 0 without a projection.
    int timeIndex() const { return m_timeIndex; }
    // t in hours (0 without a projection).
    double currentHours() const;
    // The exercise clock at t ("Mon 2025-11-24 21:00", or "+36 h").
    QString clockText() const;
    void setTimeIndex(int index);
    // Moves to the largest timeline point at or before `hours`.
    void setCurrentHours(double hours);
    void stepForward();
    void stepBack();

    // For the canvas: per node of the document's current model, in model
    // order, its probability of being compromised by t; none for a node the
    // projection does not know (added since), or for every node without a
    // projection.
    std::vector<std::optional<double>> nodeProbabilities() const;

    // ---- the notification clocks ----
    // The obligations after the exercise's breach with the decision log's
    // notifications; computed now if something changed since the last call.
    const obligations::ExerciseClocks &clocks() const;

public slots:
    // Starts a projection for the current settings now (cancelling one in
    // progress), whether or not anything changed.
    void run();
    void cancel();

signals:
    void runStarted();
    void progress(qint64 done, qint64 total);
    // A new projection (or none): tables reset, the timeline has new points.
    void projectionChanged();
    void staleChanged(bool stale);
    // problem() changed.
    void problemChanged(const QString &problem);
    // What the canvas and the tables show at t changed: t moved, a new
    // projection, the clock was changed.
    void frameChanged();
    // The run ended (finished, failed or cancelled).
    void runFinished();
    // clocks() would give something new (the model or the exercise changed).
    void clocksChanged();

private:
    // What a run hands back: a projection, or why there is none.
    struct Output {
        std::shared_ptr<Projection> projection;
        QString error;
    };

    static Output work(const SimulationSnapshot &snapshot, const ExerciseSettings &settings,
        const JobContext &context);
    void onDocumentChanged(const ChangeEvent &event);
    void onExerciseChanged(const ExerciseChange &change);
    void scheduleRun();
    void startRun();
    void invalidateClocks();
    void onFinished(quint64 revision, std::optional<Output> out);
    void setProblem(const QString &problem);
    void updateStale();
    // The settings that change the projection (all but the start).
    static ExerciseSettings projected(ExerciseSettings s);

    SimulationContext *m_simulation;
    Document *m_document;
    bool m_active = true;
    QTimer m_runTimer; // coalesces bursts of changes into one run
    std::shared_ptr<const Projection> m_projection;
    quint64 m_projectionRevision = 0; // the simulation revision m_projection was run on
    int m_timeIndex = 0;
    QString m_problem;
    bool m_lastStale = false;
    // nodeProbabilities(): document node -> projection node (-1: unknown),
    // for the simulation revision it was built for (none: reset with every
    // new projection).
    mutable std::vector<int> m_nodeMap;
    mutable std::optional<quint64> m_nodeMapRevision;
    BackgroundJob<Output> m_job;
    mutable std::optional<obligations::ExerciseClocks> m_clocks;
    // Announces clocksChanged() once per burst of changes.
    QTimer m_clocksTimer;
    bool m_clocksPending = false; // changed while inactive
};

} // namespace wl::tabletop
