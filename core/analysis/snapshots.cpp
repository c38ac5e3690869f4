#include "snapshots.h"

#include "io/modeljson.h"
#include "simulation/compiledmodel.h"
#include "simulation/resultjson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wl::analysis {

SnapshotOutcome takeSnapshot(
    const Model &model, const SnapshotRequest &request, const sim::RunOptions &options)
{
    SnapshotOutcome out;
    sim::Scenario annual;
    annual.mode = sim::Mode::Annual;
    annual.trials = request.trials;
    annual.rngSeed = request.rngSeed;
    const sim::CompiledModel compiled = sim::compile(model);
    const sim::RunOutcome run = sim::run(model, compiled, annual, options);
    if (!run.result) {
        out.error = run.error;
        out.cancelled = run.cancelled;
        return out;
    }
    Snapshot s;
    s.name = request.name;
    s.note = request.note;
    s.takenAt = request.takenAt;
    s.modelJson = io::writeModelJson(model);
    s.baselineJson = sim::writeResultJson(model, compiled, *run.result);
    s.trials = request.trials;
    s.rngSeed = request.rngSeed;
    out.snapshot = std::move(s);
    return out;
}

ReadResult readSnapshotModel(const Snapshot &snapshot)
{
    return io::readModelJson(
        snapshot.modelJson, QStringLiteral("snapshot \"%1\"").arg(snapshot.name));
}

std::optional<double> baselineRecords(const Snapshot &snapshot)
{
    const QJsonValue total = QJsonDocument::fromJson(snapshot.baselineJson)
                                 .object()
                                 .value(QStringLiteral("expected_exposed_records"))
                                 .toObject()
                                 .value(QStringLiteral("total"));
    return total.isDouble() ? std::optional(total.toDouble()) : std::nullopt;
}

} // namespace wl::analysis
