// Tabletop benchmark (docs/PERFORMANCE.md, "Tabletop"): the exercise on a
// model of the vendor with the most connections breached, 168 h in steps of
// 1 h, 10,000 trials; measures
//   - the projection (one engine run with the 169-point time grid), and
//   - scrubbing the timeline: per step of t, the session's update, the
//     tables' update (re-sort included) and the canvas's values
//     (nodeProbabilities()), with and without the panel repainting on the
//     offscreen platform (target ≤ 50 ms per step).
//
//   bench_tabletop [MODEL] [--trials N] [--sweeps S]
#include "tabletop/tabletoppanel.h"
#include "tabletop/tabletopsession.h"

#include "io/modeljson.h"
#include "model/document.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace wl;
using namespace wl::tabletop;

namespace {

struct Stats {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    s.max = ms.back();
    return s;
}

// The node with the most edges: the largest blast radius to scrub through.
QString busiestNode(const Model &m)
{
    QHash<QString, int> degree;
    for (const Edge &e : m.edges()) {
        ++degree[e.source];
        ++degree[e.target];
    }
    QString best = m.nodes().value(0).id;
    for (const Node &n : m.nodes())
        if (degree.value(n.id) > degree.value(best))
            best = n.id;
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString path = QStringLiteral(WEAKLINK_SHARED_DIR "/bench/layout-2k.json");
    int trials = 10000;
    int sweeps = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--trials" && i + 1 < args.size())
            trials = args[++i].toInt();
        else if (args[i] == u"--sweeps" && i + 1 < args.size())
            sweeps = args[++i].toInt();
        else
            path = args[i];
    }
    ReadResult r = io::readModelJsonFile(path);
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message()));
        return 1;
    }
    const Model &model = *r.model;
    DocumentState state;
    ExerciseSettings &settings = state.exercise.settings;
    settings.vendor = busiestNode(model);
    settings.start = QDateTime(QDate(2025, 11, 24), QTime(9, 0));
    settings.trials = trials;
    Document doc(model, state);

    QElapsedTimer clock;
    clock.start();
    SimulationContext simulation(&doc);
    TabletopSession session(&simulation);
    QEventLoop loop;
    QObject::connect(&session, &TabletopSession::runFinished, &loop, &QEventLoop::quit);
    session.run();
    loop.exec();
    if (!session.projection()) {
        std::fprintf(stderr, "no projection: %s\n", qPrintable(session.problem()));
        return 1;
    }
    const double runMs = double(clock.nsecsElapsed()) / 1e6;
    const auto p = session.projection();
    const int points = int(p->timeline().size());
    std::printf("model %s: %d nodes, %d edges, %d assets; vendor %s; %d trials, %d timeline "
                "points\n",
        qPrintable(path), int(model.nodes().size()), int(model.edges().size()),
        int(model.data().size()), qPrintable(settings.vendor), trials, points);
    std::printf("projection (engine run with the time grid, off the GUI thread): %.0f ms\n", runMs);
    std::printf("P(compromised by end) > 0 for %d nodes; expected %.2f nodes\n",
        int(std::count_if(
            p->firstReached.begin(), p->firstReached.end(), [](int k) { return k >= 0; })),
        p->expectedNodes(points - 1));

    // The session, its table models (through the sorting proxies of the panel,
    // first hidden, then shown) and the canvas's values.
    TabletopPanel panel(&session);
    double sink = 0;
    const auto sweep = [&](std::vector<double> &ms, bool paint) {
        for (int k = 0; k < points; ++k) {
            clock.restart();
            session.setTimeIndex(k);
            for (const std::optional<double> &v : session.nodeProbabilities())
                sink += v.value_or(0.0);
            if (paint) {
                QApplication::processEvents();
                panel.nodeTable()->viewport()->repaint();
                panel.assetTable()->viewport()->repaint();
            }
            ms.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        session.setTimeIndex(0);
    };
    std::vector<double> modelOnly;
    for (int s = 0; s < sweeps; ++s)
        sweep(modelOnly, false);
    panel.resize(1000, 800);
    panel.show();
    QApplication::processEvents();
    std::vector<double> painted;
    for (int s = 0; s < sweeps; ++s)
        sweep(painted, true);

    const Stats a = stats(modelOnly);
    const Stats b = stats(painted);
    std::printf("per step, session + tables (re-sorted) + canvas values: median %.2f ms, p95 "
                "%.2f ms, max %.2f ms (%zu steps)\n",
        a.median, a.p95, a.max, modelOnly.size());
    std::printf("per step, the same + the panel repainted: median %.2f ms, p95 %.2f ms, max "
                "%.2f ms (%zu steps)\n",
        b.median, b.p95, b.max, painted.size());
    std::printf("(checksum %.3f)\n", sink);
    return 0;
}
