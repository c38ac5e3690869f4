// Rendering benchmark (docs/PERFORMANCE.md): builds the Diagram of a large
// model and repaints it into a QImage the size of a canvas viewport, as the
// canvas would: the whole scene fitted into the view at the level of detail
// the view picks (target ≤ 50 ms for 5,000 nodes), the same view forced to
// the other levels for comparison, and a view at 100 % zoom, where culling
// does the work.
//
// Nodes are placed by buildDiagram's grid (the bench models have no stored
// positions), so the figures do not depend on a layout engine.
#include "io/modeljson.h"
#include "render/diagram.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>
#include <vector>

using namespace wl;
using namespace wl::render;

namespace {

const char *const kUsage = "Usage: bench_render [MODEL] [--repeat N] [--width W] [--height H]\n"
                           "  MODEL        model JSON (default: the shared bench/layout-5k.json)\n"
                           "  --repeat N   timed repaints per case (default 10)\n"
                           "  --width W, --height H\n"
                           "               the viewport in device pixels (default 1600 x 1000)\n";

struct Options {
    QString model = QStringLiteral(WEAKLINK_SHARED_DIR "/bench/layout-5k.json");
    int repeat = 10;
    QSize viewport { 1600, 1000 };
};

std::optional<Options> parseOptions(const QStringList &args)
{
    Options o;
    bool haveModel = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (a == u"--repeat" && hasValue)
            o.repeat = args.at(++i).toInt(&ok);
        else if (a == u"--width" && hasValue)
            o.viewport.setWidth(args.at(++i).toInt(&ok));
        else if (a == u"--height" && hasValue)
            o.viewport.setHeight(args.at(++i).toInt(&ok));
        else if (!a.startsWith(u'-') && !haveModel)
            haveModel = !(o.model = a).isEmpty();
        else
            return std::nullopt;
        if (!ok || o.repeat <= 0 || o.viewport.isEmpty())
            return std::nullopt;
    }
    return o;
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of this thread: on a shared machine it moves far less than the
// wall clock when other processes compete for the cores.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
};

struct Stats {
    double median = 0;
    double min = 0;
    double cpuMedian = 0;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

Stats stats(const std::vector<Timing> &timings)
{
    std::vector<double> wall, cpu;
    for (const Timing &t : timings) {
        wall.push_back(t.wallMs);
        cpu.push_back(t.cpuMs);
    }
    return { median(wall), *std::min_element(wall.begin(), wall.end()), median(cpu) };
}

const char *detailName(Detail d)
{
    switch (d) {
    case Detail::Full: return "full";
    case Detail::Reduced: return "reduced";
    case Detail::Minimal: return "minimal";
    }
    return "?";
}

// One repaint as the canvas does it: clear, antialiased painter, the view's
// transform, and only what the viewport shows.
Timing repaint(
    QImage &image, const Diagram &d, Detail detail, double scale, const QPointF &sceneTopLeft)
{
    const double cpuStart = threadCpuMs();
    QElapsedTimer t;
    t.start();
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    p.translate(-sceneTopLeft);
    const QRectF exposed(sceneTopLeft, QSizeF(image.size()) / scale);
    paintDiagram(&p, d, detail, false, exposed);
    p.end();
    return { elapsedMs(t), threadCpuMs() - cpuStart };
}

void printRow(const char *name, const char *detail, const QString &scale, const Stats &s)
{
    std::printf("%-18s %-8s %7s %10.1f %10.1f %10.1f\n", name, detail, qUtf8Printable(scale),
        s.median, s.min, s.cpuMedian);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const std::optional<Options> o = parseOptions(QCoreApplication::arguments().mid(1));
    if (!o) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const ReadResult read = io::readModelJsonFile(o->model);
    if (!read.ok()) {
        std::fprintf(stderr, "bench_render: %s\n", qUtf8Printable(read.message()));
        return 1;
    }
    const Model &model = *read.model;

    std::vector<Timing> buildTimes;
    Diagram d;
    for (int i = 0; i < o->repeat; ++i) {
        const double cpuStart = threadCpuMs();
        QElapsedTimer t;
        t.start();
        d = buildDiagram(model);
        buildTimes.push_back({ elapsedMs(t), threadCpuMs() - cpuStart });
    }

    QImage image(o->viewport, QImage::Format_ARGB32_Premultiplied);
    const QSizeF view(o->viewport);
    const double fit = std::min(view.width() / d.bounds.width(), view.height() / d.bounds.height());
    // Centred like a fitted view: the scene's top left sits half the spare
    // room before the viewport's.
    const QPointF fitTopLeft = d.bounds.center() - QPointF(view.width(), view.height()) / (2 * fit);
    const Detail chosen = detailForScale(fit);
    const QPointF zoomTopLeft = d.bounds.center() - QPointF(view.width(), view.height()) / 2;

    const auto measure = [&](Detail detail, double scale, const QPointF &topLeft) {
        repaint(image, d, detail, scale, topLeft); // warm caches: fonts, glyphs
        std::vector<Timing> times;
        for (int i = 0; i < o->repeat; ++i)
            times.push_back(repaint(image, d, detail, scale, topLeft));
        return stats(times);
    };

    std::printf("model %s (%lld nodes, %lld edges, %lld clusters), scene %.0f x %.0f points, "
                "viewport %d x %d px, %d repeats\n",
        qUtf8Printable(QDir::cleanPath(o->model)), qlonglong(d.nodes.size()),
        qlonglong(d.edges.size()), qlonglong(d.clusters.size()), d.bounds.width(),
        d.bounds.height(), o->viewport.width(), o->viewport.height(), o->repeat);
    std::printf("%-18s %-8s %7s %10s %10s %10s\n", "case", "detail", "scale", "median_ms", "min_ms",
        "cpu_ms");
    printRow("buildDiagram", "-", QStringLiteral("-"), stats(buildTimes));
    const auto printCase
        = [&](const char *name, Detail detail, double scale, const QPointF &topLeft) {
              printRow(name, detailName(detail), QString::number(scale, 'f', 3),
                  measure(detail, scale, topLeft));
          };
    printCase("full-view", chosen, fit, fitTopLeft);
    for (const Detail other : { Detail::Minimal, Detail::Reduced, Detail::Full })
        if (other != chosen)
            printCase("full-view-forced", other, fit, fitTopLeft);
    printCase("zoom-100%", detailForScale(1.0), 1.0, zoomTopLeft);
    return 0;
}
