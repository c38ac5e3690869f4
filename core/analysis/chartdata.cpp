#include "analysis/chartdata.h"

#include "format/format.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace wl::analysis {

namespace {

template<std::size_t N> int binOf(double value, const std::array<double, N> &bounds)
{
    return 1 + int(std::count_if(bounds.begin(), bounds.end(), [value](double b) {
        return value >= b;
    }));
}

// Trials of the pilot run that sets the time scale of a suggested grid.
constexpr int kPilotTrials = 256;

bool matchesNodes(const Model &model, const sim::SimResult &r)
{
    return r.trials > 0 && r.compromised.size() == std::size_t(model.nodes().size());
}

} // namespace

int likelihoodBin(double p)
{
    return binOf(p, kLikelihoodBounds);
}

int impactBin(double impact)
{
    return binOf(impact, kImpactBounds);
}

std::vector<double> impactScores(const Model &model)
{
    // The holders of each asset, each node once (SIMULATION.md §2.6).
    std::vector<QVector<int>> holders(std::size_t(model.data().size()));
    for (int a = 0; a < model.data().size(); ++a)
        holders[std::size_t(a)].append(model.nodeIndex(model.data()[a].owner));
    for (const Edge &e : model.edges())
        for (const QString &id : e.data)
            if (const int a = model.dataIndex(id); a >= 0)
                holders[std::size_t(a)].append(model.nodeIndex(e.target));
    std::vector<double> score(std::size_t(model.nodes().size()), 0.0);
    for (int a = 0; a < model.data().size(); ++a) {
        const DataAsset &asset = model.data()[a];
        QVector<int> &h = holders[std::size_t(a)];
        std::sort(h.begin(), h.end());
        h.erase(std::unique(h.begin(), h.end()), h.end());
        for (int v : h)
            if (v >= 0)
                score[std::size_t(v)] += double(asset.records) * double(asset.sensitivity);
    }
    return score;
}

RiskMatrixData riskMatrix(const Model &model, const sim::SimResult &r)
{
    RiskMatrixData d;
    if (!matchesNodes(model, r))
        return d;
    const std::vector<double> impact = impactScores(model);
    d.entries.reserve(model.nodes().size());
    for (int v = 0; v < model.nodes().size(); ++v) {
        const Node &n = model.nodes()[v];
        RiskEntry e { v, n.id, format::nodeName(n), r.pCompromised(v), impact[std::size_t(v)], 1,
            1 };
        e.likelihoodBin = likelihoodBin(e.likelihood);
        e.impactBin = impactBin(e.impact);
        d.cells[std::size_t(e.likelihoodBin - 1)][std::size_t(e.impactBin - 1)].append(v);
        d.entries.append(e);
    }
    return d;
}

QVector<HistogramBar> compromisedHistogram(const sim::SimResult &r, int maxBars)
{
    QVector<HistogramBar> bars;
    int first = -1;
    int last = -1;
    for (int k = 0; k < int(r.histogram.size()); ++k)
        if (r.histogram[std::size_t(k)] > 0) {
            if (first < 0)
                first = k;
            last = k;
        }
    if (first < 0 || r.trials <= 0 || maxBars < 1)
        return bars;
    const int span = last - first + 1;
    const int width = (span + maxBars - 1) / maxBars;
    for (int lo = first; lo <= last; lo += width) {
        HistogramBar bar { lo, lo + width - 1, 0, 0.0 };
        for (int k = bar.kFirst; k <= std::min(bar.kLast, last); ++k)
            bar.trials += r.histogram[std::size_t(k)];
        bar.share = double(bar.trials) / double(r.trials);
        bars.append(bar);
    }
    return bars;
}

QVector<CategoryRecords> exposedByCategory(const Model &model, const sim::SimResult &r)
{
    // CompiledModel::categories: order of first appearance among the assets.
    QStringList categories;
    for (const DataAsset &a : model.data())
        if (!categories.contains(a.category))
            categories.append(a.category);
    QVector<CategoryRecords> out;
    if (r.expectedExposedByCategory.size() != std::size_t(categories.size()))
        return out;
    for (int i = 0; i < categories.size(); ++i)
        out.append({ categories[i], r.expectedExposedByCategory[std::size_t(i)] });
    std::stable_sort(
        out.begin(), out.end(), [](const CategoryRecords &a, const CategoryRecords &b) {
            return a.expectedRecords > b.expectedRecords;
        });
    return out;
}

QVector<CompromiseCurve> compromiseCurves(
    const Model &model, const sim::SimResult &r, const QStringList &nodeIds)
{
    QVector<CompromiseCurve> out;
    const std::size_t grid = r.timeGrid.size();
    if (!matchesNodes(model, r) || grid == 0
        || r.compromisedBy.size() != grid * std::size_t(model.nodes().size()))
        return out;
    for (const QString &id : nodeIds) {
        const int v = model.nodeIndex(id);
        if (v < 0)
            continue;
        const Node &n = model.nodes()[v];
        CompromiseCurve c { id, format::nodeName(n), {}, {}, r.pCompromised(v) };
        c.hours.reserve(qsizetype(grid));
        c.probability.reserve(qsizetype(grid));
        for (std::size_t k = 0; k < grid; ++k) {
            c.hours.append(r.timeGrid[k]);
            c.probability.append(r.pCompromisedBy(v, int(k)));
        }
        out.append(c);
    }
    return out;
}

std::vector<double> suggestTimeGrid(const Model &model, const sim::Scenario &s, int points)
{
    return suggestTimeGrid(model, sim::compile(model), s, points);
}

std::vector<double> suggestTimeGrid(
    const Model &model, const sim::CompiledModel &c, const sim::Scenario &s, int points)
{
    points = std::max(points, 2);
    const auto evenly = [points](double end) {
        if (end <= 0.0)
            return std::vector<double> { 0.0 };
        std::vector<double> grid(static_cast<std::size_t>(points));
        for (int k = 0; k < points; ++k)
            grid[std::size_t(k)] = end * double(k) / double(points - 1);
        grid.back() = end;
        return grid;
    };
    if (s.horizonHours)
        return evenly(*s.horizonHours);
    if (!sim::checkScenario(model, s).isEmpty())
        return evenly(24.0);

    // Earliest possible compromise times: Dijkstra over every arc whose
    // effective probability is positive, as if all of them were live.
    constexpr double inf = std::numeric_limits<double>::infinity();
    std::vector<double> cut(std::size_t(c.nodeCount), inf);
    for (const sim::TimedNode &t : sim::mergeTimedNodes(s.sever))
        cut[std::size_t(model.nodeIndex(t.node))] = t.atHours;
    std::vector<double> time(std::size_t(c.nodeCount), inf);
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
    if (s.mode == sim::Mode::Seeded) {
        for (const sim::TimedNode &t : sim::mergeTimedNodes(s.seeds)) {
            const auto v = std::size_t(model.nodeIndex(t.node));
            time[v] = std::min(time[v], t.atHours);
        }
    } else {
        for (int v = 0; v < c.nodeCount; ++v)
            if (c.breachLikelihood[std::size_t(v)] > 0.0)
                time[std::size_t(v)] = 0.0;
    }
    for (int v = 0; v < c.nodeCount; ++v)
        if (time[std::size_t(v)] < inf)
            heap.push({ time[std::size_t(v)], v });
    double latest = 0.0;
    while (!heap.empty()) {
        const auto [t, u] = heap.top();
        heap.pop();
        if (t > time[std::size_t(u)])
            continue;
        latest = std::max(latest, t);
        for (int i = c.outStart[std::size_t(u)]; i < c.outStart[std::size_t(u) + 1]; ++i) {
            const auto a = std::size_t(c.outArc[std::size_t(i)]);
            const auto v = std::size_t(c.arcHead[a]);
            const double arrival = t + c.arcDelay[a];
            if (c.arcProbability[a] * (1.0 - c.controlStrength[v]) <= 0.0
                || arrival > std::min(cut[std::size_t(u)], cut[v]) || arrival >= time[v])
                continue;
            time[v] = arrival;
            heap.push({ arrival, int(v) });
        }
    }
    // In annual mode every node that can be breached starts at 0, so the
    // structure says little: a short pilot run gives the time scale.
    sim::Scenario pilot = s;
    pilot.trials = std::min(s.trials, kPilotTrials);
    double slowest = 0.0;
    if (const sim::RunOutcome run = sim::run(model, c, pilot); run.result)
        for (double mean : run.result->meanHours)
            if (!std::isnan(mean))
                slowest = std::max(slowest, mean);
    double end = std::max({ 3.0 * latest, latest + 24.0, 24.0, 3.0 * slowest });
    end = end <= 48.0 ? std::ceil(end) : 24.0 * std::ceil(end / 24.0);
    return evenly(end);
}

LossExceedanceData lossExceedance(const sim::SimResult &r)
{
    LossExceedanceData d;
    const std::size_t n = r.trialExposedRecords.size();
    if (n == 0)
        return d;
    std::vector<std::int64_t> sorted = r.trialExposedRecords;
    std::sort(sorted.begin(), sorted.end());
    double sum = 0.0;
    for (std::int64_t x : sorted)
        sum += double(x);
    d.mean = sum / double(n);
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && sorted[j] == sorted[i])
            ++j;
        // j trials are at or below this total; the rest exceed it.
        d.points.append({ double(sorted[i]), double(n - j) / double(n) });
        i = j;
    }
    const auto zeros
        = std::size_t(std::upper_bound(sorted.begin(), sorted.end(), 0) - sorted.begin());
    d.pAnyExposure = double(n - zeros) / double(n);
    return d;
}

} // namespace wl::analysis
