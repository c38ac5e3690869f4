#include "engine.h"

#include "simulation/parallel.h"
#include "simulation/propagator.h"

#include <QSet>

#include <cmath>
#include <mutex>

namespace wl::sim {

double SimResult::meanCompromisedCount() const
{
    double sum = 0.0;
    for (std::size_t k = 0; k < histogram.size(); ++k)
        sum += double(k) * double(histogram[k]);
    return sum / double(trials);
}

std::pair<double, double> wilson95(std::int64_t successes, std::int64_t trials)
{
    constexpr double z = 1.959963984540054;
    const double n = double(trials);
    const double p = double(successes) / n;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    return { std::max(0.0, centre - half), std::min(1.0, centre + half) };
}

QString checkScenario(const Model &model, const Scenario &s)
{
    if (s.trials <= 0)
        return QStringLiteral("trials must be a positive integer");
    if (s.mode == Mode::Annual && !s.seeds.isEmpty())
        return QStringLiteral("annual mode takes no seed nodes");
    if (s.mode == Mode::Seeded && s.seeds.isEmpty())
        return QStringLiteral("seeded mode needs at least one seed node");
    if (s.horizonHours && (!std::isfinite(*s.horizonHours) || *s.horizonHours < 0.0))
        return QStringLiteral("the horizon must be a finite number of hours, at least 0");
    const auto check = [&model](const QVector<TimedNode> &list, const char *what) -> QString {
        for (const TimedNode &n : list) {
            if (model.nodeIndex(n.node) < 0)
                return QStringLiteral("unknown node id \"%1\" in %2")
                    .arg(n.node, QLatin1String(what));
            if (!std::isfinite(n.atHours) || n.atHours < 0.0)
                return QStringLiteral("%1 time of \"%2\" must be finite and at least 0")
                    .arg(QLatin1String(what), n.node);
        }
        return {};
    };
    if (QString e = check(s.seeds, "seed"); !e.isEmpty())
        return e;
    return check(s.sever, "sever");
}

namespace {

// Figures that are integer counts add up exactly in any order, so each
// thread keeps its own and they are summed at the end. A thread's count is
// at most the number of trials, an int: 32 bits each, half the memory the
// hot loop touches.
struct Counts {
    using Count = std::int32_t;
    Counts(const CompiledModel &c, std::size_t gridSize)
        : compromised(c.nodeCount, 0)
        , exposed(c.assetCount(), 0)
        , travelled(c.arcCount(), 0)
        , histogram(c.nodeCount + 1, 0)
        , compromisedFirstBy(std::size_t(c.nodeCount) * gridSize, 0)
        , exposedFirstBy(std::size_t(c.assetCount()) * gridSize, 0)
    {
    }
    std::vector<Count> compromised;
    std::vector<Count> exposed;
    std::vector<Count> travelled;
    std::vector<Count> histogram;
    // [i * grid size + k]: trials in which node (asset) i was first
    // compromised (exposed) in (grid[k - 1], grid[k]]; summed up to k at the
    // end.
    std::vector<Count> compromisedFirstBy;
    std::vector<Count> exposedFirstBy;
};

// The threads' counts of one figure, added up.
std::vector<std::int64_t> total(
    const std::vector<Counts> &counts, std::vector<Counts::Count> Counts::*figure)
{
    std::vector<std::int64_t> sum((counts.front().*figure).size(), 0);
    for (const Counts &c : counts)
        for (std::size_t i = 0; i < sum.size(); ++i)
            sum[i] += (c.*figure)[i];
    return sum;
}

// Turns "first in (grid[k - 1], grid[k]]" counts into "by grid[k]" counts.
void accumulateRows(std::vector<std::int64_t> &counts, std::size_t gridSize)
{
    for (std::size_t row = 0; row + gridSize <= counts.size() && gridSize > 0; row += gridSize)
        for (std::size_t k = 1; k < gridSize; ++k)
            counts[row + k] += counts[row + k - 1];
}

} // namespace

RunOutcome run(
    const Model &model, const CompiledModel &c, const Scenario &scenario, const RunOptions &options)
{
    RunOutcome out;
    out.error = checkScenario(model, scenario);
    if (out.error.isEmpty()
        && (!std::is_sorted(options.timeGrid.begin(), options.timeGrid.end())
            || std::any_of(options.timeGrid.begin(), options.timeGrid.end(),
                [](double t) { return !std::isfinite(t); })))
        out.error = QStringLiteral("the time grid must be finite times in ascending order");
    if (!out.error.isEmpty())
        return out;

    Scenario s = scenario;
    s.seeds = mergeTimedNodes(s.seeds);
    s.sever = mergeTimedNodes(s.sever);
    std::vector<detail::Seed> seeds;
    for (const TimedNode &n : std::as_const(s.seeds))
        seeds.push_back({ model.nodeIndex(n.node), n.atHours });
    std::vector<double> sever(c.nodeCount, detail::kInfinity);
    for (const TimedNode &n : std::as_const(s.sever))
        sever[model.nodeIndex(n.node)] = n.atHours;
    const double horizon = s.horizonHours.value_or(detail::kInfinity);
    const detail::Propagator propagator(
        c, std::move(seeds), s.mode == Mode::Annual, sever, horizon, s.rngSeed);

    const int threads = detail::threadCount(options.threads);
    std::vector<Counts> counts;
    std::vector<detail::Propagator::Workspace> workspaces;
    const std::vector<double> &grid = options.timeGrid;
    const std::size_t gridSize = grid.size();
    // The grid index of the first grid time at or after t (gridSize: none).
    const auto gridBin = [&grid](double t) {
        return std::size_t(std::lower_bound(grid.begin(), grid.end(), t) - grid.begin());
    };
    const std::size_t zeroBin = gridBin(0.0);
    std::vector<std::int64_t> trialRecords(std::size_t(s.trials), 0);
    // Per thread: the settled nodes of the trial that hold assets.
    std::vector<std::vector<std::uint32_t>> holders(threads);
    for (int i = 0; i < threads; ++i) {
        counts.emplace_back(c, gridSize);
        workspaces.emplace_back(c);
        holders[i].resize(c.nodeCount);
    }
    // Times are summed per block of trials, and blocks in index order, so
    // the means do not depend on the thread count (SIMULATION.md §4).
    detail::OrderedSum timeSums(c.nodeCount);

    const bool finished = detail::forEachBlock(
        s.trials, threads, options,
        [&](int worker, std::int64_t first, std::int64_t last) {
            Counts &n = counts[worker];
            auto &ws = workspaces[worker];
            std::vector<double> &partial = timeSums.partial(worker);
            std::uint32_t *const holding = holders[worker].data();
            for (std::int64_t trial = first; trial < last; ++trial) {
                propagator.runTrial(ws, std::uint64_t(trial));
                // One pass over the settled nodes counts them and lists
                // those that hold assets (without a branch on whether a
                // node does, which is hard to predict), a second counts the
                // assets they expose: an asset's first holder in settling
                // order gives its exposure time.
                std::uint32_t held = 0;
                const auto count = [&](std::uint32_t i, int v) {
                    ++n.compromised[v];
                    holding[held] = i;
                    held += propagator.holdsAssets(v) ? 1 : 0;
                };
                // The annual breaches come first, all at time 0 with no
                // credit: they add nothing to the sums of times.
                const auto breached = std::uint32_t(ws.breached);
                for (std::uint32_t i = 0; i < breached; ++i) {
                    const int v = ws.settled[i].node;
                    count(i, v);
                    if (zeroBin < gridSize)
                        ++n.compromisedFirstBy[std::size_t(v) * gridSize + zeroBin];
                }
                const auto settledCount = std::uint32_t(ws.settled.size());
                for (std::uint32_t i = breached; i < settledCount; ++i) {
                    const auto &[v, credit, t] = ws.settled[i];
                    count(i, v);
                    partial[v] += t;
                    if (credit >= 0)
                        ++n.travelled[credit];
                    if (gridSize > 0) {
                        if (const std::size_t k = gridBin(t); k < gridSize)
                            ++n.compromisedFirstBy[std::size_t(v) * gridSize + k];
                    }
                }
                std::int64_t records = 0;
                propagator.startExposures(ws);
                for (std::uint32_t i = 0; i < held; ++i) {
                    const auto &settled = ws.settled[holding[i]];
                    const std::size_t k = gridSize > 0 ? gridBin(settled.time) : 0;
                    propagator.exposeHeld(ws, settled.node, [&](int a) {
                        ++n.exposed[a];
                        records += c.assetRecords[a];
                        if (k < gridSize)
                            ++n.exposedFirstBy[std::size_t(a) * gridSize + k];
                    });
                }
                ++n.histogram[ws.settled.size()];
                trialRecords[std::size_t(trial)] = records;
            }
        },
        [&](int worker, std::int64_t block) { timeSums.finishBlock(worker, block); });
    if (!finished) {
        out.cancelled = true;
        return out;
    }

    SimResult r;
    r.scenario = s;
    r.trials = s.trials;
    r.compromised = total(counts, &Counts::compromised);
    r.exposed = total(counts, &Counts::exposed);
    r.travelled = total(counts, &Counts::travelled);
    r.histogram = total(counts, &Counts::histogram);
    r.trialExposedRecords = std::move(trialRecords);
    if (gridSize > 0) {
        r.timeGrid = grid;
        r.compromisedBy = total(counts, &Counts::compromisedFirstBy);
        r.exposedBy = total(counts, &Counts::exposedFirstBy);
        accumulateRows(r.compromisedBy, gridSize);
        accumulateRows(r.exposedBy, gridSize);
    }
    const std::vector<double> &sums = timeSums.total();
    r.meanHours.resize(c.nodeCount);
    for (int v = 0; v < c.nodeCount; ++v)
        r.meanHours[v] = r.compromised[v] > 0 ? sums[v] / double(r.compromised[v]) : std::nan("");
    // Each asset counts once per trial, so the mean of the per-trial sums is
    // the sum over assets of records × exposure frequency: exact counts, one
    // fixed order.
    r.expectedExposedByCategory.assign(c.categories.size(), 0.0);
    for (int a = 0; a < c.assetCount(); ++a) {
        const double e = double(c.assetRecords[a]) * double(r.exposed[a]) / double(r.trials);
        r.expectedExposedByCategory[c.assetCategory[a]] += e;
        r.expectedExposedTotal += e;
    }
    out.result = std::move(r);
    return out;
}

ProgressParts::ProgressParts(const RunOptions &whole, std::vector<std::int64_t> weights)
    : m_whole(whole)
    , m_weights(std::move(weights))
{
    for (const std::int64_t w : m_weights)
        m_total += w;
}

RunOptions ProgressParts::part(std::size_t index) const
{
    RunOptions options = m_whole;
    if (!m_whole.progress)
        return options;
    std::int64_t offset = 0;
    for (std::size_t i = 0; i < index; ++i)
        offset += m_weights[i];
    const std::int64_t weight = m_weights[index];
    const std::int64_t total = m_total;
    const auto report = m_whole.progress;
    options.progress = [=](std::int64_t done, std::int64_t all) {
        const double share = all > 0 ? double(done) / double(all) : 0.0;
        report(offset + std::int64_t(std::llround(share * double(weight))), total);
    };
    return options;
}

} // namespace wl::sim
