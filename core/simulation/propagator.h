// The inner loop shared by scenario runs and rankings: one trial of
// time-respecting propagation (SIMULATION.md §2) over arrays laid out in CSR
// order. Internal to core/simulation.
#pragma once

#include "simulation/compiledmodel.h"
#include "simulation/largepages.h"
#include "simulation/random.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <limits>
#include <vector>

namespace wl::sim::detail {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct Seed {
    int node;
    double at;
};

// A monotone priority queue of (time, node) for Dijkstra, whose popped times
// never decrease (delays are positive): a radix heap on the bits of the
// time. Non-negative doubles order like their bit patterns, so an entry goes
// to the bucket of the highest bit in which it differs from the last time
// popped; a pop empties bucket 0 or redistributes the lowest non-empty
// bucket into lower ones. Entries of equal time come out in no particular
// order, which the propagation does not depend on. Cheaper than a binary
// heap: no comparisons along a path of mispredicted branches per pop.
class RadixHeap {
public:
    bool empty() const { return m_size == 0; }
    void clear()
    {
        for (auto &b : m_buckets)
            b.clear();
        m_size = 0;
        m_last = 0;
    }
    void push(double t, int node)
    {
        const std::uint64_t k = std::bit_cast<std::uint64_t>(t + 0.0); // -0 -> +0
        m_buckets[bucket(k)].push_back({ k, node });
        ++m_size;
    }
    // The interface of DelayQueue: an arrival through an arc whose delay
    // has index `delay`, and start times.
    void push(double t, int node, std::uint32_t /*delay*/) { push(t, node); }
    void pushStart(double t, int node) { push(t, node); }
    void startsPushed() { }
    // The entry with the smallest time; not empty().
    std::pair<double, int> pop()
    {
        if (m_buckets[0].empty()) {
            std::size_t i = 1;
            while (m_buckets[i].empty())
                ++i;
            auto &from = m_buckets[i];
            std::uint64_t least = from.front().key;
            for (const Entry &e : from)
                least = std::min(least, e.key);
            m_last = least;
            for (const Entry &e : from)
                m_buckets[bucket(e.key)].push_back(e);
            from.clear();
        }
        const Entry e = m_buckets[0].back();
        m_buckets[0].pop_back();
        --m_size;
        return { std::bit_cast<double>(e.key), e.node };
    }
    // A hint for prefetching: the node that the pop after `ahead` more pops
    // returns if nothing is pushed meanwhile, when that is known without
    // redistributing a bucket; -1 otherwise.
    int peek(std::size_t ahead) const
    {
        const auto &ready = m_buckets[0];
        return ahead < ready.size() ? ready[ready.size() - 1 - ahead].node : -1;
    }

private:
    struct Entry {
        std::uint64_t key;
        int node;
    };
    std::size_t bucket(std::uint64_t key) const
    {
        return key == m_last ? 0 : std::size_t(64 - std::countl_zero(key ^ m_last));
    }
    std::array<std::vector<Entry>, 65> m_buckets;
    std::size_t m_size = 0;
    std::uint64_t m_last = 0;
};

// The same for runs whose arcs have few distinct delays (the usual case):
// one first-in-first-out list per delay. Nodes are settled in order of
// time, so the arrivals t(u) + d pushed through arcs of one delay d come in
// ascending order: each list is sorted, and the least entry is the least
// of the lists' fronts, found without a branch. Start times (seeded mode)
// are one more list, sorted once they are all pushed.
class DelayQueue {
public:
    static constexpr std::size_t kMaxDelays = 16;

    // Ready for `delays` distinct delays (at most kMaxDelays); cheap when
    // unchanged.
    void setDelays(std::size_t delays)
    {
        if (m_lists.size() == delays + 1)
            return;
        m_lists.assign(delays + 1, {});
        m_head.assign(delays + 1, 0);
        m_front.assign(delays + 1, kNone);
        m_size = 0;
    }
    bool empty() const { return m_size == 0; }
    void clear()
    {
        for (std::size_t i = 0; i < m_lists.size(); ++i) {
            m_lists[i].clear();
            m_head[i] = 0;
            m_front[i] = kNone;
        }
        m_size = 0;
    }
    void push(double t, int node, std::uint32_t delay) { append(delay, t, node); }
    void pushStart(double t, int node) { append(m_lists.size() - 1, t, node); }
    void startsPushed()
    {
        auto &starts = m_lists.back();
        std::sort(
            starts.begin(), starts.end(), [](const Entry &a, const Entry &b) { return a.t < b.t; });
        m_front.back() = starts.empty() ? kNone : starts.front().t;
    }
    // The entry with the smallest time; not empty().
    std::pair<double, int> pop()
    {
        std::size_t least = 0;
        double leastTime = m_front[0];
        for (std::size_t i = 1; i < m_front.size(); ++i) {
            const double t = m_front[i];
            least = t < leastTime ? i : least;
            leastTime = t < leastTime ? t : leastTime;
        }
        const auto &list = m_lists[least];
        const Entry e = list[m_head[least]++];
        m_front[least] = m_head[least] < list.size() ? list[m_head[least]].t : kNone;
        m_last = least;
        --m_size;
        return { e.t, e.node };
    }
    // A hint for prefetching: the node `ahead` entries behind the one
    // popped last in its list (pops often take several from one list);
    // -1 if there is none.
    int peek(std::size_t ahead) const
    {
        if (m_last >= m_lists.size())
            return -1;
        const auto &list = m_lists[m_last];
        const std::size_t i = m_head[m_last] + ahead;
        return i < list.size() ? list[i].node : -1;
    }

private:
    static constexpr double kNone = std::numeric_limits<double>::infinity();
    struct Entry {
        double t;
        int node;
    };
    void append(std::size_t list, double t, int node)
    {
        auto &entries = m_lists[list];
        if (m_head[list] == entries.size())
            m_front[list] = t;
        entries.push_back({ t, node });
        ++m_size;
    }
    std::vector<std::vector<Entry>> m_lists;
    std::vector<std::size_t> m_head;
    std::vector<double> m_front; // each list's least time; kNone if empty
    std::size_t m_size = 0;
    std::size_t m_last = 0;
};

// The same for annual runs whose delays are all whole multiples of one
// whole number of hours, g (the usual case): every time is then a multiple
// of g, exact in a double, and an entry goes to the bucket of its time in a
// ring of one bucket per multiple of g up to the largest delay. Arrivals
// are at most that far ahead of the time popped last, so no two times
// share a bucket; a pop takes from the bucket of the current time, moving
// on to the next time that has an entry. No times are compared or kept.
class StepQueue {
public:
    // The largest ring a run may use: 2^16 buckets.
    static constexpr std::uint32_t kMaxSteps = 1U << 16;

    // Ready for arcs whose delays are steps[i] × g hours (each step at
    // least 1, at most kMaxSteps - 1); cheap when unchanged.
    void setSteps(const std::vector<std::uint32_t> &steps, double g)
    {
        if (m_steps == steps && m_g == g)
            return;
        m_steps = steps;
        m_g = g;
        m_buckets.assign(*std::max_element(steps.begin(), steps.end()) + std::size_t(1), {});
        clear();
    }
    bool empty() const { return m_size == 0; }
    void clear()
    {
        for (auto &b : m_buckets)
            b.clear();
        m_size = 0;
        m_at = 0;
        m_step = 0;
    }
    // An arrival at the time popped last plus the delay of index `delay`;
    // `t` is that time.
    void push(double /*t*/, int node, std::uint32_t delay)
    {
        std::size_t b = m_at + m_steps[delay];
        b -= b >= m_buckets.size() ? m_buckets.size() : 0;
        m_buckets[b].push_back(node);
        ++m_size;
    }
    void startsPushed() { }
    // The entry with the smallest time; not empty().
    std::pair<double, int> pop()
    {
        while (m_buckets[m_at].empty()) {
            m_at = m_at + 1 == m_buckets.size() ? 0 : m_at + 1;
            ++m_step;
        }
        auto &bucket = m_buckets[m_at];
        const int node = bucket.back();
        bucket.pop_back();
        --m_size;
        return { double(m_step) * m_g, node };
    }
    // A hint for prefetching: the node that the pop after `ahead` more pops
    // returns if nothing is pushed meanwhile, when it is of the current
    // time; -1 otherwise.
    int peek(std::size_t ahead) const
    {
        const auto &bucket = m_buckets[m_at];
        return ahead < bucket.size() ? bucket[bucket.size() - 1 - ahead] : -1;
    }

private:
    std::vector<std::uint32_t> m_steps;
    double m_g = 0.0;
    std::vector<std::vector<int>> m_buckets;
    std::size_t m_size = 0;
    std::size_t m_at = 0; // the bucket of the current time
    std::uint64_t m_step = 0; // the current time in steps of g
};

// Immutable once built; shared by all worker threads of a run.
class Propagator {
public:
    // `sever`: per node, the sever time (infinity = never). `horizon`:
    // infinity for none.
    Propagator(const CompiledModel &c, std::vector<Seed> seeds, bool annual,
        const std::vector<double> &sever, double horizon, std::uint64_t rngSeed);

    // Per-thread scratch space: allocated once, reset per trial by undoing
    // only what the trial touched.
    struct Workspace {
        explicit Workspace(const CompiledModel &c);
        // A node's state in the current trial, time and credit side by
        // side: relaxing an arc into it reads one line of memory, not two.
        struct Node {
            double time = kInfinity;
            int credit = -1; // arc that gave the node its time; -1: initial
        };
        LargeVector<Node> node;
        // A node compromised within the horizon, as it was settled: its time
        // and credit are final then.
        struct Settled {
            int node;
            int credit;
            double time;
        };
        std::vector<Settled> settled; // in settling order, which is by time
        RadixHeap heap; // many distinct delays
        DelayQueue queue; // few
        StepQueue steps; // few, whole multiples of one number of hours
        std::vector<std::uint32_t> assetStamp;
        std::uint32_t stamp = 0;
        std::vector<std::uint8_t> hit; // annual draws of the current trial
        // The annual breaches, first in `settled`, whose states in `node`
        // are left as they were (hit[] says they fell at time 0).
        std::size_t breached = 0;
        std::vector<std::uint32_t> live; // arcs whose draws succeeded
        std::vector<std::uint32_t> from, to; // ranges of arcs to draw
    };

    // Runs trial `trial`. Afterwards ws.settled lists the nodes compromised
    // within the horizon with their times and credits, in the order they
    // were settled. `hardened` (or -1): a node with breach likelihood 0 and
    // control strength 1 for this trial (SIMULATION.md §5).
    // `seeds` (seeded mode only) replaces the propagator's own seeds for this
    // trial when given.
    void runTrial(Workspace &ws, std::uint64_t trial, int hardened = -1,
        const std::vector<Seed> *seeds = nullptr) const;

    // The assets exposed in the trial just run, node by node, for callers
    // that count the settled nodes in the same pass: startExposures(ws),
    // then exposeHeld(ws, v, f) for each node v of ws.settled in order
    // calls f(asset) for each asset v holds that no node before it held.
    void startExposures(Workspace &ws) const
    {
        if (++ws.stamp == 0) {
            std::fill(ws.assetStamp.begin(), ws.assetStamp.end(), 0);
            ws.stamp = 1;
        }
    }
    bool holdsAssets(int v) const { return m_held[v] != kHoldsNone; }
    template<typename F> void exposeHeld(Workspace &ws, int v, F &&f) const
    {
        const auto expose = [&](int a) {
            if (ws.assetStamp[a] != ws.stamp) {
                ws.assetStamp[a] = ws.stamp;
                f(a);
            }
        };
        if (m_held[v] >= 0) {
            expose(m_held[v]);
        } else if (m_held[v] == kHoldsSeveral) {
            for (int k = m_c.heldStart[v]; k < m_c.heldStart[v + 1]; ++k)
                expose(m_c.heldAsset[k]);
        }
    }

    // Calls f(asset, node) once for each asset exposed in the trial just
    // run, `node` being the holder compromised first: ws.settled is in
    // settling order, which is by time.
    template<typename F> void forEachExposedAsset(Workspace &ws, F &&f) const
    {
        startExposures(ws);
        for (const Workspace::Settled &s : ws.settled)
            exposeHeld(ws, s.node, [&](int a) { f(a, s.node); });
    }

    const CompiledModel &compiled() const { return m_c; }

private:
    // runTrial with `queue`, a RadixHeap, a DelayQueue or a StepQueue.
    template<typename Queue>
    void propagate(Workspace &ws, Queue &queue, std::uint64_t trial, int hardened,
        const std::vector<Seed> *seeds) const;

    // Writes to `live` the arcs of the ranges [from[r], to[r]) of m_arcs,
    // r < ranges, whose draws succeed in the trial with key `key`, in order;
    // returns how many. from[] is read kAhead past its end. Out of line,
    // so that its loop has the registers to itself: inlined in propagate,
    // GCC spilled the draw's product to the stack.
    [[gnu::noinline]] std::uint32_t drawRanges(std::uint64_t key, const std::uint32_t *from,
        const std::uint32_t *to, std::uint32_t ranges, std::uint32_t *live) const;
    // How far ahead memory is asked for.
    static constexpr std::uint32_t kAhead = 4;

    // Clears what the previous trial left in `ws`.
    static void reset(Workspace &ws);

    const CompiledModel &m_c;
    std::vector<Seed> m_seeds;
    bool m_annual;
    double m_horizon;
    std::uint64_t m_rngSeed;
    // Annual mode: per node, floor(breach likelihood × 2^32), padded with
    // zeros; the nodes whose likelihood is 1 (2^32) have 0 here and are
    // listed in m_certain.
    std::vector<std::uint32_t> m_nodeThreshold;
    std::vector<int> m_certain;
    // Per node: min(sever time, horizon), and whether any is finite.
    std::vector<double> m_nodeLimit;
    bool m_limited = false;
    // Per node: the one asset it holds, or kHoldsNone or kHoldsSeveral
    // (then c.heldStart and c.heldAsset list them): most holders hold one,
    // which is then read in one place.
    static constexpr int kHoldsNone = -1;
    static constexpr int kHoldsSeveral = -2;
    std::vector<int> m_held;
    // The arcs that can succeed (q > 0; the others can never change a
    // trial), by tail: node u's are m_arcs[m_start[u] .. m_start[u + 1]), in
    // arc order. 16 bytes each, so that a node's arcs share cache lines: the
    // arc's offset in the generator (random.h), which also gives its index in
    // arc order; the largest draw that succeeds; and, in 32 bits, the head
    // and the index of the arc's delay among the few distinct delays. Runs
    // with more delays than a DelayQueue takes, or with 2^28 nodes or more,
    // read head and delay from m_wide instead.
    struct CsrArc {
        std::uint64_t offset;
        std::uint32_t last; // the largest 32-bit draw that succeeds
        std::uint32_t packed; // head << kDelayBits | delay; 0 in wide runs
        int id() const { return int(random::arcAt(offset)); }
    };
    static_assert(sizeof(CsrArc) == 16);
    static constexpr unsigned kDelayBits = 4;
    static_assert(DelayQueue::kMaxDelays == 1U << kDelayBits);
    struct HeadDelay {
        int head;
        std::uint32_t delay; // index in m_delays
    };
    std::vector<HeadDelay> m_wide; // by place in m_arcs; empty unless wide
    bool m_wideArcs = false;
    LargeVector<CsrArc> m_arcs;
    std::vector<int> m_start;
    std::vector<double> m_delays;
    // Annual runs whose distinct delays are whole multiples of a whole
    // number of hours, g (m_stepSize), use a StepQueue: m_steps[i] is
    // m_delays[i] / g. Empty otherwise.
    std::vector<std::uint32_t> m_steps;
    double m_stepSize = 0.0;
};

} // namespace wl::sim::detail
