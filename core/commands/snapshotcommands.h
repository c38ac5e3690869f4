// Undoable edits of the document's snapshots (Document::snapshots): add one
// (after the others: they stay oldest first) and delete one. Like the
// other commands, each factory checks the edit first and returns nullptr
// with a reason instead of a command that would store something a
// .weaklink file cannot hold.
#pragma once

#include "model/document.h"

#include <QUndoCommand>

#include <memory>

namespace wl::commands {

// Why a new snapshot cannot be called `name` in `doc` (empty, or another
// snapshot's name), empty if it can.
QString checkSnapshotName(const Document *doc, const QString &name);

// Appends `snapshot`. Refused: what snapshot::checkSnapshot refuses, and a
// name another snapshot of the document has.
std::unique_ptr<QUndoCommand> addSnapshot(Document *doc, const Snapshot &snapshot, QString *error);

// Deletes the snapshot at `index`; nullptr if there is none.
std::unique_ptr<QUndoCommand> removeSnapshot(Document *doc, int index);

} // namespace wl::commands
