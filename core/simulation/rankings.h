// "Where is the weak link" (SIMULATION.md §5): per-node rankings computed
// with common random numbers, so that differences between nodes are not
// drowned in Monte Carlo noise.
#pragma once

#include "simulation/engine.h"

namespace wl::sim {

struct BlastRadius {
    // Per node, seeded with that node alone at time 0.
    std::vector<double> expectedOtherCompromised;
    std::vector<double> expectedExposedRecords;
};

// nullopt if cancelled. Progress counts nodes.
std::optional<BlastRadius> blastRadius(
    const CompiledModel &c, int trials, std::uint64_t rngSeed, const RunOptions &options = {});

// Per node: expected exposed records of the annual scenario minus the same
// with the node's control strength 1 and breach likelihood 0. Only the
// baseline trials in which the node was compromised are run again: in every
// other trial hardening it changes nothing. nullopt if cancelled. Progress
// counts baseline trials, then nodes.
std::optional<std::vector<double>> hardeningGain(
    const CompiledModel &c, int trials, std::uint64_t rngSeed, const RunOptions &options = {});

struct ConcentrationEntry {
    int node = 0; // in model order
    // Tier-1 nodes that reach it (tierOneDependents).
    int dependents = 0;
    // As for the blast radius: this node the only seed.
    double expectedExposedRecords = 0.0;
};

// Fourth-party concentration (FORMAT.md §4): every node of tier >= 1 with
// its dependents and blast radius (`blast`, computed on `model`), sorted by
// dependents, then expected exposed records, largest first; ties keep
// model order.
std::vector<ConcentrationEntry> concentration(const Model &model, const BlastRadius &blast);

} // namespace wl::sim
