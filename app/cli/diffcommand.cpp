#include "diffcommand.h"

#include "cli.h"
#include "commandline.h"
#include "simcommands.h"

#include "analysis/modeldiff.h"
#include "analysis/snapshots.h"
#include "storage/storage.h"

#include <QFileInfo>

namespace wl::cli {

namespace {

const OptionSpec kJson { QStringLiteral("json"), { QStringLiteral("--json") } };
const OptionSpec kNoMetrics { QStringLiteral("no-metrics"), { QStringLiteral("--no-metrics") } };

// A model file, or DOC.weaklink@SNAPSHOT (split at the last '@') where no
// file has the whole name.
std::optional<int> openSide(const QString &arg, Model *out)
{
    const qsizetype at = arg.lastIndexOf(u'@');
    if (QFileInfo::exists(arg) || at < 0) {
        ReadResult r;
        if (const auto done = openInput(arg, &r))
            return done;
        *out = *r.model;
        return std::nullopt;
    }
    const QString doc = arg.left(at);
    const QString name = arg.mid(at + 1);
    if (files::detectFileKind(doc) != files::FileKind::WeaklinkDocument)
        return failure(QStringLiteral("%1: no such file, and %2 is not a .%3 document to take "
                                      "a snapshot from")
                           .arg(arg, doc, storage::kFileSuffix));
    ReadResult r;
    if (const auto done = openInput(doc, &r))
        return done;
    QStringList names;
    for (const Snapshot &s : r.state.snapshots) {
        if (s.name != name) {
            names << s.name;
            continue;
        }
        const ReadResult m = analysis::readSnapshotModel(s);
        if (!m.ok())
            return failure(oneLine(doc + QStringLiteral(": ") + m.message()));
        *out = *m.model;
        return std::nullopt;
    }
    return failure(oneLine(names.isEmpty()
            ? QStringLiteral("%1: no snapshot named \"%2\"; the document has none").arg(doc, name)
            : QStringLiteral("%1: no snapshot named \"%2\"; it has \"%3\"")
                  .arg(doc, name, names.join(QStringLiteral("\", \"")))));
}

} // namespace

int runDiff(const QStringList &args)
{
    Arguments a;
    if (const auto done = parseCommandLine(QStringLiteral("diff"), args,
            { kJson, kNoMetrics, kTrials, kRngSeed, kThreads, kOutput },
            QStringList { QStringLiteral("A"), QStringLiteral("B") }, &a))
        return *done;
    if (const auto out = a.value(kOutput.key); out && out->isEmpty())
        return usageError(QStringLiteral("-o needs a file name"));
    analysis::MetricsDiffOptions options;
    int threads = 0;
    if (const auto done = runArguments(a, &options.trials, &options.rngSeed, &threads))
        return *done;
    const bool metrics = !a.has(kNoMetrics.key);
    if (!metrics && (a.has(kTrials.key) || a.has(kRngSeed.key) || a.has(kThreads.key)))
        return usageError(
            QStringLiteral("--no-metrics runs no simulation: --trials, --rng-seed and --threads "
                           "have nothing to do"));

    const QString aName = a.positional.at(0);
    const QString bName = a.positional.at(1);
    Model before;
    Model after;
    if (const auto done = openSide(aName, &before))
        return *done;
    if (const auto done = openSide(bName, &after))
        return *done;

    const analysis::ModelDiff diff = analysis::diffModels(before, after);
    std::optional<analysis::MetricsDiff> metricsDiff;
    if (metrics) {
        sim::RunOptions run;
        run.threads = threads;
        analysis::MetricsDiffOutcome outcome = analysis::diffMetrics(before, after, options, run);
        if (!outcome.diff)
            return failure(oneLine(
                aName + QStringLiteral(", ") + bName + QStringLiteral(": ") + outcome.error));
        metricsDiff = std::move(outcome.diff);
    }
    const analysis::MetricsDiff *m = metricsDiff ? &*metricsDiff : nullptr;
    const QByteArray bytes = a.has(kJson.key)
        ? analysis::writeDiffJson(aName, before, bName, after, diff, m)
        : analysis::diffText(aName, before, bName, after, diff, m, 10, QLocale::c()).toUtf8();
    return writeOutput(bytes, a.value(kOutput.key));
}

} // namespace wl::cli
