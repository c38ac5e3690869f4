#include "propagator.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <tuple>

namespace wl::sim::detail {

namespace {

// The distinct values of `delays`, ascending. Models have few, so they are
// kept sorted as they are met, which costs a few comparisons per arc where
// sorting a copy of every arc's delay took most of building a propagator
// at 100,000 nodes; past 64 distinct values, the copy is sorted after all.
std::vector<double> distinctDelays(const std::vector<double> &delays)
{
    constexpr std::size_t few = 64;
    std::vector<double> distinct;
    for (const double d : delays) {
        const auto at = std::lower_bound(distinct.begin(), distinct.end(), d);
        if (at != distinct.end() && *at == d)
            continue;
        if (distinct.size() == few) {
            distinct = delays;
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            break;
        }
        distinct.insert(at, d);
    }
    return distinct;
}

// For a StepQueue: the greatest whole number of hours g of which every
// delay is a whole multiple, each at most StepQueue::kMaxSteps - 1 times g,
// and the multiples; none (g = 0) if there is no such g, or if a path
// through `nodes` nodes could reach 2^53 hours: below that, whole numbers
// add up exactly in a double, so an arrival is exactly its step times g.
std::pair<double, std::vector<std::uint32_t>> delaySteps(
    const std::vector<double> &delays, int nodes)
{
    constexpr double exact = 9007199254740992.0; // 2^53
    std::uint64_t g = 0;
    for (const double d : delays) {
        if (!(d >= 1.0 && d * double(nodes) < exact && d == std::floor(d)))
            return {};
        g = std::gcd(g, std::uint64_t(d));
    }
    std::vector<std::uint32_t> steps;
    for (const double d : delays) {
        const std::uint64_t step = std::uint64_t(d) / g;
        if (step >= StepQueue::kMaxSteps)
            return {};
        steps.push_back(std::uint32_t(step));
    }
    return { double(g), std::move(steps) };
}

} // namespace

Propagator::Propagator(const CompiledModel &c, std::vector<Seed> seeds, bool annual,
    const std::vector<double> &sever, double horizon, std::uint64_t rngSeed)
    : m_c(c)
    , m_seeds(std::move(seeds))
    , m_annual(annual)
    , m_horizon(horizon)
    , m_rngSeed(rngSeed)
{
    if (annual) {
        // A whole number of 64 nodes, as the scan of the draws reads them;
        // the padding never succeeds.
        m_nodeThreshold.assign(std::size_t(c.nodeCount + 63) / 64 * 64, 0);
        for (int v = 0; v < c.nodeCount; ++v) {
            const std::uint64_t threshold = random::threshold(c.breachLikelihood[v]);
            if (threshold > std::numeric_limits<std::uint32_t>::max())
                m_certain.push_back(v);
            else
                m_nodeThreshold[v] = std::uint32_t(threshold);
        }
    }
    m_held.resize(c.nodeCount);
    for (int v = 0; v < c.nodeCount; ++v) {
        const int held = c.heldStart[v + 1] - c.heldStart[v];
        m_held[v] = held == 0 ? kHoldsNone
            : held == 1       ? c.heldAsset[c.heldStart[v]]
                              : kHoldsSeveral;
    }
    m_nodeLimit.resize(c.nodeCount);
    for (int v = 0; v < c.nodeCount; ++v) {
        m_nodeLimit[v] = std::min(sever[v], horizon);
        m_limited = m_limited || m_nodeLimit[v] < kInfinity;
    }
    m_delays = distinctDelays(c.arcDelay);
    m_wideArcs = m_delays.size() > DelayQueue::kMaxDelays
        || std::uint64_t(c.nodeCount) >= (std::uint64_t(1) << (32 - kDelayBits));
    if (annual && !m_wideArcs && !m_delays.empty())
        std::tie(m_stepSize, m_steps) = delaySteps(m_delays, c.nodeCount);
    // The arcs that can succeed, by tail: a counting sort that reads the
    // arcs in arc order (so within a tail they stay in arc order) rather
    // than through c.outArc, whose scattered reads of every arc's head,
    // probability and delay were most of building a propagator at 100,000
    // nodes.
    std::vector<std::uint64_t> threshold(std::size_t(c.arcCount()));
    m_start.assign(std::size_t(c.nodeCount) + 1, 0);
    for (int a = 0; a < c.arcCount(); ++a) {
        threshold[a]
            = random::threshold(c.arcProbability[a] * (1.0 - c.controlStrength[c.arcHead[a]]));
        if (threshold[a] > 0)
            ++m_start[c.arcTail[a] + 1];
    }
    for (int v = 0; v < c.nodeCount; ++v)
        m_start[v + 1] += m_start[v];
    m_arcs.resize(std::size_t(m_start[c.nodeCount]));
    if (m_wideArcs)
        m_wide.resize(m_arcs.size());
    std::vector<int> fill(m_start.begin(), m_start.end() - 1);
    for (int a = 0; a < c.arcCount(); ++a) {
        if (threshold[a] == 0)
            continue;
        const auto delay
            = std::lower_bound(m_delays.begin(), m_delays.end(), c.arcDelay[a]) - m_delays.begin();
        const int at = fill[c.arcTail[a]]++;
        const auto head = std::uint32_t(c.arcHead[a]);
        m_arcs[at] = { random::arcOffset(std::uint64_t(a)), std::uint32_t(threshold[a] - 1),
            m_wideArcs ? 0 : head << kDelayBits | std::uint32_t(delay) };
        if (m_wideArcs)
            m_wide[at] = { int(head), std::uint32_t(delay) };
    }
}

Propagator::Workspace::Workspace(const CompiledModel &c)
    : node(c.nodeCount)
    , assetStamp(c.assetCount(), 0)
    , hit(std::size_t(c.nodeCount + 63) / 64 * 64, 0)
{
    live.resize(std::size_t(c.arcCount()));
    from.resize(std::size_t(c.nodeCount) + kAhead);
    to.resize(std::size_t(c.nodeCount) + kAhead);
    settled.reserve(c.nodeCount);
}

namespace {

// hit[v] = whether node v's annual draw succeeds in the trial with key
// `trialKey`, for the `n` nodes whose thresholds are below 2^32. A loop of
// independent 32-bit hashes (random.h) that the compiler vectorises: sixteen
// nodes at once with AVX-512, eight with AVX2 (a GCC `target_clones` clone
// for the CPU at hand is chosen when the program loads). Same draws either
// way.
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#endif
void annualDraws(std::uint64_t trialKey, const std::uint32_t *threshold, std::uint32_t n,
    std::uint8_t *hit)
{
    for (std::uint32_t v = 0; v < n; ++v)
        hit[v] = random::nodeDraw(trialKey, v) < threshold[v] ? 1 : 0;
}

} // namespace

void Propagator::runTrial(
    Workspace &ws, std::uint64_t trial, int hardened, const std::vector<Seed> *seeds) const
{
    if (!m_steps.empty()) {
        ws.steps.setSteps(m_steps, m_stepSize);
        propagate(ws, ws.steps, trial, hardened, seeds);
    } else if (!m_wideArcs) {
        ws.queue.setDelays(m_delays.size());
        propagate(ws, ws.queue, trial, hardened, seeds);
    } else {
        propagate(ws, ws.heap, trial, hardened, seeds);
    }
}

std::uint32_t Propagator::drawRanges(std::uint64_t key, const std::uint32_t *from,
    const std::uint32_t *to, std::uint32_t ranges, std::uint32_t *live) const
{
    // Every arc drawn is written to `live`, whose end advances by whether
    // its draw succeeded: no branch on a draw, which is hard to predict. The
    // arcs of the range kAhead further on are asked for meanwhile: they are
    // scattered over memory.
    const CsrArc *const arcs = m_arcs.data();
    std::uint32_t n = 0;
    for (std::uint32_t r = 0; r < ranges; ++r) {
        __builtin_prefetch(arcs + from[r + kAhead]);
        __builtin_prefetch(arcs + to[r + kAhead] - 1);
        for (std::uint32_t at = from[r], end = to[r]; at != end; ++at) {
            live[n] = at;
            n += random::arcDrawAt(key, arcs[at].offset) <= arcs[at].last ? 1 : 0;
        }
    }
    return n;
}

template<typename Queue>
void Propagator::propagate(Workspace &ws, Queue &queue, std::uint64_t trial, int hardened,
    const std::vector<Seed> *seeds) const
{
    const std::uint64_t key = random::trialKey(m_rngSeed, trial);
    std::vector<Workspace::Settled> &settled = ws.settled;
    reset(ws);
    queue.clear();

    // Plain pointers, so that the compiler need not reload them after each
    // store to a node's state.
    Workspace::Node *const nodes = ws.node.data();
    const CsrArc *const arcs = m_arcs.data();
    const int *const start = m_start.data();
    const double *const delays = m_delays.data();
    const double *const limits = m_nodeLimit.data();
    const bool limited = m_limited;
    // An arc's head and delay: packed in the arc unless the queue is a
    // RadixHeap, from m_wide then.
    const HeadDelay *const wide = m_wide.data();
    const auto headDelay = [&](const CsrArc &arc) {
        if constexpr (!std::is_same_v<Queue, RadixHeap>)
            return HeadDelay { int(arc.packed >> kDelayBits),
                arc.packed & ((1U << kDelayBits) - 1) };
        else
            return wide[&arc - arcs];
    };
    // Relaxes arc `arc` leaving u, settled at time t, whose draw succeeded.
    // Annual mode: the nodes breached at time 0, whose states are not
    // written: no arc can reach them earlier, and hit[] is a line of memory
    // per 64 nodes where a node's state is one per 4.
    const bool annual = m_annual;
    const std::uint8_t *const breached = ws.hit.data();
    const auto relaxArc = [&](int u, double t, const CsrArc &arc) {
        const auto [v, delay] = headDelay(arc);
        if (annual && breached[v] != 0)
            return;
        Workspace::Node &node = nodes[v];
        const double arrival = t + delays[delay];
        if (arrival > node.time || v == hardened)
            return;
        // The arc's limit, min(c(u), c(v), H): the latest arrival allowed.
        // Read only when there are limits: that spares a read of a line of
        // memory per node in most runs.
        if (limited && (arrival > limits[u] || arrival > limits[v]))
            return;
        if (arrival < node.time) {
            node.time = arrival;
            node.credit = arc.id();
            queue.push(arrival, v, delay);
        } else if (node.credit >= 0 && arc.id() < node.credit) {
            // A tie: v's own start or the earliest arc in arc order keeps
            // the credit.
            node.credit = arc.id();
        }
    };
    // Calls f(arc) for each arc leaving u whose draw succeeds, in arc order.
    // The draw first: it needs nothing from memory, and most draws fail (q
    // is small), which spares reading the head's state. When a draw is made
    // never changes its outcome (random.h).
    const auto forEachLive = [&](int u, auto &&f) {
        for (const CsrArc *arc = arcs + start[u], *end = arcs + start[u + 1]; arc != end; ++arc)
            if (random::arcDrawAt(key, arc->offset) <= arc->last)
                f(*arc);
    };

    if (m_annual) {
        // Every annual breach starts at time 0 and nothing arrives at 0
        // (delays are positive), so these nodes are settled first, in any
        // order, without going through the queue.
        if (m_horizon >= 0.0) {
            std::uint8_t *const hit = ws.hit.data();
            annualDraws(key, m_nodeThreshold.data(), std::uint32_t(m_nodeThreshold.size()), hit);
            for (const int v : m_certain)
                hit[v] = 1;
            if (hardened >= 0)
                hit[hardened] = 0;
            // Few nodes are breached: take the draws 64 at a time as a bit
            // mask and visit only its set bits. (Eight at a time, the end of
            // the loop over a mask's bits was mispredicted once per eight
            // nodes.) The arcs of the breached nodes that have any are
            // listed as ranges of m_arcs; the list is read past its end, as
            // if empty.
            std::uint32_t *const from = ws.from.data();
            std::uint32_t *const to = ws.to.data();
            std::uint32_t ranges = 0;
            for (int base = 0; base < m_c.nodeCount; base += 64) {
                std::uint64_t mask = 0;
                for (int j = 0; j < 8; ++j) {
                    std::uint64_t word;
                    std::memcpy(&word, hit + base + 8 * j, sizeof word);
                    // Gathers the low bit of each byte into the top byte.
                    mask |= (((word & 0x0101010101010101ULL) * 0x0102040810204080ULL) >> 56)
                        << (8 * j);
                }
                while (mask != 0) {
                    const int v = base + std::countr_zero(mask);
                    mask &= mask - 1;
                    settled.push_back({ v, -1, 0.0 });
                    const auto first = std::uint32_t(start[v]);
                    const auto end = std::uint32_t(start[v + 1]);
                    from[ranges] = first;
                    to[ranges] = end;
                    ranges += end != first ? 1 : 0;
                }
            }
            ws.breached = settled.size();
            std::fill(from + ranges, from + ranges + kAhead, 0);
            std::fill(to + ranges, to + ranges + kAhead, 1);
            if (limited) {
                // The limits depend on the tail: node by node.
                for (const Workspace::Settled &s : settled)
                    forEachLive(s.node, [&](const CsrArc &arc) { relaxArc(s.node, 0.0, arc); });
            } else {
                // All these arcs leave at time 0, so they are all drawn
                // before the live ones are relaxed, in the same order as node
                // by node, with the states of their heads asked for ahead.
                std::uint32_t *const live = ws.live.data();
                const std::uint32_t n = drawRanges(key, from, to, ranges, live);
                for (std::uint32_t k = 0; k < n; ++k) {
                    if (k + kAhead < n)
                        __builtin_prefetch(nodes + headDelay(arcs[live[k + kAhead]]).head);
                    relaxArc(-1, 0.0, arcs[live[k]]);
                }
            }
        }
    } else if constexpr (!std::is_same_v<Queue, StepQueue>) {
        // (A StepQueue serves annual runs only: starts at any time would
        // not fit its ring.)
        for (const Seed &s : seeds ? *seeds : m_seeds) {
            if (s.at > m_horizon || s.at >= nodes[s.node].time)
                continue;
            nodes[s.node] = { s.at, -1 };
            queue.pushStart(s.at, s.node);
        }
    }

    queue.startsPushed();

    // Dijkstra with lazy deletion. A node's time only ever decreases and
    // each decrease pushes one entry, so exactly one entry per node carries
    // its final time: every node is settled once and each of its arcs gets
    // its one Bernoulli draw at most once per trial. Arrivals that tie with a
    // node's final time all come from nodes settled before it (delays are
    // positive), so its credit is final when it is settled.
    while (!queue.empty()) {
        const auto [t, u] = queue.pop();
        // The nodes popped next are scattered over memory: while this one
        // is relaxed, ask for the time and the arc range of the one after
        // next, and for the first arcs of the next.
        if (const int later = queue.peek(1); later >= 0) {
            __builtin_prefetch(nodes + later);
            __builtin_prefetch(start + later);
        }
        if (const int next = queue.peek(0); next >= 0)
            __builtin_prefetch(arcs + start[next]);
        const Workspace::Node &n = nodes[u];
        if (t > n.time)
            continue;
        settled.push_back({ u, n.credit, t });
        forEachLive(u, [&](const CsrArc &arc) { relaxArc(u, t, arc); });
    }
}

void Propagator::reset(Workspace &ws)
{
    for (std::size_t i = ws.breached; i < ws.settled.size(); ++i)
        ws.node[ws.settled[i].node] = {};
    ws.settled.clear();
    ws.breached = 0;
}

} // namespace wl::sim::detail
