#include "reportpdf.h"

#include "analysis/chartdata.h"
#include "charts/chartbuilders.h"
#include "format/format.h"
#include "io/atomicfile.h"
#include "obligations/rules.h"
#include "render/diagram.h"
#include "render/export.h"
#include "render/heatmap.h"
#include "simulation/metrics.h"

#include <QBuffer>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QTextDocument>

#include <cmath>
#include <functional>
#include <numeric>

namespace wl::report {

namespace {

// The type scale, in points (the painter works in points).
constexpr double kTitleSize = 30.0;
constexpr double kHeadingSize = 18.0;
constexpr double kSubheadingSize = 13.0;
constexpr double kBodySize = 10.0;
constexpr double kCaptionSize = 8.5;
constexpr double kMarginMm = 15.0;
constexpr double kFooterHeight = 22.0;
constexpr double kGap = 10.0;
constexpr double kPointsPerInch = 72.0;

const QColor kInk(0x1f, 0x29, 0x37);
const QColor kMuted(0x5b, 0x64, 0x72);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kRule(0xbf, 0xc7, 0xd1);

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString nodeName(const ReportData &d, int node)
{
    return node < 0 ? QString() : format::nodeName(d.model.nodes()[node]);
}

QString records(double n)
{
    return format::records(n);
}

QString hours(double h)
{
    return format::duration(h);
}

// A QTextDocument whose unit is the point: fonts in pixels, one pixel to the
// point, so that it lays out the same on every device.
std::unique_ptr<QTextDocument> textDocument(const QString &html, double width)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font = render::documentFont(kBodySize);
    font.setPixelSize(int(kBodySize));
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0.0);
    doc->setDefaultStyleSheet(
        QStringLiteral("p { margin-top: 0px; margin-bottom: 6px; line-height: 125%; }"
                       "h2 { font-size: %1px; color: %3; margin-top: 4px; margin-bottom: 4px; }"
                       "td, th { padding: 3px 6px; }"
                       "th { background-color: #f3f5f8; text-align: left; }"
                       ".num { text-align: right; }"
                       ".caption { font-size: %2px; color: #5b6472; }"
                       ".muted { color: #5b6472; }"
                       "li { margin-bottom: 4px; }"
                       "pre { font-size: %2px; }")
            .arg(kSubheadingSize)
            .arg(kCaptionSize)
            .arg(kAccent.name()));
    doc->setHtml(html);
    doc->setTextWidth(width);
    return doc;
}

struct Block {
    // The height the block takes at this width.
    std::function<double(double)> height;
    std::function<void(QPainter *, const QRectF &)> paint;
    bool newPage = false; // starts a page
    bool fillsPage = false; // takes the rest of its page (the map)
    bool keepWithNext = false; // a heading
    QString section; // listed in the contents
};

Block textBlock(const QString &html)
{
    auto doc = std::make_shared<std::unique_ptr<QTextDocument>>();
    Block b;
    b.height = [doc, html](double width) {
        *doc = textDocument(html, width);
        return (*doc)->size().height();
    };
    b.paint = [doc](QPainter *p, const QRectF &r) {
        p->save();
        p->translate(r.topLeft());
        (*doc)->drawContents(p);
        p->restore();
    };
    return b;
}

Block heading(const QString &title, bool newPage = true)
{
    Block b;
    b.newPage = newPage;
    b.keepWithNext = true;
    b.section = title;
    b.height = [](double) { return kHeadingSize * 1.6; };
    b.paint = [title](QPainter *p, const QRectF &r) {
        QFont f = render::documentFont(kHeadingSize);
        f.setPixelSize(int(kHeadingSize));
        f.setWeight(QFont::DemiBold);
        p->setFont(f);
        p->setPen(kAccent);
        p->drawText(r, Qt::AlignLeft | Qt::AlignTop, title);
        p->setPen(QPen(kRule, 0.8));
        p->drawLine(QPointF(r.left(), r.bottom() - 4.0), QPointF(r.right(), r.bottom() - 4.0));
    };
    return b;
}

// Points per pixel of a chart's scene: Qt Charts sizes its fonts in points
// at the screen's logical DPI.
double chartPixelsPerPoint()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return (screen ? screen->logicalDotsPerInch() : 96.0) / kPointsPerInch;
}

// A Qt Charts figure `height` points high, with its caption below.
Block chartBlock(std::function<QChart *()> make, double height, const QString &caption)
{
    auto captionDoc = std::make_shared<std::unique_ptr<QTextDocument>>();
    const QString html = QStringLiteral("<p class=\"caption\">%1</p>").arg(esc(caption));
    Block b;
    b.height = [=](double width) {
        *captionDoc = textDocument(html, width);
        return height + 4.0 + (*captionDoc)->size().height();
    };
    b.paint = [=](QPainter *p, const QRectF &r) {
        const QRectF target(r.topLeft(), QSizeF(r.width(), height));
        const double k = chartPixelsPerPoint();
        QGraphicsScene scene;
        QChart *chart = make(); // the scene owns it
        chart->setAnimationOptions(QChart::NoAnimation);
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), target.size() * k));
        if (chart->layout())
            chart->layout()->activate();
        scene.setSceneRect(chart->geometry());
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        scene.render(p, target, scene.sceneRect());
        p->restore();
        p->save();
        p->translate(r.left(), r.top() + height + 4.0);
        (*captionDoc)->drawContents(p);
        p->restore();
    };
    return b;
}

QString plainLanguage(const ReportData &d)
{
    const QLocale locale;
    QString h;
    h += QStringLiteral("<p>")
        + BoardReport::tr("On average, a year exposes <b>%1 records</b> through our supply "
                          "chain; 90 % of simulated years expose between %2 and %3.")
              .arg(records(d.baseline.expectedExposedTotal), records(d.low90), records(d.high90))
        + QStringLiteral("</p>");

    if (d.weakest.isEmpty()) {
        h += QStringLiteral("<p>")
            + BoardReport::tr("No single node's hardening would save records: nothing in the "
                              "model is exposed in a typical year.")
            + QStringLiteral("</p>");
    } else {
        h += QStringLiteral("<h2>%1</h2><ol>").arg(BoardReport::tr("The weakest links"));
        for (const WeakLink &w : d.weakest) {
            const Node &n = d.model.nodes()[w.node];
            h += QStringLiteral("<li>")
                + BoardReport::tr("<b>%1</b> (%2, tier %3): hardening it would save %4 records a "
                                  "year; cutting its connections at once would save %5.")
                      .arg(esc(format::nodeName(n)), esc(vocab::label(n.kind)))
                      .arg(d.tiers[w.node])
                      .arg(records(w.hardeningGain), records(w.severingGain))
                + QStringLiteral("</li>");
        }
        h += QStringLiteral("</ol>");
    }

    if (d.worstVendor >= 0)
        h += QStringLiteral("<h2>%1</h2><p>").arg(BoardReport::tr("The worst single-vendor breach"))
            + BoardReport::tr("A breach at <b>%1</b> would expose %2 records and compromise %3 "
                              "other nodes on average.")
                  .arg(esc(nodeName(d, d.worstVendor)),
                      records(d.blast.expectedExposedRecords[d.worstVendor]),
                      format::mean(d.blast.expectedOtherCompromised[d.worstVendor]))
            + QStringLiteral("</p>");

    h += QStringLiteral("<h2>%1</h2><p>").arg(BoardReport::tr("What changed"));
    if (!d.since) {
        h += BoardReport::tr("There is no earlier snapshot to compare with. Take one (File ▸ Take "
                             "Snapshot…) and the next report says what changed since.");
    } else {
        const analysis::ModelDiff &diff = d.since->diff;
        h += BoardReport::tr("Since “%1” (%2): %3 added, %4 removed, %5 changed.")
                 .arg(esc(d.since->snapshot.name),
                     format::dateTime(d.since->snapshot.takenAt.toLocalTime()),
                     format::englishPlural(
                         BoardReport::tr("%n node(s)", nullptr, int(diff.nodes.added.size())),
                         int(diff.nodes.added.size())),
                     format::englishPlural(
                         BoardReport::tr("%n node(s)", nullptr, int(diff.nodes.removed.size())),
                         int(diff.nodes.removed.size())),
                     format::englishPlural(
                         BoardReport::tr("%n node(s)", nullptr, int(diff.nodes.changed.size())),
                         int(diff.nodes.changed.size())));
        if (d.since->recordsThen)
            h += QLatin1Char(' ')
                + BoardReport::tr("Expected records exposed a year: %1 then, %2 now (%3).")
                      .arg(records(*d.since->recordsThen), records(d.baseline.expectedExposedTotal),
                          format::recordsChange(
                              d.baseline.expectedExposedTotal - *d.since->recordsThen));
        QStringList vendors;
        for (const QString &id : diff.newVendors)
            vendors << esc(format::nodeName(d.model, id));
        if (!vendors.isEmpty())
            h += QLatin1Char(' ') + BoardReport::tr("New vendors: %1.").arg(vendors.join(u", "));
        for (const analysis::AssetReach &r : diff.reach)
            if (!r.gained.isEmpty()) {
                const DataAsset *a = d.model.dataAsset(r.asset);
                h += QLatin1Char(' ')
                    + format::englishPlural(
                        BoardReport::tr("%1 now reaches %n more organisation(s).", nullptr,
                            int(r.gained.size())),
                        int(r.gained.size()))
                          .arg(esc(a && !a->name.isEmpty() ? a->name : r.asset));
            }
    }
    h += QStringLiteral("</p>");

    h += QStringLiteral("<h2>%1</h2><p>")
             .arg(BoardReport::tr("How fast a vendor's breach reaches us"));
    if (d.news.vendor < 0) {
        h += BoardReport::tr("The model has no direct vendor (tier 1).");
    } else {
        h += BoardReport::tr("Our most connected vendor is <b>%1</b> (%2).")
                 .arg(esc(nodeName(d, d.news.vendor)),
                     format::englishPlural(
                         BoardReport::tr("%n connection(s)", nullptr, d.news.edges), d.news.edges));
        if (d.news.firstAware) {
            QStringList chain;
            for (const QString &id : d.news.chain)
                chain << esc(format::nodeName(d.model, id));
            h += QLatin1Char(' ')
                + BoardReport::tr("If it is breached, the notification chain (%1) tells us after "
                                  "%2.")
                      .arg(chain.join(QStringLiteral(" → ")), hours(d.news.firstAware->awareHours));
        } else {
            h += QLatin1Char(' ')
                + BoardReport::tr("A breach there exposes no data of ours, so no notification "
                                  "chain leads back to us.");
        }
        if (d.news.firstObligation && d.news.firstObligation->dueHours)
            h += QLatin1Char(' ')
                + BoardReport::tr("Our first notification (%1, %2) is due %3 after the breach.")
                      .arg(esc(d.news.firstObligation->rule.regime),
                          esc(d.news.firstObligation->rule.citation),
                          hours(*d.news.firstObligation->dueHours));
        if (d.news.ourNode >= 0)
            h += QLatin1Char(' ')
                + BoardReport::tr("The breach itself reaches our %1 in %2 of simulated cases, "
                                  "after %3 on average.")
                      .arg(esc(nodeName(d, d.news.ourNode)), format::percent(d.news.ourProbability),
                          hours(d.news.ourHours));
    }
    h += QStringLiteral("</p>");
    return h;
}

// Under a table cut at kTableRows rows: how many more the JSON twin has;
// nothing if none were cut.
QString moreRows(qsizetype rows)
{
    if (rows <= kTableRows)
        return {};
    const int more = int(rows) - kTableRows;
    return QStringLiteral("<p class=\"caption\">%1</p>")
        .arg(format::englishPlural(
            BoardReport::tr("… and %n more in the report's JSON twin.", nullptr, more), more));
}

QString concentrationTable(const ReportData &d)
{
    QString h = QStringLiteral("<p>")
        + BoardReport::tr("Every vendor of our vendors, by how many of our direct vendors depend "
                          "on it (directly or through others), and what its breach alone would "
                          "expose.")
        + QStringLiteral(
            "</p><table cellspacing=\"0\" border=\"1\" width=\"100%\" style=\"border-collapse: "
            "collapse; border-color: #bfc7d1;\"><tr><th>%1</th>"
            "<th>%2</th><th class=\"num\">%3</th><th class=\"num\">%4</th></tr>")
              .arg(BoardReport::tr("Node"), BoardReport::tr("Organisation"),
                  BoardReport::tr("Vendors above it"), BoardReport::tr("Records if it falls"));
    int rows = 0;
    for (const sim::ConcentrationEntry &e : d.concentration) {
        if (rows == kTableRows)
            break;
        const Node &n = d.model.nodes()[e.node];
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                            "<td align=\"right\">%4</td></tr>")
                 .arg(esc(format::nodeName(n)), esc(n.organization), format::count(e.dependents),
                     records(e.expectedExposedRecords));
        ++rows;
    }
    h += QStringLiteral("</table>");
    h += moreRows(qsizetype(d.concentration.size()));
    return h;
}

QString gapsTable(const ReportData &d)
{
    if (d.gaps.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(std::any_of(d.model.edges().cbegin(), d.model.edges().cend(),
                     [](const Edge &e) { return !e.contract.isEmpty(); })
                    ? BoardReport::tr("No contract gap: every recorded contract covers its flow.")
                    : BoardReport::tr("The model records no contracts, so no gaps are listed."));
    QString h = QStringLiteral("<p>")
        + format::englishPlural(
            BoardReport::tr(
                "%n gap(s) between the contracts and what the flows need (rules as of %1; "
                "decision support, not legal advice).",
                nullptr, int(d.gaps.size())),
            int(d.gaps.size()))
              .arg(d.rules.asOf)
        + QStringLiteral("</p><table cellspacing=\"0\" border=\"1\" width=\"100%\" "
                         "style=\"border-collapse: collapse; border-color: #bfc7d1;\">");
    int rows = 0;
    for (const obligations::ContractGap &g : d.gaps) {
        if (rows++ == kTableRows)
            break;
        h += QStringLiteral("<tr><td>%1</td></tr>")
                 .arg(esc(obligations::gapText(d.model, d.rules, g)));
    }
    h += QStringLiteral("</table>");
    h += moreRows(d.gaps.size());
    return h;
}

QString changesText(const ReportData &d)
{
    const Comparison &c = *d.since;
    QString h;
    const auto list = [&](const QString &title, const QStringList &ids, const Model &m) {
        if (ids.isEmpty())
            return;
        QStringList names;
        for (qsizetype i = 0; i < ids.size() && i < kTableRows; ++i)
            names << esc(format::nodeLabel(m, ids[i]));
        if (ids.size() > kTableRows)
            names << format::englishPlural(
                BoardReport::tr("%n more", nullptr, int(ids.size()) - kTableRows),
                int(ids.size()) - kTableRows);
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(title, names.join(QStringLiteral(", ")));
    };
    h += QStringLiteral("<p>")
        + BoardReport::tr("Compared with the snapshot “%1” of %2.")
              .arg(esc(c.snapshot.name), format::dateTime(c.snapshot.takenAt.toLocalTime()))
        + QStringLiteral("</p>");
    if (c.diff.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(BoardReport::tr("Nothing changed (positions aside)."));
    list(BoardReport::tr("Nodes added:"), c.diff.nodes.added, d.model);
    list(BoardReport::tr("Nodes removed:"), c.diff.nodes.removed, c.model);
    QStringList changed;
    for (const analysis::ElementChange &e : c.diff.nodes.changed)
        changed << e.id;
    list(BoardReport::tr("Nodes changed:"), changed, d.model);
    list(BoardReport::tr("New vendors:"), c.diff.newVendors, d.model);
    list(BoardReport::tr("New sub-processors:"), c.diff.newSubprocessors, d.model);
    h += QStringLiteral("<p>%1</p>")
             .arg(BoardReport::tr("Edges: %1 added, %2 removed, %3 changed. Data assets: %4 "
                                  "added, %5 removed, %6 changed.")
                      .arg(c.diff.edges.added.size())
                      .arg(c.diff.edges.removed.size())
                      .arg(c.diff.edges.changed.size())
                      .arg(c.diff.data.added.size())
                      .arg(c.diff.data.removed.size())
                      .arg(c.diff.data.changed.size()));
    for (const analysis::AssetReach &r : c.diff.reach) {
        const DataAsset *a = d.model.dataAsset(r.asset);
        const QString name = esc(a && !a->name.isEmpty() ? a->name : r.asset);
        if (!r.gained.isEmpty())
            h += QStringLiteral("<p>%1</p>")
                     .arg(format::englishPlural(
                         BoardReport::tr("%1 now reaches %n more organisation(s): %2.", nullptr,
                             int(r.gained.size())),
                         int(r.gained.size()))
                              .arg(name, esc(r.gained.join(QStringLiteral(", ")))));
    }
    return h;
}

QString scenarioText(const ReportData &d)
{
    const ScenarioRun &s = *d.scenario;
    QString h = QStringLiteral("<p>")
        + BoardReport::tr("The saved scenario “%1”, %2 trials: %3 records exposed on average; "
                          "%4 nodes compromised on average.")
              .arg(esc(s.saved.name), format::count(s.result.trials),
                  records(s.result.expectedExposedTotal),
                  format::mean(s.result.meanCompromisedCount()))
        + QStringLiteral(
            "</p><table cellspacing=\"0\" border=\"1\" width=\"100%\" style=\"border-collapse: "
            "collapse; border-color: #bfc7d1;\"><tr><th>%1</th>"
            "<th class=\"num\">%2</th><th class=\"num\">%3</th></tr>")
              .arg(BoardReport::tr("Most likely compromised"), BoardReport::tr("Probability"),
                  BoardReport::tr("Mean time"));
    QVector<int> order(d.model.nodes().size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return s.result.compromised[a] > s.result.compromised[b]; });
    for (int i = 0; i < order.size() && i < 10; ++i) {
        const int v = order[i];
        if (s.result.compromised[v] == 0)
            break;
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                            "</tr>")
                 .arg(esc(nodeName(d, v)), format::percent(s.result.pCompromised(v)),
                     hours(s.result.meanHours[std::size_t(v)]));
    }
    return h + QStringLiteral("</table>");
}

QString appendix(const ReportData &d)
{
    const ReportOptions &o = d.options;
    const QString seed = format::rngSeed(o.rngSeed);
    QString h;
    h += QStringLiteral("<p>")
        + BoardReport::tr("Every figure comes from Weaklink's simulation engine (version %1) on "
                          "this model, revision <tt>%2</tt> — a SHA-256 of exactly what the "
                          "engine reads: node ids, breach likelihoods and control strengths; "
                          "asset owners, categories and records; edges with their data, "
                          "probabilities and delays.")
              .arg(QStringLiteral(WEAKLINK_VERSION), d.revision.left(16))
        + QStringLiteral("</p><p>")
        + BoardReport::tr(
            "The annual baseline ran %1 trials with random seed %2; the hardening "
            "gains %3 annual trials, the blast radius and the concentration %3 "
            "seeded trials per node, with the same seed. No horizon; no response plan. "
            "Defaults of the model format apply where the model gives no value "
            "(breach likelihood 0, control strength 0, delay 24 h, arc "
            "probabilities by integration). The 90 % range is the 5th to the 95th "
            "percentile of the records exposed per simulated year.")
              .arg(format::count(o.trials), seed, format::count(o.rankingTrials))
        + QStringLiteral("</p><p>")
        + BoardReport::tr("<b>How a breach spreads.</b> In each simulated year every node is "
                          "breached directly with its annual breach likelihood. A compromise "
                          "travels along each connection with the connection's probability, in "
                          "the direction of the data flow or against it, reduced by the target's "
                          "control strength, and takes the connection's delay; a node is "
                          "compromised at the earliest time any path reaches it.")
        + QStringLiteral("</p><p>")
        + BoardReport::tr("<b>What is exposed.</b> A data asset is exposed when any node holding "
                          "it — its owner, or a node it flows to — is compromised. Expected "
                          "records are averages over the trials; every random draw is a "
                          "function of the seed, the trial and the node, so the same seed gives "
                          "the same numbers on any machine and with any number of threads.")
        + QStringLiteral("</p><p>")
        + BoardReport::tr("These commands reproduce every figure exactly:")
        + QStringLiteral("</p><pre>");
    const QString model = o.source;
    h += esc(QStringLiteral("weaklink-cli simulate %1 --annual --trials %2 --rng-seed %3\n")
                 .arg(model)
                 .arg(o.trials)
                 .arg(seed));
    h += esc(QStringLiteral("weaklink-cli rank %1 --by hardening-gain --trials %2 --rng-seed %3\n")
                 .arg(model)
                 .arg(o.rankingTrials)
                 .arg(seed));
    h += esc(QStringLiteral("weaklink-cli rank %1 --by blast-radius --trials %2 --rng-seed %3\n")
                 .arg(model)
                 .arg(o.rankingTrials)
                 .arg(seed));
    h += esc(QStringLiteral("weaklink-cli rank %1 --by concentration --trials %2 --rng-seed %3\n")
                 .arg(model)
                 .arg(o.rankingTrials)
                 .arg(seed));
    QString report
        = QStringLiteral("weaklink-cli report %1 -o report.pdf --trials %2 --rng-seed %3")
              .arg(model)
              .arg(o.trials)
              .arg(seed);
    if (d.since)
        report += QStringLiteral(" --since \"%1\"").arg(d.since->snapshot.name);
    else if (!o.compare)
        report += QStringLiteral(" --no-since");
    if (!o.scenario.isEmpty())
        report += QStringLiteral(" --scenario \"%1\"").arg(o.scenario);
    h += esc(report + QStringLiteral(" --json"));
    h += QStringLiteral("</pre>");
    return h;
}

QPageSize pageSize(render::PaperSize size)
{
    switch (size) {
    case render::PaperSize::A3: return QPageSize(QPageSize::A3);
    case render::PaperSize::Letter: return QPageSize(QPageSize::Letter);
    case render::PaperSize::A4:
    case render::PaperSize::Automatic: break;
    }
    return QPageSize(QPageSize::A4);
}

// The map with the risk heatmap of the annual baseline, fitted to the rest
// of its page, its caption below.
Block mapBlock(const ReportData &d)
{
    auto diagram = std::make_shared<render::Diagram>(render::buildViewDiagram(d.view, &d.layout));
    const sim::NodeValues values
        = sim::metricValues(sim::Metric::Risk, d.model, d.compiled, d.baseline);
    render::Overlay overlay
        = render::makeOverlay(sim::Metric::Risk, values, d.model, d.compiled, &d.baseline, false);
    overlay.source = BoardReport::tr("Annual baseline · %1 trials · rng seed %2")
                         .arg(format::count(d.options.trials), format::rngSeed(d.options.rngSeed));
    render::applyOverlay(*diagram, render::viewOverlay(overlay, d.view));
    const QString caption = d.view.spec.kind == render::ViewKind::Organisations
        ? BoardReport::tr("Figure 1. The supply chain by organisation (%1 nodes in %2 "
                          "organisations), each coloured by the expected risk a year (records × "
                          "sensitivity) of its riskiest member.")
              .arg(
                  format::count(d.model.nodes().size()), format::count(d.view.model.nodes().size()))
        : BoardReport::tr("Figure 1. The supply chain, each node coloured by its expected risk a "
                          "year (records × sensitivity exposed through it).");
    auto captionDoc = std::make_shared<std::unique_ptr<QTextDocument>>();
    const QString html = QStringLiteral("<p class=\"caption\">%1</p>").arg(esc(caption));
    Block b;
    b.fillsPage = true;
    b.height = [=](double width) {
        *captionDoc = textDocument(html, width);
        return (*captionDoc)->size().height();
    };
    b.paint = [=](QPainter *p, const QRectF &r) {
        const double captionHeight = (*captionDoc)->size().height();
        const QRectF area(r.topLeft(), QSizeF(r.width(), r.height() - captionHeight - kGap));
        // The legends in a column at the right, scaled down if the page is
        // short; the map fitted to the rest.
        const QSizeF heat
            = diagram->overlay ? render::overlayLegendSize(*diagram->overlay) : QSizeF();
        const QSizeF kinds = render::legendSize();
        const QSizeF column(
            std::max(heat.width(), kinds.width()), heat.height() + kGap + kinds.height());
        const double columnScale = std::min(
            { 1.0, area.height() / column.height(), 0.28 * area.width() / column.width() });
        const double columnWidth = column.width() * columnScale;
        p->save();
        p->translate(area.right() - columnWidth, area.top());
        p->scale(columnScale, columnScale);
        if (diagram->overlay)
            render::paintOverlayLegend(p, *diagram->overlay, QPointF(0, 0));
        render::paintLegend(p, QPointF(0, heat.height() + kGap));
        p->restore();

        const QRectF map(area.topLeft(), QSizeF(area.width() - columnWidth - kGap, area.height()));
        const QRectF bounds = diagram->bounds;
        const double scale = std::min(map.width() / bounds.width(), map.height() / bounds.height());
        p->save();
        p->translate(map.left() + (map.width() - bounds.width() * scale) / 2.0,
            map.top() + (map.height() - bounds.height() * scale) / 2.0);
        p->scale(scale, scale);
        p->translate(-bounds.topLeft());
        render::paintDiagram(p, *diagram, render::Detail::Full, false);
        p->restore();
        p->save();
        p->translate(r.left(), area.bottom() + kGap);
        (*captionDoc)->drawContents(p);
        p->restore();
    };
    return b;
}

QVector<Block> blocks(const ReportData &d)
{
    QVector<Block> out;
    out << heading(BoardReport::tr("In plain language")) << textBlock(plainLanguage(d));
    out << heading(BoardReport::tr("The supply-chain map")) << mapBlock(d);

    const analysis::RiskMatrixData matrix = analysis::riskMatrix(d.model, d.baseline);
    const analysis::LossExceedanceData exceedance = analysis::lossExceedance(d.baseline);
    const QVector<analysis::CategoryRecords> categories
        = analysis::exposedByCategory(d.model, d.baseline);
    out << heading(BoardReport::tr("Risk in figures"));
    out << chartBlock([matrix] { return charts::ChartBuilders::riskMatrix(matrix, {}); }, 250.0,
        BoardReport::tr("Figure 2. Risk matrix: every node by its likelihood of compromise in a "
                        "year (across) and the impact of the data it holds (up)."));
    out << chartBlock([exceedance] { return charts::ChartBuilders::lossExceedance(exceedance); },
        220.0,
        BoardReport::tr("Figure 3. Loss exceedance: the chance that a year exposes more than a "
                        "given number of records (%1 simulated years).")
            .arg(format::count(d.baseline.trials)));
    out << chartBlock([categories] { return charts::ChartBuilders::categories(categories); }, 200.0,
        BoardReport::tr("Figure 4. Expected records exposed a year, by category of data."));

    out << heading(BoardReport::tr("Fourth-party concentration"))
        << textBlock(concentrationTable(d));
    out << heading(BoardReport::tr("Contract gaps"), false) << textBlock(gapsTable(d));
    if (d.since)
        out << heading(BoardReport::tr("What changed since “%1”").arg(d.since->snapshot.name))
            << textBlock(changesText(d));
    if (d.scenario)
        out << heading(BoardReport::tr("Scenario “%1”").arg(d.scenario->saved.name))
            << textBlock(scenarioText(d));
    out << heading(BoardReport::tr("Appendix: how these numbers were made"))
        << textBlock(appendix(d));
    return out;
}

struct Placed {
    int page = 0; // 0-based, counting the cover and the contents
    QRectF rect;
};

} // namespace

QByteArray BoardReport::pdf(const ReportData &d, Layout *layout)
{
    // A board report is printed: on light paper, whatever the canvas shows.
    const render::PrintColorsScope light(render::PrintColors::Light);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(tr("Supply-chain risk report: %1").arg(d.model.name));
    writer.setCreator(QStringLiteral("Weaklink " WEAKLINK_VERSION));
    writer.setPageLayout(QPageLayout(pageSize(d.options.page.size),
        d.options.page.portrait ? QPageLayout::Portrait : QPageLayout::Landscape,
        QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
    const double toDevice = writer.resolution() / kPointsPerInch;
    const QSizeF area(writer.width() / toDevice, writer.height() / toDevice);
    const QRectF body(QPointF(0, 0), QSizeF(area.width(), area.height() - kFooterHeight));

    // Placing: the cover is page 0, the contents page 1.
    QVector<Block> all = blocks(d);
    QVector<Placed> placed(all.size());
    int page = 2;
    double y = 0.0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        Block &b = all[i];
        double h = b.height(body.width());
        if (b.newPage && y > 0.0) {
            ++page;
            y = 0.0;
        }
        if (b.keepWithNext && i + 1 < all.size()) {
            const Block &next = all[i + 1];
            const double nextHeight
                = next.fillsPage ? body.height() / 2.0 : next.height(body.width());
            if (y > 0.0 && y + h + nextHeight > body.height()) {
                ++page;
                y = 0.0;
            }
        } else if (y > 0.0 && y + h > body.height()) {
            ++page;
            y = 0.0;
        }
        if (b.fillsPage)
            h = body.height() - y;
        placed[i] = { page, QRectF(0.0, y, body.width(), std::min(h, body.height() - y)) };
        y += h + kGap;
    }
    const int pages = page + 1;

    Layout result;
    result.pages = pages;
    result.sections.append({ tr("Contents"), 2 });
    for (qsizetype i = 0; i < all.size(); ++i)
        if (!all[i].section.isEmpty())
            result.sections.append({ all[i].section, placed[i].page + 1 });

    QPainter p(&writer);
    p.scale(toDevice, toDevice);
    const auto font = [](double size, QFont::Weight weight = QFont::Normal) {
        QFont f = render::documentFont(size);
        f.setPixelSize(int(std::lround(size)));
        f.setWeight(weight);
        return f;
    };
    const auto footer = [&](int index) {
        p.setFont(font(kCaptionSize));
        p.setPen(kMuted);
        const QRectF line(
            0.0, area.height() - kFooterHeight + 8.0, area.width(), kFooterHeight - 8.0);
        p.drawText(line, Qt::AlignLeft | Qt::AlignBottom,
            tr("%1 · supply-chain risk report · %2")
                .arg(d.model.name.isEmpty() ? tr("Untitled model") : d.model.name,
                    QLocale().toString(d.options.date, QLocale::LongFormat)));
        p.drawText(
            line, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(index + 1).arg(pages));
    };

    // The cover.
    {
        double top = area.height() * 0.28;
        p.setPen(kAccent);
        p.setFont(font(kCaptionSize * 1.3, QFont::DemiBold));
        p.drawText(QRectF(0, top - 28.0, area.width(), 20.0), Qt::AlignLeft,
            tr("SUPPLY-CHAIN RISK REPORT"));
        p.setPen(kInk);
        p.setFont(font(kTitleSize, QFont::Bold));
        const QRectF titleRect(0, top, area.width(), kTitleSize * 3.0);
        QRectF used;
        p.drawText(titleRect, Qt::AlignLeft | Qt::TextWordWrap,
            d.model.name.isEmpty() ? tr("Untitled model") : d.model.name, &used);
        top = used.bottom() + 18.0;
        p.setPen(QPen(kAccent, 2.0));
        p.drawLine(QPointF(0, top), QPointF(area.width() * 0.4, top));
        top += 18.0;
        p.setFont(font(kSubheadingSize));
        p.setPen(kInk);
        QStringList lines;
        if (!d.organisation.isEmpty())
            lines << d.organisation;
        lines << QLocale().toString(d.options.date, QLocale::LongFormat);
        lines << (d.since ? tr("Compared with the snapshot “%1” of %2")
                                .arg(d.since->snapshot.name,
                                    format::dateTime(d.since->snapshot.takenAt.toLocalTime()))
                          : tr("No earlier snapshot to compare with"));
        lines << tr("%1 nodes · %2 connections · %3 data assets")
                     .arg(format::count(d.model.nodes().size()),
                         format::count(d.model.edges().size()),
                         format::count(d.model.data().size()));
        for (const QString &line : lines) {
            p.drawText(QRectF(0, top, area.width(), kSubheadingSize * 1.6), Qt::AlignLeft, line);
            top += kSubheadingSize * 1.7;
        }
        p.setFont(font(kCaptionSize));
        p.setPen(kMuted);
        p.drawText(QRectF(0, area.height() - 40.0, area.width(), 40.0),
            Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
            tr("Made with Weaklink %1 from a model of the supply chain: simulated figures, %2 "
               "trials, random seed %3 (see the appendix). Decision support, not legal advice.")
                .arg(QStringLiteral(WEAKLINK_VERSION), format::count(d.options.trials),
                    format::rngSeed(d.options.rngSeed)));
    }

    // The contents.
    writer.newPage();
    {
        p.setFont(font(kHeadingSize, QFont::DemiBold));
        p.setPen(kAccent);
        p.drawText(QRectF(0, 0, area.width(), kHeadingSize * 1.6), Qt::AlignLeft, tr("Contents"));
        double top = kHeadingSize * 2.4;
        const QFont entry = font(kSubheadingSize);
        p.setFont(entry);
        for (qsizetype i = 1; i < result.sections.size(); ++i) {
            const BoardReport::Section &s = result.sections[i];
            const QRectF line(0, top, area.width(), kSubheadingSize * 1.6);
            const QString number = QString::number(s.page);
            p.setPen(kInk);
            p.drawText(line, Qt::AlignLeft, s.title);
            p.drawText(line, Qt::AlignRight, number);
            // Dot leaders between them.
            p.setPen(QPen(kRule, 1.0, Qt::DotLine));
            const double from
                = std::min(area.width(), QFontMetricsF(entry).horizontalAdvance(s.title) + 8.0);
            const double to = area.width() - QFontMetricsF(entry).horizontalAdvance(number) - 8.0;
            if (to > from)
                p.drawLine(
                    QPointF(from, top + kSubheadingSize), QPointF(to, top + kSubheadingSize));
            top += kSubheadingSize * 2.0;
        }
        footer(1);
    }

    for (int at = 2; at < pages; ++at) {
        writer.newPage();
        for (qsizetype i = 0; i < all.size(); ++i)
            if (placed[i].page == at)
                all[i].paint(&p, placed[i].rect);
        footer(at);
    }
    p.end();
    if (layout)
        *layout = result;
    return buffer.data();
}

bool BoardReport::write(const ReportData &d, const QString &path, QString *error)
{
    return io::writeFileAtomically(path, pdf(d), error);
}

} // namespace wl::report
