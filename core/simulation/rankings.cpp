#include "rankings.h"

#include "model/tiers.h"
#include "simulation/parallel.h"
#include "simulation/propagator.h"

#include <algorithm>

namespace wl::sim {

namespace {

// Summed records of the assets the trial just run exposed, in the fixed
// order forEachExposedAsset visits them.
double exposedRecords(const detail::Propagator &p, detail::Propagator::Workspace &ws)
{
    double sum = 0.0;
    p.forEachExposedAsset(ws, [&](int a, int) { sum += double(p.compiled().assetRecords[a]); });
    return sum;
}

// A node's trials can take seconds on a large model: a cancel is honoured
// between trials too, not only between nodes. The sums of a node cut short
// are never reported (the ranking returns nullopt).
bool cancelled(const RunOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

std::vector<detail::Propagator::Workspace> workspaces(const CompiledModel &c, int threads)
{
    std::vector<detail::Propagator::Workspace> ws;
    for (int i = 0; i < threads; ++i)
        ws.emplace_back(c);
    return ws;
}

} // namespace

std::optional<BlastRadius> blastRadius(
    const CompiledModel &c, int trials, std::uint64_t rngSeed, const RunOptions &options)
{
    const std::vector<double> noSever(c.nodeCount, detail::kInfinity);
    const detail::Propagator propagator(c, {}, false, noSever, detail::kInfinity, rngSeed);
    const int threads = detail::threadCount(options.threads);
    auto ws = workspaces(c, threads);
    BlastRadius r;
    r.expectedOtherCompromised.assign(c.nodeCount, 0.0);
    r.expectedExposedRecords.assign(c.nodeCount, 0.0);

    // One node per block: each node's trials run in order on one thread, so
    // its sums do not depend on the thread count.
    const bool finished = detail::forEachBlock(
        c.nodeCount, threads, options,
        [&](int worker, std::int64_t first, std::int64_t last) {
            std::vector<detail::Seed> seed(1);
            for (std::int64_t v = first; v < last; ++v) {
                seed[0] = { int(v), 0.0 };
                std::int64_t others = 0;
                double records = 0.0;
                for (int t = 0; t < trials && !cancelled(options); ++t) {
                    propagator.runTrial(ws[worker], std::uint64_t(t), -1, &seed);
                    others += std::int64_t(ws[worker].settled.size()) - 1;
                    records += exposedRecords(propagator, ws[worker]);
                }
                r.expectedOtherCompromised[v] = double(others) / double(trials);
                r.expectedExposedRecords[v] = records / double(trials);
            }
        },
        [](int, std::int64_t) {}, 1);
    if (!finished)
        return std::nullopt;
    return r;
}

std::optional<std::vector<double>> hardeningGain(
    const CompiledModel &c, int trials, std::uint64_t rngSeed, const RunOptions &options)
{
    const std::vector<double> noSever(c.nodeCount, detail::kInfinity);
    const detail::Propagator propagator(c, {}, true, noSever, detail::kInfinity, rngSeed);
    const int threads = detail::threadCount(options.threads);
    auto ws = workspaces(c, threads);

    // Baseline: exposed records per trial, and which nodes fell in it.
    std::vector<double> baseline(trials, 0.0);
    std::vector<std::vector<int>> fell(trials);
    RunOptions quiet = options;
    quiet.progress = nullptr;
    if (!detail::forEachBlock(
            trials, threads, quiet,
            [&](int worker, std::int64_t first, std::int64_t last) {
                for (std::int64_t t = first; t < last; ++t) {
                    propagator.runTrial(ws[worker], std::uint64_t(t));
                    for (const auto &s : ws[worker].settled)
                        fell[t].push_back(s.node);
                    baseline[t] = exposedRecords(propagator, ws[worker]);
                }
            },
            [](int, std::int64_t) {}))
        return std::nullopt;

    // For each node, the baseline trials it fell in, in trial order.
    std::vector<std::vector<int>> trialsOf(c.nodeCount);
    for (int t = 0; t < trials; ++t)
        for (int v : fell[t])
            trialsOf[v].push_back(t);
    fell = {};

    std::vector<double> gain(c.nodeCount, 0.0);
    if (!detail::forEachBlock(
            c.nodeCount, threads, options,
            [&](int worker, std::int64_t first, std::int64_t last) {
                for (std::int64_t v = first; v < last; ++v) {
                    double saved = 0.0;
                    for (int t : trialsOf[v]) {
                        if (cancelled(options))
                            return;
                        propagator.runTrial(ws[worker], std::uint64_t(t), int(v));
                        saved += baseline[t] - exposedRecords(propagator, ws[worker]);
                    }
                    gain[v] = saved / double(trials);
                }
            },
            [](int, std::int64_t) {}, 1))
        return std::nullopt;
    return gain;
}

std::vector<ConcentrationEntry> concentration(const Model &model, const BlastRadius &blast)
{
    const QVector<int> tiers = computeTiers(model);
    const QVector<int> dependents = tierOneDependents(model, tiers);
    std::vector<ConcentrationEntry> out;
    for (int v = 0; v < int(model.nodes().size()); ++v)
        if (tiers[v] >= 1)
            out.push_back({ v, dependents[v], blast.expectedExposedRecords[size_t(v)] });
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        if (a.dependents != b.dependents)
            return a.dependents > b.dependents;
        return a.expectedExposedRecords > b.expectedExposedRecords;
    });
    return out;
}

} // namespace wl::sim
