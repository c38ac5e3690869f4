// The worked examples of SIMULATION.md §6 as models, one function per
// example, written exactly as the section states them (every arc
// probability not given is 0, delays 24 h, control strengths 0); the
// expected figures stay with the tests that check them.
#pragma once

#include "simtestmodel.h"

namespace wl::test {

// §6.1 Chain (and §6.5 Severance, which severs B in a scenario):
// A→B 0.5, B→C 0.4.
inline Model workedChain()
{
    return SimModelBuilder()
        .node("A")
        .node("B")
        .node("C")
        .edge("A", "B", 0.5)
        .edge("B", "C", 0.4)
        .m;
}

// §6.2 Backward: A→M with p_forward 0, p_backward 0.3.
inline Model workedBackward()
{
    return SimModelBuilder().node("A").node("M").edge("A", "M", 0.0, 0.3).m;
}

// §6.3 Diamond: A→B, A→C, B→D, C→D, all 0.5 forward.
inline Model workedDiamond()
{
    return SimModelBuilder()
        .node("A")
        .node("B")
        .node("C")
        .node("D")
        .edge("A", "B", 0.5)
        .edge("A", "C", 0.5)
        .edge("B", "D", 0.5)
        .edge("C", "D", 0.5)
        .m;
}

// §6.4 Control strength: §6.1 with B.control_strength 0.5.
inline Model workedControl()
{
    return SimModelBuilder()
        .node("A")
        .node("B", 0.0, 0.5)
        .node("C")
        .edge("A", "B", 0.5)
        .edge("B", "C", 0.4)
        .m;
}

// §6.7 Annual: two isolated nodes P and Q, breach likelihoods 0.1 and 0.2.
inline Model workedAnnual()
{
    return SimModelBuilder().node("P", 0.1).node("Q", 0.2).m;
}

// §6.8 Delay race: A→C 0.5 (100 h), A→B 1.0 (10 h), B→C 1.0 (10 h).
inline Model workedDelayRace()
{
    return SimModelBuilder()
        .node("A")
        .node("B")
        .node("C")
        .edge("A", "C", 0.5, 0.0, 100)
        .edge("A", "B", 1.0, 0.0, 10)
        .edge("B", "C", 1.0, 0.0, 10)
        .m;
}

} // namespace wl::test
