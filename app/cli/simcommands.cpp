#include "simcommands.h"

#include "arguments.h"
#include "cli.h"
#include "commandline.h"

#include "format/format.h"
#include "simulation/engine.h"
#include "simulation/rankings.h"
#include "simulation/resultjson.h"

#include <limits>

namespace wl::cli {

const OptionSpec kTrials { QStringLiteral("trials"), { QStringLiteral("--trials") }, true };
const OptionSpec kRngSeed { QStringLiteral("rng-seed"), { QStringLiteral("--rng-seed") }, true };
const OptionSpec kThreads { QStringLiteral("threads"), { QStringLiteral("--threads") }, true };

namespace {

const OptionSpec kSeedNode { QStringLiteral("seed-node"), { QStringLiteral("--seed-node") }, true,
    true };
const OptionSpec kAnnual { QStringLiteral("annual"), { QStringLiteral("--annual") } };
const OptionSpec kHorizon { QStringLiteral("horizon-hours"), { QStringLiteral("--horizon-hours") },
    true };
const OptionSpec kSever { QStringLiteral("sever"), { QStringLiteral("--sever") }, true, true };
const OptionSpec kBy { QStringLiteral("by"), { QStringLiteral("--by") }, true };

sim::RunOptions runOptions(int threads)
{
    sim::RunOptions o;
    o.threads = threads;
    return o;
}

} // namespace

std::optional<int> positiveInt(const Arguments &a, const OptionSpec &o, int *out)
{
    const auto text = a.value(o.key);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int v = text->toInt(&ok);
    if (!ok)
        return usageError(
            QStringLiteral("%1: \"%2\" is not an integer").arg(o.names.first(), *text));
    if (v <= 0)
        return usageError(QStringLiteral("%1 must be at least 1").arg(o.names.first()));
    *out = v;
    return std::nullopt;
}

std::optional<int> rngSeed(const Arguments &a, quint64 *out)
{
    const auto text = a.value(kRngSeed.key);
    if (!text)
        return std::nullopt;
    const std::optional<quint64> seed = format::parseRngSeed(*text);
    if (!seed)
        return usageError(QStringLiteral("--rng-seed: \"%1\" is not an integer from 0 to %2")
                              .arg(*text, format::rngSeed(std::numeric_limits<quint64>::max())));
    *out = *seed;
    return std::nullopt;
}

std::optional<int> runArguments(const Arguments &a, int *trials, quint64 *seed, int *threads)
{
    if (const auto done = positiveInt(a, kTrials, trials))
        return done;
    if (const auto done = positiveInt(a, kThreads, threads))
        return done;
    return rngSeed(a, seed);
}

const QList<OptionSpec> &scenarioOptions()
{
    static const QList<OptionSpec> options
        = { kSeedNode, kAnnual, kTrials, kRngSeed, kThreads, kHorizon, kSever };
    return options;
}

QString givenScenarioOption(const Arguments &a)
{
    for (const OptionSpec &o : scenarioOptions())
        if (a.has(o.key))
            return o.names.first();
    return {};
}

std::optional<int> parseScenario(const Arguments &a, sim::Scenario *s, int *threads)
{
    const QStringList seeds = a.values(kSeedNode.key);
    if (!seeds.isEmpty() && a.has(kAnnual.key))
        return usageError(QStringLiteral("--annual and --seed-node exclude each other"));
    s->mode = seeds.isEmpty() ? sim::Mode::Annual : sim::Mode::Seeded;
    if (const auto done = timedNodes(a, kSeedNode, 0.0, &s->seeds))
        return done;
    if (const auto done = timedNodes(a, kSever, std::nullopt, &s->sever))
        return done;
    if (const auto h = a.value(kHorizon.key)) {
        const auto v = parseHours(*h);
        if (!v)
            return usageError(QStringLiteral("--horizon-hours: \"%1\" is not a finite number of "
                                             "hours, at least 0")
                                  .arg(*h));
        s->horizonHours = *v;
    }
    if (const auto done = positiveInt(a, kTrials, &s->trials))
        return *done;
    if (const auto done = positiveInt(a, kThreads, threads))
        return *done;
    return rngSeed(a, &s->rngSeed);
}

int runSimulate(const QStringList &args)
{
    Arguments a;
    if (const auto done = parseCommandLine(QStringLiteral("simulate"), args,
            QList<OptionSpec> { kOutput } + scenarioOptions(), QStringLiteral("MODEL"), &a))
        return *done;

    sim::Scenario s;
    int threads = 0;
    if (const auto done = parseScenario(a, &s, &threads))
        return *done;
    if (const auto done = checkResultOutput(a))
        return *done;

    const QString input = a.positional.constFirst();
    ReadResult &r = keptUntilExit<ReadResult>();
    if (const auto done = openInput(input, &r))
        return *done;
    const sim::CompiledModel c = sim::compile(*r.model);
    const sim::RunOutcome outcome = sim::run(*r.model, c, s, runOptions(threads));
    if (!outcome.result)
        return failure(oneLine(input + QStringLiteral(": ") + outcome.error));
    return writeOutput(
        [&](const io::PieceSink &sink) {
            sim::writeResultJson(*r.model, c, *outcome.result, sink);
        },
        a.value(kOutput.key));
}

int runRank(const QStringList &args)
{
    Arguments a;
    if (const auto done = parseCommandLine(QStringLiteral("rank"), args,
            { kOutput, kBy, kTrials, kRngSeed, kThreads }, QStringLiteral("MODEL"), &a))
        return *done;
    const auto by = a.value(kBy.key);
    if (!by)
        return usageError(QStringLiteral(
            "rank needs --by blast-radius, --by hardening-gain or --by concentration"));
    if (*by != u"blast-radius" && *by != u"hardening-gain" && *by != u"concentration")
        return usageError(QStringLiteral("--by: unknown ranking \"%1\"; use blast-radius, "
                                         "hardening-gain or concentration")
                              .arg(*by));
    int trials = 2000;
    int threads = 0;
    quint64 seed = 1;
    if (const auto done = positiveInt(a, kTrials, &trials))
        return *done;
    if (const auto done = positiveInt(a, kThreads, &threads))
        return *done;
    if (const auto done = rngSeed(a, &seed))
        return *done;
    if (const auto done = checkResultOutput(a))
        return *done;

    ReadResult r;
    if (const auto done = openInput(a.positional.constFirst(), &r))
        return *done;
    const sim::CompiledModel c = sim::compile(*r.model);
    QByteArray json;
    if (*by == u"blast-radius")
        json = sim::writeBlastRadiusJson(
            *r.model, *sim::blastRadius(c, trials, seed, runOptions(threads)), trials, seed);
    else if (*by == u"concentration")
        json = sim::writeConcentrationJson(*r.model,
            sim::concentration(*r.model, *sim::blastRadius(c, trials, seed, runOptions(threads))),
            trials, seed);
    else
        json = sim::writeHardeningGainJson(
            *r.model, *sim::hardeningGain(c, trials, seed, runOptions(threads)), trials, seed);
    return writeOutput(json, a.value(kOutput.key));
}

} // namespace wl::cli
