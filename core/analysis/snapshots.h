// Taking and reading the document's snapshots (model/snapshot.h,
// docs/SNAPSHOTS.md): the model frozen as model JSON with its annual
// baseline, and the model read back from a snapshot.
#pragma once

#include "model/readresult.h"
#include "model/snapshot.h"
#include "simulation/engine.h"

#include <optional>

namespace wl::analysis {

struct SnapshotRequest {
    QString name;
    QString note;
    QDateTime takenAt;
    int trials = 10000;
    quint64 rngSeed = 1;
};

struct SnapshotOutcome {
    std::optional<Snapshot> snapshot;
    QString error; // the baseline could not run
    bool cancelled = false;
};

// `model` frozen as model JSON, with its annual baseline run with the
// request's trials and seed (options: threads, cancel, progress).
SnapshotOutcome takeSnapshot(
    const Model &model, const SnapshotRequest &request, const sim::RunOptions &options = {});

// The snapshot's model, read and checked as model JSON; a problem names the
// snapshot ("snapshot "Q3": edges[4].target: …").
ReadResult readSnapshotModel(const Snapshot &snapshot);

// The baseline's expected records exposed a year (its
// expected_exposed_records.total); none without a baseline.
std::optional<double> baselineRecords(const Snapshot &snapshot);

} // namespace wl::analysis
