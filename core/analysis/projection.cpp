#include "analysis/projection.h"

#include "simulation/compiledmodel.h"

#include <algorithm>

namespace wl::analysis {

double Projection::expectedNodes(int k) const
{
    double sum = 0.0;
    for (int v = 0; v < nodeCount(); ++v)
        sum += pNode(v, k);
    return sum;
}

double Projection::expectedRecords(int k) const
{
    double sum = 0.0;
    const QVector<DataAsset> &assets = model->data();
    for (int a = 0; a < assetCount(); ++a)
        sum += pAsset(a, k) * double(assets[a].records);
    return sum;
}

int Projection::indexAtOrBefore(double hours) const
{
    const std::vector<double> &grid = timeline();
    const auto it = std::upper_bound(grid.begin(), grid.end(), hours);
    return it == grid.begin() ? 0 : int(it - grid.begin()) - 1;
}

std::vector<int> firstReached(const sim::SimResult &result, int nodeCount)
{
    std::vector<int> first(size_t(nodeCount), -1);
    const size_t points = result.timeGrid.size();
    if (result.compromisedBy.size() != points * size_t(nodeCount))
        return first;
    for (size_t v = 0; v < size_t(nodeCount); ++v)
        for (size_t k = 0; k < points; ++k)
            if (result.compromisedBy[v * points + k] > 0) {
                first[v] = int(k);
                break;
            }
    return first;
}

std::optional<Projection> project(const ExerciseSettings &settings,
    std::shared_ptr<const Model> model, const sim::CompiledModel &compiled,
    sim::RunOptions options, QString *error)
{
    options.timeGrid = exercise::timeline(settings);
    sim::RunOutcome outcome = sim::run(*model, compiled, exercise::scenario(settings), options);
    if (!outcome.result) {
        if (error)
            *error = outcome.error;
        return std::nullopt;
    }
    Projection p { settings, std::move(model), std::move(*outcome.result), {} };
    p.firstReached = firstReached(p.result, p.nodeCount());
    return p;
}

} // namespace wl::analysis
