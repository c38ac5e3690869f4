// The random numbers of the engine (SIMULATION.md §4). Every draw is a hash
// of (rng_seed, trial, arc or node), so a draw never depends on which other
// draws were made: results do not depend on the thread count, and common
// random numbers stay exact when one node's parameters change.
//
// Generator 3 (a format change if altered; see docs/SIMULATION-ENGINE.md):
//   mix64          = SplitMix64's finaliser (Steele, Lea, Flood 2014)
//   trialKey       = mix64(rng_seed ^ mix64(trial))
//   arc a          : the high 32 bits of output a + 1 of wyrand (Wang Yi's
//                    wyhash, final version 4) started at trialKey; a in arc
//                    order
//   node v         : lowbias32(lowbias32(v ^ lo32(trialKey)) ^ hi32(trialKey))
//                    (annual mode; lowbias32 is Chris Wellons' 32-bit hash)
//   a 32-bit draw u succeeds with probability q iff u < floor(q * 2^32)
#pragma once

#include <cstdint>

#ifndef __SIZEOF_INT128__
#error "the arcs' draws need a 64 x 64 -> 128-bit multiplication (unsigned __int128)"
#endif

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

// The 32-bit draw of arc `arc` in the trial with key `trialKey`: wyrand's
// state advances by kWyStep per output, and an output is the 128-bit
// product of the state and the state XOR kWyMix, its two halves XORed. The
// low half is computed as a 64-bit product of its own: from the 128-bit
// value, GCC stored both halves to the stack and read them back in the
// propagation's loops.
inline constexpr std::uint64_t kWyStep = 0x2d358dccaa6c78a5ULL;
inline constexpr std::uint64_t kWyMix = 0x8bb84b93962eacc9ULL;

// Arc `arc`'s place in wyrand's sequence, the part of its draw that is the
// same in every trial: the propagation keeps it per arc, which spares a
// multiplication per draw.
inline constexpr std::uint64_t arcOffset(std::uint64_t arc)
{
    return (arc + 1) * kWyStep;
}

// The draw of the arc whose offset is `offset`.
inline constexpr std::uint32_t arcDrawAt(std::uint64_t trialKey, std::uint64_t offset)
{
    __extension__ using Wide = unsigned __int128;
    const std::uint64_t state = trialKey + offset;
    const std::uint64_t mix = state ^ kWyMix;
    const std::uint64_t high = std::uint64_t((Wide(state) * mix) >> 64);
    return std::uint32_t(((state * mix) ^ high) >> 32);
}

inline constexpr std::uint32_t arcDraw(std::uint64_t trialKey, std::uint64_t arc)
{
    return arcDrawAt(trialKey, arcOffset(arc));
}

// The arc whose offset is `offset`: kWyStep is odd, so it has an inverse
// modulo 2^64 (Newton's iteration, each step doubling the bits that are
// right; kWyStep is its own inverse modulo 8).
inline constexpr std::uint64_t kWyStepInverse = [] {
    std::uint64_t x = kWyStep;
    for (int i = 0; i < 5; ++i)
        x *= 2 - kWyStep * x;
    return x;
}();
static_assert(kWyStep * kWyStepInverse == 1);

inline constexpr std::uint64_t arcAt(std::uint64_t offset)
{
    return offset * kWyStepInverse - 1;
}

// Chris Wellons' "lowbias32": a bijection of 32-bit words with two
// multiplications, cheap to compute eight at a time with AVX2.
inline constexpr std::uint32_t lowbias32(std::uint32_t x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

// The 32-bit annual draw of node `node` in the trial with key `trialKey`.
inline constexpr std::uint32_t nodeDraw(std::uint64_t trialKey, std::uint32_t node)
{
    return lowbias32(lowbias32(node ^ std::uint32_t(trialKey)) ^ std::uint32_t(trialKey >> 32));
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
