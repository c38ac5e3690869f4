// Rankings benchmark (docs/PERFORMANCE.md, "Weak links"): both rankings of
// SIMULATION.md §5 for every node, computed the way the Weak links panel
// does — RankingRunner as a background job, progress as queued signals —
// on a model (default ../shared/bench/layout-2k.json). Reports per run
// the wall time from start to the finished signal (target ≤ 30 s with 2,000
// trials per node on 2 cores), the number of progress signals and the
// longest gap between 10 ms timer ticks on the GUI thread meanwhile; then
// the median.
//
//   bench_rankings [MODEL] [--trials N] [--repeat N] [--threads T]
//
// T is the thread budget; 0 (the default) is the app's, one per core.
#include "jobs/rankingrunner.h"

#include "files/modelfile.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace wl;

namespace {

struct Run {
    double seconds = 0.0;
    int progressSignals = 0;
    qint64 longestGapMs = 0;
};

Run measure(const Model &model, int trials, int threads)
{
    Document document(model);
    ThreadBudget budget(threads > 0 ? threads : ThreadBudget::defaultThreads());
    SimulationContext simulation(&document, &budget);
    RankingRunner runner(&simulation);
    Run run;
    QObject::connect(&runner, &RankingRunner::progress, [&run] { ++run.progressSignals; });

    QElapsedTimer gapClock;
    QTimer ticker;
    ticker.setInterval(10);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout,
        [&] { run.longestGapMs = std::max(run.longestGapMs, gapClock.restart()); });

    QEventLoop loop;
    bool cancelled = true;
    QObject::connect(&runner, &RankingRunner::finished, [&](const RankingRunner::Report &r) {
        cancelled = r.cancelled;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    gapClock.start();
    ticker.start();
    runner.start(trials, 1);
    loop.exec();
    ticker.stop();
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (cancelled)
        std::fprintf(stderr, "the run did not finish\n");
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString path = QStringLiteral(WEAKLINK_SHARED_DIR "/bench/layout-2k.json");
    int trials = 2000;
    int repeat = 3;
    int threads = 0;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == u"--trials" && hasValue)
            trials = args[++i].toInt();
        else if (a == u"--repeat" && hasValue)
            repeat = args[++i].toInt();
        else if (a == u"--threads" && hasValue)
            threads = args[++i].toInt();
        else if (!a.startsWith(u'-'))
            path = a;
        else {
            std::fprintf(
                stderr, "usage: bench_rankings [MODEL] [--trials N] [--repeat N] [--threads T]\n");
            return 2;
        }
    }
    if (trials < 1 || repeat < 1 || threads < 0) {
        std::fprintf(stderr, "trials and repeat must be >= 1, threads >= 0\n");
        return 2;
    }

    const ReadResult read = files::openModelFile(path);
    if (!read.model) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(read.error));
        return 1;
    }
    const Model &model = *read.model;
    std::printf("model %s: %lld nodes, %lld edges; %d trials per node, threads %s (%d cores)\n",
        qPrintable(path), qlonglong(model.nodes().size()), qlonglong(model.edges().size()), trials,
        threads == 0 ? "as in the app" : qPrintable(QString::number(threads)),
        QThread::idealThreadCount());

    std::vector<double> seconds;
    for (int i = 0; i < repeat; ++i) {
        const Run r = measure(model, trials, threads);
        std::printf("run %d: %.2f s, %d progress signals, longest GUI-thread gap %lld ms\n", i + 1,
            r.seconds, r.progressSignals, qlonglong(r.longestGapMs));
        std::fflush(stdout);
        seconds.push_back(r.seconds);
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf(
        "median %.2f s (blast radius + hardening gain, all nodes)\n", seconds[seconds.size() / 2]);
    return 0;
}
