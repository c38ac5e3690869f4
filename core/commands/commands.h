// Undoable edits of a Document. Each factory checks the edit against the
// model's rules first and returns nullptr with a reason when it would make the
// model invalid, so a command on the stack can always be applied. A value
// edit pushed right after an edit of the same value (setValue: the same field
// of the same element; setModelName) merges into it: one undo step.
#pragma once

#include "model/document.h"

#include <QUndoCommand>

#include <memory>

namespace wl::commands {

// Sets one field of one element. Returns nullptr and sets *error if the value
// is not acceptable, and nullptr with an empty error if it equals the
// current value (nothing to do).
std::unique_ptr<QUndoCommand> setValue(
    Document *doc, ElementType type, int index, int field, const QVariant &value, QString *error);

// Convenience: builds the command and pushes it. Returns false and sets
// *error if the value was rejected.
bool pushSetValue(Document *doc, ElementType type, int index, int field, const QVariant &value,
    QString *error = nullptr);

std::unique_ptr<QUndoCommand> setModelName(Document *doc, const QString &name);

// An id not yet used by elements of `type`: `base` itself if free, else
// base-2, base-3, ...
QString uniqueId(const Model &m, ElementType type, const QString &base);

// Replaces the whole model as one command (a merge of an imported file).
// Returns nullptr and sets *error if `model` breaks a rule or drops a node
// (scenarios and the exercise refer to nodes by id); nullptr with an empty
// error if it equals the current model.
std::unique_ptr<QUndoCommand> replaceModel(
    Document *doc, Model model, const QString &text, QString *error = nullptr);

// Appends one element. Returns nullptr and sets *error if it would break a
// rule (duplicate id, unknown reference, self-loop, out-of-range value).
std::unique_ptr<QUndoCommand> addNode(Document *doc, Node n, QString *error);
std::unique_ptr<QUndoCommand> addEdge(Document *doc, Edge e, QString *error);
std::unique_ptr<QUndoCommand> addDataAsset(Document *doc, DataAsset a, QString *error);

// Removes nodes, edges and data assets as one command. Removing a node also
// removes its edges and the assets it owns; removing an asset also removes it
// from the `data` of every edge. Unknown ids are ignored; nullptr if nothing
// would be removed.
std::unique_ptr<QUndoCommand> removeElements(Document *doc, const QStringList &nodeIds,
    const QStringList &edgeIds, const QStringList &assetIds);

// Sets the positions of many nodes as one command (a drag of a selection, an
// automatic layout). A node given std::nullopt loses its position. Unknown
// ids are ignored; nullptr if nothing would change.
std::unique_ptr<QUndoCommand> moveNodes(
    Document *doc, const QHash<QString, std::optional<QPointF>> &positions, const QString &text);
// Every node of the document's model to `centers`, one per node in model
// order (a layout of the model as it is, without looking up ids); nullptr
// if their number is not the model's or nothing would change.
std::unique_ptr<QUndoCommand> moveAllNodes(
    Document *doc, const QVector<QPointF> &centers, const QString &text);

// The part of `m` that copying these nodes takes along: the nodes, the
// assets they own, and the edges between them (with their `data` limited to
// assets in the fragment). Node order follows the model.
Model copyFragment(const Model &m, const QStringList &nodeIds);

// Pastes a fragment as one command: ids that collide with the document are
// renamed (uniqueId) and references inside the fragment follow; positions are
// moved by `offset`. Edges may also refer to nodes of the document. Sets
// *newNodeIds to the pasted nodes' ids. Returns nullptr with *error set if an
// element breaks a rule (then nothing is pasted), nullptr with an empty
// error if the fragment has no nodes.
std::unique_ptr<QUndoCommand> paste(Document *doc, const Model &fragment, const QPointF &offset,
    QStringList *newNodeIds = nullptr, QString *error = nullptr);

} // namespace wl::commands
