#include "propagator.h"

#include <algorithm>
#include <bit>
#include <cstring>

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
    m_nodeLimit.resize(c.nodeCount);
    for (int v = 0; v < c.nodeCount; ++v) {
        m_nodeLimit[v] = std::min(sever[v], horizon);
        m_limited = m_limited || m_nodeLimit[v] < kInfinity;
    }
    m_arcs.reserve(c.outArc.size());
    for (const int a : c.outArc) {
        const int head = c.arcHead[a];
        m_arcs.push_back({ c.arcDelay[a],
            random::threshold(c.arcProbability[a] * (1.0 - c.controlStrength[head])),
            random::arcKey(std::uint64_t(a)), head, a });
    }
}

Propagator::Workspace::Workspace(const CompiledModel &c)
    : time(c.nodeCount, kInfinity)
    , credit(c.nodeCount, -1)
    , assetStamp(c.assetCount(), 0)
    , hit(std::size_t(c.nodeCount + 7) / 8 * 8, 0) // whole words of eight
{
    touched.reserve(c.nodeCount);
}

namespace {

// hit[v] = whether node v's annual draw succeeds in the trial with key
// `trialKey`. A loop of independent hashes: on x86-64 CPUs with AVX-512 the
// compiler vectorises it (eight 64-bit multiplies at once), and the clone
// for the CPU at hand is chosen when the program loads. Same draws either way.
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("arch=x86-64-v4", "default")))
#endif
void annualDraws(std::uint64_t trialKey, const std::uint64_t *nodeKey,
    const std::uint64_t *threshold, int n, std::uint8_t *hit)
{
    for (int v = 0; v < n; ++v)
        hit[v] = random::succeeds(trialKey, nodeKey[v], threshold[v]) ? 1 : 0;
}

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
        const double tailLimit = m_nodeLimit[u];
        for (int k = m_c.outStart[u]; k < m_c.outStart[u + 1]; ++k) {
            const CsrArc &arc = m_arcs[k];
            const int v = arc.head;
            const double arrival = t + arc.delay;
            if (arrival > time[v] || v == hardened)
                continue;
            // The arc's limit, min(c(u), c(v), H): the latest arrival allowed.
            if (m_limited && (arrival > tailLimit || arrival > m_nodeLimit[v]))
                continue;
            // On a tie, v's own start or an earlier arc in arc order keeps
            // the credit.
            if (arrival == time[v] && (credit[v] < 0 || credit[v] < arc.id))
                continue;
            if (!random::succeeds(key, arc.key, arc.threshold))
                continue;
            if (arrival < time[v]) {
                time[v] = arrival;
                heap.push(arrival, v);
            }
            credit[v] = arc.id;
        }
    };

    if (m_annual) {
        // Every annual breach starts at time 0 and nothing arrives at 0
        // (delays are positive), so these nodes are settled first, in any
        // order, without going through the heap.
        if (m_horizon >= 0.0) {
            annualDraws(
                key, m_nodeKey.data(), m_nodeThreshold.data(), m_c.nodeCount, ws.hit.data());
            if (hardened >= 0)
                ws.hit[std::size_t(hardened)] = 0;
            // Few nodes are breached: take the draws eight at a time as a
            // bit mask and visit only its set bits.
            const std::uint8_t *hit = ws.hit.data();
            for (int base = 0; base < m_c.nodeCount; base += 8) {
                std::uint64_t word;
                std::memcpy(&word, hit + base, sizeof word);
                // Gathers the low bit of each byte into the top byte.
                unsigned mask
                    = unsigned(((word & 0x0101010101010101ULL) * 0x0102040810204080ULL) >> 56);
                while (mask != 0) {
                    const int v = base + std::countr_zero(mask);
                    mask &= mask - 1;
                    time[v] = 0.0;
                    credit[v] = -1;
                    settled.push_back(v);
                }
            }
            const std::size_t initial = settled.size();
            // The arcs of the breached nodes are scattered over memory: ask
            // for the next nodes' arcs while this one's are relaxed.
            constexpr std::size_t ahead = 4;
            for (std::size_t i = 0; i < initial; ++i) {
                if (i + ahead < initial)
                    __builtin_prefetch(&m_arcs[std::size_t(m_c.outStart[settled[i + ahead]])]);
                relax(settled[i], 0.0);
            }
        }
    } else {
        for (const Seed &s : seeds ? *seeds : m_seeds) {
            if (s.at > m_horizon || s.at >= time[s.node])
                continue;
            time[s.node] = s.at;
            credit[s.node] = -1;
            heap.push(s.at, s.node);
        }
    }

    // Dijkstra with lazy deletion. A node's time only ever decreases and
    // each decrease pushes one entry, so exactly one entry per node carries
    // its final time: every node is settled once and each of its arcs gets
    // its one Bernoulli draw at most once per trial. Arrivals that tie with a
    // node's final time all come from nodes settled before it (delays are
    // positive), so its credit is final when it is settled.
    while (!heap.empty()) {
        const auto [t, u] = heap.pop();
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
