// The random numbers of the engine (SIMULATION.md §4). Every draw is a hash
// of (rng_seed, trial, stream, index), so a draw never depends on which other
// draws were made: results do not depend on the thread count, and common
// random numbers stay exact when one node's parameters change.
//
// Generator 2 (a format change if altered; see docs/SIMULATION-ENGINE.md):
//   mix64          = SplitMix64's finaliser (Steele, Lea, Flood 2014)
//   trialKey       = mix64(rng_seed ^ mix64(trial))
//   draw(j)        = mix64(trialKey + j * GAMMA)  -- output j + 1 of SplitMix64
//                                                    started at trialKey
//   arc a          : draw(2a), its high 32 bits    -- a in arc order
//   nodes 2k, 2k+1 : draw(2k + 1), high and low 32 bits (annual mode)
//   a 32-bit draw u succeeds with probability q iff u < floor(q * 2^32)
#pragma once

#include <cstdint>

namespace wl::sim::random {

inline constexpr std::uint64_t kGamma = 0x9e3779b97f4a7c15ULL;

inline constexpr std::uint64_t mix64(std::uint64_t z)
{
    z += kGamma;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

inline constexpr std::uint64_t trialKey(std::uint64_t rngSeed, std::uint64_t trial)
{
    return mix64(rngSeed ^ mix64(trial));
}

inline constexpr std::uint64_t draw(std::uint64_t trialKey, std::uint64_t j)
{
    return mix64(trialKey + j * kGamma);
}

// The 32-bit draw of arc `arc` in the trial with key `trialKey`.
inline constexpr std::uint32_t arcDraw(std::uint64_t trialKey, std::uint64_t arc)
{
    return std::uint32_t(draw(trialKey, 2 * arc) >> 32);
}

// The 32-bit draws of nodes 2k (first) and 2k + 1 (second).
inline constexpr std::uint64_t nodePairDraw(std::uint64_t trialKey, std::uint64_t k)
{
    return draw(trialKey, 2 * k + 1);
}

// floor(q * 2^32), in [0, 2^32]: a 32-bit draw u succeeds iff u < threshold;
// q = 1 always succeeds, q = 0 never.
inline constexpr std::uint64_t threshold(double q)
{
    if (q <= 0.0)
        return 0;
    if (q >= 1.0)
        return std::uint64_t(1) << 32;
    return std::uint64_t(q * 4294967296.0);
}

} // namespace wl::sim::random
