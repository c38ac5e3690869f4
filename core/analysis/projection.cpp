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

std::vector<NodeChance> Projection::likeliestNext(int k, int count) const
{
    std::vector<NodeChance> next;
    for (int v = 0; v < nodeCount(); ++v)
        if (const double p = pNode(v, k); p > 0.0 && p < 1.0)
            next.push_back({ v, p });
    std::stable_sort(next.begin(), next.end(),
        [](const NodeChance &a, const NodeChance &b) { return a.p > b.p; });
    if (int(next.size()) > count)
        next.resize(size_t(std::max(count, 0)));
    return next;
}

QVector<CategoryRecords> Projection::expectedRecordsByCategory(int k) const
{
    QVector<CategoryRecords> out;
    const QVector<DataAsset> &assets = model->data();
    for (int a = 0; a < assetCount(); ++a) {
        const double records = pAsset(a, k) * double(assets[a].records);
        if (records <= 0.0)
            continue;
        auto it = std::find_if(out.begin(), out.end(),
            [&](const CategoryRecords &c) { return c.category == assets[a].category; });
        if (it == out.end())
            out.append({ assets[a].category, records });
        else
            it->expectedRecords += records;
    }
    std::stable_sort(
        out.begin(), out.end(), [](const CategoryRecords &a, const CategoryRecords &b) {
            return a.expectedRecords > b.expectedRecords;
        });
    return out;
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
    std::shared_ptr<const Model> model, const sim::CompiledModel &compiled, sim::RunOptions options,
    QString *error)
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
