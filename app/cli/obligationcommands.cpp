#include "obligationcommands.h"

#include "arguments.h"
#include "cli.h"
#include "commandline.h"

#include "obligations/obligations.h"
#include "obligations/obligationsjson.h"
#include "obligations/rules.h"

namespace wl::cli {

namespace {

const OptionSpec kSeedNode { QStringLiteral("seed-node"), { QStringLiteral("--seed-node") }, true,
    true };
const OptionSpec kAware { QStringLiteral("aware"), { QStringLiteral("--aware") }, true, true };
const OptionSpec kStart { QStringLiteral("start"), { QStringLiteral("--start") }, true };
const OptionSpec kAt { QStringLiteral("at"), { QStringLiteral("--at") }, true };

// Reads the incident from the options; returns the exit code of a usage
// error.
std::optional<int> parseIncident(const Arguments &a, obligations::Incident *incident)
{
    if (!a.has(kSeedNode.key))
        return usageError(QStringLiteral("obligations needs --seed-node ID[@HOURS]"));
    if (const auto done = timedNodes(a, kSeedNode, 0.0, &incident->seeds))
        return done;
    if (const auto done = timedNodes(a, kAware, std::nullopt, &incident->aware))
        return done;
    if (const auto text = a.value(kStart.key)) {
        const auto start = obligations::parseStart(*text);
        if (!start)
            return usageError(
                QStringLiteral("--start: \"%1\" is not a date and time YYYY-MM-DDTHH:MMZ")
                    .arg(*text));
        incident->start = *start;
    }
    if (const auto text = a.value(kAt.key)) {
        incident->atHours = parseHours(*text);
        if (!incident->atHours)
            return usageError(
                QStringLiteral("--at: \"%1\" is not a finite number of hours, at least 0")
                    .arg(*text));
    }
    return std::nullopt;
}

} // namespace

int runObligations(const QStringList &args)
{
    Arguments a;
    if (const auto done = parseCommandLine(QStringLiteral("obligations"), args,
            { kOutput, kSeedNode, kAware, kStart, kAt }, QStringLiteral("MODEL"), &a))
        return *done;
    obligations::Incident incident;
    if (const auto done = parseIncident(a, &incident))
        return *done;
    if (const auto done = checkResultOutput(a))
        return *done;

    const obligations::RulesResult rules = obligations::builtInRules();
    if (!rules.ok())
        return failure(obligations::builtInRulesPath() + QStringLiteral(": ") + rules.error);
    const QString input = a.positional.constFirst();
    ReadResult r;
    if (const auto done = openInput(input, &r))
        return *done;
    const obligations::ObligationsOutcome outcome
        = obligations::computeObligations(*r.model, *rules.rules, incident);
    if (!outcome.ok())
        return failure(input + QStringLiteral(": ") + outcome.error);
    return writeOutput(
        obligations::writeObligationsJson(*rules.rules, *outcome.result), a.value(kOutput.key));
}

} // namespace wl::cli
