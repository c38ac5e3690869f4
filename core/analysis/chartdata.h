// The figures behind the charts (docs/CHARTS.md), computed from a
// simulation result and the model it was run on: plain data, no pixels, so
// the tests check exactly what a chart plots, without widgets. Every function expects the
// result to match the model (its per-node and per-asset vectors sized by
// it) and returns empty data otherwise.
#pragma once

#include "simulation/engine.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>
#include <vector>

namespace wl::analysis {

// --- (a) 5 x 5 likelihood x impact risk matrix -----------------------------

// Lower bounds of likelihood bins 2..5 on p_compromised: bin 1 is
// [0, 0.01), bin 2 [0.01, 0.05), ..., bin 5 [0.5, 1].
inline constexpr std::array<double, 4> kLikelihoodBounds { 0.01, 0.05, 0.2, 0.5 };
// Lower bounds of impact bins 2..5 on the impact score (records x
// sensitivity summed over the assets a node holds): bin 1 is [0, 10^3),
// then a factor 100 per bin, bin 5 [10^9, inf).
inline constexpr std::array<double, 4> kImpactBounds { 1e3, 1e5, 1e7, 1e9 };

// 1 to 5: the number of lower bounds at or below the value, plus one.
int likelihoodBin(double p);
int impactBin(double impact);

// Σ records(a) × sensitivity(a) over the assets node v holds (its owner's
// assets and every asset an edge carries to it, each once).
std::vector<double> impactScores(const Model &model);

struct RiskEntry {
    int node = 0; // model index
    QString id;
    QString name;
    double likelihood = 0.0; // p_compromised
    double impact = 0.0; // impact score
    int likelihoodBin = 1;
    int impactBin = 1;
};

struct RiskMatrixData {
    QVector<RiskEntry> entries; // every node, in model order
    // Model indexes of the nodes per cell: cells[likelihoodBin - 1][impactBin - 1].
    std::array<std::array<QVector<int>, 5>, 5> cells;
};

RiskMatrixData riskMatrix(const Model &model, const sim::SimResult &result);

// --- (b) histogram of compromised nodes per trial ---------------------------

struct HistogramBar {
    int kFirst = 0; // the bar counts trials with kFirst <= k <= kLast (same width for all)
    int kLast = 0;
    std::int64_t trials = 0;
    double share = 0.0; // trials / N
    friend bool operator==(const HistogramBar &, const HistogramBar &) = default;
};

// Bars of equal width covering every k from the smallest to the largest
// with at least one trial; the width is 1 unless that needs more than
// `maxBars` bars, then the smallest width that fits.
QVector<HistogramBar> compromisedHistogram(const sim::SimResult &result, int maxBars = 40);

// --- (c) expected exposed records per data category -------------------------

struct CategoryRecords {
    QString category;
    double expectedRecords = 0.0;
};

// Every category that occurs among the model's assets, largest expectation
// first; equal ones keep the order of first appearance among the assets.
QVector<CategoryRecords> exposedByCategory(const Model &model, const sim::SimResult &result);

// --- (d) cumulative probability of compromise over time --------------------

struct CompromiseCurve {
    QString id;
    QString name;
    QVector<double> hours; // the result's time grid
    QVector<double> probability; // P(T(v) <= hours[k])
    double finalProbability = 0.0; // p_compromised: where the curve is heading
};

// One curve per id that names a node of the model, in the order given
// (unknown ids are skipped). Empty if the result has no time grid.
QVector<CompromiseCurve> compromiseCurves(
    const Model &model, const sim::SimResult &result, const QStringList &nodeIds);

// A time grid for a scenario: `points` equally spaced hours from 0 to an
// end. With a horizon, the end is the horizon. Otherwise it is the largest
// of 24 h, E + 24 h, 3 E and 3 M, rounded up to whole hours (whole days
// beyond 48 h), where
//   E: the latest earliest-possible compromise time: the largest over nodes
//      of the shortest time to reach them over arcs that can carry a
//      compromise (q > 0), from the seeds at their start times or, in annual
//      mode, from every node that can be breached directly, within the
//      severance limits;
//   M: the largest mean time to compromise in a pilot run of the scenario
//      with at most 256 trials (the only time scale in annual mode, where
//      every source starts at 0).
// Bad scenarios (an unknown seed) get the 24 h grid. Runs the engine: call
// it where the scenario will run, off the GUI thread.
std::vector<double> suggestTimeGrid(const Model &model, const sim::CompiledModel &compiled,
    const sim::Scenario &scenario, int points = 151);
// The same, compiling the model first.
std::vector<double> suggestTimeGrid(
    const Model &model, const sim::Scenario &scenario, int points = 151);

// --- (e) loss exceedance ----------------------------------------------------

struct ExceedancePoint {
    double records = 0.0; // x: a per-trial total that occurred
    double probability = 0.0; // P(exposed records > x)
};

struct LossExceedanceData {
    // One point per distinct per-trial total, ascending: the step function
    // P(X > x) is probability[i] for records[i] <= x < records[i + 1].
    QVector<ExceedancePoint> points;
    double pAnyExposure = 0.0; // P(X > 0)
    double mean = 0.0; // expected exposed records
};

LossExceedanceData lossExceedance(const sim::SimResult &result);

} // namespace wl::analysis
