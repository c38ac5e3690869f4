// The per-node metrics of FORMAT.md §2 (`export --overlay METRIC`), which the
// heatmap draws: computed from a run's result (or, for blast-radius, from
// the blast-radius ranking), one optional value per node in model order.
// A node has no value only where FORMAT.md says so: time-to-compromise of a
// node never compromised.
#pragma once

#include "simulation/engine.h"
#include "simulation/rankings.h"

#include <memory>
#include <optional>
#include <vector>

namespace wl::sim {

enum class Metric { Likelihood, Exposure, Risk, TimeToCompromise, BlastRadius };

using NodeValues = std::vector<std::optional<double>>;

// The command-line names, in enum order: likelihood, exposure, risk,
// time-to-compromise, blast-radius.
const QStringList &metricNames();
QString metricName(Metric m);
std::optional<Metric> metricFromName(const QString &name);
// A readable title ("Likelihood of compromise") and the unit of the values
// ("probability", "records", "records × sensitivity", "hours", "nodes").
QString metricTitle(Metric m);
QString metricUnit(Metric m);

// blast-radius ignores the scenario (FORMAT.md §2).
inline bool metricUsesScenario(Metric m)
{
    return m != Metric::BlastRadius;
}
// An earlier compromise is the greater danger: for time-to-compromise a
// lower value is hotter.
inline bool metricLowerIsHotter(Metric m)
{
    return m == Metric::TimeToCompromise;
}

// Per node v: Σ records(a) and Σ records(a) × sensitivity(a) over the
// assets v holds (its own and those that flow to it), in model order.
std::vector<double> heldRecords(const CompiledModel &c);
std::vector<double> heldWeightedRecords(const Model &model, const CompiledModel &c);

// A scenario metric from a result computed on `model` (not blast-radius:
// that needs the ranking, see blastRadiusValues).
NodeValues metricValues(
    Metric m, const Model &model, const CompiledModel &c, const SimResult &result);
NodeValues blastRadiusValues(const BlastRadius &ranking);

// Trials per node for blast-radius when none are given: as `rank`.
constexpr int kDefaultBlastRadiusTrials = 2000;

struct MetricOutcome {
    NodeValues values;
    // The run behind a scenario metric; null for blast-radius.
    std::shared_ptr<const SimResult> result;
    QString error;
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Runs what the metric needs: the scenario (checked first; an unknown node
// id is an error), or the blast-radius ranking with `blastTrials` seeded
// trials per node and the scenario's rng seed.
MetricOutcome computeMetric(Metric m, const Model &model, const CompiledModel &c,
    const Scenario &scenario, int blastTrials, const RunOptions &options = {});

} // namespace wl::sim
