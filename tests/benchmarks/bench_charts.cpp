// Charts and infection-path benchmark (docs/CHARTS.md): on a model (default
// ../shared/bench/layout-2k.json) runs one scenario with the suggested time
// grid, then measures
//   - the credit graph of the run (InfectionGraph) and the top-5 paths of
//     every compromised node (median, 99th percentile, worst),
//   - the panels: ChartsPanel::setResult (all chart figures), building each
//     chart, PathsView::setResult and setNode,
//   - exporting each chart to PNG and SVG.
// With --out DIR it also writes the five charts there as PNGs.
//
//   bench_charts [MODEL] [--trials N] [--seed NODE] [--out DIR]
#include "charts/chartspanel.h"
#include "docks/pathsview.h"

#include "files/modelfile.h"
#include "simulation/paths.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace wl;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QString path = QStringLiteral(WEAKLINK_SHARED_DIR "/bench/layout-2k.json");
    int trials = 10000;
    QString seed;
    QString out;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--trials" && i + 1 < args.size())
            trials = args[++i].toInt();
        else if (a == u"--seed" && i + 1 < args.size())
            seed = args[++i];
        else if (a == u"--out" && i + 1 < args.size())
            out = args[++i];
        else
            path = a;
    }
    ReadResult read = files::openModelFile(path);
    if (!read.model) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(read.error));
        return 1;
    }
    auto model = std::make_shared<const Model>(std::move(*read.model));

    sim::Scenario scenario;
    scenario.trials = trials;
    if (!seed.isEmpty()) {
        scenario.mode = sim::Mode::Seeded;
        scenario.seeds = { { seed, 0.0 } };
    }
    sim::RunOptions options;
    QElapsedTimer t;
    t.start();
    options.timeGrid = analysis::suggestTimeGrid(*model, scenario);
    std::printf("suggestTimeGrid         %8.2f ms\n", ms(t));
    const sim::CompiledModel compiled = sim::compile(*model);
    t.restart();
    sim::RunOutcome outcome = sim::run(*model, compiled, scenario, options);
    if (!outcome.result) {
        std::fprintf(stderr, "%s\n", qPrintable(outcome.error));
        return 1;
    }
    auto result = std::make_shared<const sim::SimResult>(std::move(*outcome.result));
    std::printf("model %s: %lld nodes, %lld arcs; %s, %d trials, grid 0..%g h (%zu points), "
                "run %.0f ms\n",
        qPrintable(QFileInfo(path).fileName()), qlonglong(model->nodes().size()),
        qlonglong(compiled.arcCount()), seed.isEmpty() ? "annual" : "seeded", trials,
        options.timeGrid.back(), options.timeGrid.size(), ms(t));

    t.restart();
    const sim::InfectionGraph graph(compiled, *result);
    std::printf("InfectionGraph          %8.2f ms\n", ms(t));
    std::vector<double> times;
    int truncated = 0;
    for (int v = 0; v < compiled.nodeCount; ++v) {
        if (result->compromised[std::size_t(v)] == 0)
            continue;
        t.restart();
        truncated += graph.topPaths(v, 5).truncated ? 1 : 0;
        times.push_back(ms(t));
    }
    std::sort(times.begin(), times.end());
    if (!times.empty())
        std::printf("topPaths k=5 (%zu nodes) median %.3f ms, p99 %.3f ms, worst %.3f ms, "
                    "truncated %d\n",
            times.size(), times[times.size() / 2], times[times.size() * 99 / 100], times.back(),
            truncated);

    PathsView paths;
    t.restart();
    paths.setResult(result, model);
    std::printf("PathsView::setResult    %8.2f ms\n", ms(t));
    double worstNode = 0.0;
    for (int v = 0; v < model->nodes().size(); v += std::max(1, int(model->nodes().size()) / 200)) {
        t.restart();
        paths.setNode(model->nodes()[v].id);
        worstNode = std::max(worstNode, ms(t));
    }
    std::printf("PathsView::setNode worst of 200 %.2f ms\n", worstNode);

    t.restart();
    const analysis::RiskMatrixData matrix = analysis::riskMatrix(*model, *result);
    const double matrixMs = ms(t);
    t.restart();
    const auto histogram = analysis::compromisedHistogram(*result);
    const auto categories = analysis::exposedByCategory(*model, *result);
    const analysis::LossExceedanceData loss = analysis::lossExceedance(*result);
    std::printf("figures: risk matrix %.2f ms, histogram + categories + loss exceedance %.2f ms\n",
        matrixMs, ms(t));

    charts::ChartsPanel panel;
    panel.resize(1000, 700);
    t.restart();
    panel.setResult(result, model);
    std::printf("ChartsPanel::setResult  %8.2f ms (figures + the risk matrix)\n", ms(t));
    QStringList selected;
    for (int v = 0; v < std::min(8, int(model->nodes().size())); ++v)
        selected.append(model->nodes()[v * std::max(1, int(model->nodes().size()) / 8)].id);
    t.restart();
    panel.setSelectedNodes(selected);
    std::printf("setSelectedNodes (8 nodes, risk matrix on show) %.2f ms\n", ms(t));

    QTemporaryDir scratch;
    const char *names[]
        = { "risk-matrix", "histogram", "categories", "over-time", "loss-exceedance" };
    for (int c = 0; c < charts::ChartsPanel::ChartCount; ++c) {
        const auto chart = charts::ChartsPanel::Chart(c);
        t.restart();
        panel.setCurrentChart(chart);
        panel.chart(chart);
        const double build = ms(t);
        t.restart();
        const QString png = panel.exportChart(chart, scratch.filePath(QStringLiteral("c.png")));
        const double pngMs = ms(t);
        t.restart();
        const QString svg = panel.exportChart(chart, scratch.filePath(QStringLiteral("c.svg")));
        const double svgMs = ms(t);
        std::printf("%-16s build %7.2f ms, PNG %7.1f ms, SVG %7.1f ms %s%s\n", names[c], build,
            pngMs, svgMs, qPrintable(png), qPrintable(svg));
        if (!out.isEmpty()) {
            QDir().mkpath(out);
            panel.exportChart(
                chart, QDir(out).filePath(QString::fromLatin1(names[c]) + QStringLiteral(".png")));
        }
    }
    return 0;
}
