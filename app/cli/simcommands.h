// weaklink-cli's simulation commands: `simulate` (FORMAT.md §2–3) and `rank`
// (§4), on the engine of core/simulation.
#pragma once

#include "arguments.h"

#include "model/scenario.h"

#include <QStringList>

#include <optional>

namespace wl::cli {

extern const OptionSpec kTrials;
extern const OptionSpec kRngSeed;
extern const OptionSpec kThreads;

// A positive integer (--trials, --threads) or the random seed: the exit
// code of a usage error, or nothing with *out set (left alone when the
// option is absent).
std::optional<int> positiveInt(const Arguments &a, const OptionSpec &o, int *out);
std::optional<int> rngSeed(const Arguments &a, quint64 *out);
// --trials, --rng-seed and --threads together, as snapshot, diff and report
// take them; each out value is left alone when its option is absent.
std::optional<int> runArguments(const Arguments &a, int *trials, quint64 *seed, int *threads);

// The scenario options of `simulate` (FORMAT.md §2), which `export
// --overlay` takes too: --seed-node, --annual, --trials, --rng-seed,
// --threads, --horizon-hours, --sever.
const QList<OptionSpec> &scenarioOptions();
// The first scenario option given, in the spelling of the help; empty if
// none.
QString givenScenarioOption(const Arguments &a);
// Reads them into *s (and the thread count into *threads, left alone when
// not given); returns the exit code of a usage error.
std::optional<int> parseScenario(const Arguments &a, sim::Scenario *s, int *threads);

int runSimulate(const QStringList &args);
int runRank(const QStringList &args);

} // namespace wl::cli
