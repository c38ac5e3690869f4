#include "resultjson.h"

#include "io/jsonwriter.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace wl::sim {

using namespace io::json;

namespace {

void appendUnsigned(QByteArray &out, std::uint64_t u)
{
    out += QByteArray::number(quint64(u));
}

// Entries sorted by figure, largest first, ties in model order.
std::vector<int> rankingOrder(const std::vector<double> &figure)
{
    std::vector<int> order(figure.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&figure](int a, int b) { return figure[a] > figure[b]; });
    return order;
}

void appendRankingHeader(Members &m, const char *by, int trials, std::uint64_t rngSeed)
{
    appendString(m.key("format"), QStringLiteral("weaklink-ranking"));
    appendInteger(m.key("version"), 1);
    appendString(m.key("by"), QString::fromLatin1(by));
    appendInteger(m.key("trials"), trials);
    appendUnsigned(m.key("rng_seed"), rngSeed);
}

// Pieces of about this many bytes go to a sink (a result of 100,000 nodes
// is 46 MB).
constexpr qsizetype kPiece = qsizetype(4) << 20;

// Writes the result to `out`; with a sink, hands it each piece of kPiece
// bytes or more as it is done, and the rest at the end.
void writeResult(const Model &model, const CompiledModel &c, const SimResult &r, QByteArray &out,
    const std::function<void(QByteArray)> *sink)
{
    // Room for the usual line per node, asset and arc, or a piece, so that
    // the text is not copied each time it outgrows its buffer; room never
    // written to costs no memory.
    const qsizetype room
        = 4096 + (qsizetype(c.nodeCount) + c.assetCount()) * 192 + qsizetype(c.arcCount()) * 128;
    out.reserve(sink ? std::min(room, kPiece + 4096) : room);
    // After each line: a piece that is big enough goes to the sink. The
    // writers below append to `out` through references to it, which stay
    // valid.
    const auto lineDone = [&] {
        if (sink && out.size() >= kPiece) {
            (*sink)(std::exchange(out, QByteArray()));
            out.reserve(kPiece + 4096);
        }
    };
    const double n = double(r.trials);
    Members top(out, 2);
    appendString(top.key("format"), QStringLiteral("weaklink-simulation"));
    appendInteger(top.key("version"), 1);

    {
        QByteArray &s = top.key("scenario");
        Members m(s, 4);
        appendString(m.key("mode"),
            r.scenario.mode == Mode::Annual ? QStringLiteral("annual") : QStringLiteral("seeded"));
        appendTimedNodes(m.key("seeds"),
            r.scenario.mode == Mode::Annual ? QVector<TimedNode>() : r.scenario.seeds);
        appendInteger(m.key("trials"), r.trials);
        appendUnsigned(m.key("rng_seed"), r.scenario.rngSeed);
        if (r.scenario.horizonHours)
            appendDouble(m.key("horizon_hours"), *r.scenario.horizonHours);
        else
            m.key("horizon_hours") += "null";
        appendTimedNodes(m.key("sever"), r.scenario.sever);
        m.close();
    }

    appendLines(top.key("nodes"), c.nodeCount, [&](qsizetype v) {
        const auto [low, high] = wilson95(r.compromised[v], r.trials);
        out += "{ \"id\": ";
        appendString(out, model.nodes()[v].id);
        out += ", \"p_compromised\": ";
        appendDouble(out, double(r.compromised[v]) / n);
        out += ", \"ci95\": [";
        appendDouble(out, low);
        out += ", ";
        appendDouble(out, high);
        out += "], \"mean_hours_to_compromise\": ";
        appendDouble(out, r.meanHours[v]); // NaN (never compromised) is written as null
        out += " }";
        lineDone();
    });

    appendLines(top.key("data"), c.assetCount(), [&](qsizetype a) {
        const DataAsset &asset = model.data()[a];
        out += "{ \"id\": ";
        appendString(out, asset.id);
        out += ", \"category\": ";
        appendString(out, asset.category);
        out += ", \"records\": ";
        appendInteger(out, asset.records);
        out += ", \"p_exposed\": ";
        appendDouble(out, double(r.exposed[a]) / n);
        out += " }";
        lineDone();
    });

    {
        QByteArray &e = top.key("expected_exposed_records");
        Members m(e, 4);
        appendDouble(m.key("total"), r.expectedExposedTotal);
        QByteArray &by = m.key("by_category");
        Members cats(by, 6);
        for (qsizetype i = 0; i < c.categories.size(); ++i)
            appendDouble(cats.key(c.categories[i]), r.expectedExposedByCategory[i]);
        if (c.categories.isEmpty())
            by += '}';
        else
            cats.close();
        m.close();
    }

    {
        QByteArray &cc = top.key("compromised_count");
        Members m(cc, 4);
        appendDouble(m.key("mean"), r.meanCompromisedCount());
        QByteArray &h = m.key("histogram");
        h += '[';
        bool first = true;
        for (std::size_t k = 0; k < r.histogram.size(); ++k) {
            if (r.histogram[k] == 0)
                continue;
            h += first ? "[" : ", [";
            first = false;
            appendInteger(h, qint64(k));
            h += ", ";
            appendInteger(h, r.histogram[k]);
            h += ']';
        }
        h += ']';
        m.close();
    }

    appendLines(top.key("arcs"), c.arcCount(), [&](qsizetype a) {
        out += "{ \"edge\": ";
        appendString(out, model.edges()[c.arcEdge[a]].id);
        out += c.arcBackward[a] ? ", \"direction\": \"backward\"" : ", \"direction\": \"forward\"";
        out += ", \"p_travelled\": ";
        appendDouble(out, double(r.travelled[a]) / n);
        out += " }";
        lineDone();
    });
    top.close();
    out += '\n';
    if (sink)
        (*sink)(std::exchange(out, QByteArray()));
}

} // namespace

QByteArray writeResultJson(const Model &model, const CompiledModel &c, const SimResult &r)
{
    QByteArray out;
    writeResult(model, c, r, out, nullptr);
    return out;
}

void writeResultJson(const Model &model, const CompiledModel &c, const SimResult &r,
    const std::function<void(QByteArray)> &sink)
{
    QByteArray out;
    writeResult(model, c, r, out, &sink);
}

QByteArray writeBlastRadiusJson(
    const Model &model, const BlastRadius &b, int trials, std::uint64_t rngSeed)
{
    QByteArray out;
    Members top(out, 2);
    appendRankingHeader(top, "blast-radius", trials, rngSeed);
    const std::vector<int> order = rankingOrder(b.expectedOtherCompromised);
    appendLines(top.key("nodes"), qsizetype(order.size()), [&](qsizetype i) {
        const int v = order[i];
        out += "{ \"id\": ";
        appendString(out, model.nodes()[v].id);
        out += ", \"expected_other_compromised\": ";
        appendDouble(out, b.expectedOtherCompromised[v]);
        out += ", \"expected_exposed_records\": ";
        appendDouble(out, b.expectedExposedRecords[v]);
        out += " }";
    });
    top.close();
    out += '\n';
    return out;
}

QByteArray writeHardeningGainJson(
    const Model &model, const std::vector<double> &gain, int trials, std::uint64_t rngSeed)
{
    QByteArray out;
    Members top(out, 2);
    appendRankingHeader(top, "hardening-gain", trials, rngSeed);
    const std::vector<int> order = rankingOrder(gain);
    appendLines(top.key("nodes"), qsizetype(order.size()), [&](qsizetype i) {
        const int v = order[i];
        out += "{ \"id\": ";
        appendString(out, model.nodes()[v].id);
        out += ", \"gain_exposed_records\": ";
        appendDouble(out, gain[v]);
        out += " }";
    });
    top.close();
    out += '\n';
    return out;
}

QByteArray writeConcentrationJson(const Model &model,
    const std::vector<ConcentrationEntry> &entries, int trials, std::uint64_t rngSeed)
{
    QByteArray out;
    Members top(out, 2);
    appendRankingHeader(top, "concentration", trials, rngSeed);
    appendLines(top.key("nodes"), qsizetype(entries.size()), [&](qsizetype i) {
        const ConcentrationEntry &e = entries[size_t(i)];
        out += "{ \"id\": ";
        appendString(out, model.nodes()[e.node].id);
        out += ", \"dependents\": ";
        appendInteger(out, e.dependents);
        out += ", \"expected_exposed_records\": ";
        appendDouble(out, e.expectedExposedRecords);
        out += " }";
    });
    top.close();
    out += '\n';
    return out;
}

} // namespace wl::sim
