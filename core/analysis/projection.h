// The projection of a tabletop exercise (docs/TABLETOP.md): the exercise's
// seeded scenario run with the exercise timeline as the engine's time grid,
// and what the tables, the canvas and the after-action record read from it.
// Computing one is plain work on a model snapshot; where it runs (a worker
// thread, a test, a command) is the caller's business.
#pragma once

#include "analysis/chartdata.h"
#include "model/exercise.h"
#include "model/model.h"
#include "simulation/compiledmodel.h"
#include "simulation/engine.h"

#include <memory>
#include <optional>
#include <vector>

namespace wl::analysis {

// A node of a projection's model and its probability of compromise by t.
struct NodeChance {
    int node = 0;
    double p = 0.0;
};

// One computed projection: what it was run on and what came out. Immutable
// once made; shared by the session, its tables and the exports.
struct Projection {
    ExerciseSettings settings; // as run (the clock may have changed since)
    std::shared_ptr<const Model> model; // the snapshot it was run on
    sim::SimResult result; // with result.timeGrid = exercise::timeline(settings)
    // Per node of `model`: the first timeline index with a probability of
    // compromise above 0, or -1 if none within the exercise.
    std::vector<int> firstReached;

    const std::vector<double> &timeline() const { return result.timeGrid; }
    int nodeCount() const { return int(model->nodes().size()); }
    int assetCount() const { return int(model->data().size()); }
    // Probability that node v (asset a) of `model` is compromised (exposed)
    // by timeline()[k].
    double pNode(int v, int k) const { return result.pCompromisedBy(v, k); }
    double pAsset(int a, int k) const { return result.pExposedBy(a, k); }
    // Σ over nodes of pNode: the expected number of compromised nodes by
    // timeline()[k], the vendor included.
    double expectedNodes(int k) const;
    // Σ over assets of pAsset × records: the expected records exposed by
    // timeline()[k] (an asset counts once however many holders fell).
    double expectedRecords(int k) const;
    // The largest timeline index whose time is at most `hours` (0 if none).
    int indexAtOrBefore(double hours) const;
    // Who is next: the nodes most likely compromised by timeline()[k] that
    // are not certainly compromised yet (0 < p < 1, so never the seeds),
    // most likely first, model order among equals; at most `count`.
    std::vector<NodeChance> likeliestNext(int k, int count) const;
    // expectedRecords(k) per data category, categories without any left
    // out; largest first, equal ones in the order of first appearance among
    // the assets.
    QVector<CategoryRecords> expectedRecordsByCategory(int k) const;
};

// Per node of a result with a time grid: the first grid index at which it
// was compromised in some trial, or -1 if it never was.
std::vector<int> firstReached(const sim::SimResult &result, int nodeCount);

// Runs exercise::scenario(settings) on `model` (compiled as `compiled`)
// over exercise::timeline(settings). `options` go to the engine as given
// (threads, progress, cancel) but for the time grid, which is the timeline.
// Nullopt and *error (empty if cancelled) when the run does not complete.
std::optional<Projection> project(const ExerciseSettings &settings,
    std::shared_ptr<const Model> model, const sim::CompiledModel &compiled, sim::RunOptions options,
    QString *error = nullptr);

} // namespace wl::analysis
