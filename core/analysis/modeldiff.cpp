#include "modeldiff.h"

#include "format/format.h"
#include "io/jsonwriter.h"
#include "model/tiers.h"
#include "simulation/compiledmodel.h"
#include "simulation/rankings.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace wl::analysis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wl::analysis", text);
}

QString tr(const char *text, const char *comment, int n)
{
    return format::englishPlural(QCoreApplication::translate("wl::analysis", text, comment, n), n);
}

QString sizes(const Model &m)
{
    return tr("%n node(s)", nullptr, int(m.nodes().size())) + QStringLiteral(", ")
        + tr("%n edge(s)", nullptr, int(m.edges().size())) + QStringLiteral(", ")
        + tr("%n data asset(s)", nullptr, int(m.data().size()));
}

// Layout, not content (ModelDiff).
bool isLayoutField(ElementType type, int field)
{
    return type == ElementType::Node
        && (field == int(NodeField::X) || field == int(NodeField::Y)
            || field == int(NodeField::Pinned));
}

template<typename Element, typename Field>
QVector<FieldChange> changedFields(ElementType type, const Element &a, const Element &b)
{
    QVector<FieldChange> out;
    for (int f = 1; f < int(Field::Count); ++f) { // the id matches by definition
        if (isLayoutField(type, f))
            continue;
        const QVariant before = valueOf(a, Field(f));
        const QVariant after = valueOf(b, Field(f));
        if (before != after)
            out.append({ fieldKey(type, f), before, after });
    }
    return out;
}

template<typename Field, typename Element, typename IndexInA, typename IndexInB>
ElementDiff diffElements(ElementType type, const QVector<Element> &a, const QVector<Element> &b,
    IndexInA indexInA, IndexInB indexInB)
{
    ElementDiff out;
    for (const Element &e : b) {
        const int i = indexInA(e.id);
        if (i < 0) {
            out.added.append(e.id);
            continue;
        }
        QVector<FieldChange> fields = changedFields<Element, Field>(type, a[i], e);
        if (!fields.isEmpty())
            out.changed.append({ e.id, std::move(fields) });
    }
    for (const Element &e : a)
        if (indexInB(e.id) < 0)
            out.removed.append(e.id);
    return out;
}

QString organisationOf(const Node &n)
{
    return n.organization.isEmpty() ? n.id : n.organization;
}

// Per asset id: the organisations that hold it.
QHash<QString, QSet<QString>> holdingOrganisations(const Model &m)
{
    QHash<QString, QSet<QString>> out;
    for (const DataAsset &a : m.data()) {
        QSet<QString> &orgs = out[a.id];
        if (const int owner = m.nodeIndex(a.owner); owner >= 0)
            orgs.insert(organisationOf(m.nodes()[owner]));
    }
    for (const Edge &e : m.edges()) {
        const int target = m.nodeIndex(e.target);
        if (target < 0)
            continue;
        for (const QString &asset : e.data)
            if (out.contains(asset))
                out[asset].insert(organisationOf(m.nodes()[target]));
    }
    return out;
}

QStringList sortedDifference(const QSet<QString> &a, const QSet<QString> &b)
{
    QStringList out;
    for (const QString &s : a)
        if (!b.contains(s))
            out.append(s);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

ModelDiff diffModels(const Model &a, const Model &b)
{
    ModelDiff out;
    if (a.name != b.name)
        out.name = std::make_pair(a.name, b.name);
    const auto nodeA = [&](const QString &id) { return a.nodeIndex(id); };
    const auto nodeB = [&](const QString &id) { return b.nodeIndex(id); };
    const auto dataA = [&](const QString &id) { return a.dataIndex(id); };
    const auto dataB = [&](const QString &id) { return b.dataIndex(id); };
    const auto edgeA = [&](const QString &id) { return a.edgeIndex(id); };
    const auto edgeB = [&](const QString &id) { return b.edgeIndex(id); };
    out.nodes = diffElements<NodeField>(ElementType::Node, a.nodes(), b.nodes(), nodeA, nodeB);
    out.data = diffElements<DataField>(ElementType::DataAsset, a.data(), b.data(), dataA, dataB);
    out.edges = diffElements<EdgeField>(ElementType::Edge, a.edges(), b.edges(), edgeA, edgeB);

    const QVector<int> tiersA = computeTiers(a);
    const QVector<int> tiersB = computeTiers(b);
    for (int i = 0; i < b.nodes().size(); ++i) {
        const int before = a.nodeIndex(b.nodes()[i].id);
        const int tierBefore = before < 0 ? kUnknownTier : tiersA[before];
        if (tiersB[i] == 1 && tierBefore != 1)
            out.newVendors.append(b.nodes()[i].id);
        else if (tiersB[i] >= 2 && tierBefore < 1)
            out.newSubprocessors.append(b.nodes()[i].id);
    }

    const QHash<QString, QSet<QString>> holdersA = holdingOrganisations(a);
    const QHash<QString, QSet<QString>> holdersB = holdingOrganisations(b);
    for (const DataAsset &asset : b.data()) {
        const QSet<QString> before = holdersA.value(asset.id);
        const QSet<QString> &after = holdersB[asset.id];
        if (before == after)
            continue;
        out.reach.append({ asset.id, int(before.size()), int(after.size()),
            sortedDifference(after, before), sortedDifference(before, after) });
    }
    return out;
}

Model comparisonModel(const Model &a, const Model &b, const ModelDiff &diff)
{
    Model out = b;
    for (const QString &id : diff.nodes.removed)
        out.appendNode(*a.node(id));
    for (const QString &id : diff.data.removed)
        out.appendDataAsset(*a.dataAsset(id));
    for (const QString &id : diff.edges.removed)
        out.appendEdge(*a.edge(id));
    return out;
}

namespace {

struct Side {
    const Model *model;
    sim::CompiledModel compiled;
    std::optional<sim::SimResult> baseline;
    std::optional<sim::BlastRadius> blast;
};

std::optional<double> valueAt(const sim::NodeValues &values, int index)
{
    return index < 0 ? std::nullopt : values[std::size_t(index)];
}

bool bothPresent(const MetricChange &c)
{
    return c.before && c.after;
}

MetricDiff compare(sim::Metric metric, const Side &a, const Side &b)
{
    const sim::NodeValues va = metric == sim::Metric::BlastRadius
        ? sim::blastRadiusValues(*a.blast)
        : sim::metricValues(metric, *a.model, a.compiled, *a.baseline);
    const sim::NodeValues vb = metric == sim::Metric::BlastRadius
        ? sim::blastRadiusValues(*b.blast)
        : sim::metricValues(metric, *b.model, b.compiled, *b.baseline);
    MetricDiff out;
    out.metric = metric;
    for (int i = 0; i < b.model->nodes().size(); ++i) {
        const QString &id = b.model->nodes()[i].id;
        MetricChange c { id, valueAt(va, a.model->nodeIndex(id)), vb[std::size_t(i)] };
        if (c.before != c.after)
            out.changes.append(c);
    }
    for (int i = 0; i < a.model->nodes().size(); ++i) {
        const QString &id = a.model->nodes()[i].id;
        if (b.model->nodeIndex(id) < 0 && va[std::size_t(i)])
            out.changes.append({ id, va[std::size_t(i)], std::nullopt });
    }
    const bool never = metric == sim::Metric::TimeToCompromise;
    std::stable_sort(out.changes.begin(), out.changes.end(),
        [never](const MetricChange &x, const MetricChange &y) {
            if (never && bothPresent(x) != bothPresent(y))
                return bothPresent(x);
            return std::abs(x.delta()) > std::abs(y.delta());
        });
    return out;
}

} // namespace

MetricsDiffOutcome diffMetrics(
    const Model &a, const Model &b, const MetricsDiffOptions &options, const sim::RunOptions &run)
{
    MetricsDiffOutcome out;
    Side sides[2] { { &a, sim::compile(a), {}, {} }, { &b, sim::compile(b), {}, {} } };
    const auto blastWork
        = [&](const Side &s) { return std::int64_t(s.compiled.nodeCount) * options.blastTrials; };
    const sim::ProgressParts progress(
        run, { options.trials, options.trials, blastWork(sides[0]), blastWork(sides[1]) });
    sim::Scenario annual;
    annual.mode = sim::Mode::Annual;
    annual.trials = options.trials;
    annual.rngSeed = options.rngSeed;
    for (std::size_t i = 0; i < 2; ++i) {
        sim::RunOutcome r = sim::run(*sides[i].model, sides[i].compiled, annual, progress.part(i));
        if (!r.result) {
            out.error = r.error;
            out.cancelled = r.cancelled;
            return out;
        }
        sides[i].baseline = std::move(r.result);
    }
    for (std::size_t i = 0; i < 2; ++i) {
        sides[i].blast = sim::blastRadius(
            sides[i].compiled, options.blastTrials, options.rngSeed, progress.part(2 + i));
        if (!sides[i].blast) {
            out.cancelled = true;
            return out;
        }
    }
    MetricsDiff diff;
    diff.options = options;
    diff.recordsBefore = sides[0].baseline->expectedExposedTotal;
    diff.recordsAfter = sides[1].baseline->expectedExposedTotal;
    for (int m = 0; m < sim::metricNames().size(); ++m)
        diff.metrics.append(compare(sim::Metric(m), sides[0], sides[1]));
    out.diff = std::move(diff);
    return out;
}

namespace {

void appendValue(QByteArray &out, const QVariant &v)
{
    if (!v.isValid()) {
        out += "null";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool: io::json::appendBool(out, v.toBool()); return;
    case QMetaType::Int:
    case QMetaType::LongLong: io::json::appendInteger(out, v.toLongLong()); return;
    case QMetaType::Double: io::json::appendDouble(out, v.toDouble()); return;
    case QMetaType::QStringList: io::json::appendStringList(out, v.toStringList()); return;
    default: io::json::appendString(out, v.toString()); return;
    }
}

void appendOptional(QByteArray &out, std::optional<double> v)
{
    if (v)
        io::json::appendDouble(out, *v);
    else
        out += "null";
}

void appendElements(QByteArray &out, const ElementDiff &d)
{
    out += "{\n    \"added\": ";
    io::json::appendStringList(out, d.added);
    out += ",\n    \"removed\": ";
    io::json::appendStringList(out, d.removed);
    out += ",\n    \"changed\": [";
    for (qsizetype i = 0; i < d.changed.size(); ++i) {
        const ElementChange &c = d.changed[i];
        out += i ? ",\n      { \"id\": " : "\n      { \"id\": ";
        io::json::appendString(out, c.id);
        out += ", \"fields\": [";
        for (qsizetype f = 0; f < c.fields.size(); ++f) {
            out += f ? ", { \"field\": " : " { \"field\": ";
            io::json::appendString(out, c.fields[f].field);
            out += ", \"before\": ";
            appendValue(out, c.fields[f].before);
            out += ", \"after\": ";
            appendValue(out, c.fields[f].after);
            out += " }";
        }
        out += c.fields.isEmpty() ? "] }" : " ] }";
    }
    out += d.changed.isEmpty() ? "]\n  }" : "\n    ]\n  }";
}

void appendSide(QByteArray &out, const QString &source, const Model &m)
{
    out += "{ \"source\": ";
    io::json::appendString(out, source);
    out += ", \"name\": ";
    io::json::appendString(out, m.name);
    out += ", \"nodes\": ";
    io::json::appendInteger(out, m.nodes().size());
    out += ", \"edges\": ";
    io::json::appendInteger(out, m.edges().size());
    out += ", \"data\": ";
    io::json::appendInteger(out, m.data().size());
    out += " }";
}

} // namespace

QByteArray writeDiffJson(const QString &aName, const Model &a, const QString &bName, const Model &b,
    const ModelDiff &diff, const MetricsDiff *metrics)
{
    QByteArray json;
    io::json::Members top(json, 2);
    io::json::appendString(top.key("format"), QStringLiteral("weaklink-diff"));
    io::json::appendInteger(top.key("version"), 1);
    appendSide(top.key("a"), aName, a);
    appendSide(top.key("b"), bName, b);
    QByteArray &name = top.key("name");
    if (diff.name) {
        name += "{ \"before\": ";
        io::json::appendString(name, diff.name->first);
        name += ", \"after\": ";
        io::json::appendString(name, diff.name->second);
        name += " }";
    } else {
        name += "null";
    }
    appendElements(top.key("nodes"), diff.nodes);
    appendElements(top.key("edges"), diff.edges);
    appendElements(top.key("data"), diff.data);
    io::json::appendStringList(top.key("new_vendors"), diff.newVendors);
    io::json::appendStringList(top.key("new_subprocessors"), diff.newSubprocessors);
    QByteArray &reach = top.key("data_reach");
    io::json::appendLines(reach, diff.reach.size(), [&](qsizetype i) {
        const AssetReach &r = diff.reach[i];
        reach += "{ \"asset\": ";
        io::json::appendString(reach, r.asset);
        reach += ", \"organizations_before\": ";
        io::json::appendInteger(reach, r.before);
        reach += ", \"organizations_after\": ";
        io::json::appendInteger(reach, r.after);
        reach += ", \"gained\": ";
        io::json::appendStringList(reach, r.gained);
        reach += ", \"lost\": ";
        io::json::appendStringList(reach, r.lost);
        reach += " }";
    });
    QByteArray &m = top.key("metrics");
    if (!metrics) {
        m += "null";
    } else {
        m += "{\n    \"trials\": ";
        io::json::appendInteger(m, metrics->options.trials);
        m += ",\n    \"rng_seed\": ";
        m += QByteArray::number(metrics->options.rngSeed);
        m += ",\n    \"blast_radius_trials\": ";
        io::json::appendInteger(m, metrics->options.blastTrials);
        m += ",\n    \"expected_exposed_records\": { \"before\": ";
        io::json::appendDouble(m, metrics->recordsBefore);
        m += ", \"after\": ";
        io::json::appendDouble(m, metrics->recordsAfter);
        m += " },\n    \"nodes\": {";
        for (qsizetype i = 0; i < metrics->metrics.size(); ++i) {
            const MetricDiff &d = metrics->metrics[i];
            m += i ? ",\n      " : "\n      ";
            io::json::appendString(m, sim::metricName(d.metric));
            m += ": [";
            for (qsizetype c = 0; c < d.changes.size(); ++c) {
                m += c ? ",\n        { \"id\": " : "\n        { \"id\": ";
                io::json::appendString(m, d.changes[c].node);
                m += ", \"before\": ";
                appendOptional(m, d.changes[c].before);
                m += ", \"after\": ";
                appendOptional(m, d.changes[c].after);
                m += " }";
            }
            m += d.changes.isEmpty() ? "]" : "\n      ]";
        }
        m += "\n    }\n  }";
    }
    top.close();
    json += '\n';
    return json;
}

namespace {

// A field's value as the text shows it.
QString valueText(const QVariant &v, const QLocale &locale)
{
    if (!v.isValid())
        return tr("(none)");
    switch (v.typeId()) {
    case QMetaType::Bool: return v.toBool() ? tr("yes") : tr("no");
    case QMetaType::Int:
    case QMetaType::LongLong: return format::count(v.toLongLong(), locale);
    case QMetaType::Double: return locale.toString(v.toDouble(), 'g', 15);
    case QMetaType::QStringList: {
        const QStringList list = v.toStringList();
        return list.isEmpty() ? tr("(none)") : list.join(QStringLiteral(", "));
    }
    default: {
        const QString s = v.toString();
        return s.isEmpty() ? tr("(none)") : u'“' + s + u'”';
    }
    }
}

QString metricValueText(sim::Metric m, std::optional<double> v, const QLocale &locale)
{
    if (!v)
        return m == sim::Metric::TimeToCompromise ? tr("never") : tr("(absent)");
    switch (m) {
    case sim::Metric::Likelihood: return format::percent(*v, locale);
    case sim::Metric::TimeToCompromise: return format::duration(*v, locale);
    case sim::Metric::BlastRadius: return format::mean(*v, locale);
    case sim::Metric::Exposure:
    case sim::Metric::Risk: break;
    }
    return format::records(*v, locale);
}

QString metricDeltaText(sim::Metric m, const MetricChange &c, const QLocale &locale)
{
    if (!c.before || !c.after)
        return {};
    const double d = c.delta();
    switch (m) {
    case sim::Metric::Likelihood: return format::percentPoints(d, locale);
    case sim::Metric::TimeToCompromise: {
        const QString h = format::duration(std::abs(d), locale);
        return d < 0 ? u'−' + h : u'+' + h;
    }
    case sim::Metric::BlastRadius: return format::meanChange(d, locale);
    case sim::Metric::Exposure:
    case sim::Metric::Risk: break;
    }
    return format::recordsChange(d, locale);
}

QString elementName(ElementType type, const Model &m, const QString &id)
{
    switch (type) {
    case ElementType::Node: return format::nodeLabel(m, id);
    case ElementType::DataAsset: {
        const int i = m.dataIndex(id);
        const QString name = i < 0 ? QString() : m.data()[i].name;
        return name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
    }
    case ElementType::Edge: {
        const int i = m.edgeIndex(id);
        if (i < 0)
            return id;
        const Edge &e = m.edges()[i];
        return QStringLiteral("%1 (%2 → %3)")
            .arg(id, format::nodeName(m, e.source), format::nodeName(m, e.target));
    }
    }
    return id;
}

void appendElements(QString &text, ElementType type, const QString &title, const ElementDiff &d,
    const Model &a, const Model &b, const QLocale &locale)
{
    if (d.isEmpty())
        return;
    text += tr("%1: %2 added, %3 removed, %4 changed\n")
                .arg(title, format::count(d.added.size(), locale),
                    format::count(d.removed.size(), locale),
                    format::count(d.changed.size(), locale));
    for (const QString &id : d.added)
        text += QStringLiteral("  + %1\n").arg(elementName(type, b, id));
    for (const QString &id : d.removed)
        text += QStringLiteral("  − %1\n").arg(elementName(type, a, id));
    for (const ElementChange &c : d.changed) {
        QStringList fields;
        for (const FieldChange &f : c.fields)
            fields << QStringLiteral("%1 %2 → %3")
                          .arg(f.field, valueText(f.before, locale), valueText(f.after, locale));
        text += QStringLiteral("  ~ %1: %2\n")
                    .arg(elementName(type, b, c.id), fields.join(QStringLiteral("; ")));
    }
}

QString nodeList(const Model &m, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names << format::nodeLabel(m, id);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString diffText(const QString &aName, const Model &a, const QString &bName, const Model &b,
    const ModelDiff &diff, const MetricsDiff *metrics, int perMetric, const QLocale &locale)
{
    QString text = tr("From %1 (%2) to %3 (%4)\n").arg(aName, sizes(a), bName, sizes(b));
    if (diff.isEmpty())
        text += tr("The models are the same (positions aside).\n");
    if (diff.name)
        text += tr("Name: %1 → %2\n")
                    .arg(valueText(diff.name->first, locale), valueText(diff.name->second, locale));
    appendElements(text, ElementType::Node, tr("Nodes"), diff.nodes, a, b, locale);
    appendElements(text, ElementType::Edge, tr("Edges"), diff.edges, a, b, locale);
    appendElements(text, ElementType::DataAsset, tr("Data assets"), diff.data, a, b, locale);
    if (!diff.newVendors.isEmpty())
        text += tr("New vendors (tier 1): %1\n").arg(nodeList(b, diff.newVendors));
    if (!diff.newSubprocessors.isEmpty())
        text += tr("New sub-processors (tier 2 and beyond): %1\n")
                    .arg(nodeList(b, diff.newSubprocessors));
    for (const AssetReach &r : diff.reach) {
        const QString asset = elementName(ElementType::DataAsset, b, r.asset);
        if (!r.gained.isEmpty())
            text
                += tr("%1 now reaches %n more organisation(s): %2\n", nullptr, int(r.gained.size()))
                       .arg(asset, r.gained.join(QStringLiteral(", ")));
        if (!r.lost.isEmpty())
            text += tr("%1 no longer reaches %n organisation(s): %2\n", nullptr, int(r.lost.size()))
                        .arg(asset, r.lost.join(QStringLiteral(", ")));
    }
    if (!metrics)
        return text;
    text += tr("Annual baseline (%1 trials, rng seed %2; blast radius %3 trials per node):\n")
                .arg(format::count(metrics->options.trials, locale),
                    format::rngSeed(metrics->options.rngSeed),
                    format::count(metrics->options.blastTrials, locale));
    text += tr("  Expected records exposed a year: %1 → %2 (%3)\n")
                .arg(format::records(metrics->recordsBefore, locale),
                    format::records(metrics->recordsAfter, locale),
                    format::recordsChange(metrics->recordsAfter - metrics->recordsBefore, locale));
    for (const MetricDiff &d : metrics->metrics) {
        if (d.changes.isEmpty()) {
            text += tr("  %1: no node changed\n").arg(sim::metricTitle(d.metric));
            continue;
        }
        text += tr("  %1: %n node(s) changed\n", nullptr, int(d.changes.size()))
                    .arg(sim::metricTitle(d.metric));
        for (qsizetype i = 0; i < d.changes.size() && i < perMetric; ++i) {
            const MetricChange &c = d.changes[i];
            const QString delta = metricDeltaText(d.metric, c, locale);
            text += QStringLiteral("    %1: %2 → %3%4\n")
                        .arg(format::nodeLabel(b.nodeIndex(c.node) >= 0 ? b : a, c.node),
                            metricValueText(d.metric, c.before, locale),
                            metricValueText(d.metric, c.after, locale),
                            delta.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(delta));
        }
        if (d.changes.size() > perMetric)
            text += tr("    … and %n more\n", nullptr, int(d.changes.size() - perMetric));
    }
    return text;
}

} // namespace wl::analysis
