// Running blocks of trials on several threads with results that do not
// depend on the thread count. Internal to core/simulation.
#pragma once

#include "simulation/engine.h"

#include <chrono>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace wl::sim::detail {

inline int threadCount(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, int(std::thread::hardware_concurrency()));
}

// Runs work(worker, first, end) for every block of `blockSize` items out of
// `trials`, then blockDone(worker, blockIndex), on `threads` threads (the
// calling thread is worker 0 and reports progress). Returns false if
// cancelled.
template<typename Work, typename BlockDone>
bool forEachBlock(std::int64_t trials, int threads, const RunOptions &options, Work &&work,
    BlockDone &&blockDone, std::int64_t blockSize = kBlockTrials)
{
    const std::int64_t blocks = (trials + blockSize - 1) / blockSize;
    threads = int(std::min<std::int64_t>(threads, std::max<std::int64_t>(1, blocks)));
    std::atomic<std::int64_t> next { 0 };
    std::atomic<std::int64_t> done { 0 };
    const auto cancelled
        = [&options] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    auto lastReport = std::chrono::steady_clock::now();
    const auto loop = [&](int worker) {
        for (;;) {
            if (cancelled())
                return;
            const std::int64_t b = next.fetch_add(1);
            if (b >= blocks)
                return;
            const std::int64_t first = b * blockSize;
            const std::int64_t last = std::min(trials, first + blockSize);
            work(worker, first, last);
            blockDone(worker, b);
            done.fetch_add(last - first);
            if (worker == 0 && options.progress) {
                const auto now = std::chrono::steady_clock::now();
                if (now - lastReport > std::chrono::milliseconds(100)) {
                    lastReport = now;
                    options.progress(done.load(), trials);
                }
            }
        }
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < threads; ++w)
        pool.emplace_back(loop, w);
    loop(0);
    for (auto &t : pool)
        t.join();
    if (cancelled())
        return false;
    if (options.progress)
        options.progress(trials, trials);
    return true;
}

// Per-node floating-point sums, added block by block in block order.
class OrderedSum {
public:
    explicit OrderedSum(int size)
        : m_size(size)
        , m_total(size, 0.0)
    {
    }

    // The array worker `w` adds its current block into.
    std::vector<double> &partial(int w)
    {
        std::lock_guard lock(m_mutex);
        auto &slot = m_current[w];
        if (slot.empty())
            slot = fresh();
        return slot;
    }

    // Hands the worker's block over for merging in order; the worker's next
    // partial() starts from zero.
    void finishBlock(int w, std::int64_t block)
    {
        std::lock_guard lock(m_mutex);
        m_pending.emplace(block, std::move(m_current[w]));
        m_current[w].clear();
        while (!m_pending.empty() && m_pending.begin()->first == m_nextBlock) {
            std::vector<double> &p = m_pending.begin()->second;
            for (int i = 0; i < m_size; ++i)
                m_total[i] += p[i];
            m_free.push_back(std::move(p));
            m_pending.erase(m_pending.begin());
            ++m_nextBlock;
        }
    }

    const std::vector<double> &total() const { return m_total; }

private:
    std::vector<double> fresh()
    {
        if (m_free.empty())
            return std::vector<double>(m_size, 0.0);
        std::vector<double> v = std::move(m_free.back());
        m_free.pop_back();
        std::fill(v.begin(), v.end(), 0.0);
        return v;
    }

    int m_size;
    std::vector<double> m_total;
    std::mutex m_mutex;
    std::map<int, std::vector<double>> m_current;
    std::map<std::int64_t, std::vector<double>> m_pending;
    std::vector<std::vector<double>> m_free;
    std::int64_t m_nextBlock = 0;
};

} // namespace wl::sim::detail
