#include "reportdata.h"

#include "analysis/snapshots.h"
#include "layout/layout.h"
#include "model/tiers.h"
#include "obligations/rules.h"
#include "render/diagram.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace wl::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wl::report", text);
}

const Snapshot *sinceSnapshot(const DocumentState &state, const ReportOptions &options)
{
    if (!options.compare || state.snapshots.isEmpty())
        return nullptr;
    if (options.since.isEmpty())
        return &state.snapshots.constLast();
    for (const Snapshot &s : state.snapshots)
        if (s.name == options.since)
            return &s;
    return nullptr;
}

const SavedScenario *savedScenario(const DocumentState &state, const QString &name)
{
    for (const SavedScenario &s : state.scenarios)
        if (s.name == name)
            return &s;
    return nullptr;
}

// Ours: the organisation most tier-0 nodes belong to (ties: the first met).
QString ourOrganisation(const Model &m, const QVector<int> &tiers)
{
    QHash<QString, int> counts;
    QString best;
    for (int i = 0; i < m.nodes().size(); ++i) {
        const QString &org = m.nodes()[i].organization;
        if (tiers[i] != 0 || org.isEmpty())
            continue;
        if (++counts[org] > counts.value(best))
            best = org;
    }
    return best;
}

// The nearest-rank percentile of the per-trial records.
double percentile(std::vector<std::int64_t> sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = std::size_t(std::ceil(p * double(sorted.size())));
    return double(sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1]);
}

sim::Scenario annual(const ReportOptions &o)
{
    sim::Scenario s;
    s.mode = sim::Mode::Annual;
    s.trials = o.trials;
    s.rngSeed = o.rngSeed;
    return s;
}

int mostConnectedVendor(const Model &m, const QVector<int> &tiers, int *edges)
{
    QVector<int> degree(m.nodes().size(), 0);
    for (const Edge &e : m.edges()) {
        ++degree[m.nodeIndex(e.source)];
        ++degree[m.nodeIndex(e.target)];
    }
    int best = -1;
    for (int i = 0; i < m.nodes().size(); ++i)
        if (tiers[i] == 1 && (best < 0 || degree[i] > degree[best]))
            best = i;
    *edges = best < 0 ? 0 : degree[best];
    return best;
}

} // namespace

QString checkOptions(const DocumentState &state, const ReportOptions &options)
{
    if (options.trials < 1 || options.rankingTrials < 1)
        return tr("trials must be at least 1");
    if (options.compare && !options.since.isEmpty() && !sinceSnapshot(state, options)) {
        QStringList names;
        for (const Snapshot &s : state.snapshots)
            names << s.name;
        return names.isEmpty()
            ? tr("no snapshot named \"%1\"; the document has none").arg(options.since)
            : tr("no snapshot named \"%1\"; it has \"%2\"")
                  .arg(options.since, names.join(QStringLiteral("\", \"")));
    }
    if (!options.scenario.isEmpty() && !savedScenario(state, options.scenario))
        return tr("no saved scenario named \"%1\"").arg(options.scenario);
    return {};
}

ReportOutcome computeReport(const Model &model, const DocumentState &state,
    const ReportOptions &options, const sim::RunOptions &run)
{
    ReportOutcome out;
    if (const QString why = checkOptions(state, options); !why.isEmpty()) {
        out.error = why;
        return out;
    }
    if (model.nodes().isEmpty()) {
        out.error = tr("the model has no nodes");
        return out;
    }
    ReportData d;
    d.options = options;
    d.model = model;
    d.tiers = computeTiers(model);
    d.organisation = ourOrganisation(model, d.tiers);
    d.revision = QString::fromLatin1(sim::simulationDigest(model));
    d.compiled = sim::compile(model);
    const SavedScenario *scenario
        = options.scenario.isEmpty() ? nullptr : savedScenario(state, options.scenario);

    int vendorEdges = 0;
    const int vendor = mostConnectedVendor(model, d.tiers, &vendorEdges);
    const std::int64_t trials = options.trials;
    const std::int64_t nodes = d.compiled.nodeCount;
    // baseline, hardening, blast radius, three severances, the vendor's
    // breach, the scenario.
    const sim::ProgressParts progress(run,
        { trials, options.rankingTrials, nodes * options.rankingTrials, 3 * trials,
            vendor < 0 ? 0 : trials, scenario ? scenario->scenario.trials : 0 });
    const auto cancelled = [&] {
        out.cancelled = true;
        return std::move(out);
    };

    sim::RunOutcome base = sim::run(model, d.compiled, annual(options), progress.part(0));
    if (!base.result) {
        out.error = base.error;
        out.cancelled = base.cancelled;
        return out;
    }
    d.baseline = std::move(*base.result);
    d.low90 = percentile(d.baseline.trialExposedRecords, 0.05);
    d.high90 = percentile(d.baseline.trialExposedRecords, 0.95);

    auto gain
        = sim::hardeningGain(d.compiled, options.rankingTrials, options.rngSeed, progress.part(1));
    if (!gain)
        return cancelled();
    d.hardening = std::move(*gain);
    auto blast
        = sim::blastRadius(d.compiled, options.rankingTrials, options.rngSeed, progress.part(2));
    if (!blast)
        return cancelled();
    d.blast = std::move(*blast);
    d.concentration = sim::concentration(model, d.blast);

    // The three weakest links: the largest hardening gains above 0.
    QVector<int> order(model.nodes().size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](int a, int b) { return d.hardening[a] > d.hardening[b]; });
    const sim::RunOptions severing = progress.part(3);
    for (int i = 0; i < order.size() && d.weakest.size() < 3; ++i) {
        const int node = order[i];
        if (!(d.hardening[node] > 0.0))
            break;
        sim::Scenario severed = annual(options);
        severed.sever = { { model.nodes()[node].id, 0.0 } };
        sim::RunOptions part = severing;
        if (run.progress) {
            const auto report = severing.progress;
            const std::int64_t k = d.weakest.size();
            part.progress
                = [=](std::int64_t done, std::int64_t all) { report(k * all + done, 3 * all); };
        }
        const sim::RunOutcome r = sim::run(model, d.compiled, severed, part);
        if (!r.result)
            return cancelled();
        d.weakest.append({ node, d.hardening[node],
            d.baseline.expectedExposedTotal - r.result->expectedExposedTotal });
    }

    for (int i = 0; i < model.nodes().size(); ++i)
        if (d.tiers[i] >= 1
            && (d.worstVendor < 0
                || d.blast.expectedExposedRecords[i]
                    > d.blast.expectedExposedRecords[d.worstVendor]))
            d.worstVendor = i;

    d.rules = *obligations::builtInRules().rules;
    d.gaps = obligations::contractGaps(model, d.rules, options.date);

    d.news.vendor = vendor;
    d.news.edges = vendorEdges;
    if (vendor >= 0) {
        const QString id = model.nodes()[vendor].id;
        obligations::Incident incident;
        incident.seeds = { { id, 0.0 } };
        const obligations::ObligationsOutcome o
            = obligations::computeObligations(model, d.rules, incident);
        if (o.result) {
            QHash<QString, const obligations::Party *> parties;
            for (const obligations::Party &p : o.result->parties)
                parties.insert(p.node, &p);
            for (const obligations::Party &p : o.result->parties) {
                if (d.tiers[model.nodeIndex(p.node)] != 0)
                    continue;
                d.news.firstAware = p;
                for (const obligations::Party *at = &p; at;
                     at = at->toldBy.isEmpty() ? nullptr : parties.value(at->toldBy))
                    d.news.chain.prepend(at->node);
                break;
            }
            for (const obligations::Obligation &ob : o.result->obligations)
                if (d.tiers[model.nodeIndex(ob.node)] == 0) {
                    d.news.firstObligation = ob;
                    break;
                }
        }
        sim::Scenario seeded = annual(options);
        seeded.mode = sim::Mode::Seeded;
        seeded.seeds = { { id, 0.0 } };
        const sim::RunOutcome r = sim::run(model, d.compiled, seeded, progress.part(4));
        if (!r.result)
            return cancelled();
        for (int i = 0; i < model.nodes().size(); ++i)
            if (d.tiers[i] == 0 && r.result->pCompromised(i) > d.news.ourProbability) {
                d.news.ourNode = i;
                d.news.ourProbability = r.result->pCompromised(i);
                d.news.ourHours = r.result->meanHours[std::size_t(i)];
            }
    }

    if (const Snapshot *s = sinceSnapshot(state, options)) {
        const ReadResult r = analysis::readSnapshotModel(*s);
        if (!r.ok()) {
            out.error = r.message();
            return out;
        }
        d.since = Comparison { *s, *r.model, analysis::diffModels(*r.model, model),
            analysis::baselineRecords(*s) };
    }

    if (scenario) {
        sim::RunOutcome r = sim::run(model, d.compiled, scenario->scenario, progress.part(5));
        if (!r.result) {
            out.error = r.error;
            out.cancelled = r.cancelled;
            return out;
        }
        d.scenario = ScenarioRun { *scenario, std::move(*r.result) };
    }

    // The map: fitted to a page, so a large model shows its organisations.
    render::ViewSpec spec;
    if (model.nodes().size() > kOrganisationsViewAbove)
        spec.kind = render::ViewKind::Organisations;
    d.view = render::makeView(model, spec);
    // The user's own arrangement where every node has a position, as the
    // exports draw it; else a fresh layout.
    const QVector<double> scales = render::viewNodeScales(d.view);
    const bool placedByUser = std::all_of(d.view.model.nodes().cbegin(),
        d.view.model.nodes().cend(), [](const Node &n) { return n.pos.has_value(); });
    const layout::LayoutOutcome placed = placedByUser
        ? layout::routeEdges(d.view.model, scales)
        : layout::computeLayout(d.view.model,
            { layout::defaultEngine(int(d.view.model.nodes().size())), true,
                render::calloutSizes(d.view.model), scales },
            run.cancel);
    if (!placed.result) {
        if (placed.cancelled)
            return cancelled();
        out.error = tr("the map could not be laid out: %1").arg(placed.error);
        return out;
    }
    d.layout = *placed.result;
    out.data = std::move(d);
    return out;
}

} // namespace wl::report
