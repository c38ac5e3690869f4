// Board report benchmark (docs/PERFORMANCE.md, "Board report"): the report
// of a 2,000-node model (target: ≤ 10 s), split into its phases as
// report::computeReport runs them on a worker (the engine's runs, the
// organisations view's layout) and the PDF drawn on the GUI thread (the
// map, the Qt Charts, the text). Medians of --runs runs.
//
//   bench_report [MODEL] [--runs N] [--threads T]
#include "report/reportdata.h"
#include "report/reportpdf.h"

#include "files/modelfile.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace wl;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString path = QStringLiteral(WEAKLINK_SHARED_DIR "/bench/layout-2k.json");
    int runs = 5;
    int threads = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == u"--threads" && i + 1 < args.size())
            threads = args[++i].toInt();
        else
            path = args[i];
    }
    ReadResult r = files::openModelFile(path);
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message()));
        return 1;
    }
    std::printf("model %s: %lld nodes, %lld edges, %lld data assets\n", qPrintable(path),
        qlonglong(r.model->nodes().size()), qlonglong(r.model->edges().size()),
        qlonglong(r.model->data().size()));

    std::vector<double> compute, pdf, total;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        sim::RunOptions options;
        options.threads = threads;
        const report::ReportOutcome out
            = report::computeReport(*r.model, r.state, report::ReportOptions(), options);
        const double computed = double(timer.nsecsElapsed()) / 1e6;
        if (!out.data) {
            std::fprintf(stderr, "%s\n", qPrintable(out.error));
            return 1;
        }
        report::BoardReport::Layout layout;
        const QByteArray bytes = report::BoardReport::pdf(*out.data, &layout);
        const double all = double(timer.nsecsElapsed()) / 1e6;
        pages = layout.pages;
        compute.push_back(computed);
        pdf.push_back(all - computed);
        total.push_back(all);
        std::printf("run %d: figures %.0f ms, PDF %.0f ms (%d pages, %lld bytes), total %.0f ms\n",
            run + 1, computed, all - computed, pages, qlonglong(bytes.size()), all);
    }
    std::printf("median of %d: figures %.0f ms, PDF %.0f ms, total %.0f ms (target 10000 ms)\n",
        runs, median(compute), median(pdf), median(total));
    return 0;
}
