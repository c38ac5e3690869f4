#include "reportjson.h"

#include "analysis/modeldiff.h"
#include "model/snapshot.h"
#include "obligations/rules.h"
#include "simulation/resultjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wl::report {

using namespace Qt::StringLiterals;

namespace {

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonValue nodeId(const ReportData &d, int node)
{
    return node < 0 ? QJsonValue() : QJsonValue(d.model.nodes()[node].id);
}

// A seed up to 2^53 as a number, as the CLI writes it; beyond, as text (a
// JSON reader's double would not hold it).
QJsonValue seedValue(quint64 seed)
{
    return seed <= quint64(kMaxExactInteger) ? QJsonValue(qint64(seed))
                                             : QJsonValue(QString::number(seed));
}

QJsonValue optional(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString pageName(const render::PdfPage &page)
{
    const QString size = page.size == render::PaperSize::A3 ? QStringLiteral("A3")
        : page.size == render::PaperSize::Letter            ? QStringLiteral("letter")
                                                            : QStringLiteral("A4");
    return page.portrait ? size + QStringLiteral("-portrait") : size;
}

QJsonObject summary(const ReportData &d)
{
    QJsonObject s;
    s.insert(u"expected_exposed_records", d.baseline.expectedExposedTotal);
    s.insert(u"range90", QJsonArray { d.low90, d.high90 });
    QJsonArray weakest;
    for (const WeakLink &w : d.weakest)
        weakest.append(QJsonObject { { u"id"_s, nodeId(d, w.node) },
            { u"hardening_gain_exposed_records"_s, w.hardeningGain },
            { u"severing_gain_exposed_records"_s, w.severingGain } });
    s.insert(u"weakest_links", weakest);
    s.insert(u"worst_vendor",
        d.worstVendor < 0
            ? QJsonValue()
            : QJsonObject { { u"id"_s, nodeId(d, d.worstVendor) },
                { u"expected_exposed_records"_s, d.blast.expectedExposedRecords[d.worstVendor] },
                { u"expected_other_compromised"_s,
                    d.blast.expectedOtherCompromised[d.worstVendor] } });
    QJsonObject news;
    news.insert(u"vendor", nodeId(d, d.news.vendor));
    news.insert(u"edges", d.news.edges);
    news.insert(
        u"first_aware", d.news.firstAware ? QJsonValue(d.news.firstAware->node) : QJsonValue());
    news.insert(u"aware_hours",
        d.news.firstAware ? QJsonValue(d.news.firstAware->awareHours) : QJsonValue());
    news.insert(u"chain", QJsonArray::fromStringList(d.news.chain));
    if (d.news.firstObligation)
        news.insert(u"first_obligation",
            QJsonObject { { u"node"_s, d.news.firstObligation->node },
                { u"rule"_s, d.news.firstObligation->rule.id },
                { u"due_hours"_s, optional(d.news.firstObligation->dueHours) } });
    else
        news.insert(u"first_obligation", QJsonValue());
    news.insert(u"our_node", nodeId(d, d.news.ourNode));
    news.insert(u"our_p_compromised", d.news.ourProbability);
    news.insert(u"our_mean_hours_to_compromise",
        d.news.ourNode < 0 ? QJsonValue() : QJsonValue(d.news.ourHours));
    s.insert(u"most_connected_vendor", news);
    return s;
}

} // namespace

QByteArray writeReportJson(const ReportData &d)
{
    const ReportOptions &o = d.options;
    QJsonObject top;
    top.insert(u"format", u"weaklink-report"_s);
    top.insert(u"version", 1);
    top.insert(u"date", o.date.toString(Qt::ISODate));
    top.insert(u"model",
        QJsonObject { { u"name"_s, d.model.name }, { u"organization"_s, d.organisation },
            { u"revision"_s, d.revision }, { u"nodes"_s, d.model.nodes().size() },
            { u"edges"_s, d.model.edges().size() }, { u"data"_s, d.model.data().size() } });
    top.insert(u"options",
        QJsonObject { { u"trials"_s, o.trials }, { u"rng_seed"_s, seedValue(o.rngSeed) },
            { u"ranking_trials"_s, o.rankingTrials }, { u"page"_s, pageName(o.page) },
            { u"scenario"_s, o.scenario.isEmpty() ? QJsonValue() : QJsonValue(o.scenario) } });
    top.insert(u"summary", summary(d));
    top.insert(u"baseline", parsed(sim::writeResultJson(d.model, d.compiled, d.baseline)));
    top.insert(u"rankings",
        QJsonObject { { u"hardening-gain"_s,
                          parsed(sim::writeHardeningGainJson(
                              d.model, d.hardening, o.rankingTrials, o.rngSeed)) },
            { u"blast-radius"_s,
                parsed(sim::writeBlastRadiusJson(d.model, d.blast, o.rankingTrials, o.rngSeed)) },
            { u"concentration"_s,
                parsed(sim::writeConcentrationJson(
                    d.model, d.concentration, o.rankingTrials, o.rngSeed)) } });
    QJsonArray gaps;
    for (const obligations::ContractGap &g : d.gaps)
        gaps.append(QJsonObject { { u"edge"_s, g.edge }, { u"gap"_s, obligations::gapKey(g.kind) },
            { u"rule"_s, g.rule.isEmpty() ? QJsonValue() : QJsonValue(g.rule) } });
    top.insert(u"contract_gaps", gaps);
    if (d.since) {
        QJsonObject since = parsed(analysis::writeDiffJson(d.since->snapshot.name, d.since->model,
            QStringLiteral("now"), d.model, d.since->diff, nullptr));
        since.remove(u"format");
        since.remove(u"version");
        since.remove(u"metrics");
        since.insert(u"snapshot", d.since->snapshot.name);
        since.insert(u"taken_at", snapshot::takenAtToText(d.since->snapshot.takenAt));
        since.insert(u"expected_exposed_records_then", optional(d.since->recordsThen));
        top.insert(u"since", since);
    } else {
        top.insert(u"since", QJsonValue());
    }
    top.insert(u"scenario",
        d.scenario
            ? QJsonValue(parsed(sim::writeResultJson(d.model, d.compiled, d.scenario->result)))
            : QJsonValue());
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

} // namespace wl::report
