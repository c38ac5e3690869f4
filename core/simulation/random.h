// The random numbers of the engine (SIMULATION.md §4). Every draw is a hash
// of (rng_seed, trial, stream, index), so a draw never depends on which other
// draws were made: results do not depend on the thread count, and common
// random numbers stay exact when one node's parameters change.
//
// Generator (a format change if altered; see docs/SIMULATION-ENGINE.md):
//   mix64        = SplitMix64's finaliser (Steele, Lea, Flood 2014)
//   trialKey     = mix64(rng_seed ^ mix64(trial))
//   arcDraw(a)   = mix64(trialKey ^ mix64(2a))      -- arc a, in arc order
//   nodeDraw(v)  = mix64(trialKey ^ mix64(2v + 1))  -- node v, annual mode
//   a draw u succeeds with probability q iff (u >> 11) < floor(q * 2^53)
#pragma once

#include <cstdint>

namespace wl::sim::random {

inline constexpr std::uint64_t mix64(std::uint64_t z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

inline constexpr std::uint64_t trialKey(std::uint64_t rngSeed, std::uint64_t trial)
{
    return mix64(rngSeed ^ mix64(trial));
}

inline constexpr std::uint64_t arcKey(std::uint64_t arc)
{
    return mix64(2 * arc);
}
inline constexpr std::uint64_t nodeKey(std::uint64_t node)
{
    return mix64(2 * node + 1);
}

// floor(q * 2^53): exact for q in [0, 1], and q = 1 always succeeds.
inline std::uint64_t threshold(double q)
{
    if (q <= 0.0)
        return 0;
    if (q >= 1.0)
        return std::uint64_t(1) << 53;
    return std::uint64_t(q * 9007199254740992.0);
}

inline constexpr bool succeeds(std::uint64_t trialKey, std::uint64_t key, std::uint64_t threshold)
{
    return (mix64(trialKey ^ key) >> 11) < threshold;
}

} // namespace wl::sim::random
