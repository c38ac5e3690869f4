// How a field's value is shown and typed in an editor, which values its
// combo box offers, and how an edit becomes an undoable step. Shared by the
// table delegate, the properties dock and the other editing panels so that
// a value reads and parses the same way wherever it is edited; the model's
// own rules (Model::checkValue) still decide what is acceptable.
#pragma once

#include "model/document.h"
#include "model/model.h"

#include <QLocale>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace wl::fieldediting {

// The user's locale without group separators, shown or accepted: they are
// noise while typing, and "0.350" must not become 350 where '.' groups
// thousands.
QLocale editingLocale();

// A value as an editor shows it: numbers in the editing locale, lists as
// comma-separated text, an absent coordinate as empty text.
QString editorText(const QVariant &value);

// What a field's editor in the Properties dock shows for `value`: as
// editorText, except coordinates to a tenth of a point ("502.7"), which
// is all a position on screen can tell.
QString shownText(ElementType type, int field, const QVariant &value);

// Text typed for a field whose current value is `current`: a number in the
// editing locale becomes a number, anything else (and empty text) stays text
// for the model to accept or reject with its reason.
QVariant typedValue(const QString &text, const QVariant &current);

// The values a combo box offers for a field, empty for free text: the GDPR
// roles, node ids for references, and for the open vocabularies the known
// values followed by the others the model uses.
QStringList choices(const Model &model, ElementType type, int field);
// Whether the field takes a value of one of FORMAT.md's vocabularies (kind,
// GDPR role, category, integration), shown by vocab::label.
bool isVocabularyField(ElementType type, int field);
// How choices() are shown: the vocabularies by their display names
// (vocab::label), node ids as they are (empty labels).
QStringList choiceLabels(const Model &model, ElementType type, int field);
// Whether the combo box accepts values outside choices().
bool choicesEditable(ElementType type, int field);

// What a command factory returned: `command` goes onto the document's undo
// stack, unless the factory gave a reason not to make one, which goes to
// `report` instead. Neither: the edit changes nothing. False only where
// there was a reason.
bool pushOrReport(Document *document, std::unique_ptr<QUndoCommand> command, const QString &reason,
    const std::function<void(const QString &)> &report);

} // namespace wl::fieldediting
