// Spreadsheet benchmark (docs/PERFORMANCE.md): a model written as CSV tables
// and as an XLSX workbook, and each read back, timed in-process with
// QElapsedTimer (median of the repetitions). Target: each import of
// sim-10k within 1 s.
#include "interchange/readers.h"
#include "interchange/spreadsheetwriter.h"
#include "io/modeljson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace wl;

namespace {

const char *const kUsage = "Usage: bench_spreadsheet [MODEL] [--repeat N]\n"
                           "  MODEL          model JSON (default: the shared bench/sim-10k.json)\n"
                           "  --repeat N     timed repetitions of every phase (default 5)\n";

// The median time of `repeat` runs of `job` in milliseconds, or a negative
// number if a run failed (its message printed).
double medianMs(int repeat, const std::function<bool()> &job)
{
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!job())
            return -1.0;
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

bool readBack(const ReadResult &r, const Model &expected)
{
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message()));
        return false;
    }
    if (!(*r.model == expected)) {
        std::fprintf(stderr, "%s: the model read back differs\n", qPrintable(r.fileName));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString modelPath = QStringLiteral(WEAKLINK_SHARED_DIR "/bench/sim-10k.json");
    int repeat = 5;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--repeat" && i + 1 < args.size()) {
            bool ok = false;
            repeat = args[++i].toInt(&ok);
            if (!ok || repeat <= 0) {
                std::fputs(kUsage, stderr);
                return 2;
            }
        } else if (!args[i].startsWith(u'-')) {
            modelPath = args[i];
        } else {
            std::fputs(kUsage, stderr);
            return 2;
        }
    }
    const ReadResult source = io::readModelJsonFile(modelPath);
    if (!source.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(source.message()));
        return 1;
    }
    const Model &model = *source.model;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("tables"));
    const QString workbook = dir.filePath(QStringLiteral("model.xlsx"));
    QString error;
    const auto write = [&](bool ok) {
        if (!ok)
            std::fprintf(stderr, "%s\n", qPrintable(error));
        return ok;
    };

    const double csvWrite = medianMs(
        repeat, [&] { return write(interchange::writeCsvTables(model, folder, &error)); });
    const double xlsxWrite
        = medianMs(repeat, [&] { return write(interchange::writeXlsx(model, workbook, &error)); });
    const double csvRead
        = medianMs(repeat, [&] { return readBack(interchange::readCsvTables(folder), model); });
    const double xlsxRead
        = medianMs(repeat, [&] { return readBack(interchange::readXlsx(workbook), model); });
    if (csvWrite < 0 || xlsxWrite < 0 || csvRead < 0 || xlsxRead < 0)
        return 1;

    qint64 csvBytes = 0;
    for (const char *name : { "nodes.csv", "edges.csv", "data.csv", "model.csv" })
        csvBytes += QFileInfo(folder + u'/' + QLatin1String(name)).size();
    std::printf("model: %s (%lld nodes, %lld edges, %lld data assets), median of %d\n",
        qPrintable(QFileInfo(modelPath).fileName()), qlonglong(model.nodes().size()),
        qlonglong(model.edges().size()), qlonglong(model.data().size()), repeat);
    std::printf("csv   export %8.1f ms   import %8.1f ms   %lld bytes\n", csvWrite, csvRead,
        qlonglong(csvBytes));
    std::printf("xlsx  export %8.1f ms   import %8.1f ms   %lld bytes\n", xlsxWrite, xlsxRead,
        qlonglong(QFileInfo(workbook).size()));
    return 0;
}
