// A named scenario kept in the document (.weaklink), with the last result
// computed for it. Not part of model JSON: scenarios belong to the document
// an analyst works in, not to the model exchanged between tools.
#pragma once

#include "model/scenario.h"

#include <QByteArray>

namespace wl {

struct SavedScenario {
    QString name; // unique within the document
    sim::Scenario scenario;
    // The last result as simulation result JSON (FORMAT.md §3), empty if
    // never run, and the digest (sim::simulationDigest) of the model it was
    // computed on: a different digest means the result is stale.
    QByteArray resultJson;
    QByteArray resultModelDigest;
    // "We were told at …": when a party learnt of this scenario's breach, in
    // hours from its start, whatever the notification chain says
    // (obligations::Incident::aware). One entry per node, in the order they
    // were given. Not a simulation setting: a result stays current.
    QVector<sim::TimedNode> awareness;

    friend bool operator==(const SavedScenario &, const SavedScenario &) = default;
};

} // namespace wl
