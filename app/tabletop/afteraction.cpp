#include "afteraction.h"

#include "format/format.h"
#include "io/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace wl::tabletop {

namespace {

// The translation context of the record's words.
struct AfterAction {
    Q_DECLARE_TR_FUNCTIONS(AfterAction)
};

// User text in a Markdown table cell: the characters Markdown would read as
// markup are escaped, line breaks become <br>.
QString cell(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>|#").contains(c))
            out += u'\\';
        out += c;
    }
    out.replace(u'\n', QStringLiteral("<br>"));
    return out;
}

QString nodeLabel(const Model &m, const QString &id)
{
    const QString name = format::nodeName(m, id);
    return name == id ? cell(id) : QStringLiteral("%1 (`%2`)").arg(cell(name), id);
}

} // namespace

std::vector<SnapshotTime> snapshotTimes(
    const analysis::Projection &p, const QVector<sim::TimedNode> &responses, double everyHours)
{
    const std::vector<double> &grid = p.timeline();
    std::vector<SnapshotTime> out;
    if (grid.empty())
        return out;
    const double end = grid.back();
    const auto add = [&](double hours, const QString &reason) {
        const int k = p.indexAtOrBefore(hours);
        auto it = std::find_if(out.begin(), out.end(), [k](const auto &s) { return s.index == k; });
        if (it == out.end())
            it = out.insert(out.end(), SnapshotTime { k, grid[size_t(k)], {} });
        if (!it->reasons.contains(reason))
            it->reasons << reason;
    };
    if (everyHours > 0.0 && std::isfinite(everyHours))
        for (double t = everyHours; t <= end; t += everyHours)
            add(t, AfterAction::tr("every %1").arg(format::hours(everyHours)));
    for (const sim::TimedNode &r : responses)
        if (r.atHours <= end)
            add(r.atHours, AfterAction::tr("response: sever %1").arg(r.node));
    add(end, AfterAction::tr("end of the exercise"));
    std::sort(
        out.begin(), out.end(), [](const auto &a, const auto &b) { return a.index < b.index; });
    return out;
}

QString afterActionMarkdown(const Model &model, const Exercise &exercise,
    const analysis::Projection *projection, bool stale, const AfterActionOptions &options)
{
    const ExerciseSettings &s = exercise.settings;
    QString md;
    const auto line = [&md](const QString &text = {}) { md += text + u'\n'; };

    line(AfterAction::tr("# After-action record: %1")
             .arg(cell(model.name.isEmpty() ? AfterAction::tr("untitled model") : model.name)));
    line();
    line(AfterAction::tr("| Exercise | |"));
    line(QStringLiteral("|---|---|"));
    line(AfterAction::tr("| Breached vendor | %1 |")
             .arg(s.vendor.isEmpty() ? AfterAction::tr("not chosen") : nodeLabel(model, s.vendor)));
    line(AfterAction::tr("| Breach (t = 0) | %1 |")
             .arg(s.start.isValid() ? cell(exercise::clockText(s, 0.0))
                                    : AfterAction::tr("no start chosen")));
    line(AfterAction::tr("| Timeline | 0 to %1 in steps of %2 |")
             .arg(format::hours(s.lengthHours), format::hours(s.stepHours)));
    line(AfterAction::tr("| Projection | %1 trials, random seed %2 (SIMULATION.md, seeded mode) |")
             .arg(format::count(s.trials), format::rngSeed(s.rngSeed)));
    if (options.exportedAt.isValid())
        line(AfterAction::tr("| Record made | %1 |")
                 .arg(cell(format::dateTime(options.exportedAt))));
    line();

    line(AfterAction::tr("## Responses"));
    line();
    if (s.responses.isEmpty()) {
        line(AfterAction::tr("No responses."));
    } else {
        line(AfterAction::tr("| # | Sever | at t | Exercise clock |"));
        line(QStringLiteral("|---:|---|---:|---|"));
        for (qsizetype i = 0; i < s.responses.size(); ++i) {
            const sim::TimedNode &r = s.responses[i];
            line(QStringLiteral("| %1 | %2 | %3 | %4 |")
                     .arg(QString::number(i + 1), nodeLabel(model, r.node),
                         format::hours(r.atHours), cell(exercise::clockText(s, r.atHours))));
        }
    }
    line();

    line(AfterAction::tr("## Decision log"));
    line();
    const QVector<DecisionLogEntry> &log = exercise.log;
    if (log.isEmpty()) {
        line(AfterAction::tr("No entries."));
    } else {
        line(AfterAction::tr("| Wall clock | Exercise clock | t | Entry |"));
        line(QStringLiteral("|---|---|---:|---|"));
        for (const DecisionLogEntry &e : log)
            line(QStringLiteral("| %1 | %2 | %3 | %4 |")
                     .arg(cell(format::timestamp(e.wallClock)),
                         cell(exercise::clockText(s, e.exerciseHours)),
                         format::hours(e.exerciseHours), cell(e.text)));
    }
    line();

    line(AfterAction::tr("## Timeline"));
    line();
    if (!projection) {
        line(AfterAction::tr("No projection was computed."));
        return md;
    }
    if (stale)
        line(AfterAction::tr(
            "*The projection below was computed before the latest change of the model or "
            "the exercise settings.*"));
    line(
        AfterAction::tr("Probabilities are the fraction of %1 simulated trials in which a node was "
                        "compromised (an asset exposed) by t, with the responses above in force.")
            .arg(format::count(projection->result.trials)));
    line();
    const Model &snap = *projection->model;
    for (const SnapshotTime &t :
        snapshotTimes(*projection, projection->settings.responses, options.everyHours)) {
        line(AfterAction::tr("### t = %1 — %2")
                 .arg(format::hours(t.hours), cell(exercise::clockText(s, t.hours))));
        line();
        line(AfterAction::tr("*%1.* Expected compromised nodes: %2; expected records exposed: %3.")
                 .arg(cell(t.reasons.join(QStringLiteral("; "))),
                     format::mean(projection->expectedNodes(t.index)),
                     format::records(projection->expectedRecords(t.index))));
        line();
        std::vector<int> nodes(size_t(projection->nodeCount()));
        std::iota(nodes.begin(), nodes.end(), 0);
        std::stable_sort(nodes.begin(), nodes.end(), [&](int a, int b) {
            return projection->pNode(a, t.index) > projection->pNode(b, t.index);
        });
        const auto compromised = std::find_if(nodes.begin(), nodes.end(),
            [&](int v) { return projection->pNode(v, t.index) <= 0.0; });
        nodes.erase(compromised, nodes.end());
        if (int(nodes.size()) > options.topNodes)
            nodes.resize(size_t(options.topNodes));
        line(AfterAction::tr("| Most likely compromised | P |"));
        line(QStringLiteral("|---|---:|"));
        for (int v : nodes)
            line(QStringLiteral("| %1 | %2 |")
                     .arg(nodeLabel(snap, snap.nodes()[v].id),
                         format::percent(projection->pNode(v, t.index))));
        line();
        bool anyAsset = false;
        for (int a = 0; a < projection->assetCount(); ++a) {
            const double p = projection->pAsset(a, t.index);
            if (p <= 0.0)
                continue;
            if (!anyAsset) {
                line(AfterAction::tr(
                    "| Data asset exposed | Category | P | Records | Expected records |"));
                line(QStringLiteral("|---|---|---:|---:|---:|"));
                anyAsset = true;
            }
            const DataAsset &asset = snap.data()[a];
            line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                     .arg(cell(asset.name), cell(asset.category), format::percent(p),
                         format::count(asset.records), format::records(p * double(asset.records))));
        }
        if (!anyAsset)
            line(AfterAction::tr("No data asset exposed."));
        line();
    }
    return md;
}

bool writeMarkdown(const QString &path, const QString &markdown, QString *error)
{
    return io::writeFileAtomically(path, markdown.toUtf8(), error);
}

bool writePdf(const QString &path, const QString &markdown, QString *error)
{
    // Printed in memory, then written in one atomic step.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(AfterAction::tr("After-action record"));
        writer.setCreator(QStringLiteral("Weaklink"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(9.0);
        document.setDefaultFont(font);
        document.setMarkdown(markdown);
        document.print(&writer);
    }
    return io::writeFileAtomically(path, buffer.data(), error);
}

} // namespace wl::tabletop
