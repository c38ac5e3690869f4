// Undoable edits of the document's named scenarios (Document::scenarios). Like
// the element commands, each factory checks the edit first and returns
// nullptr with a reason instead of a command that would store something a
// .weaklink file cannot hold. Scenarios are addressed by index: the undo
// stack runs commands strictly in reverse, and storing a result
// (Document::setScenarioResult) never moves one.
#pragma once

#include "model/document.h"

#include <QUndoCommand>

#include <memory>

namespace wl::commands {

// A scenario name not used in `scenarios`: `base` itself if free, else
// "base 2", "base 3", ...
QString uniqueScenarioName(const QVector<SavedScenario> &scenarios, const QString &base);

// Why `s` cannot be the scenario at `index` (-1: a new one): an empty or
// taken name, trials below 1, a time or horizon that is not a finite number
// of hours of 0 or more, an empty node id, seeds in annual mode. Empty if
// acceptable. Node ids are not checked against the model: a scenario may
// outlive a node, and running it then reports the unknown id (that is
// sim::checkScenario's part, against a model).
QString checkSavedScenario(
    const QVector<SavedScenario> &scenarios, const SavedScenario &s, int index);

// Inserts `s` (with any result it carries) at `index`, 0 to count.
std::unique_ptr<QUndoCommand> insertScenario(
    Document *doc, int index, SavedScenario s, QString *error);

// Removes the scenario at `index` with its result; undo brings both back.
std::unique_ptr<QUndoCommand> removeScenario(Document *doc, int index);

// Gives the scenario at `index` a new name and settings. The result stays
// whatever it is when the command runs, so a result computed after an edit
// survives undoing that edit (it then shows as stale, its settings no longer
// matching). `text` names the edit in the history. Returns nullptr with an
// empty *error if nothing would change. Consecutive edits of one setting
// (mode, trials, random seed, horizon) of one scenario merge into one undo
// step; a rename or a change of the seed or sever list is a step of its own.
std::unique_ptr<QUndoCommand> replaceScenario(Document *doc, int index, const QString &name,
    const sim::Scenario &scenario, const QString &text, QString *error);

// Sets when each party learnt of the breach of the scenario at `index`
// ("we were told at …", SavedScenario::awareness): `awareness` replaces the
// list. Refused with a reason for an empty node id, a node given twice, or a
// time that is not a finite number of hours of 0 or more; nullptr with an
// empty *error if nothing would change. Node ids are not checked against the
// model, as for seeds. Each edit is one undo step; the result stays current.
std::unique_ptr<QUndoCommand> setScenarioAwareness(
    Document *doc, int index, const QVector<sim::TimedNode> &awareness, QString *error);

} // namespace wl::commands
