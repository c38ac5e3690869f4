// Undoable edits of a Document. Each factory checks the edit against the
// model's rules first and returns nullptr with a reason when it would make the
// model invalid, so a command on the stack can always be applied.
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

} // namespace wl::commands
