// Storage benchmark (docs/PERFORMANCE.md): model JSON import, save to a new
// .weaklink document, and open of that document, timed in-process with
// QElapsedTimer. scripts/bench-storage.sh runs it and the sqlite3-shell peer.
//
// Peak memory (ru_maxrss) is a high-water mark over the whole process, so
// the --only modes do one job in a fresh process to measure it alone.
#include "io/modeljson.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace wl;

namespace {

const char *const kUsage
    = "Usage: bench_storage [MODEL] [--repeat N] [--only import-save|open] [--out DOC.weaklink]\n"
      "  MODEL          model JSON to import (default: the shared bench/sim-10k.json);\n"
      "                 with --only open, the .weaklink document to open\n"
      "  --repeat N     timed repetitions of every phase (default 5)\n"
      "  --only import-save\n"
      "                 one import + save in this process, then its peak RSS\n"
      "  --only open    one open of MODEL in this process, then its peak RSS\n"
      "  --out DOC      where --only import-save saves (default: a temporary file)\n";

struct Options {
    QString model = QStringLiteral(WEAKLINK_SHARED_DIR "/bench/sim-10k.json");
    int repeat = 5;
    QString only;
    QString out;
};

std::optional<Options> parseOptions(const QStringList &args)
{
    Options o;
    bool haveModel = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == u"--repeat" && hasValue) {
            bool ok = false;
            o.repeat = args.at(++i).toInt(&ok);
            if (!ok || o.repeat <= 0)
                return std::nullopt;
        } else if (a == u"--only" && hasValue) {
            o.only = args.at(++i);
            if (o.only != u"import-save" && o.only != u"open")
                return std::nullopt;
        } else if (a == u"--out" && hasValue) {
            o.out = args.at(++i);
        } else if (!a.startsWith(u'-') && !haveModel) {
            o.model = a;
            haveModel = true;
        } else {
            return std::nullopt;
        }
    }
    return o;
}

double peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Stats {
    double median = 0;
    double min = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return { n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0, v.front() };
}

void printRow(const char *phase, const Stats &s)
{
    std::printf("%-12s %10.1f %10.1f\n", phase, s.median, s.min);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_storage: %s\n", qUtf8Printable(message));
    return 1;
}

int importAndSaveOnce(const Options &o)
{
    std::printf("baseline_rss_mib %.1f\n", peakRssMiB());
    QTemporaryDir dir;
    const QString doc = o.out.isEmpty() ? dir.filePath(QStringLiteral("bench.weaklink")) : o.out;
    QElapsedTimer t;
    t.start();
    const ReadResult r = io::readModelJsonFile(o.model);
    if (!r.ok())
        return fail(r.message());
    QString error;
    if (!storage::save(*r.model, doc, &error))
        return fail(error);
    std::printf("import+save_ms %.1f\n", elapsedMs(t));
    std::printf("peak_rss_mib %.1f\n", peakRssMiB());
    return 0;
}

int openOnce(const Options &o)
{
    std::printf("baseline_rss_mib %.1f\n", peakRssMiB());
    QElapsedTimer t;
    t.start();
    const ReadResult r = storage::load(o.model);
    if (!r.ok())
        return fail(r.message());
    std::printf("open_ms %.1f\n", elapsedMs(t));
    std::printf("peak_rss_mib %.1f\n", peakRssMiB());
    return 0;
}

int runAll(const Options &o)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("cannot create a temporary directory"));

    std::vector<double> importMs, saveMs, totalMs, openMs;
    qsizetype nodes = 0, edges = 0, assets = 0;
    for (int i = 0; i < o.repeat; ++i) {
        // A new file each time: the benchmark is "import into a new document".
        const QString doc = dir.filePath(QStringLiteral("bench-%1.weaklink").arg(i));
        QElapsedTimer t;
        t.start();
        const ReadResult imported = io::readModelJsonFile(o.model);
        const double importTime = elapsedMs(t);
        if (!imported.ok())
            return fail(imported.message());
        QString error;
        t.restart();
        if (!storage::save(*imported.model, doc, &error))
            return fail(error);
        const double saveTime = elapsedMs(t);

        t.restart();
        const ReadResult opened = storage::load(doc);
        const double openTime = elapsedMs(t);
        if (!opened.ok())
            return fail(opened.message());
        // Outside the timed regions: a benchmark of a lossy round trip
        // would measure the wrong work.
        if (!(*opened.model == *imported.model))
            return fail(
                QStringLiteral("%1: the opened document differs from the imported model").arg(doc));

        importMs.push_back(importTime);
        saveMs.push_back(saveTime);
        totalMs.push_back(importTime + saveTime);
        openMs.push_back(openTime);
        nodes = imported.model->nodes().size();
        edges = imported.model->edges().size();
        assets = imported.model->data().size();
        QFile::remove(doc);
    }

    std::printf("model %s (%lld nodes, %lld edges, %lld data assets), %d repeats\n",
        qUtf8Printable(QDir::cleanPath(o.model)), qlonglong(nodes), qlonglong(edges),
        qlonglong(assets), o.repeat);
    std::printf("%-12s %10s %10s\n", "phase", "median_ms", "min_ms");
    printRow("json-import", stats(importMs));
    printRow("save", stats(saveMs));
    printRow("import+save", stats(totalMs));
    printRow("open", stats(openMs));
    std::printf("peak_rss_mib %.1f (whole run; see --only for one job alone)\n", peakRssMiB());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::optional<Options> options = parseOptions(QCoreApplication::arguments().mid(1));
    if (!options) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    if (options->only == u"import-save")
        return importAndSaveOnce(*options);
    if (options->only == u"open")
        return openOnce(*options);
    return runAll(*options);
}
