// Statistical tolerances for Monte Carlo estimates: how far a frequency
// estimated from n trials may fall from its exact value p.
//
// One standard error of a frequency is sqrt(p (1 - p) / n); five of them
// make a false failure less likely than 1e-6 per comparison (normal
// approximation). The factor five is the tests' choice, not a contract:
// SIMULATION.md gives exact values only.
#pragma once

namespace wl::test {

// Five standard errors of a frequency p over n trials, nothing added: the
// bound the dock and panel tests compare with (and add their own slack to
// where they need it).
double fiveSigma(double p, double n);

// Five standard errors plus 1e-12 for rounding, with p clamped to [0, 1]
// first (an exact sum of weights may exceed 1 in the last bit): the bound
// the engine, paths, charts and overlay tests compare with. For p in [0, 1]
// this is fiveSigma(p, n) + 1e-12.
double tolerance(double p, double n);

} // namespace wl::test
