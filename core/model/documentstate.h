// What a .weaklink document keeps beside its model: the named scenarios with
// their last results, the tabletop exercise and the dated snapshots. It belongs to the analyst's
// document, not to the model exchanged between tools (model JSON has none of
// it), so it is not part of Model: comparing models, copying a model into a
// worker thread and computing a simulation digest all leave it out.
#pragma once

#include "model/exercise.h"
#include "model/savedscenario.h"
#include "model/snapshot.h"

#include <QVector>

namespace wl {

struct DocumentState {
    QVector<SavedScenario> scenarios;
    Exercise exercise;
    // Oldest first, as they were taken; frozen: a renamed node keeps its old
    // id in them.
    QVector<Snapshot> snapshots;

    // Scenarios name their seeds and severed nodes by id, the exercise its
    // vendor and responses: a node's new id follows it everywhere.
    void renameNode(const QString &oldId, const QString &newId);

    friend bool operator==(const DocumentState &, const DocumentState &) = default;
};

} // namespace wl
