// The live side of a tabletop exercise: runs the exercise's seeded scenario
// (exercise::scenario) once, off the GUI thread, with the exercise timeline
// as the engine's time grid, and holds the projection and the current time t
// the facilitator has scrolled to.
//
// The projection is recomputed by itself, on a worker thread, whenever what
// it depends on changes — the vendor, timeline, trials, seed or responses
// (through the undoable exercise commands, undo included) or the model
// proper — while the session is active. The clock (start date and time)
// only relabels it. A run in progress is cancelled by a newer request.
#pragma once

#include "analysis/projection.h"
#include "model/document.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace wl::tabletop {

// The projection is computed in core (analysis/projection.h).
using analysis::Projection;

class TabletopSession : public QObject {
    Q_OBJECT
public:
    explicit TabletopSession(Document *document, QObject *parent = nullptr);
    // Cancels a run and waits for it (the engine stops within one block).
    ~TabletopSession() override;

    Document *document() const { return m_document; }
    const ExerciseSettings &settings() const { return m_document->exercise().settings; }

    // Null before the first projection, and after the document was replaced.
    std::shared_ptr<const Projection> projection() const { return m_projection; }
    // The projection no longer matches the settings or the model (a new one
    // is on its way while active).
    bool isStale() const;
    bool isRunning() const { return m_job != nullptr; }
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

private:
    struct Job;

    void onDocumentChanged(const ChangeEvent &event);
    void onExerciseChanged(const ExerciseChange &change);
    void scheduleRun();
    void startRun();
    void onFinished();
    void setProblem(const QString &problem);
    void updateStale();
    // The settings that change the projection (all but the start).
    static ExerciseSettings projected(ExerciseSettings s);

    Document *m_document;
    bool m_active = true;
    QTimer m_runTimer; // coalesces bursts of changes into one run
    QFutureWatcher<std::shared_ptr<Projection>> m_watcher;
    std::shared_ptr<Job> m_job;
    bool m_rerun = false; // a request came in while a run was being cancelled
    std::shared_ptr<const Projection> m_projection;
    quint64 m_modelGeneration = 1; // +1 on every change of the model proper
    quint64 m_projectionGeneration = 0; // the generation m_projection was run on
    int m_timeIndex = 0;
    QString m_problem;
    bool m_lastStale = false;
    // nodeProbabilities(): document node -> projection node (-1: unknown),
    // for the model generation it was built for (0: none; reset with every
    // new projection).
    mutable std::vector<int> m_nodeMap;
    mutable quint64 m_nodeMapGeneration = 0;
};

} // namespace wl::tabletop
