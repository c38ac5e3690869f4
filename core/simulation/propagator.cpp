#include "propagator.h"

#include <algorithm>

namespace wl::sim::detail {

Propagator::Propagator(const CompiledModel &c, std::vector<Seed> seeds, bool annual,
    const std::vector<double> &sever, double horizon, std::uint64_t rngSeed)
    : m_c(c)
    , m_seeds(std::move(seeds))
    , m_annual(annual)
    , m_horizon(horizon)
    , m_rngSeed(rngSeed)
{
    if (annual) {
        m_nodeThreshold.resize(c.nodeCount);
        m_nodeKey.resize(c.nodeCount);
        for (int v = 0; v < c.nodeCount; ++v) {
            m_nodeThreshold[v] = random::threshold(c.breachLikelihood[v]);
            m_nodeKey[v] = random::nodeKey(std::uint64_t(v));
        }
    }
    m_arcs.reserve(c.outArc.size());
    for (const int a : c.outArc) {
        const int tail = c.arcTail[a];
        const int head = c.arcHead[a];
        m_arcs.push_back({ c.arcDelay[a], std::min({ sever[tail], sever[head], horizon }),
            random::threshold(c.arcProbability[a] * (1.0 - c.controlStrength[head])),
            random::arcKey(std::uint64_t(a)), head, a });
    }
}

Propagator::Workspace::Workspace(const CompiledModel &c)
    : time(c.nodeCount, kInfinity)
    , credit(c.nodeCount, -1)
    , assetStamp(c.assetCount(), 0)
{
    touched.reserve(c.nodeCount);
    heap.reserve(c.nodeCount);
}

namespace {

// A min-heap on time; std::push_heap/pop_heap with this comparison.
constexpr auto later = [](const std::pair<double, int> &a, const std::pair<double, int> &b) {
    return a.first > b.first;
};

} // namespace

void Propagator::runTrial(
    Workspace &ws, std::uint64_t trial, int hardened, const std::vector<Seed> *seeds) const
{
    const std::uint64_t key = random::trialKey(m_rngSeed, trial);
    auto &time = ws.time;
    auto &credit = ws.credit;
    auto &heap = ws.heap;
    std::vector<int> &settled = ws.touched;
    reset(ws);
    heap.clear();

    // Relaxes the arcs of u, settled at time t.
    const auto relax = [&](int u, double t) {
        for (int k = m_c.outStart[u]; k < m_c.outStart[u + 1]; ++k) {
            const CsrArc &arc = m_arcs[k];
            const int v = arc.head;
            const double arrival = t + arc.delay;
            if (arrival > arc.limit || arrival > time[v] || v == hardened)
                continue;
            // On a tie, v's own start or an earlier arc in arc order keeps
            // the credit.
            if (arrival == time[v] && (credit[v] < 0 || credit[v] < arc.id))
                continue;
            if (!random::succeeds(key, arc.key, arc.threshold))
                continue;
            if (arrival < time[v]) {
                time[v] = arrival;
                heap.emplace_back(arrival, v);
                std::push_heap(heap.begin(), heap.end(), later);
            }
            credit[v] = arc.id;
        }
    };

    if (m_annual) {
        // Every annual breach starts at time 0 and nothing arrives at 0
        // (delays are positive), so these nodes are settled first, in any
        // order, without going through the heap.
        if (m_horizon >= 0.0) {
            for (int v = 0; v < m_c.nodeCount; ++v)
                if (v != hardened && random::succeeds(key, m_nodeKey[v], m_nodeThreshold[v])) {
                    time[v] = 0.0;
                    credit[v] = -1;
                    settled.push_back(v);
                }
            const std::size_t initial = settled.size();
            for (std::size_t i = 0; i < initial; ++i)
                relax(settled[i], 0.0);
        }
    } else {
        for (const Seed &s : seeds ? *seeds : m_seeds) {
            if (s.at > m_horizon || s.at >= time[s.node])
                continue;
            time[s.node] = s.at;
            credit[s.node] = -1;
            heap.emplace_back(s.at, s.node);
            std::push_heap(heap.begin(), heap.end(), later);
        }
    }

    // Dijkstra with lazy deletion. A node's time only ever decreases and
    // each decrease pushes one entry, so exactly one entry per node carries
    // its final time: every node is settled once and each of its arcs gets
    // its one Bernoulli draw at most once per trial. Arrivals that tie with a
    // node's final time all come from nodes settled before it (delays are
    // positive), so its credit is final when it is settled.
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), later);
        const auto [t, u] = heap.back();
        heap.pop_back();
        if (t > time[u])
            continue;
        settled.push_back(u);
        relax(u, t);
    }
}

void Propagator::reset(Workspace &ws)
{
    for (int v : ws.touched) {
        ws.time[v] = kInfinity;
        ws.credit[v] = -1;
    }
    ws.touched.clear();
}

} // namespace wl::sim::detail
