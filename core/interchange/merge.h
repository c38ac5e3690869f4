// Merging an imported model ("theirs") into the open one ("mine"), as File ▸
// Import… does when asked to merge: a plan first (which of their nodes are
// mine already, and where the two disagree), then, with a resolution for
// each disagreement, the merged model. Pure functions of models: the app
// turns the result into one undo step (commands::replaceModel).
//
// Nodes match by id, then by name and organisation (case and surrounding
// space ignored; their empty organisation matches any). A matched node
// *conflicts* where both give a field a value of their own and the values
// differ (a default value — an empty jurisdiction, kind "other", a
// likelihood of 0 — is no opinion); where only theirs has one, it is taken
// without asking; tags are united. Data assets match by id, then by name and
// owner; a matched asset stays mine. Their edges join mine between the same
// two nodes (the data lists united) or are added; ids that are taken are
// renamed.
#pragma once

#include "model/model.h"

#include <optional>

namespace wl::interchange {

struct MergeConflict {
    QString theirId;
    QString myId;
    // The NodeFields on which the two disagree.
    QList<NodeField> fields;
};

struct MergePlan {
    // Their node id -> my node id, for every matched node.
    QHash<QString, QString> matches;
    QList<MergeConflict> conflicts;
    int newNodes = 0;
};

enum class Resolution {
    KeepMine, // the node stays as it is; their edges attach to it
    TakeTheirs, // my node takes their values on the conflicting fields
    Both, // their node is added beside mine, under a free id
};

MergePlan planMerge(const Model &mine, const Model &theirs);

// One resolution per plan.conflicts entry, in order. The merged model keeps
// my name, my elements in their order and their new elements after them.
// Returns nothing and sets *error if a resolution is missing. If
// `theirToMerged` is given, it receives the id each of their nodes has in
// the merged model.
std::optional<Model> applyMerge(const Model &mine, const Model &theirs, const MergePlan &plan,
    const QList<Resolution> &resolutions, QString *error,
    QHash<QString, QString> *theirToMerged = nullptr);

// Ids of the nodes of `merged` that came from `theirs` as new nodes (for
// selecting them after the merge).
QStringList addedNodeIds(const Model &mine, const Model &merged);

} // namespace wl::interchange
