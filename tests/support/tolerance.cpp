#include "tolerance.h"

#include <algorithm>
#include <cmath>

namespace wl::test {

double fiveSigma(double p, double n)
{
    return 5.0 * std::sqrt(p * (1.0 - p) / n);
}

double tolerance(double p, double n)
{
    return fiveSigma(std::clamp(p, 0.0, 1.0), n) + 1e-12;
}

} // namespace wl::test
