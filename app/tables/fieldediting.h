// How a field's value is shown and typed in an editor, and which values its
// combo box offers. Shared by the table delegate and the properties dock so
// that a value reads and parses the same way wherever it is edited; the
// model's own rules (Model::checkValue) still decide what is acceptable.
#pragma once

#include "model/model.h"

#include <QLocale>

namespace wl::fieldediting {

// The user's locale without group separators, shown or accepted: they are
// noise while typing, and "0.350" must not become 350 where '.' groups
// thousands.
QLocale editingLocale();

// A value as an editor shows it: numbers in the editing locale, lists as
// comma-separated text, an absent coordinate as empty text.
QString editorText(const QVariant &value);

// Text typed for a field whose current value is `current`: a number in the
// editing locale becomes a number, anything else (and empty text) stays text
// for the model to accept or reject with its reason.
QVariant typedValue(const QString &text, const QVariant &current);

// The values a combo box offers for a field, empty for free text: the GDPR
// roles, node ids for references, and for the open vocabularies the known
// values followed by the others the model uses.
QStringList choices(const Model &model, ElementType type, int field);
// Whether the combo box accepts values outside choices().
bool choicesEditable(ElementType type, int field);

} // namespace wl::fieldediting
