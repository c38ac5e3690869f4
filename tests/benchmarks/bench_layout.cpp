// Layout benchmark (docs/PERFORMANCE.md): layout::computeLayout timed
// in-process, per model and engine, by the wall clock (QElapsedTimer) and by
// the CPU time of the calling thread, on which Graphviz runs: on a shared
// machine the second varies far less. The whole-process race against
// Graphviz's own `dot` is scripts/bench-layout.sh, which also runs this.
// Each line also counts the pairs of organisation boxes that overlap as the
// drawing frames them (render::buildDiagram, titles included). The layout
// gets the size of every edge's label, as in the app and the CLI.
//
// With --helper, each layout is also run through the layout helper
// (files::computeLayoutInChild: `weaklink-cli __layout`, as the app runs
// the layouts of files::layoutRunsInHelper), alternating which goes
// first, on a second line whose engine reads ENGINE@helper: its CPU time is
// this thread's and the helper's together.
#include "files/layoutchild.h"
#include "files/modelfile.h"
#include "layout/layout.h"
#include "render/diagram.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include <sys/resource.h>
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
      "  --helper CLI   also through the layout helper CLI (weaklink-cli __layout)\n"
      "Prints one line per model and engine (and one more with ENGINE@helper):\n"
      "  MODEL ENGINE NODES EDGES MEDIAN_MS MIN_MS MEDIAN_CPU_MS WIDTH_PT HEIGHT_PT "
      "ORG_OVERLAPS\n";

struct Options {
    QStringList models;
    QVector<layout::Engine> engines;
    int repeat = 3;
    QString helper;
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
        } else if (a == u"--helper" && hasValue) {
            o.helper = args.at(++i);
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

// The CPU time of the child processes waited for so far.
double childrenCpuMs()
{
    rusage u {};
    getrusage(RUSAGE_CHILDREN, &u);
    const auto ms
        = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(u.ru_utime) + ms(u.ru_stime);
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
            // In this process and through the helper.
            struct Series {
                std::vector<double> ms;
                std::vector<double> cpuMs;
                std::optional<layout::LayoutResult> last;
            };
            Series here;
            Series helper;
            QString error;
            const auto run = [&](Series &series, bool viaHelper) {
                QElapsedTimer t;
                const double cpuStart = threadCpuMs() + childrenCpuMs();
                t.start();
                const files::LayoutRequest request { model,
                    { engine, true, render::calloutSizes(model), {} }, false };
                const layout::LayoutOutcome o = viaHelper
                    ? files::computeLayoutInChild(request, options->helper)
                    : files::runLayoutRequest(request);
                series.ms.push_back(double(t.nsecsElapsed()) / 1e6);
                series.cpuMs.push_back(threadCpuMs() + childrenCpuMs() - cpuStart);
                if (!o.result)
                    error = o.error;
                series.last = o.result;
            };
            for (int i = 0; i < options->repeat && error.isEmpty(); ++i) {
                // Alternately first, so that neither always meets a warmer
                // cache or a quieter machine.
                const bool helperFirst = !options->helper.isEmpty() && i % 2 == 1;
                if (helperFirst)
                    run(helper, true);
                run(here, false);
                if (!options->helper.isEmpty() && !helperFirst)
                    run(helper, true);
            }
            if (!error.isEmpty()) {
                std::fprintf(
                    stderr, "bench_layout: %s: %s\n", qUtf8Printable(path), qUtf8Printable(error));
                return 1;
            }
            const auto print = [&](const Series &series, const QString &engineText) {
                std::printf("%s %s %lld %lld %.1f %.1f %.1f %.0f %.0f %lld\n",
                    qUtf8Printable(QFileInfo(path).fileName()), qUtf8Printable(engineText),
                    static_cast<long long>(model.nodes().size()),
                    static_cast<long long>(model.edges().size()), median(series.ms),
                    *std::min_element(series.ms.begin(), series.ms.end()), median(series.cpuMs),
                    series.last->bounds.width(), series.last->bounds.height(),
                    overlappingOrganisations(model, *series.last));
                std::fflush(stdout);
            };
            print(here, layout::engineName(engine));
            if (!options->helper.isEmpty())
                print(helper, layout::engineName(engine) + QStringLiteral("@helper"));
        }
    }
    return 0;
}
