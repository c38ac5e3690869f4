// Layout benchmark (docs/PERFORMANCE.md): layout::computeLayout timed
// in-process, per model and engine, by the wall clock (QElapsedTimer) and by
// the CPU time of the calling thread, on which Graphviz runs: on a shared
// machine the second varies far less. The whole-process race against
// Graphviz's own `dot` is scripts/bench-layout.sh, which also runs this.
// Each line also counts the pairs of organisation boxes that overlap as the
// drawing frames them (render::buildDiagram, titles included). The layout
// gets the size of every edge's label, as in the app and the CLI.
#include "files/modelfile.h"
#include "layout/layout.h"
#include "render/diagram.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace wl;

namespace {

const char *const kUsage
    = "Usage: bench_layout [MODEL...] [--engine ENGINE]... [--repeat N]\n"
      "  MODEL          model JSON or .weaklink (default: the shared bench/layout-5k.json)\n"
      "  --engine E     dot, neato, fdp, sfdp, circo or twopi; repeatable\n"
      "                 (default: dot and sfdp)\n"
      "  --repeat N     timed layouts per model and engine (default 3)\n"
      "Prints one line per model and engine:\n"
      "  MODEL ENGINE NODES EDGES MEDIAN_MS MIN_MS MEDIAN_CPU_MS WIDTH_PT HEIGHT_PT "
      "ORG_OVERLAPS\n";

struct Options {
    QStringList models;
    QVector<layout::Engine> engines;
    int repeat = 3;
};

std::optional<Options> parseOptions(const QStringList &args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == u"--repeat" && hasValue) {
            bool ok = false;
            o.repeat = args.at(++i).toInt(&ok);
            if (!ok || o.repeat <= 0)
                return std::nullopt;
        } else if (a == u"--engine" && hasValue) {
            const std::optional<layout::Engine> e = layout::engineFromName(args.at(++i));
            if (!e)
                return std::nullopt;
            o.engines << *e;
        } else if (!a.startsWith(u'-')) {
            o.models << a;
        } else {
            return std::nullopt;
        }
    }
    if (o.models.isEmpty())
        o.models << QStringLiteral(WEAKLINK_SHARED_DIR "/bench/layout-5k.json");
    if (o.engines.isEmpty())
        o.engines = { layout::Engine::Dot, layout::Engine::Sfdp };
    return o;
}

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// Pairs of organisation boxes, as drawn, whose interiors meet: a sweep over
// the boxes sorted by their left edge.
long long overlappingOrganisations(const Model &model, const layout::LayoutResult &result)
{
    QVector<QRectF> boxes;
    for (const render::ClusterVisual &c : render::buildDiagram(model, &result).clusters)
        boxes << c.box;
    std::sort(boxes.begin(), boxes.end(),
        [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    long long pairs = 0;
    for (qsizetype i = 0; i < boxes.size(); ++i)
        for (qsizetype j = i + 1; j < boxes.size() && boxes[j].left() < boxes[i].right(); ++j)
            if (boxes[i].intersects(boxes[j]))
                ++pairs;
    return pairs;
}

} // namespace

int main(int argc, char *argv[])
{
    // Measuring the organisations' titles needs fonts, not a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const std::optional<Options> options = parseOptions(app.arguments().mid(1));
    if (!options) {
        std::fputs(kUsage, stderr);
        return 2;
    }

    for (const QString &path : options->models) {
        const ReadResult r = files::openModelFile(path);
        if (!r.ok()) {
            std::fprintf(stderr, "bench_layout: %s\n", qUtf8Printable(r.message()));
            return 1;
        }
        const Model &model = *r.model;
        for (const layout::Engine engine : options->engines) {
            std::vector<double> ms;
            std::vector<double> cpuMs;
            std::optional<layout::LayoutResult> last;
            for (int i = 0; i < options->repeat; ++i) {
                QElapsedTimer t;
                const double cpuStart = threadCpuMs();
                t.start();
                const layout::LayoutOutcome o = layout::computeLayout(
                    model, { engine, true, render::calloutSizes(model), {} });
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
                cpuMs.push_back(threadCpuMs() - cpuStart);
                if (!o.result) {
                    std::fprintf(stderr, "bench_layout: %s: %s\n", qUtf8Printable(path),
                        qUtf8Printable(o.error));
                    return 1;
                }
                last = o.result;
            }
            std::printf("%s %s %lld %lld %.1f %.1f %.1f %.0f %.0f %lld\n",
                qUtf8Printable(QFileInfo(path).fileName()),
                qUtf8Printable(layout::engineName(engine)),
                static_cast<long long>(model.nodes().size()),
                static_cast<long long>(model.edges().size()), median(ms),
                *std::min_element(ms.begin(), ms.end()), median(cpuMs), last->bounds.width(),
                last->bounds.height(), overlappingOrganisations(model, *last));
            std::fflush(stdout);
        }
    }
    return 0;
}
