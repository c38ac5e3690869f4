#include "metrics.h"

#include <QCoreApplication>

#include <cmath>

namespace wl::sim {

const QStringList &metricNames()
{
    static const QStringList names
        = { QStringLiteral("likelihood"), QStringLiteral("exposure"), QStringLiteral("risk"),
              QStringLiteral("time-to-compromise"), QStringLiteral("blast-radius") };
    return names;
}

QString metricName(Metric m)
{
    return metricNames().at(int(m));
}

std::optional<Metric> metricFromName(const QString &name)
{
    const qsizetype i = metricNames().indexOf(name);
    if (i < 0)
        return std::nullopt;
    return Metric(i);
}

QString metricTitle(Metric m)
{
    switch (m) {
    case Metric::Likelihood:
        return QCoreApplication::translate("wl::render", "Likelihood of compromise");
    case Metric::Exposure:
        return QCoreApplication::translate("wl::render", "Exposure (expected records held)");
    case Metric::Risk:
        return QCoreApplication::translate("wl::render", "Risk (records × sensitivity)");
    case Metric::TimeToCompromise:
        return QCoreApplication::translate("wl::render", "Mean time to compromise");
    case Metric::BlastRadius:
        return QCoreApplication::translate("wl::render", "Blast radius (other nodes compromised)");
    }
    return {};
}

QString metricUnit(Metric m)
{
    switch (m) {
    case Metric::Likelihood: return QStringLiteral("probability");
    case Metric::Exposure: return QStringLiteral("records");
    case Metric::Risk: return QStringLiteral("records × sensitivity");
    case Metric::TimeToCompromise: return QStringLiteral("hours");
    case Metric::BlastRadius: return QStringLiteral("nodes");
    }
    return {};
}

std::vector<double> heldRecords(const CompiledModel &c)
{
    std::vector<double> out(std::size_t(c.nodeCount), 0.0);
    for (int v = 0; v < c.nodeCount; ++v)
        for (int k = c.heldStart[v]; k < c.heldStart[v + 1]; ++k)
            out[v] += double(c.assetRecords[c.heldAsset[k]]);
    return out;
}

std::vector<double> heldWeightedRecords(const Model &model, const CompiledModel &c)
{
    std::vector<double> out(std::size_t(c.nodeCount), 0.0);
    for (int v = 0; v < c.nodeCount; ++v)
        for (int k = c.heldStart[v]; k < c.heldStart[v + 1]; ++k) {
            const int a = c.heldAsset[k];
            out[v] += double(c.assetRecords[a]) * double(model.data()[a].sensitivity);
        }
    return out;
}

NodeValues metricValues(
    Metric m, const Model &model, const CompiledModel &c, const SimResult &result)
{
    NodeValues out(std::size_t(c.nodeCount));
    std::vector<double> weight;
    if (m == Metric::Exposure)
        weight = heldRecords(c);
    else if (m == Metric::Risk)
        weight = heldWeightedRecords(model, c);
    for (int v = 0; v < c.nodeCount; ++v) {
        switch (m) {
        case Metric::Likelihood: out[v] = result.pCompromised(v); break;
        case Metric::Exposure:
        case Metric::Risk: out[v] = result.pCompromised(v) * weight[v]; break;
        case Metric::TimeToCompromise:
            if (result.compromised[v] > 0 && !std::isnan(result.meanHours[v]))
                out[v] = result.meanHours[v];
            break;
        case Metric::BlastRadius: break;
        }
    }
    return out;
}

NodeValues blastRadiusValues(const BlastRadius &ranking)
{
    NodeValues out;
    out.reserve(ranking.expectedOtherCompromised.size());
    for (const double v : ranking.expectedOtherCompromised)
        out.emplace_back(v);
    return out;
}

MetricOutcome computeMetric(Metric m, const Model &model, const CompiledModel &c,
    const Scenario &scenario, int blastTrials, const RunOptions &options)
{
    MetricOutcome out;
    if (m == Metric::BlastRadius) {
        const std::optional<BlastRadius> ranking
            = blastRadius(c, blastTrials, scenario.rngSeed, options);
        if (!ranking) {
            out.cancelled = true;
            return out;
        }
        out.values = blastRadiusValues(*ranking);
        return out;
    }
    RunOutcome run = sim::run(model, c, scenario, options);
    if (!run.result) {
        out.error = run.error;
        out.cancelled = run.cancelled;
        return out;
    }
    out.values = metricValues(m, model, c, *run.result);
    out.result = std::make_shared<const SimResult>(std::move(*run.result));
    return out;
}

} // namespace wl::sim
