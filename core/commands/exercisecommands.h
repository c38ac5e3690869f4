// Undoable edits of the tabletop exercise (Document::exercise): its settings,
// the responses, and the decision log. Like the other commands, each factory
// checks the edit first and returns nullptr with a reason instead of a
// command that would store something a .weaklink file cannot hold. Log
// entries are addressed by index: the undo stack runs commands strictly in
// reverse, so an index is always the same entry when its command runs.
#pragma once

#include "model/document.h"

#include <QUndoCommand>

#include <memory>

namespace wl::commands {

// Replaces the exercise settings (vendor, start, timeline, trials, seed,
// responses). `text` names the edit in the history. Returns nullptr with an
// empty *error if nothing would change. Consecutive edits of one setting
// other than the responses merge into one undo step.
std::unique_ptr<QUndoCommand> setExerciseSettings(
    Document *doc, const ExerciseSettings &settings, const QString &text, QString *error);

// Adds the response "sever `node` at `atHours`" after the existing ones. The
// node must exist in the model.
std::unique_ptr<QUndoCommand> addResponse(
    Document *doc, const QString &node, double atHours, QString *error);

// Removes the response at `index`; nullptr if there is none.
std::unique_ptr<QUndoCommand> removeResponse(Document *doc, int index);

// Appends a log entry (typed at `entry.exerciseHours`, at `entry.wallClock`).
// Empty text is refused: an entry says something.
std::unique_ptr<QUndoCommand> addLogEntry(
    Document *doc, const DecisionLogEntry &entry, QString *error);

// Removes the log entry at `index`; nullptr if there is none.
std::unique_ptr<QUndoCommand> removeLogEntry(Document *doc, int index);

// Gives the log entry at `index` a new text (its times stay). nullptr with
// an empty *error if the text is the same. Consecutive edits of one entry
// merge into one undo step.
std::unique_ptr<QUndoCommand> editLogEntry(
    Document *doc, int index, const QString &text, QString *error);

} // namespace wl::commands
