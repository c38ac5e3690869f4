// bench_simulation [MODEL.json] [--trials N] [--threads T] [--repeat R]
// Annual-mode trials on a model (default: ../shared/bench/sim-10k.json):
// wall time per run, trials and arc attempts per second, peak memory.
// Figures go to docs/PERFORMANCE.md (scripts/bench-simulation.sh).
#include "io/modeljson.h"
#include "simulation/engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString path = QStringLiteral(WEAKLINK_SHARED_DIR "/bench/sim-10k.json");
    int trials = 10000;
    int threads = 0;
    int repeat = 5;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--trials" && i + 1 < args.size())
            trials = args[++i].toInt();
        else if (a == u"--threads" && i + 1 < args.size())
            threads = args[++i].toInt();
        else if (a == u"--repeat" && i + 1 < args.size())
            repeat = args[++i].toInt();
        else
            path = a;
    }

    const wl::ReadResult r = wl::io::readModelJsonFile(path);
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message()));
        return 1;
    }
    const wl::Model &m = *r.model;
    QElapsedTimer compileTimer;
    compileTimer.start();
    const wl::sim::CompiledModel c = wl::sim::compile(m);
    const double compileMs = compileTimer.nsecsElapsed() / 1e6;

    wl::sim::Scenario sc;
    sc.mode = wl::sim::Mode::Annual;
    sc.trials = trials;
    wl::sim::RunOptions options;
    options.threads = threads;

    std::vector<double> ms;
    wl::sim::SimResult last;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        auto out = wl::sim::run(m, c, sc, options);
        ms.push_back(t.nsecsElapsed() / 1e6);
        last = std::move(*out.result);
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];

    // Arc attempts: every arc leaving a compromised node is considered once
    // per trial.
    double attempts = 0;
    for (int v = 0; v < c.nodeCount; ++v)
        attempts += double(last.compromised[v]) * double(c.outStart[v + 1] - c.outStart[v]);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);

    std::printf("model            %s\n", qPrintable(path));
    std::printf("nodes/arcs       %d / %d\n", c.nodeCount, c.arcCount());
    std::printf("compile          %.1f ms\n", compileMs);
    std::printf("trials           %d (annual), threads %d\n", trials,
        threads > 0 ? threads : QThread::idealThreadCount());
    std::printf(
        "run              median %.1f ms, min %.1f ms (%d runs)\n", median, ms.front(), repeat);
    std::printf("mean compromised %.1f nodes per trial\n", last.meanCompromisedCount());
    std::printf("trials/s         %.0f\n", trials / (median / 1e3));
    std::printf("arc attempts/s   %.3g (%.3g per run)\n", attempts / (median / 1e3), attempts);
    std::printf("peak RSS         %.1f MiB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
