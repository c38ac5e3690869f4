// The simulation result JSON and the ranking JSON, version 1 (FORMAT.md §3,
// §4). Deterministic bytes: nothing that depends on the machine is written.
#pragma once

#include "simulation/engine.h"
#include "simulation/rankings.h"

#include <QByteArray>

#include <functional>

namespace wl::sim {

QByteArray writeResultJson(const Model &model, const CompiledModel &c, const SimResult &r);
// The same bytes, handed to `sink` in pieces of a few megabytes as they are
// made, each ending with a line (io::writeFileInPieces writes them while
// the next is made).
void writeResultJson(const Model &model, const CompiledModel &c, const SimResult &r,
    const std::function<void(QByteArray)> &sink);

QByteArray writeBlastRadiusJson(
    const Model &model, const BlastRadius &b, int trials, std::uint64_t rngSeed);
QByteArray writeHardeningGainJson(
    const Model &model, const std::vector<double> &gain, int trials, std::uint64_t rngSeed);
QByteArray writeConcentrationJson(const Model &model,
    const std::vector<ConcentrationEntry> &entries, int trials, std::uint64_t rngSeed);

} // namespace wl::sim
