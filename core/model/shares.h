// Work on the items of a large model shared out among the cores (issue 16):
// contiguous shares, one per core, each on a thread of its own.
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <system_error>
#include <thread>
#include <vector>

namespace wl {

// How many shares `count` items make when each share has at least
// `perShare` of them (below that, starting a thread costs more than it
// saves): between 1 and the number of cores.
inline qsizetype shareCount(qsizetype count, qsizetype perShare)
{
    const qsizetype cores = std::max<qsizetype>(1, std::thread::hardware_concurrency());
    return std::clamp<qsizetype>(count / perShare, 1, cores);
}

// Runs work(share, first, last) for each of `shares` contiguous shares of
// [0, count), and returns when all are done. The last share runs on the
// calling thread, the others on threads of their own; where the system
// refuses a thread (its limit on threads), the calling thread runs that
// share and the ones after it too.
template<typename Work> void runShares(qsizetype count, qsizetype shares, Work &&work)
{
    const auto first = [&](qsizetype share) { return count * share / shares; };
    std::vector<std::thread> pool;
    for (qsizetype s = 0; s + 1 < shares; ++s) {
        try {
            pool.emplace_back(
                [&work, s, from = first(s), to = first(s + 1)] { work(s, from, to); });
        } catch (const std::system_error &) {
            break;
        }
    }
    for (auto s = qsizetype(pool.size()); s < shares; ++s)
        work(s, first(s), first(s + 1));
    for (std::thread &t : pool)
        t.join();
}

} // namespace wl
